// Reading transcripts back: a transcript edited by hand is refused with its line, and
// what the reader accepts can be read by `score` and `rehearse --resume` without throwing.
// Cases from tests/fixtures/bad/ (the 1e999 line was found by fuzz/fuzz_transcript.cpp).
#include "support/run_cli.hpp"

#include <encounter/transcript.hpp>

#include <catch2/catch.hpp>

using encounter::testing::fixture_path;
using encounter::testing::read_text;
using namespace encounter;

namespace {

const std::string header =
    R"({"format":"encounter-transcript/1","type":"header","script":"pediatric-sick-note","locale":"en"})" "\n";

std::vector<std::string> findings_of(const std::string& text, bool& read) {
    DiagnosticList findings;
    read = read_transcript("t.jsonl", text, findings).has_value();
    std::vector<std::string> printed;
    for (const Diagnostic& finding : findings.items()) printed.push_back(format_diagnostic(finding));
    return printed;
}

}  // namespace

TEST_CASE("a number too large for a double is a finding on its line, not an exception", "[transcript]") {
    bool read = false;
    const auto findings = findings_of(header + R"({"type":"turn","turn":1,"x":1e999})" "\n", read);
    CHECK(read);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0] == "t.jsonl:2:1: error: line is not valid JSON: number overflow parsing '1e999' [json-syntax]");
}

TEST_CASE("a header field of the wrong type refuses the transcript", "[transcript]") {
    bool read = true;
    const auto findings = findings_of(read_text(fixture_path("bad/wrong-types-transcript.jsonl")), read);
    CHECK_FALSE(read);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0] == "t.jsonl:1:1: error: \"script\" must be a string [field-type]");
}

TEST_CASE("a turn with a field of the wrong type is left out and named", "[transcript]") {
    bool read = false;
    const auto findings = findings_of(read_text(fixture_path("bad/number-out-of-range-transcript.jsonl")), read);
    CHECK(read);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0] == "t.jsonl:2:1: error: \"turn\" must be a whole number from 0 to 2147483647 [field-type]");
    for (const char* line : {R"({"type":"turn","turn":1,"step":7})", R"({"type":"turn","turn":1,"next":null})",
                             R"({"type":"turn","turn":1,"skipped":"yes"})", R"({"type":"turn","turn":-1})"}) {
        DiagnosticList list;
        const auto transcript = read_transcript("t.jsonl", header + line + "\n", list);
        REQUIRE(transcript);
        CHECK(transcript->turns.empty());
        CHECK(list.count(Severity::error) == 1);
    }
}

TEST_CASE("nesting deeper than 64 levels is a finding on its line", "[transcript]") {
    bool read = false;
    const auto findings = findings_of(read_text(fixture_path("bad/deep-nesting-transcript.jsonl")), read);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0] == "t.jsonl:2:1: error: JSON nested deeper than 64 levels [json-too-deep]");
}

TEST_CASE("a well-formed transcript reads back whole", "[transcript]") {
    DiagnosticList findings;
    const auto transcript =
        read_transcript("finished.jsonl", read_text(fixture_path("transcripts/finished.jsonl")), findings);
    REQUIRE(transcript);
    CHECK(findings.empty());
    CHECK(transcript->turns.size() == 3);
    CHECK(transcript->summary);
}
