// The command line as a user meets it: help, version, options, exit codes, formats.
#include "support/run_cli.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using encounter::testing::fixture_path;
using encounter::testing::run_cli;
using encounter::testing::source_path;

TEST_CASE("help lists the subcommands, an example and the exit codes", "[cli]") {
    const auto result = run_cli({"--help"});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("lint") && Catch::Contains("list") &&
                               Catch::Contains("Example") && Catch::Contains("Exit codes: 0 all good"));
}

TEST_CASE("every subcommand's --help shows an example", "[cli]") {
    for (const char* command : {"lint", "list", "classify"}) {
        INFO(command);
        const auto result = run_cli({command, "--help"});
        CHECK(result.exit_code == 0);
        CHECK_THAT(result.out, Catch::Contains("Example") && Catch::Contains(std::string("encounter ") + command));
    }
}

TEST_CASE("the version flag prints the name and version", "[cli]") {
    const auto result = run_cli({"--version"});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::StartsWith("encounter 0."));
}

TEST_CASE("usage errors exit 2 and say what was wrong", "[cli]") {
    const auto unknown = run_cli({"lint", "--bogus", "x"});
    CHECK(unknown.exit_code == 2);
    CHECK_THAT(unknown.err, Catch::Contains("--bogus"));

    const auto bad_format = run_cli({"list", "--format", "yaml"});
    CHECK(bad_format.exit_code == 2);
    CHECK_THAT(bad_format.err, Catch::Contains("yaml not in {text,json,jsonl}"));

    const auto no_paths = run_cli({"lint"});
    CHECK(no_paths.exit_code == 2);

    const auto no_command = run_cli({});
    CHECK(no_command.exit_code == 2);
    CHECK_THAT(no_command.out, Catch::Contains("Subcommands"));
}

TEST_CASE("lint exits 0 on clean data, 1 on errors, 2 on an unreadable path", "[cli][lint]") {
    CHECK(run_cli({"lint", source_path("data")}).exit_code == 0);
    CHECK(run_cli({"lint", fixture_path("lint/json-syntax.json")}).exit_code == 1);
    CHECK(run_cli({"lint", "/no/such/place.json"}).exit_code == 2);
    // warnings alone do not fail a pipeline
    CHECK(run_cli({"lint", fixture_path("lint/step-unreachable.json")}).exit_code == 0);
}

TEST_CASE("lint says how many files it checked, on stderr, unless quiet", "[cli][lint]") {
    const auto result = run_cli({"lint", source_path("data")});
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Catch::Matches("checked [0-9]+ files: no problems found\n"));
    CHECK(run_cli({"-q", "lint", source_path("data")}).err.empty());
}

TEST_CASE("lint --format json is one parsable document with totals", "[cli][lint]") {
    const auto result = run_cli({"lint", "--format", "json", fixture_path("lint/rubric-weight.json")});
    CHECK(result.exit_code == 1);
    const auto document = nlohmann::json::parse(result.out);
    CHECK(document["files"] == 1);
    CHECK(document["errors"] == 2);
    CHECK(document["warnings"] == 0);
    REQUIRE(document["findings"].size() == 2);
    const auto& first = document["findings"][0];
    CHECK(first["line"] == 5);
    CHECK(first["column"] == 51);
    CHECK(first["severity"] == "error");
    CHECK(first["rule"] == "rubric-weight");
    CHECK(first["message"] == "weight must be greater than 0");
    CHECK_THAT(first["file"].get<std::string>(), Catch::EndsWith("rubric-weight.json"));
}

TEST_CASE("lint --format jsonl is one finding object a line", "[cli][lint]") {
    const auto result = run_cli({"lint", "--format=jsonl", fixture_path("lint/when-out-of-range.json")});
    std::istringstream lines(result.out);
    std::string line;
    std::vector<std::string> rules;
    while (std::getline(lines, line)) rules.push_back(nlohmann::json::parse(line)["rule"]);
    CHECK(rules == std::vector<std::string>{"when-out-of-range", "when-out-of-range"});
}

TEST_CASE("colour appears only when asked for or on a terminal without NO_COLOR", "[cli]") {
    const std::string file = fixture_path("lint/json-syntax.json");
    CHECK_THAT(run_cli({"--color", "always", "lint", file}).out, Catch::Contains("\x1b[1;31merror:"));
    CHECK_THAT(run_cli({"--color", "never", "lint", file}).out, !Catch::Contains("\x1b["));
    // not a terminal: auto means none
    CHECK_THAT(run_cli({"lint", file}).out, !Catch::Contains("\x1b["));
}

TEST_CASE("global options work after the subcommand too", "[cli]") {
    const auto result = run_cli({"lint", source_path("data"), "-q", "--color", "never"});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
}
