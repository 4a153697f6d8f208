// Rubrics: the bundled ones carry the contract's ids, and bad values are caught.
#include <encounter/data_dir.hpp>
#include <encounter/document.hpp>

#include <catch2/catch.hpp>

#include "support/run_cli.hpp"

using namespace encounter;

TEST_CASE("the bundled rubrics load clean with the criterion ids of the contract", "[rubric]") {
    DiagnosticList findings;
    const BundledData data = load_bundled_data(testing::source_path("data"), findings);
    CHECK(findings.empty());
    const std::map<std::string, std::vector<std::string>> contract{
        {"empathy", {"acknowledge", "understand", "explore", "respect"}},
        {"anticipation", {"needs", "next-steps"}},
        {"kind-fit", {"fit"}}};
    for (const auto& [rubric_id, criteria] : contract) {
        const Rubric* rubric = data.rubrics.find("en", rubric_id);
        REQUIRE(rubric);
        std::vector<std::string> ids;
        for (const Criterion& criterion : rubric->criteria) ids.push_back(criterion.id);
        CHECK(ids == criteria);
    }
}

TEST_CASE("every bundled criterion has an example at every level", "[rubric]") {
    DiagnosticList findings;
    const BundledData data = load_bundled_data(testing::source_path("data"), findings);
    for (const Rubric& rubric : data.rubrics.all()) {
        for (const Criterion& criterion : rubric.criteria) {
            for (int level = 0; level <= criterion.max_level; ++level) {
                INFO(rubric.id << "." << criterion.id << " level " << level);
                CHECK(std::any_of(criterion.examples.begin(), criterion.examples.end(),
                                  [&](const RubricExample& e) { return e.level == level; }));
            }
        }
    }
}

TEST_CASE("a rubric's criteria, rules, penalties and feedback are read", "[rubric]") {
    DiagnosticList findings;
    Document document = load_document_text("r.json", R"({
        "format": "encounter-rubric/1", "id": "warmth", "locale": "ar",
        "criteria": [{"id": "kind", "title": "Kind", "weight": 2.5, "max_level": 3, "method": "cues",
                      "rules": [{"id": "r", "level": 3, "cues": ["\\bkind\\b"]}],
                      "penalties": [{"id": "p", "cues": ["\\bcold\\b"]}],
                      "feedback": {"3": "be kinder"},
                      "examples": [{"response": "so kind", "level": 3}]}]})",
                                           findings);
    CHECK(findings.empty());
    REQUIRE(document.rubric);
    const Criterion& criterion = document.rubric->criteria.at(0);
    CHECK(document.rubric->locale == "ar");
    CHECK(criterion.weight == 2.5);
    CHECK(criterion.max_level == 3);
    CHECK(criterion.rules.at(0).level == 3);
    CHECK(criterion.penalties.at(0).cap == 0);
    CHECK(criterion.feedback.at(3) == "be kinder");
    CHECK(criterion.examples.at(0).response == "so kind");
}

TEST_CASE("a cap by another criterion is read, and a badly named one is caught", "[rubric]") {
    DiagnosticList findings;
    Document good = load_document_text("fit.json", R"({
        "format": "encounter-rubric/1", "id": "fit",
        "criteria": [{"id": "fit", "title": "Fit", "weight": 1, "method": "kind-fit",
                      "capped_by": [{"criterion": "empathy.respect", "at_most": 0, "cap": 1}]}]})",
                                       findings);
    CHECK(findings.empty());
    REQUIRE(good.rubric);
    const CriterionCap& cap = good.rubric->criteria.at(0).capped_by.at(0);
    CHECK(cap.rubric == "empathy");
    CHECK(cap.criterion == "respect");
    CHECK(cap.at_most == 0);
    CHECK(cap.cap == 1);

    DiagnosticList problems;
    load_document_text("fit.json", R"({
        "format": "encounter-rubric/1", "id": "fit",
        "criteria": [{"id": "fit", "title": "Fit", "weight": 1,
                      "capped_by": [{"criterion": "respect", "at_most": 0, "cap": 5}]}]})",
                       problems);
    std::vector<std::string> rules;
    for (const Diagnostic& problem : problems.items()) rules.push_back(problem.rule);
    CHECK(rules == std::vector<std::string>{"field-value", "rule-level-range"});
}

TEST_CASE("a penalty's cap by kind of encounter is read, and a kind or cap out of range is caught", "[rubric]") {
    DiagnosticList findings;
    Document good = load_document_text("respect.json", R"({
        "format": "encounter-rubric/1", "id": "respect",
        "criteria": [{"id": "respect", "title": "Respect", "weight": 1,
                      "penalties": [{"id": "decides", "cap": 0, "cap_by_kind": {"first": 1},
                                     "cues": ["\\bi'll book you in\\b"]}]}]})",
                                       findings);
    CHECK(findings.empty());
    REQUIRE(good.rubric);
    const Penalty& penalty = good.rubric->criteria.at(0).penalties.at(0);
    CHECK(penalty.cap_in(Kind::first) == 1);
    CHECK(penalty.cap_in(Kind::second) == 0);
    CHECK(penalty.cap_in(Kind::third) == 0);

    DiagnosticList problems;
    load_document_text("respect.json", R"({
        "format": "encounter-rubric/1", "id": "respect",
        "criteria": [{"id": "respect", "title": "Respect", "weight": 1,
                      "penalties": [{"id": "decides", "cap_by_kind": {"fourth": 1, "second": 3},
                                     "cues": ["\\bi'll book you in\\b"]}]}]})",
                       problems);
    std::vector<std::string> rules;
    for (const Diagnostic& problem : problems.items()) rules.push_back(problem.rule);
    CHECK(rules == std::vector<std::string>{"field-value", "rule-level-range"});

    // 2^32 would narrow to 0, a valid cap, if read as an int: it must be reported as written.
    DiagnosticList huge;
    load_document_text("respect.json", R"({
        "format": "encounter-rubric/1", "id": "respect",
        "criteria": [{"id": "respect", "title": "Respect", "weight": 1,
                      "penalties": [{"id": "decides", "cap_by_kind": {"first": 4294967296},
                                     "cues": ["\\bi'll book you in\\b"]}]}]})",
                       huge);
    REQUIRE(huge.items().size() == 1);
    CHECK(huge.items().at(0).rule == "rule-level-range");
    CHECK(huge.items().at(0).message.find("4294967296") != std::string::npos);
}

TEST_CASE("a rubric linted alongside replaces the bundled one of the same locale and id", "[rubric]") {
    RubricCatalog catalog;
    Rubric first;
    first.id = "empathy";
    first.title = "old";
    Rubric second = first;
    second.title = "new";
    Rubric korean = first;
    korean.locale = "ko";
    catalog.add(first);
    catalog.add(korean);
    catalog.add(second);
    CHECK(catalog.all().size() == 2);
    CHECK(catalog.find("en", "empathy")->title == "new");
    CHECK(catalog.for_locale("ko").size() == 1);
}
