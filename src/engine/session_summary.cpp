// Averages, best and worst moments, and practice advice across a rehearsal.
#include <encounter/session_summary.hpp>

#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>

namespace encounter {

TurnRecord make_turn_record(std::string step, std::string response, const ResponseScore& score) {
    TurnRecord record;
    record.step = std::move(step);
    record.response = std::move(response);
    for (const RubricScore& rubric : score.rubrics) record.rubric_scores[rubric.rubric] = rubric.score;
    for (const CriterionScore& criterion : score.criteria) {
        if (!criterion.applicable) continue;  // nothing to anticipate on this step
        record.criterion_levels[criterion.rubric + "." + criterion.criterion] = {criterion.level, criterion.max_level};
    }
    return record;
}

namespace {

// A number from a transcript as an int, or nothing when it is not one an int can hold
// (converting 1e300 to int is undefined behaviour, not just a wrong number).
std::optional<int> as_int(const Json& value) {
    if (!value.is_number()) return std::nullopt;
    const double number = value.get<double>();
    if (!(number >= INT_MIN && number <= INT_MAX)) return std::nullopt;  // also refuses NaN
    return static_cast<int>(number);
}

}  // namespace

TurnRecord turn_record_from_json(const Json& turn) {
    TurnRecord record;
    record.step = turn.value("step", "");
    record.response = turn.value("response", "");
    record.skipped = turn.value("skipped", false);
    if (const auto scores = turn.find("scores"); scores != turn.end() && scores->is_object()) {
        for (const auto& [rubric, value] : scores->items()) {
            if (const auto score = as_int(value)) record.rubric_scores[rubric] = *score;
        }
    }
    if (const auto criteria = turn.find("criteria"); criteria != turn.end() && criteria->is_object()) {
        for (const auto& [name, value] : criteria->items()) {
            if (!value.is_object() || !value.contains("level") || !value.contains("max")) continue;
            const auto level = as_int(value["level"]);
            const auto max = as_int(value["max"]);
            if (level && max) record.criterion_levels[name] = {*level, *max};
        }
    }
    if (record.rubric_scores.empty()) record.skipped = true;
    return record;
}

EncounterSummary summarize(const std::vector<TurnRecord>& turns, const std::vector<const Rubric*>& rubrics) {
    EncounterSummary summary;
    std::map<std::string, std::pair<double, int>> rubric_totals;
    std::map<std::string, std::pair<double, int>> criterion_totals;
    double best = -1;
    double worst = 1e9;
    for (const TurnRecord& turn : turns) {
        if (turn.skipped) {
            ++summary.skipped;
            continue;
        }
        ++summary.answered;
        double total = 0;
        for (const auto& [rubric, score] : turn.rubric_scores) {
            rubric_totals[rubric].first += score;
            rubric_totals[rubric].second += 1;
            total += score;
        }
        for (const auto& [name, level] : turn.criterion_levels) {
            criterion_totals[name].first += level.first;
            criterion_totals[name].second += 1;
        }
        if (total > best) {
            best = total;
            summary.strongest = &turn;
        }
        if (total < worst) {
            worst = total;
            summary.weakest = &turn;
        }
    }
    if (summary.strongest == summary.weakest) summary.weakest = nullptr;  // one answer: no contrast
    for (const auto& [rubric, total] : rubric_totals) summary.rubric_averages[rubric] = total.first / total.second;
    for (const Rubric* rubric : rubrics) {
        for (const Criterion& criterion : rubric->criteria) {
            const std::string name = rubric->id + "." + criterion.id;
            const auto found = criterion_totals.find(name);
            if (found == criterion_totals.end()) continue;
            const double average = found->second.first / found->second.second;
            summary.criterion_averages.emplace_back(name, average);
            if (average >= criterion.max_level) continue;
            const int next_level = std::min(criterion.max_level, static_cast<int>(std::floor(average)) + 1);
            const auto advice = criterion.feedback.lower_bound(next_level);
            if (advice == criterion.feedback.end()) continue;
            summary.practise.push_back(PractiseItem{name, average, criterion.max_level, advice->second});
        }
    }
    std::stable_sort(summary.practise.begin(), summary.practise.end(), [](const PractiseItem& a, const PractiseItem& b) {
        return a.average / a.max_level < b.average / b.max_level;
    });
    if (summary.practise.size() > 3) summary.practise.resize(3);
    return summary;
}

nlohmann::ordered_json summary_to_json(const EncounterSummary& summary) {
    nlohmann::ordered_json object;
    object["type"] = "summary";
    object["answered"] = summary.answered;
    object["skipped"] = summary.skipped;
    nlohmann::ordered_json rubrics = nlohmann::ordered_json::object();
    for (const auto& [rubric, average] : summary.rubric_averages) rubrics[rubric] = std::lround(average);
    object["scores"] = rubrics;
    nlohmann::ordered_json criteria = nlohmann::ordered_json::object();
    for (const auto& [name, average] : summary.criterion_averages) criteria[name] = std::round(average * 100) / 100;
    object["criteria"] = criteria;
    if (summary.strongest) object["strongest"] = summary.strongest->step;
    if (summary.weakest) object["weakest"] = summary.weakest->step;
    object["practise"] = nlohmann::ordered_json::array();
    for (const PractiseItem& item : summary.practise) object["practise"].push_back(item.criterion);
    return object;
}

}  // namespace encounter
