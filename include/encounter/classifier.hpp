// Reads what kind of encounter a text opens: first (something is wrong and needs fixing),
// second (choosing a treatment or a style of care) or third (what the patient wants to
// become). Its knowledge is a `kinds` lexicon (patient lines) or a `response-kinds`
// lexicon (a clinician's answer); it never reads a script's declared kind.
#pragma once

#include <encounter/kind.hpp>
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
    std::string signal;      // lexicon group id
    std::size_t group = 0;   // index of that group in the classifier's lexicon
    Kind kind = Kind::first; // where it pushed
    bool negated = false;    // a negated signal pushes toward its group's negated_kind
    double weight = 0;
};

struct KindReading {
    Kind kind = Kind::first;
    double confidence = 0;                  // probability of `kind`, calibrated on labelled data
    std::array<double, 3> probability{};    // first, second, third
    std::array<double, 3> raw{};            // summed signal weights
    std::vector<KindEvidence> evidence;
    bool has_evidence() const { return !evidence.empty(); }
};

// Buffers a caller can keep between calls so that classifying allocates nothing it can reuse.
struct ClassifyWorkspace {
    NormalizedText normalized;
    TextAnalysis analysis;
    CueScratch scratch;
    CueScratch language_scratch;
};

class KindClassifier {
public:
    KindClassifier() = default;
    KindClassifier(const Lexicon& signals, const LanguageModel& language);

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
    std::vector<std::size_t> m_cue_group;  // per cue in m_cues: index into m_groups
    std::vector<LexiconGroup> m_groups;
    CueSet m_cues;
    const LanguageModel* m_language = nullptr;
    double m_temperature = 1.0;
    double m_later_weight = 0.5;
    std::array<double, 3> m_prior{};
};

}  // namespace encounter
