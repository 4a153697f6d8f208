// The labelled scoring pairs of eval/score/*.jsonl, as `encounter_eval` and
// `encounter_train_raters` read them.
#pragma once

#include <encounter/kind.hpp>
#include <encounter/need.hpp>

#include <map>
#include <string>
#include <vector>

namespace encounter::eval {

struct ScoreItem {
    std::string id;
    std::string context;
    std::string response;
    std::vector<AnticipatedNeed> needs;
    Kind kind = Kind::first;
    std::map<std::string, int> labels;  // "rubric.criterion" -> the rater's level
};

// Throws std::runtime_error naming the file and line of an item it cannot read.
std::vector<ScoreItem> read_score_items(const std::string& path);

}  // namespace encounter::eval
