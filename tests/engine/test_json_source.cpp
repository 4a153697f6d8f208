// Located JSON: findings point at the value at fault, in files of any language.
#include <encounter/json_source.hpp>

#include <catch2/catch.hpp>

using namespace encounter;

namespace {

std::shared_ptr<const JsonSource> parse(std::string text, DiagnosticList& findings) {
    return JsonSource::parse(std::make_shared<const SourceText>("t.json", std::move(text)), findings);
}

std::string where(const Location& location) {
    return std::to_string(location.line) + ":" + std::to_string(location.column);
}

}  // namespace

TEST_CASE("each value's line and column point at its first character", "[json]") {
    DiagnosticList findings;
    const auto json = parse("{\n  \"id\": \"x\",\n  \"steps\": [\n    {\"id\": \"a\", \"n\": 12},\n    [true, null]\n  ]\n}", findings);
    REQUIRE(json);
    CHECK(findings.empty());
    CHECK(where(json->locate("/id")) == "2:9");
    CHECK(where(json->locate("/steps")) == "3:12");
    CHECK(where(json->locate("/steps/0")) == "4:5");
    CHECK(where(json->locate("/steps/0/n")) == "4:22");
    CHECK(where(json->locate("/steps/1/1")) == "5:12");
    CHECK(where(json->locate_key("/steps/0/n")) == "4:17");
}

TEST_CASE("columns count characters, so Korean and Arabic lines point right", "[json]") {
    DiagnosticList findings;
    const auto json = parse("{\"환자\": \"많이 아파요\", \"رد\": 7}", findings);
    REQUIRE(json);
    CHECK(where(json->locate("/환자")) == "1:8");
    CHECK(where(json->locate("/رد")) == "1:24");
}

TEST_CASE("a pointer to nothing falls back to the nearest value that exists", "[json]") {
    DiagnosticList findings;
    const auto json = parse("{\"a\": {\"b\": 1}}", findings);
    REQUIRE(json);
    CHECK(where(json->locate("/a/missing")) == "1:7");
}

TEST_CASE("a byte-order mark is accepted and not counted as a column", "[json]") {
    DiagnosticList findings;
    const auto json = parse("\xEF\xBB\xBF{\"id\": 1}", findings);
    REQUIRE(json);
    CHECK(where(json->locate("/id")) == "1:8");
}

TEST_CASE("keys and values with slashes and tildes have escaped pointers", "[json]") {
    DiagnosticList findings;
    const auto json = parse("{\"a/b\": 1, \"c~d\": 2}", findings);
    REQUIRE(json);
    CHECK(child_pointer("", "a/b") == "/a~1b");
    CHECK(where(json->locate("/a~1b")) == "1:9");
    CHECK(where(json->locate("/c~0d")) == "1:19");
}

TEST_CASE("a position inside a string steps over escapes", "[json]") {
    DiagnosticList findings;
    const auto json = parse("{\"when\": \"a\\\"b < x\"}", findings);
    REQUIRE(json);
    // decoded: a"b < x ; index 6 is 'x', which stands after the two-byte escape
    CHECK(where(json->locate_in_string("/when", 6)) == "1:18");
}

TEST_CASE("duplicate keys are reported with both places, and the last one wins", "[json]") {
    DiagnosticList findings;
    const auto json = parse("{\"id\": 1,\n \"id\": 2}", findings);
    REQUIRE(json);
    CHECK(json->root()["id"] == 2);
    REQUIRE(findings.items().size() == 1);
    CHECK(format_diagnostic(findings.items()[0]) ==
          "t.json:2:2: error: duplicate key \"id\" (first at line 1:2); the last one wins [json-duplicate-key]");
}

TEST_CASE("ten thousand levels of nesting are refused, not recursed into", "[json]") {
    DiagnosticList findings;
    const auto json = parse(std::string(10000, '[') + std::string(10000, ']'), findings);
    CHECK_FALSE(json);
    REQUIRE(findings.items().size() == 1);
    CHECK(findings.items()[0].rule == "json-too-deep");
    CHECK(where(findings.items()[0].location) == "1:65");
}

TEST_CASE("broken JSON gives one finding with a rule naming what is wrong", "[json]") {
    const auto rule_of = [](std::string text) {
        DiagnosticList findings;
        CHECK_FALSE(parse(std::move(text), findings));
        REQUIRE(findings.items().size() == 1);
        return findings.items()[0].rule + " " + where(findings.items()[0].location);
    };
    CHECK(rule_of("") == "json-empty 1:1");
    CHECK(rule_of("  \n ") == "json-empty 2:2");
    CHECK(rule_of("{\"a\": [1, 2") == "json-truncated 1:12");
    CHECK(rule_of("{\"a\": \"no end") == "json-truncated 1:14");
    CHECK(rule_of("{\"a\": 1,}") == "json-trailing-comma 1:8");
    CHECK(rule_of("[1, 2, ]") == "json-trailing-comma 1:6");
    CHECK(rule_of("{\"a\" 1}") == "json-syntax 1:6");
    CHECK(rule_of("{\"a\": tru}") == "json-syntax 1:7");
    CHECK(rule_of("{\"a\": \"\\ud800\"}") == "json-syntax 1:7");
    CHECK(rule_of("{\"a\": 1} extra") == "json-syntax 1:10");
    CHECK(rule_of("{\"a\": \"x\xFFy\"}") == "utf8-invalid 1:9");
    CHECK(rule_of(std::string("{\"a\": \"x\0y\"}", 12)) == "json-syntax 1:7");
}
