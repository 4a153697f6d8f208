// In-place marking of evidence spans.
#include "cli/highlight.hpp"
#include "cli/terminal.hpp"

#include <algorithm>

namespace encounter::cli {

std::vector<const Evidence*> visible_evidence(const ResponseScore& score) {
    std::vector<const Evidence*> shown;
    for (const CriterionScore& criterion : score.criteria) {
        for (const Evidence& evidence : criterion.evidence) {
            if (evidence.effect == EvidenceEffect::voided || evidence.end <= evidence.start) continue;
            shown.push_back(&evidence);
        }
    }
    return shown;
}

std::string highlight(std::string_view response, const std::vector<const Evidence*>& evidence, bool color) {
    // Marks never overlap: a cost beats an earned span that starts at the same place, and
    // a span that begins inside an earlier one is left to the earlier one.
    std::vector<const Evidence*> spans(evidence);
    std::sort(spans.begin(), spans.end(), [](const Evidence* a, const Evidence* b) {
        if (a->start != b->start) return a->start < b->start;
        return (a->effect == EvidenceEffect::cost) > (b->effect == EvidenceEffect::cost);
    });
    // Overlapping spans of one effect are shown as one ("I'm so sorry you" + "sorry you've").
    struct Mark {
        std::size_t start;
        std::size_t end;
        bool cost;
    };
    std::vector<Mark> marks;
    for (const Evidence* span : spans) {
        if (span->end > response.size()) continue;
        const bool cost = span->effect == EvidenceEffect::cost;
        if (!marks.empty() && span->start < marks.back().end) {
            if (marks.back().cost == cost) marks.back().end = std::max(marks.back().end, span->end);
            continue;
        }
        marks.push_back(Mark{span->start, span->end, cost});
    }
    std::string out;
    std::size_t at = 0;
    for (const Mark& mark : marks) {
        out.append(response.substr(at, mark.start - at));
        const std::string_view words = response.substr(mark.start, mark.end - mark.start);
        const bool cost = mark.cost;
        if (color) {
            out += paint(words, cost ? Style::red : Style::green, true);
        } else {
            out += cost ? "[-" : "[+";
            out.append(words);
            out += cost ? "-]" : "+]";
        }
        at = mark.end;
    }
    out.append(response.substr(std::min(at, response.size())));
    return out;
}

}  // namespace encounter::cli
