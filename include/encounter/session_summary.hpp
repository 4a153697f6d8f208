// The end-of-rehearsal summary: how each rubric and criterion went across the encounter,
// the strongest and the weakest answer, and what to practise next.
#pragma once

#include <encounter/rubric.hpp>
#include <encounter/scorer.hpp>
#include <encounter/json_source.hpp>

#include <map>
#include <string>
#include <vector>

namespace encounter {

// One answered (or skipped) step, as kept in memory or read back from a transcript.
struct TurnRecord {
    std::string step;
    std::string response;
    bool skipped = false;
    std::map<std::string, int> rubric_scores;                       // rubric -> 0-100
    std::map<std::string, std::pair<int, int>> criterion_levels;    // "rubric.criterion" -> (level, max)
};

TurnRecord make_turn_record(std::string step, std::string response, const ResponseScore& score);
// From a transcript's turn line (its "scores" and "criteria"); nothing usable gives a skipped turn.
TurnRecord turn_record_from_json(const Json& turn);

struct PractiseItem {
    std::string criterion;  // "rubric.criterion"
    double average = 0;     // mean level
    int max_level = 2;
    std::string advice;     // the rubric's feedback for the next level up
};

struct EncounterSummary {
    std::size_t answered = 0;
    std::size_t skipped = 0;
    std::map<std::string, double> rubric_averages;                      // 0-100
    std::vector<std::pair<std::string, double>> criterion_averages;     // in rubric order
    const TurnRecord* strongest = nullptr;
    const TurnRecord* weakest = nullptr;
    std::vector<PractiseItem> practise;  // two or three, weakest first
};

// `turns` must outlive the summary (strongest and weakest point into it).
EncounterSummary summarize(const std::vector<TurnRecord>& turns, const std::vector<const Rubric*>& rubrics);

nlohmann::ordered_json summary_to_json(const EncounterSummary& summary);

}  // namespace encounter
