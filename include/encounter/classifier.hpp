// Reads what kind of encounter a text opens: first (something is wrong and needs fixing),
// second (choosing a treatment or a style of care) or third (what the patient wants to
// become). Its knowledge is a `kinds` lexicon (patient lines) or a `response-kinds`
// lexicon (a clinician's answer); it never reads a script's declared kind.
#pragma once

#include <encounter/kind.hpp>
#include <encounter/kind_words.hpp>
#include <encounter/lexicon.hpp>
#include <encounter/normalized_text.hpp>
#include <encounter/text_analysis.hpp>

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace encounter {

struct KindEvidence {
    std::size_t line = 0;    // which of the texts classified
    std::size_t begin = 0;   // byte offsets into that text as typed
    std::size_t end = 0;
    std::string text;        // the words, as typed
    std::string signal;      // lexicon group id, or "kind-words" for a learned word
    std::size_t group = 0;   // index of that group in the classifier's lexicon (none for a word)
    Kind kind = Kind::first; // where it pushed
    bool negated = false;    // a negated signal pushes toward its group's negated_kind
    double weight = 0;
};

struct KindReading {
    Kind kind = Kind::first;
    double confidence = 0;                  // probability of `kind`, calibrated on labelled data
    std::array<double, 3> probability{};    // first, second, third
    std::array<double, 3> raw{};            // summed signal weights
    std::array<double, 3> learned{};        // summed learned word weights (kind-words), before strength
    std::vector<KindEvidence> evidence;
    bool has_evidence() const { return !evidence.empty(); }
};

// A learned word found in one of the texts classified, at its place as typed.
struct LearnedWord {
    const std::array<double, 3>* weights = nullptr;
    std::size_t line = 0;
    std::size_t begin = 0;
    std::size_t end = 0;
};

// Buffers a caller can keep between calls so that classifying allocates nothing it can reuse.
struct ClassifyWorkspace {
    NormalizedText normalized;
    TextAnalysis analysis;
    CueScratch scratch;
    CueScratch language_scratch;
    std::vector<KindWordHit> word_hits;   // one line's
    std::vector<LearnedWord> learned;     // the distinct learned words of all lines
    std::string word_buffer;
};

class KindClassifier {
public:
    KindClassifier() = default;
    // `words` (learned word weights, may be null) must outlive the classifier.
    KindClassifier(const Lexicon& signals, const LanguageModel& language, const KindWordModel* words = nullptr);

    // Later texts weigh more than earlier ones: a patient's later lines often say what
    // the visit is really about.
    KindReading classify(const std::vector<std::string_view>& texts) const;
    KindReading classify(std::string_view text) const { return classify(std::vector<std::string_view>{text}); }
    // The same into `reading` (its storage reused), with the caller's buffers.
    void classify(const std::string_view* texts, std::size_t count, ClassifyWorkspace& workspace,
                  KindReading& reading) const;

    bool empty() const { return m_groups.empty(); }
    const LexiconGroup& group(std::size_t index) const { return m_groups[index]; }
    const LexiconGroup* find_group(std::string_view id) const;

private:
    // Collects the learned words of the line just normalized into `workspace`...
    void add_learned_words(std::size_t line, ClassifyWorkspace& workspace) const;
    // ...and, after the last line, sums each distinct one once into `reading.learned`.
    void sum_learned_words(ClassifyWorkspace& workspace, KindReading& reading) const;
    // Shows the few learned words that pushed hardest toward the kind read, as evidence.
    void show_learned_words(const std::string_view* texts, double strength, ClassifyWorkspace& workspace,
                            KindReading& reading) const;
    static constexpr std::size_t shown_learned_words = 3;
    // A word's weight toward the kind read must beat its weight toward either other kind by
    // this much to be shown: common words ("there") lean a little every way.
    static constexpr double shown_learned_margin = 0.5;

    std::vector<std::size_t> m_cue_group;  // per cue in m_cues: index into m_groups
    std::vector<LexiconGroup> m_groups;
    CueSet m_cues;
    const LanguageModel* m_language = nullptr;
    const KindWordModel* m_words = nullptr;
    double m_temperature = 1.0;
    double m_later_weight = 0.5;
    std::array<double, 3> m_prior{};
};

}  // namespace encounter
