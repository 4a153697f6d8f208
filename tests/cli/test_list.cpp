// `encounter list`: the bundled scripts, for people and for programs.
#include "support/run_cli.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using encounter::testing::run_cli;
using encounter::testing::source_path;

TEST_CASE("list shows each bundled script's id, kind, locale and title", "[cli][list]") {
    const auto result = run_cli({"list"});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::StartsWith("ID "));
    CHECK_THAT(result.out, Catch::Contains("pediatric-sick-note       first     first       en      Sick child brought in by a parent's partner"));
    CHECK_THAT(result.out, Catch::Contains("wellness-who-to-become    third     third       en"));
    CHECK_THAT(result.out, Catch::Contains("journal-article-choice    second    second      en"));
}

TEST_CASE("list --format json and jsonl parse and agree", "[cli][list]") {
    const auto json = nlohmann::json::parse(run_cli({"list", "--format", "json"}).out);
    REQUIRE(json.is_array());
    REQUIRE(json.size() >= 3);
    std::vector<std::string> ids;
    for (const auto& script : json) {
        ids.push_back(script["id"]);
        CHECK(script["steps"].get<int>() >= 1);
        CHECK(script.contains("declared"));
        CHECK(script["classified"] == script["declared"]);
        CHECK(script["confidence"].get<double>() > 0.5);
        CHECK(script["locale"] == "en");
    }
    CHECK(std::is_sorted(ids.begin(), ids.end()));

    std::istringstream lines(run_cli({"list", "--format", "jsonl"}).out);
    std::string line;
    std::size_t index = 0;
    while (std::getline(lines, line)) CHECK(nlohmann::json::parse(line)["id"] == ids.at(index++));
    CHECK(index == ids.size());
}

TEST_CASE("ENCOUNTER_DATA chooses the data folder, and --data overrides it", "[cli][list]") {
    const auto from_env = run_cli({"list", "--format", "jsonl"}, "", {{"ENCOUNTER_DATA", source_path("data")}});
    CHECK(from_env.exit_code == 0);
    CHECK_THAT(from_env.out, Catch::Contains("pediatric-sick-note"));

    const auto overridden = run_cli({"--data", source_path("tests/fixtures/empty-data"), "list"}, "",
                                    {{"ENCOUNTER_DATA", source_path("data")}});
    CHECK_THAT(overridden.out, !Catch::Contains("pediatric-sick-note"));
}

TEST_CASE("list without any data folder says how to give one and exits 2", "[cli][list]") {
    const auto result = run_cli({"list"}, "", {{"ENCOUNTER_DATA", ""}});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("use --data DIR or set ENCOUNTER_DATA"));
}
