// Reading scripts and checking their step graphs, as a script author meets them.
#include <encounter/document.hpp>
#include <encounter/script_check.hpp>

#include <catch2/catch.hpp>

using namespace encounter;

namespace {

std::string steps_script(const std::string& steps, const std::string& extra = "") {
    return "{\"format\": \"encounter-script/1\", \"id\": \"t\"" + extra + ", \"steps\": [" + steps + "]}";
}

RubricCatalog empathy_only() {
    DiagnosticList ignored;
    Document rubric = load_document_text(
        "empathy.json",
        R"({"format": "encounter-rubric/1", "id": "empathy", "criteria": [
              {"id": "acknowledge", "title": "Acknowledge", "weight": 1, "max_level": 2}]})",
        ignored);
    REQUIRE(rubric.rubric);
    RubricCatalog catalog;
    catalog.add(*rubric.rubric);
    return catalog;
}

std::vector<std::string> rules_found(const std::string& text) {
    DiagnosticList findings;
    Document document = load_document_text("s.json", text, findings);
    if (document.script) check_script(*document.script, empathy_only(), findings);
    std::vector<std::string> rules;
    for (const Diagnostic& d : findings.items()) rules.push_back(d.rule);
    return rules;
}

}  // namespace

TEST_CASE("a script's fields are read as the author wrote them", "[script]") {
    DiagnosticList findings;
    Document document = load_document_text(
        "s.json",
        R"({"format": "encounter-script/1", "id": "visit", "title": "A visit", "locale": "ko",
            "kind": "third", "setting": "clinic", "patient": {"name": "민준", "age": 47, "mood": "calm"},
            "steps": [{"id": "a", "patient": "안녕하세요", "model": "반갑습니다",
                       "anticipate": [{"id": "note", "need": "a note", "cues": ["note"]}],
                       "next": [{"when": "empathy < 50", "goto": "a"}, {"goto": "end"}]}]})",
        findings);
    CHECK(findings.empty());
    REQUIRE(document.script);
    const Script& script = *document.script;
    CHECK(script.id == "visit");
    CHECK(script.locale == "ko");
    CHECK(script.declared_kind == Kind::third);
    CHECK(script.patient.name == "민준");
    CHECK(script.patient.age == 47);
    REQUIRE(script.steps.size() == 1);
    CHECK(script.steps[0].anticipate.at(0).cues == std::vector<std::string>{"note"});
    REQUIRE(script.steps[0].next.size() == 2);
    CHECK(script.steps[0].next[0].when->rubric == "empathy");
    CHECK(script.steps[0].next[1].target == "end");
    CHECK(script.find_step("a") == &script.steps[0]);
    CHECK(script.find_step("b") == nullptr);
}

TEST_CASE("a script without a locale is English and without rubrics uses all of its locale", "[script]") {
    DiagnosticList findings;
    Document document = load_document_text("s.json", steps_script(R"({"id": "a", "patient": "hi"})"), findings);
    REQUIRE(document.script);
    CHECK(document.script->locale == "en");
    CHECK_FALSE(document.script->rubrics);
    const RubricCatalog catalog = empathy_only();
    CHECK(rubrics_for(*document.script, catalog).size() == 1);
}

TEST_CASE("steps without next go on in order, so a linear script is clean", "[script][graph]") {
    CHECK(rules_found(steps_script(R"({"id": "a", "patient": "1"}, {"id": "b", "patient": "2"})")).empty());
}

TEST_CASE("branches that rejoin and a loop with a way out are fine", "[script][graph]") {
    CHECK(rules_found(steps_script(R"(
        {"id": "a", "patient": "1", "next": [{"when": "empathy < 50", "goto": "b"}, {"goto": "c"}]},
        {"id": "b", "patient": "2", "next": [{"when": "empathy.acknowledge < 1", "goto": "b"}, {"goto": "c"}]},
        {"id": "c", "patient": "3"})")).empty());
}

TEST_CASE("a step that jumps over another leaves that one unreachable", "[script][graph]") {
    CHECK(rules_found(steps_script(R"(
        {"id": "a", "patient": "1", "next": [{"goto": "c"}]},
        {"id": "b", "patient": "2"},
        {"id": "c", "patient": "3"})")) == std::vector<std::string>{"step-unreachable"});
}

TEST_CASE("a loop whose every exit leads back in is caught once", "[script][graph]") {
    CHECK(rules_found(steps_script(R"(
        {"id": "a", "patient": "1"},
        {"id": "b", "patient": "2", "next": [{"when": "empathy < 50", "goto": "a"}, {"goto": "b"}]})")) ==
          std::vector<std::string>{"loop-no-exit"});
}

TEST_CASE("a step cannot be called end, which goto reserves", "[script]") {
    CHECK(rules_found(steps_script(R"({"id": "end", "patient": "1"})")) == std::vector<std::string>{"id-format"});
}

TEST_CASE("a patient line of only spaces is as empty as no line", "[script]") {
    CHECK(rules_found(steps_script(R"({"id": "a", "patient": "   \t "})")) == std::vector<std::string>{"field-value"});
    CHECK(rules_found(steps_script(R"({"id": "a", "patient": " Hello "})")).empty());
}

TEST_CASE("every problem in a script is reported, not only the first", "[script]") {
    const auto rules = rules_found(steps_script(
        R"({"id": "A", "patient": ""}, {"id": "b", "next": [{"when": "x <", "goto": "nope"}]})",
        R"(, "kind": "zeroth", "locale": "not a locale")"));
    CHECK(rules == std::vector<std::string>{"locale-format", "field-value", "id-format", "field-value",
                                            "field-missing", "when-syntax", "goto-unknown-step",
                                            "next-no-fallback"});
}
