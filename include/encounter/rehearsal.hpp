// Walking a clinician through a script: which step is current, scoring each answer, and
// choosing the next step from the `next` conditions (an unkind answer can make the
// patient escalate). Pure logic: no terminal, no files.
#pragma once

#include <encounter/scorer.hpp>
#include <encounter/script.hpp>

#include <string>
#include <string_view>

namespace encounter {

class Rehearsal {
public:
    Rehearsal(const Script& script, Scorer& scorer);

    // nullptr once the encounter has ended.
    const Step* current() const { return m_current; }
    const Script& script() const { return m_script; }

    // Continues from a given step (resuming a transcript); "end" ends.
    void go_to(std::string_view step_id);

    // Scores the answer to the current step and moves on. The returned score stays
    // valid until the next call.
    const ResponseScore& answer(std::string_view response);
    // Moves on as if the step had no conditions (the clinician typed :skip).
    void skip();

    // Where the last answer led: a step id or "end".
    const std::string& last_target() const { return m_last_target; }

private:
    std::string choose_next(const Step& step, const ResponseScore* score) const;

    const Script& m_script;
    Scorer& m_scorer;
    const Step* m_current = nullptr;
    ResponseScore m_score;
    std::string m_last_target;
};

// The value a condition compares: a rubric's 0-100 score or a criterion's level.
// Nothing when the response was not scored on it.
std::optional<double> condition_value(const Condition& condition, const ResponseScore& score);

}  // namespace encounter
