// Building each locale's models from its lexicons.
#include <encounter/models.hpp>

#include <set>

namespace encounter {
namespace {

const Lexicon* find_lexicon(const std::vector<Lexicon>& lexicons, std::string_view locale, std::string_view id) {
    for (const Lexicon& lexicon : lexicons) {
        if (lexicon.locale == locale && lexicon.id == id) return &lexicon;
    }
    return nullptr;
}

}  // namespace

Models::Models(const std::vector<Lexicon>& lexicons) {
    std::set<std::string> locales;
    for (const Lexicon& lexicon : lexicons) locales.insert(lexicon.locale);
    for (const std::string& locale : locales) {
        const Lexicon* language = find_lexicon(lexicons, locale, "language");
        const Lexicon* kinds = find_lexicon(lexicons, locale, "kinds");
        if (!language || !kinds) continue;
        auto models = std::make_unique<LocaleModels>();
        models->locale = locale;
        models->language = std::make_unique<LanguageModel>(language);
        const Lexicon* words = find_lexicon(lexicons, locale, "kind-words");
        models->kind_words = words ? std::make_unique<KindWordModel>(*words) : std::make_unique<KindWordModel>();
        models->patient_kinds = KindClassifier(*kinds, *models->language, models->kind_words.get());
        if (const Lexicon* responses = find_lexicon(lexicons, locale, "response-kinds")) {
            models->response_kinds = KindClassifier(*responses, *models->language);
            models->response_fit_threshold = responses->setting("fit_threshold", 0);
            models->response_silent_level = static_cast<int>(responses->setting("silent_level", 1));
        }
        if (const Lexicon* raters = find_lexicon(lexicons, locale, "rater-weights")) {
            models->rater_weights = RaterWeights(*raters);
        }
        m_locales.push_back(std::move(models));
    }
}

const LexiconGroup* LocaleModels::find_group(std::string_view name) const {
    const auto slash = name.find('/');
    if (slash == std::string_view::npos) return nullptr;
    const std::string_view lexicon = name.substr(0, slash);
    const std::string_view group = name.substr(slash + 1);
    if (lexicon == "kinds") return patient_kinds.find_group(group);
    if (lexicon == "response-kinds") return response_kinds.find_group(group);
    return nullptr;
}

const LocaleModels* Models::find(std::string_view locale) const {
    for (const auto& models : m_locales) {
        if (models->locale == locale) return models.get();
    }
    return nullptr;
}

KindReading classify_script(const Script& script, const KindClassifier& classifier) {
    std::vector<std::string_view> lines;
    for (const Step& step : script.steps) lines.push_back(step.patient);
    return classifier.classify(lines);
}

}  // namespace encounter
