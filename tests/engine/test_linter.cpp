// Linting a set of files: folders, ordering, unreadable paths and cross-file checks.
#include <encounter/linter.hpp>

#include <catch2/catch.hpp>

#include "support/temp_dir.hpp"

#include <filesystem>
#include <fstream>

using namespace encounter;
namespace fs = std::filesystem;
using encounter::testing::TempDir;

namespace {


const char* valid_script(const char* id) {
    static std::string text;
    text = std::string("{\"format\": \"encounter-script/1\", \"id\": \"") + id +
           "\", \"rubrics\": [], \"steps\": [{\"id\": \"a\", \"patient\": \"hi\"}]}";
    return text.c_str();
}

}  // namespace

TEST_CASE("a folder is linted recursively, *.json only, in name order", "[lint]") {
    TempDir dir;
    dir.write("b.json", "{");
    dir.write("nested/a.json", "[");
    dir.write("notes.txt", "not json, not linted");
    DiagnosticList findings;
    const LintSummary summary = lint_paths({dir.path}, RubricCatalog{}, findings);
    CHECK(summary.files == 2);
    CHECK(summary.unreadable == 0);
    REQUIRE(findings.items().size() == 2);
    CHECK(findings.items()[0].location.path == (dir.path / "b.json").string());
    CHECK(findings.items()[1].location.path == (dir.path / "nested/a.json").string());
}

TEST_CASE("a missing path is unreadable and named", "[lint]") {
    DiagnosticList findings;
    const LintSummary summary = lint_paths({"/no/such/file.json"}, RubricCatalog{}, findings);
    CHECK(summary.unreadable == 1);
    REQUIRE(findings.items().size() == 1);
    CHECK(format_diagnostic(findings.items()[0]) ==
          "/no/such/file.json: error: cannot open file: No such file or directory [file-unreadable]");
}

TEST_CASE("a symlink loop in a linted folder neither hangs nor crashes", "[lint]") {
    TempDir dir;
    dir.write("ok.json", valid_script("ok"));
    fs::create_directory_symlink(dir.path, dir.path / "loop");
    fs::create_symlink(dir.path / "self.json", dir.path / "self.json");
    DiagnosticList findings;
    const LintSummary summary = lint_paths({dir.path}, RubricCatalog{}, findings);
    CHECK(summary.files == 2);  // ok.json and the self-referencing link, which cannot be opened
    CHECK(summary.unreadable == 1);
}

TEST_CASE("two files with one id are both named", "[lint]") {
    TempDir dir;
    dir.write("one.json", valid_script("same"));
    dir.write("two.json", valid_script("same"));
    DiagnosticList findings;
    lint_paths({dir.path / "one.json", dir.path / "two.json"}, RubricCatalog{}, findings);
    REQUIRE(findings.items().size() == 1);
    const Diagnostic& finding = findings.items()[0];
    CHECK(finding.rule == "duplicate-id");
    CHECK(finding.location.path == (dir.path / "two.json").string());
    CHECK(finding.message == "script id \"same\" is already used by " + (dir.path / "one.json").string() + ":1:40");
}

TEST_CASE("findings come sorted by file as given, then line and column", "[lint]") {
    TempDir dir;
    dir.write("z.json",
              "{\n\"format\": \"encounter-script/1\",\n\"id\": \"Z\",\n\"rubrics\": [],\n"
              "\"steps\": [],\n\"kind\": \"zeroth\"}");
    dir.write("a.json", "{");
    DiagnosticList findings;
    lint_paths({dir.path / "z.json", dir.path / "a.json"}, RubricCatalog{}, findings);
    REQUIRE(findings.items().size() == 4);
    CHECK(findings.items()[0].location.line == 3);
    CHECK(findings.items()[1].location.line == 5);
    CHECK(findings.items()[2].location.line == 6);
    CHECK(findings.items()[3].location.path == (dir.path / "a.json").string());
}

TEST_CASE("a file named twice, or inside a named folder, is linted once", "[lint]") {
    TempDir dir;
    dir.write("only.json", valid_script("only"));
    DiagnosticList findings;
    const LintSummary summary =
        lint_paths({dir.path / "only.json", dir.path, dir.path / "only.json"}, RubricCatalog{}, findings);
    CHECK(summary.files == 1);
    CHECK(findings.empty());
}
