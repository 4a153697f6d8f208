// What every fuzz target shares: the bundled data and models (loaded once per process),
// a sink that checks each finding names its place, and a way to fail loudly.
#pragma once

#include <encounter/data_dir.hpp>
#include <encounter/diagnostic.hpp>
#include <encounter/models.hpp>
#include <encounter/scorer.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace encounter::fuzz {

// Prints what broke and aborts, so libFuzzer keeps the input that did it.
[[noreturn]] void fail(const std::string& what);

#define ENCOUNTER_FUZZ_CHECK(condition, what) \
    do {                                      \
        if (!(condition)) ::encounter::fuzz::fail(what); \
    } while (false)

std::string_view as_text(const std::uint8_t* data, std::size_t size);

// data/ of the source tree, read once. Its own findings would be a bug in data/: fatal.
const BundledData& bundled();
const Models& models();
// A scorer for `locale` with every bundled rubric of it; nullptr for an unknown locale.
Scorer* bundled_scorer(const std::string& locale);

// Checks that every finding names the file it is about and a rule, and can be printed.
class CheckingSink final : public DiagnosticSink {
public:
    explicit CheckingSink(std::string path) : m_path(std::move(path)) {}
    void report(Diagnostic diagnostic) override;
    std::size_t errors() const { return m_errors; }

private:
    std::string m_path;
    std::size_t m_errors = 0;
};

// Checks the contract's promises about a score: levels within 0..max, rubric scores
// within 0..100, evidence offsets inside `response` and quoting it exactly.
void check_score(std::string_view response, const ResponseScore& score);

}  // namespace encounter::fuzz
