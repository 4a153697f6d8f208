// What scoring one response gives: per criterion its level and the evidence behind it (the
// words as typed, the rule that found them, whether they earned, cost or were taken back),
// the needs met, and each rubric's score.
#pragma once

#include <encounter/kind.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace encounter {

enum class EvidenceEffect { earned, cost, voided };

struct Evidence {
    std::size_t start = 0;  // UTF-8 byte offsets into the response as typed
    std::size_t end = 0;
    std::string text;
    std::string rule;       // "<rule id>", "penalty:<id>", "need:<id>", "kind:<signal>"
    EvidenceEffect effect = EvidenceEffect::earned;
    std::string why;        // for voided evidence: "negated", "taken back by 'but'", ...
};

struct CriterionScore {
    std::string rubric;
    std::string criterion;
    int level = 0;
    int max_level = 2;
    double weight = 1;
    std::vector<Evidence> evidence;
    std::string feedback;  // what would earn the next level, when below the top
    bool applicable = true;  // false for anticipated needs on a step that lists none:
                             // shown as level 0, left out of the rubric's score and advice
};

struct NeedScore {
    std::string id;
    std::string need;
    bool met = false;
};

struct RubricScore {
    std::string rubric;
    int score = 0;  // 0-100
};

struct ResponseScore {
    Kind response_kind = Kind::first;
    Kind encounter_kind = Kind::first;
    std::vector<RubricScore> rubrics;
    std::vector<CriterionScore> criteria;
    std::vector<NeedScore> needs;

    const CriterionScore* find(std::string_view rubric, std::string_view criterion) const;
    // The criterion named "RUBRIC.CRITERION" (as rater weights and eval labels name them).
    const CriterionScore* find(std::string_view qualified) const;
    int score_of(std::string_view rubric) const;
};

// The contract's formula: 100 * sum(weight * level) / sum(weight * max), rounded, over
// the criteria that apply (100 when none does).
int rubric_score(const std::vector<const CriterionScore*>& criteria);

std::string_view to_string(EvidenceEffect effect);

}  // namespace encounter
