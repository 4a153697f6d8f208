// `when` conditions as script authors write them.
#include <encounter/condition.hpp>

#include <catch2/catch.hpp>

using namespace encounter;

namespace {

Condition parsed(std::string_view text) {
    auto result = parse_condition(text);
    REQUIRE(std::holds_alternative<Condition>(result));
    return std::get<Condition>(result);
}

ConditionError failed(std::string_view text) {
    auto result = parse_condition(text);
    REQUIRE(std::holds_alternative<ConditionError>(result));
    return std::get<ConditionError>(result);
}

}  // namespace

TEST_CASE("a criterion level condition names rubric, criterion, comparison and number", "[condition]") {
    const Condition condition = parsed("empathy.acknowledge < 1");
    CHECK(condition.rubric == "empathy");
    CHECK(condition.criterion == "acknowledge");
    CHECK(condition.comparison == Comparison::less);
    CHECK(condition.value == 1);
    CHECK(condition.value_offset == 22);
}

TEST_CASE("a rubric score condition has no criterion and takes every comparison", "[condition]") {
    CHECK(parsed("empathy>=50").comparison == Comparison::greater_equal);
    CHECK(parsed("kind-fit <= 0").comparison == Comparison::less_equal);
    CHECK(parsed(" anticipation == 100 ").comparison == Comparison::equal);
    CHECK(parsed("empathy != 0").comparison == Comparison::not_equal);
    CHECK(parsed("empathy > 12.5").value == 12.5);
    CHECK(parsed("empathy > 12.5").criterion.empty());
}

TEST_CASE("conditions that do not parse say what was expected and where", "[condition]") {
    CHECK(failed("").message == "expected a rubric id such as \"empathy\"");
    CHECK(failed("empathy is low").offset == 8);
    CHECK(failed("empathy. < 1").message == "expected a criterion id after '.'");
    CHECK(failed("empathy < high").message == "expected a number to compare with");
    CHECK(failed("empathy < 1 and tone > 2").message == "unexpected \"and tone > 2\" after the number");
    CHECK(failed("empathy >> 3").offset == 9);
}

TEST_CASE("a condition holds exactly when its comparison does", "[condition]") {
    CHECK(holds(parsed("empathy.acknowledge < 1"), 0));
    CHECK_FALSE(holds(parsed("empathy.acknowledge < 1"), 1));
    CHECK(holds(parsed("empathy >= 50"), 50));
    CHECK_FALSE(holds(parsed("empathy == 50"), 49));
}
