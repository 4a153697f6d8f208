// `when` conditions on a step's `next` entries: "empathy < 50", "empathy.acknowledge >= 1".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

namespace encounter {

enum class Comparison { less, less_equal, greater, greater_equal, equal, not_equal };

struct Condition {
    std::string rubric;
    std::string criterion;  // empty: the rubric's 0-100 score
    Comparison comparison = Comparison::less;
    double value = 0;
    std::size_t value_offset = 0;  // where the number starts in the text, for findings
    std::size_t criterion_offset = 0;
};

struct ConditionError {
    std::size_t offset = 0;  // byte offset into the condition text
    std::string message;
};

std::variant<Condition, ConditionError> parse_condition(std::string_view text);

bool holds(const Condition& condition, double actual);

std::string_view to_string(Comparison comparison);

}  // namespace encounter
