// RE2::Set for "which cues match", then the individual RE2 for "where".
#include <encounter/cue_set.hpp>
#include <encounter/normalized_text.hpp>

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>

namespace encounter {

namespace {

RE2::Options cue_options() {
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    options.set_encoding(RE2::Options::EncodingUTF8);
    options.set_max_mem(64 << 20);
    return options;
}

}  // namespace

struct CueSet::Compiled {
    RE2::Set set{cue_options(), RE2::UNANCHORED};
    std::vector<std::unique_ptr<RE2>> each;
    bool usable = false;
};

CueSet::CueSet() : m_compiled(std::make_unique<Compiled>()) {}
CueSet::~CueSet() = default;
CueSet::CueSet(CueSet&&) noexcept = default;
CueSet& CueSet::operator=(CueSet&&) noexcept = default;

std::size_t CueSet::add(std::string_view pattern) {
    m_patterns.push_back(normalize_cue(pattern));
    return m_patterns.size() - 1;
}

void CueSet::compile() {
    m_compiled = std::make_unique<Compiled>();
    for (const std::string& pattern : m_patterns) {
        auto compiled = std::make_unique<RE2>(pattern, cue_options());
        // A cue RE2 rejects is kept as a never-matching slot so that indices stay aligned;
        // lint reports it.
        const std::string usable = compiled->ok() ? pattern : "[^\\x00-\\x{10FFFF}]";
        if (!compiled->ok()) compiled = std::make_unique<RE2>(usable, cue_options());
        m_compiled->set.Add(usable, nullptr);
        m_compiled->each.push_back(std::move(compiled));
    }
    m_compiled->usable = !m_patterns.empty() && m_compiled->set.Compile();
}

void CueSet::find_all(std::string_view text, CueScratch& scratch) const {
    scratch.hits.clear();
    if (!m_compiled->usable) return;
    const re2::StringPiece input(text.data(), text.size());
    if (!m_compiled->set.Match(input, &scratch.matched)) return;
    for (int index : scratch.matched) {
        const RE2& cue = *m_compiled->each[static_cast<std::size_t>(index)];
        std::size_t at = 0;
        re2::StringPiece found;
        while (at <= text.size() && cue.Match(input, at, text.size(), RE2::UNANCHORED, &found, 1)) {
            const auto begin = static_cast<std::size_t>(found.data() - text.data());
            const std::size_t end = begin + found.size();
            if (end > begin) {
                scratch.hits.push_back(CueHit{static_cast<std::size_t>(index), begin, end});
            }
            at = end > begin ? end : begin + 1;
        }
    }
    std::sort(scratch.hits.begin(), scratch.hits.end(), [](const CueHit& a, const CueHit& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.cue < b.cue;
    });
}

std::string normalize_cue(std::string_view pattern) {
    std::string result;
    std::size_t at = 0;
    while (at < pattern.size()) {
        if (static_cast<unsigned char>(pattern[at]) < 0x80) {
            result.push_back(pattern[at++]);
            continue;
        }
        std::size_t end = at;
        while (end < pattern.size() && static_cast<unsigned char>(pattern[end]) >= 0x80) ++end;
        result += NormalizedText(pattern.substr(at, end - at)).text();
        at = end;
    }
    return result;
}

}  // namespace encounter
