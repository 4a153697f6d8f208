// A tiny hand-written parser: <rubric>[.<criterion>] <op> <number>.
#include <encounter/condition.hpp>

#include <charconv>
#include <cmath>

namespace encounter {
namespace {

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

class Cursor {
public:
    explicit Cursor(std::string_view text) : m_text(text) {}
    void skip_spaces() {
        while (m_at < m_text.size() && (m_text[m_at] == ' ' || m_text[m_at] == '\t')) ++m_at;
    }
    std::string_view name() {
        const std::size_t start = m_at;
        while (m_at < m_text.size() && is_name_char(m_text[m_at])) ++m_at;
        return m_text.substr(start, m_at - start);
    }
    bool eat(char c) {
        if (m_at < m_text.size() && m_text[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    bool eat(std::string_view token) {
        if (m_text.substr(m_at).starts_with(token)) {
            m_at += token.size();
            return true;
        }
        return false;
    }
    std::size_t at() const { return m_at; }
    void move_to(std::size_t at) { m_at = at; }
    bool done() const { return m_at >= m_text.size(); }
    std::string_view rest() const { return m_text.substr(m_at); }

private:
    std::string_view m_text;
    std::size_t m_at = 0;
};

}  // namespace

std::variant<Condition, ConditionError> parse_condition(std::string_view text) {
    Cursor cursor(text);
    Condition condition;
    cursor.skip_spaces();
    condition.rubric = cursor.name();
    if (condition.rubric.empty()) {
        return ConditionError{cursor.at(), "expected a rubric id such as \"empathy\""};
    }
    if (cursor.eat('.')) {
        condition.criterion_offset = cursor.at();
        condition.criterion = cursor.name();
        if (condition.criterion.empty()) {
            return ConditionError{cursor.at(), "expected a criterion id after '.'"};
        }
    }
    cursor.skip_spaces();
    const std::size_t operator_at = cursor.at();
    if (cursor.eat("<=")) {
        condition.comparison = Comparison::less_equal;
    } else if (cursor.eat(">=")) {
        condition.comparison = Comparison::greater_equal;
    } else if (cursor.eat("==")) {
        condition.comparison = Comparison::equal;
    } else if (cursor.eat("!=")) {
        condition.comparison = Comparison::not_equal;
    } else if (cursor.eat('<')) {
        condition.comparison = Comparison::less;
    } else if (cursor.eat('>')) {
        condition.comparison = Comparison::greater;
    } else {
        return ConditionError{operator_at, "expected one of < <= > >= == != after \"" +
                                               std::string(text.substr(0, operator_at)) + "\""};
    }
    cursor.skip_spaces();
    condition.value_offset = cursor.at();
    const std::string_view rest = cursor.rest();
    const auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), condition.value);
    if (error != std::errc() || end == rest.data() || rest.front() == '+' ||
        !std::isfinite(condition.value)) {
        return ConditionError{cursor.at(), "expected a number to compare with"};
    }
    cursor.move_to(cursor.at() + static_cast<std::size_t>(end - rest.data()));
    cursor.skip_spaces();
    if (!cursor.done()) {
        return ConditionError{cursor.at(), "unexpected \"" + std::string(cursor.rest()) +
                                               "\" after the number"};
    }
    return condition;
}

bool holds(const Condition& condition, double actual) {
    switch (condition.comparison) {
        case Comparison::less: return actual < condition.value;
        case Comparison::less_equal: return actual <= condition.value;
        case Comparison::greater: return actual > condition.value;
        case Comparison::greater_equal: return actual >= condition.value;
        case Comparison::equal: return actual == condition.value;
        case Comparison::not_equal: return actual != condition.value;
    }
    return false;
}

std::string_view to_string(Comparison comparison) {
    switch (comparison) {
        case Comparison::less: return "<";
        case Comparison::less_equal: return "<=";
        case Comparison::greater: return ">";
        case Comparison::greater_equal: return ">=";
        case Comparison::equal: return "==";
        case Comparison::not_equal: return "!=";
    }
    return "?";
}

}  // namespace encounter
