// Turn records read back from transcripts, and the summary built from them.
#include <encounter/session_summary.hpp>

#include <catch2/catch.hpp>

using namespace encounter;

TEST_CASE("recorded scores no int can hold are left out, not converted", "[session_summary]") {
    // Converting 1e300 to int is undefined behaviour; UBSan stops the program on it.
    const Json turn = Json::parse(R"({"type": "turn", "step": "arrival", "response": "Sorry.",
        "scores": {"empathy": 1e300, "anticipation": -1e300, "kind-fit": 50},
        "criteria": {"empathy.acknowledge": {"level": 1e300, "max": 2}, "empathy.explore": {"level": 1, "max": 2}}})");
    const TurnRecord record = turn_record_from_json(turn);
    CHECK(record.rubric_scores.size() == 1);
    CHECK(record.rubric_scores.at("kind-fit") == 50);
    CHECK(record.criterion_levels.size() == 1);
    CHECK(record.criterion_levels.at("empathy.explore") == std::pair<int, int>{1, 2});
}
