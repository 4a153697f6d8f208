// Reading `score` input lines: every bad line is refused with a reason, never thrown.
// Cases from tests/fixtures/bad/ (the 1e999 one was found by fuzz/fuzz_transcript.cpp).
#include "support/run_cli.hpp"

#include <encounter/score_input.hpp>

#include <catch2/catch.hpp>

#include <sstream>

using encounter::testing::fixture_path;
using encounter::testing::read_text;
using namespace encounter;

namespace {

std::string first_line(const std::string& fixture) {
    std::istringstream text(read_text(fixture_path("bad/" + fixture)));
    std::string line;
    std::getline(text, line);
    return line;
}

std::string refusal(const std::string& line) {
    ScoreItem item;
    std::string error;
    CHECK_FALSE(parse_score_line(line, item, error));
    return error;
}

}  // namespace

TEST_CASE("a number too large for a double is refused, not thrown", "[score_input]") {
    CHECK(refusal(first_line("number-out-of-range.jsonl")) == "not valid JSON: number overflow parsing '1e999'");
    CHECK(refusal(R"({"id": "r1", "response": "x", "x-n": -1e400})") ==
          "not valid JSON: number overflow parsing '-1e400'");
}

TEST_CASE("nesting deeper than 64 levels is refused however deep it goes", "[score_input]") {
    CHECK(refusal(first_line("deep-nesting.jsonl")) == "JSON nested deeper than 64 levels");
    const std::string at_limit = R"({"id": "r1", "response": "x", "x": )" + std::string(63, '[') + std::string(63, ']') + "}";
    ScoreItem item;
    std::string error;
    CHECK(parse_score_line(at_limit, item, error));
    CHECK(error.empty());
}

TEST_CASE("a key given twice is refused, since either value could be meant", "[score_input]") {
    CHECK(refusal(first_line("duplicate-keys.jsonl")) == "duplicate key \"response\"");
    CHECK(refusal(R"({"id": "r1", "response": "x", "anticipate": [{"id": "a", "id": "b", "cues": []}]})") ==
          "duplicate key \"id\"");
    ScoreItem item;
    std::string error;
    CHECK(parse_score_line(R"({"id": "r1", "response": "x", "anticipate": [{"id": "a", "cues": []}, {"id": "b", "cues": []}]})",
                           item, error));
}

TEST_CASE("a line over the 1 MiB limit is refused before it is parsed", "[score_input]") {
    const std::string line = R"({"id": "r1", "response": ")" + std::string(max_score_line_bytes, 'a') + "\"}";
    CHECK(refusal(line) == "line is longer than the 1 MiB limit");
}

TEST_CASE("lone surrogates and RE2-rejected cues are refused with the reason", "[score_input]") {
    CHECK(refusal(first_line("lone-surrogate.jsonl")).starts_with("not valid JSON: "));
    CHECK(refusal(first_line("cue-rejected.jsonl")) ==
          "need \"n\": cue \"(?<=a )note\" is not a valid RE2 pattern: invalid perl operator: (?<");
}
