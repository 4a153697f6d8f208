// How a scored response is shown: for people (scores, evidence marked in place, what to
// practise) and for programs (the contract's JSON shape). Shared by score, test and rehearse.
#pragma once

#include <encounter/scorer.hpp>

#include <iosfwd>
#include <string>
#include <string_view>

namespace encounter::cli {

struct ReportOptions {
    bool color = false;
    bool show_response = true;
    std::size_t suggestions = 2;  // how many "to do better" lines at most
};

void write_score_text(std::ostream& out, std::string_view id, std::string_view response,
                      const ResponseScore& score, const ReportOptions& options);

// The criteria with the most points left to earn, best first, with their feedback.
std::vector<const CriterionScore*> weakest(const ResponseScore& score, std::size_t count);

}  // namespace encounter::cli
