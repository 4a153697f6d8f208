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
    std::string out;
    std::size_t at = 0;
    for (const Evidence* span : spans) {
        if (span->start < at || span->end > response.size()) continue;
        out.append(response.substr(at, span->start - at));
        const std::string_view words = response.substr(span->start, span->end - span->start);
        const bool cost = span->effect == EvidenceEffect::cost;
        if (color) {
            out += paint(words, cost ? Style::red : Style::green, true);
        } else {
            out += cost ? "[-" : "[+";
            out.append(words);
            out += cost ? "-]" : "+]";
        }
        at = span->end;
    }
    out.append(response.substr(std::min(at, response.size())));
    return out;
}

}  // namespace encounter::cli
