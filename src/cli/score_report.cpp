// Score reports in text and JSON.
#include "cli/score_report.hpp"
#include "cli/highlight.hpp"
#include "cli/terminal.hpp"

#include <algorithm>
#include <ostream>

namespace encounter::cli {

std::vector<const CriterionScore*> weakest(const ResponseScore& score, std::size_t count) {
    std::vector<const CriterionScore*> open;
    for (const CriterionScore& criterion : score.criteria) {
        if (criterion.level < criterion.max_level && !criterion.feedback.empty()) open.push_back(&criterion);
    }
    std::stable_sort(open.begin(), open.end(), [](const CriterionScore* a, const CriterionScore* b) {
        return a->weight * (a->max_level - a->level) > b->weight * (b->max_level - b->level);
    });
    if (open.size() > count) open.resize(count);
    return open;
}

void write_score_text(std::ostream& out, std::string_view id, std::string_view response,
                      const ResponseScore& score, const ReportOptions& options) {
    const bool color = options.color;
    out << paint(id, Style::bold, color);
    for (const RubricScore& rubric : score.rubrics) out << "  " << rubric.rubric << " " << rubric.score;
    out << "  (" << to_string(score.response_kind) << "-kind answer to a " << to_string(score.encounter_kind)
        << "-kind encounter)\n";
    if (options.show_response) out << "  " << highlight(response, visible_evidence(score), color) << '\n';
    for (const CriterionScore& criterion : score.criteria) {
        const std::string name = criterion.rubric + "." + criterion.criterion;
        const Style style = criterion.level == criterion.max_level ? Style::green
                            : criterion.level == 0                 ? Style::red
                                                                   : Style::yellow;
        out << "  " << name << std::string(name.size() < 26 ? 26 - name.size() : 1, ' ');
        if (!criterion.applicable) {
            out << paint("-", Style::dim, color) << "    (nothing listed to anticipate here)\n";
            continue;
        }
        out << paint(std::to_string(criterion.level) + "/" + std::to_string(criterion.max_level), style, color);
        std::string words;
        for (const Evidence& evidence : criterion.evidence) {
            if (evidence.effect == EvidenceEffect::voided) {
                words += "  (\"" + evidence.text + "\" " + evidence.why + ")";
                continue;
            }
            const bool cost = evidence.effect == EvidenceEffect::cost;
            words += "  " + std::string(cost ? "- " : "+ ") + "\"" + evidence.text + "\"";
        }
        out << words << '\n';
    }
    if (!score.needs.empty()) {
        out << "  needs:";
        for (const NeedScore& need : score.needs) {
            out << "  " << (need.met ? paint("met", Style::green, color) : paint("missed", Style::red, color)) << " "
                << (need.need.empty() ? need.id : need.need) << ";";
        }
        out << '\n';
    }
    const auto practise = weakest(score, options.suggestions);
    if (!practise.empty()) {
        out << "  to do better:\n";
        for (const CriterionScore* criterion : practise) {
            out << "  - " << criterion->feedback << " (" << criterion->rubric << "." << criterion->criterion << ")\n";
        }
    }
}

}  // namespace encounter::cli
