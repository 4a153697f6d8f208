// `encounter classify` output, parsed as a program would.
#include "support/run_cli.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using encounter::testing::run_cli;
using encounter::testing::source_path;

TEST_CASE("classify --format jsonl follows the contract's shape", "[cli][classify]") {
    const auto result = run_cli({"classify", "--format", "jsonl", source_path("data/scripts/journal-article-choice.json")});
    CHECK(result.exit_code == 0);
    const auto object = nlohmann::json::parse(result.out);
    CHECK(object["file"] == source_path("data/scripts/journal-article-choice.json"));
    CHECK(object["id"] == "journal-article-choice");
    CHECK(object["kind"] == "second");
    CHECK(object["declared"] == "second");
    CHECK(object["confidence"].get<double>() >= 0.8);
    CHECK(object["confidence"].get<double>() <= 1.0);
    double total = 0;
    for (const char* kind : {"first", "second", "third"}) total += object["scores"][kind].get<double>();
    CHECK(total == Approx(1.0).margin(0.01));
    REQUIRE(object["evidence"].size() >= 1);
    CHECK(object["evidence"][0]["step"] == "the-article");
    CHECK(object["evidence"][0].contains("text"));
    CHECK(object["evidence"][0]["kind"] == "second");
}

TEST_CASE("classify takes a bundled id, --text, and stdin line by line", "[cli][classify]") {
    const auto bundled = run_cli({"classify", "wellness-who-to-become"});
    CHECK(bundled.exit_code == 0);
    CHECK_THAT(bundled.out, Catch::StartsWith("wellness-who-to-become: third kind"));

    const auto text = run_cli({"classify", "--format", "json", "--text", "Should I take the tablets or try diet first?"});
    const auto array = nlohmann::json::parse(text.out);
    REQUIRE(array.size() == 1);
    CHECK(array[0]["kind"] == "second");
    CHECK(array[0]["file"].is_null());
    CHECK(array[0]["declared"].is_null());

    const auto lines = run_cli({"classify", "--lines", "--format", "jsonl", "-"},
                               "My chest hurts when I breathe.\n\nI want to be fit enough to hike with my son.\n");
    std::istringstream stream(lines.out);
    std::string line;
    std::vector<std::string> kinds;
    while (std::getline(stream, line)) kinds.push_back(nlohmann::json::parse(line)["kind"]);
    CHECK(kinds == std::vector<std::string>{"first", "third"});
}

TEST_CASE("classify names a file it cannot read and exits 2", "[cli][classify]") {
    const auto result = run_cli({"classify", "/no/such/script.json"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("/no/such/script.json"));
    CHECK(run_cli({"classify"}).exit_code == 2);
}
