// The compiled language knowledge of each locale (lexicons turned into cue sets and
// classifiers), built once from the bundled data and shared by every command.
#pragma once

#include <encounter/classifier.hpp>
#include <encounter/lexicon.hpp>
#include <encounter/rater_weights.hpp>
#include <encounter/script.hpp>
#include <encounter/text_analysis.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace encounter {

struct LocaleModels {
    std::string locale;
    std::unique_ptr<LanguageModel> language;  // stable address: the classifiers point at it
    std::unique_ptr<KindWordModel> kind_words;  // from the `kind-words` lexicon (stable address)
    KindClassifier patient_kinds;             // from the `kinds` lexicon, with the learned words
    KindClassifier response_kinds;            // from the `response-kinds` lexicon
    double response_fit_threshold = 0;        // signal weight a squarely fitting answer reaches
    int response_silent_level = 1;            // kind-fit of an answer with no kind signal at all
    RaterWeights rater_weights;               // from the `rater-weights` lexicon; empty: rules alone

    // A group of the `kinds` or `response-kinds` lexicon named "LEXICON/GROUP" (a penalty's
    // `cue_groups`); nullptr when there is none.
    const LexiconGroup* find_group(std::string_view name) const;
};

class Models {
public:
    Models() = default;
    explicit Models(const std::vector<Lexicon>& lexicons);
    // nullptr when the locale has no `language` and `kinds` lexicons.
    const LocaleModels* find(std::string_view locale) const;

private:
    std::vector<std::unique_ptr<LocaleModels>> m_locales;
};

// A script's kind, read from its patient lines in order (never from its declared kind).
// Evidence `line` is the index of the step it came from.
KindReading classify_script(const Script& script, const KindClassifier& classifier);

}  // namespace encounter
