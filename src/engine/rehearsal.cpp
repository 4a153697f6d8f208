// Step-by-step progress through a script.
#include <encounter/rehearsal.hpp>

namespace encounter {

Rehearsal::Rehearsal(const Script& script, Scorer& scorer)
    : m_script(script), m_scorer(scorer), m_current(script.steps.empty() ? nullptr : &script.steps.front()) {}

void Rehearsal::go_to(std::string_view step_id) {
    m_current = step_id == end_step ? nullptr : m_script.find_step(step_id);
}

std::optional<double> condition_value(const Condition& condition, const ResponseScore& score) {
    if (condition.criterion.empty()) {
        for (const RubricScore& rubric : score.rubrics) {
            if (rubric.rubric == condition.rubric) return rubric.score;
        }
        return std::nullopt;
    }
    if (const CriterionScore* criterion = score.find(condition.rubric, condition.criterion)) return criterion->level;
    return std::nullopt;
}

std::string Rehearsal::choose_next(const Step& step, const ResponseScore* score) const {
    if (step.next.empty()) {
        const auto index = static_cast<std::size_t>(&step - m_script.steps.data());
        return index + 1 < m_script.steps.size() ? m_script.steps[index + 1].id : std::string(end_step);
    }
    for (const Transition& transition : step.next) {
        if (!transition.when) return transition.target;
        if (!score) continue;
        const auto value = condition_value(*transition.when, *score);
        if (value && holds(*transition.when, *value)) return transition.target;
    }
    return std::string(end_step);  // lint reports a step with no way on; end rather than stall
}

const ResponseScore& Rehearsal::answer(std::string_view response) {
    const Step& step = *m_current;
    m_scorer.score(ScoreRequest{step.patient, response, &step.anticipate, m_script.declared_kind}, m_score);
    m_last_target = choose_next(step, &m_score);
    go_to(m_last_target);
    return m_score;
}

void Rehearsal::skip() {
    m_last_target = choose_next(*m_current, nullptr);
    go_to(m_last_target);
}

}  // namespace encounter
