// Kind classification: weighted lexicon signals, negation-aware, softmax-calibrated.
#include <encounter/classifier.hpp>

#include <encounter/learned_hits.hpp>
#include <encounter/softmax.hpp>

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

KindClassifier::KindClassifier(const Lexicon& signals, const LanguageModel& language, const KindWordModel* words)
    : m_groups(signals.groups), m_language(&language), m_words(words && !words->empty() ? words : nullptr) {
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
    return encounter::find_group(m_groups, id);
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
    reading.learned = {0, 0, 0};
    reading.evidence.clear();
    workspace.learned.clear();
    NormalizedText& normalized = workspace.normalized;
    TextAnalysis& analysis = workspace.analysis;
    CueScratch& scratch = workspace.scratch;
    for (std::size_t line = 0; line < count; ++line) {
        const double position =
            count > 1 ? 1.0 + m_later_weight * static_cast<double>(line) / static_cast<double>(count - 1) : 1.0;
        normalized.assign(texts[line]);
        analysis.analyze(normalized.text(), *m_language, workspace.language_scratch);
        m_cues.find_all(normalized.text(), scratch);
        if (m_words) add_learned_words(line, workspace);
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
    if (m_words) sum_learned_words(workspace, reading);
    // Logits: the signals (scaled by the temperature, with the priors) plus the learned
    // words (scaled by their strength); both were calibrated together on the dev splits.
    std::array<double, 3> logit{};
    const double strength = m_words ? m_words->strength() : 0.0;
    for (std::size_t k = 0; k < 3; ++k) {
        logit[k] = (reading.raw[k] + m_prior[k]) / m_temperature + strength * reading.learned[k];
    }
    reading.probability = softmax(logit);
    const auto best = std::max_element(reading.probability.begin(), reading.probability.end());
    reading.kind = all_kinds[static_cast<std::size_t>(best - reading.probability.begin())];
    reading.confidence = *best;
    if (m_words) show_learned_words(texts, strength, workspace, reading);
}

void KindClassifier::add_learned_words(std::size_t line, ClassifyWorkspace& workspace) const {
    const NormalizedText& normalized = workspace.normalized;
    workspace.word_hits.clear();
    m_words->find(normalized.text(), workspace.word_buffer, workspace.word_hits);
    for (const KindWordHit& hit : workspace.word_hits) {
        const ByteSpan span = normalized.original_span(hit.begin, hit.end);
        workspace.learned.push_back(LearnedWord{hit.weights, line, span.begin, span.end});
    }
}

void KindClassifier::sum_learned_words(ClassifyWorkspace& workspace, KindReading& reading) const {
    // Each word counts once per reading, however often it is said: keep its first place.
    std::vector<LearnedWord>& words = workspace.learned;
    keep_first_of_each_entry(words, [](const LearnedWord& a, const LearnedWord& b) {
        return a.line != b.line ? a.line < b.line : a.begin < b.begin;
    });
    for (const LearnedWord& word : words) {
        for (std::size_t k = 0; k < 3; ++k) reading.learned[k] += (*word.weights)[k];
    }
}

void KindClassifier::show_learned_words(const std::string_view* texts, double strength, ClassifyWorkspace& workspace,
                                        KindReading& reading) const {
    const auto k = static_cast<std::size_t>(reading.kind);
    const auto margin = [&](const LearnedWord& word) {
        const std::array<double, 3>& w = *word.weights;
        return w[k] - std::max(w[(k + 1) % 3], w[(k + 2) % 3]);
    };
    std::vector<LearnedWord>& words = workspace.learned;
    const std::size_t shown = std::min(words.size(), shown_learned_words);
    std::partial_sort(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(shown), words.end(),
                      [&](const LearnedWord& a, const LearnedWord& b) { return margin(a) > margin(b); });
    for (std::size_t i = 0; i < shown && margin(words[i]) >= shown_learned_margin; ++i) {
        const LearnedWord& word = words[i];
        const std::string_view typed = texts[word.line];
        reading.evidence.push_back(KindEvidence{word.line, word.begin, word.end,
                                                std::string(typed.substr(word.begin, word.end - word.begin)),
                                                "kind-words", 0, reading.kind, false, strength * margin(word)});
    }
}

}  // namespace encounter
