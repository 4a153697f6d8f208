// Kind classification: weighted lexicon signals, negation-aware, softmax-calibrated.
#include <encounter/classifier.hpp>

#include <algorithm>
#include <cmath>

namespace encounter {

namespace {

// After "but" comes what the speaker means: signals before a contrast in the same
// sentence count half, signals after it half again as much.
double contrast_factor(const TextAnalysis& analysis, std::size_t offset) {
    const Sentence& sentence = analysis.sentence_at(offset);
    double factor = 1.0;
    for (std::size_t contrast : analysis.contrasts()) {
        if (contrast < sentence.begin || contrast >= sentence.end) continue;
        factor = contrast <= offset ? 1.5 : std::min(factor, 0.5);
    }
    return factor;
}

}  // namespace

KindClassifier::KindClassifier(const Lexicon& signals, const LanguageModel& language)
    : m_groups(signals.groups), m_language(&language) {
    for (std::size_t index = 0; index < m_groups.size(); ++index) {
        if (!m_groups[index].kind) continue;
        for (const std::string& cue : m_groups[index].cues) {
            m_cues.add(cue);
            m_cue_group.push_back(index);
        }
    }
    m_cues.compile();
    m_temperature = std::max(0.05, signals.setting("temperature", 1.0));
    m_later_weight = signals.setting("later_line_weight", 0.5);
    m_prior = {signals.setting("prior_first", 0.0), signals.setting("prior_second", 0.0),
               signals.setting("prior_third", 0.0)};
}

const LexiconGroup* KindClassifier::find_group(std::string_view id) const {
    for (const LexiconGroup& group : m_groups) {
        if (group.id == id) return &group;
    }
    return nullptr;
}

KindReading KindClassifier::classify(const std::vector<std::string_view>& texts) const {
    ClassifyWorkspace workspace;
    KindReading reading;
    classify(texts.data(), texts.size(), workspace, reading);
    return reading;
}

void KindClassifier::classify(const std::string_view* texts, std::size_t count, ClassifyWorkspace& workspace,
                              KindReading& reading) const {
    reading.raw = {0, 0, 0};
    reading.evidence.clear();
    NormalizedText& normalized = workspace.normalized;
    TextAnalysis& analysis = workspace.analysis;
    CueScratch& scratch = workspace.scratch;
    for (std::size_t line = 0; line < count; ++line) {
        const double position =
            count > 1 ? 1.0 + m_later_weight * static_cast<double>(line) / static_cast<double>(count - 1) : 1.0;
        normalized.assign(texts[line]);
        analysis.analyze(normalized.text(), *m_language, workspace.language_scratch);
        m_cues.find_all(normalized.text(), scratch);
        std::size_t covered_until = 0;  // one signal per stretch of words
        for (const CueHit& hit : scratch.hits) {
            if (hit.begin < covered_until) continue;
            covered_until = hit.end;
            const std::size_t group_index = m_cue_group[hit.cue];
            const LexiconGroup& group = m_groups[group_index];
            const bool negated = analysis.negated(hit.begin);
            const std::optional<Kind> kind = negated ? group.negated_kind : group.kind;
            if (!kind) continue;
            const double weight = group.weight * position * contrast_factor(analysis, hit.begin);
            reading.raw[static_cast<std::size_t>(*kind)] += weight;
            ByteSpan span = normalized.original_span(hit.begin, hit.end);
            while (span.end > span.begin && texts[line][span.end - 1] == ' ') --span.end;
            reading.evidence.push_back(KindEvidence{
                line, span.begin, span.end,
                std::string(texts[line].substr(span.begin, span.end - span.begin)), group.id, group_index, *kind,
                negated, weight});
        }
    }
    double total = 0;
    const double top = *std::max_element(reading.raw.begin(), reading.raw.end());
    for (std::size_t k = 0; k < 3; ++k) {
        reading.probability[k] = std::exp((reading.raw[k] - top + m_prior[k]) / m_temperature);
        total += reading.probability[k];
    }
    for (double& p : reading.probability) p /= total;
    const auto best = std::max_element(reading.probability.begin(), reading.probability.end());
    reading.kind = all_kinds[static_cast<std::size_t>(best - reading.probability.begin())];
    reading.confidence = *best;
}

}  // namespace encounter
