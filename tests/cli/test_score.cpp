// `encounter score` and `encounter test` as a trainer and a pipeline use them.
#include "support/run_cli.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using encounter::testing::fixture_path;
using encounter::testing::run_cli;

namespace {

std::vector<nlohmann::json> json_lines(const std::string& text) {
    std::vector<nlohmann::json> lines;
    std::istringstream stream(text);
    std::string line;
    while (std::getline(stream, line)) lines.push_back(nlohmann::json::parse(line));
    return lines;
}

const char* two_answers =
    "{\"id\": \"r1\", \"context\": \"I've been in pain all week.\", \"response\": \"I’m so sorry you’ve been in pain all week.\", \"kind\": \"first\"}\n"
    "{\"id\": \"r2\", \"context\": \"I read an article.\", \"response\": \"Don't believe what you read online.\"}\n";

}  // namespace

TEST_CASE("score --format jsonl follows the contract: scores, levels and byte-offset evidence", "[cli][score]") {
    const auto result = run_cli({"score", "--format", "jsonl", "-"}, two_answers);
    CHECK(result.exit_code == 0);
    const auto lines = json_lines(result.out);
    REQUIRE(lines.size() == 2);
    const auto& first = lines[0];
    CHECK(first["id"] == "r1");
    CHECK(first["kind"].is_string());
    for (const char* rubric : {"empathy", "anticipation", "kind-fit"}) {
        CHECK(first["scores"][rubric].get<int>() >= 0);
        CHECK(first["scores"][rubric].get<int>() <= 100);
    }
    const auto& acknowledge = first["criteria"]["empathy.acknowledge"];
    CHECK(acknowledge["level"] == 2);
    CHECK(acknowledge["max"] == 2);
    REQUIRE_FALSE(acknowledge["evidence"].empty());
    const std::string response = "I’m so sorry you’ve been in pain all week.";
    for (const auto& evidence : acknowledge["evidence"]) {
        const auto start = evidence["start"].get<std::size_t>();
        const auto end = evidence["end"].get<std::size_t>();
        CHECK(response.substr(start, end - start) == evidence["text"].get<std::string>());
        CHECK(evidence["rule"].is_string());
    }
    CHECK(lines[1]["id"] == "r2");
    CHECK(lines[1]["criteria"]["empathy.respect"]["level"] == 0);
    CHECK(lines[1]["criteria"]["empathy.respect"]["evidence"][0]["rule"] == "penalty:dismisses-the-patient");
}

TEST_CASE("a line that cannot be read is named and the rest still score, in input order", "[cli][score]") {
    const std::string input = std::string("{\"id\": \"a\", \"response\": \"Thank you.\"}\n") + "{broken\n" +
                              "{\"id\": \"c\", \"context\": \"x\"}\n" + "{\"id\": \"d\", \"response\": \"Sorry.\"}\n";
    const auto result = run_cli({"score", "--format", "jsonl", "-"}, input);
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("-:2: error: not valid JSON"));
    CHECK_THAT(result.err, Catch::Contains("-:3: error: missing \"response\""));
    const auto lines = json_lines(result.out);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0]["id"] == "a");
    CHECK(lines[1]["id"] == "d");
}

TEST_CASE("score --format json is one parsable array: text marks the evidence for a person", "[cli][score]") {
    const auto json = run_cli({"score", "--format", "json", "-"}, two_answers);
    const auto array = nlohmann::json::parse(json.out);
    REQUIRE(array.size() == 2);
    CHECK(array[1]["id"] == "r2");

    const auto text = run_cli({"score", "-"}, two_answers);
    CHECK_THAT(text.out, Catch::Contains("[+I’m so sorry you’ve been in+] pain all week."));
    CHECK_THAT(text.out, Catch::Contains("[-Don't believe what you read-]"));
    CHECK_THAT(text.out, Catch::Contains("to do better:"));
}

TEST_CASE("score needs and bad needs on a line", "[cli][score]") {
    const std::string input =
        "{\"id\": \"n\", \"context\": \"Sent home again.\", \"response\": \"Here's a note for school.\", "
        "\"anticipate\": [{\"id\": \"note\", \"need\": \"a school note\", \"cues\": [\"note for school\"]}]}\n"
        "{\"id\": \"bad\", \"response\": \"x\", \"anticipate\": [{\"id\": \"n\", \"cues\": [\"(unclosed\"]}]}\n";
    const auto result = run_cli({"score", "--format", "jsonl", "-"}, input);
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("-:2: error: need \"n\": cue \"(unclosed\" is not a valid RE2 pattern"));
    const auto lines = json_lines(result.out);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0]["criteria"]["anticipation.needs"]["level"] == 2);
}

TEST_CASE("score names a missing file and exits 2", "[cli][score]") {
    const auto result = run_cli({"score", "/no/such/answers.jsonl"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("/no/such/answers.jsonl: error: cannot open file"));
}

TEST_CASE("test passes on every bundled rubric example", "[cli][test]") {
    const auto result = run_cli({"test"});
    CHECK(result.out.empty());
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.err, Catch::Matches("([0-9]+) of \\1 rubric examples pass\n"));
}

TEST_CASE("test reports an example that scores off its level, with the evidence found", "[cli][test]") {
    const auto result = run_cli({"test", fixture_path("rubrics/failing-example.json")});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.out, Catch::Contains("failing-example.json:9:") &&
                               Catch::Contains("warmth.kind example expects level 2, scored 1") &&
                               Catch::Contains("[example-failed]") && Catch::Contains("+ \"kind\" (kind-word)"));
    const auto json = nlohmann::json::parse(run_cli({"test", "--format", "json", fixture_path("rubrics/failing-example.json")}).out);
    CHECK(json["examples"] == 2);
    CHECK(json["failed"] == 1);
}

TEST_CASE("test speaks the CI formats too", "[cli][test]") {
    const auto github = run_cli({"test", "--format", "github", fixture_path("rubrics/failing-example.json")});
    CHECK(github.exit_code == 1);
    CHECK_THAT(github.out, Catch::StartsWith("::error file=") && Catch::Contains("title=example-failed::warmth.kind example expects level 2"));
    const auto junit = run_cli({"test", "--format", "junit", fixture_path("rubrics/failing-example.json")});
    CHECK_THAT(junit.out, Catch::Contains("<testsuite name=\"encounter test\"") && Catch::Contains("type=\"example-failed\""));
}

TEST_CASE("test names an unknown rubric and exits 2", "[cli][test]") {
    const auto result = run_cli({"test", "bedside-manner"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("bedside-manner"));
}
