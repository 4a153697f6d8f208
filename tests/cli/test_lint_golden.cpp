// Every lint fixture against its golden output: the exact findings a trainer would read.
// tests/fixtures/lint/NAME.json (or the folder NAME/) goes with NAME.expected, whose first
// line is "exit: N" and whose remaining lines are exactly what `encounter lint` prints.
#include "support/run_cli.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using encounter::testing::fixture_path;
using encounter::testing::read_text;
using encounter::testing::run_cli;

namespace {

std::string without(std::string text, const std::string& prefix) {
    for (auto at = text.find(prefix); at != std::string::npos; at = text.find(prefix)) {
        text.erase(at, prefix.size());
    }
    return text;
}

}  // namespace

TEST_CASE("every lint fixture produces exactly its expected findings and exit code", "[lint][golden]") {
    namespace fs = std::filesystem;
    const fs::path folder = fixture_path("lint");
    std::size_t checked = 0;
    for (const auto& entry : fs::directory_iterator(folder)) {
        const fs::path path = entry.path();
        if (path.extension() != ".json" && !entry.is_directory()) continue;
        const fs::path expected_path = folder / (path.stem().string() + ".expected");
        DYNAMIC_SECTION(path.filename().string()) {
            REQUIRE(fs::exists(expected_path));
            const std::string expected = read_text(expected_path.string());
            const auto newline = expected.find('\n');
            const std::string exit_line = expected.substr(0, newline);
            const std::string expected_out = expected.substr(newline + 1);

            const auto result = run_cli({"lint", path.string()});
            CHECK(without(result.out, folder.string() + "/") == expected_out);
            CHECK(exit_line == "exit: " + std::to_string(result.exit_code));
        }
        ++checked;
    }
    CHECK(checked >= 30);
}

TEST_CASE("every golden file has its fixture", "[lint][golden]") {
    namespace fs = std::filesystem;
    const fs::path folder = fixture_path("lint");
    for (const auto& entry : fs::directory_iterator(folder)) {
        if (entry.path().extension() != ".expected") continue;
        const fs::path stem = folder / entry.path().stem();
        INFO(entry.path().filename().string());
        CHECK((fs::exists(stem.string() + ".json") || fs::is_directory(stem)));
    }
}
