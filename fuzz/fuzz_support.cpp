// Shared fuzzing support: bundled data loaded once, invariant checks with a clear message.
#include "fuzz_support.hpp"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>

namespace encounter::fuzz {

void fail(const std::string& what) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what.c_str());
    std::abort();
}

std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

const BundledData& bundled() {
    static const BundledData data = [] {
        DiagnosticList findings;
        BundledData loaded = load_bundled_data(ENCOUNTER_DATA_DIR, findings);
        if (!findings.empty()) fail("bundled data has findings: " + format_diagnostic(findings.items().front()));
        return loaded;
    }();
    return data;
}

const Models& models() {
    static const Models loaded(bundled().lexicons);
    return loaded;
}

Scorer* bundled_scorer(const std::string& locale) {
    static std::map<std::string, std::unique_ptr<Scorer>> scorers;
    auto found = scorers.find(locale);
    if (found != scorers.end()) return found->second.get();
    const LocaleModels* locale_models = models().find(locale);
    if (!locale_models) return nullptr;
    auto& slot = scorers[locale];
    slot = std::make_unique<Scorer>(bundled().rubrics.for_locale(locale), *locale_models);
    return slot.get();
}

void CheckingSink::report(Diagnostic diagnostic) {
    if (diagnostic.severity == Severity::error) ++m_errors;
    ENCOUNTER_FUZZ_CHECK(diagnostic.location.path == m_path,
                         "finding names another file: " + format_diagnostic(diagnostic));
    ENCOUNTER_FUZZ_CHECK(!diagnostic.rule.empty() && !diagnostic.message.empty(),
                         "finding without a rule or message: " + format_diagnostic(diagnostic));
    ENCOUNTER_FUZZ_CHECK(diagnostic.location.line == 0 || diagnostic.location.column > 0,
                         "finding with a line but no column: " + format_diagnostic(diagnostic));
    (void)format_diagnostic(diagnostic);
}

void check_score(std::string_view response, const ResponseScore& score) {
    for (const RubricScore& rubric : score.rubrics) {
        ENCOUNTER_FUZZ_CHECK(rubric.score >= 0 && rubric.score <= 100,
                             rubric.rubric + " scored " + std::to_string(rubric.score));
    }
    for (const CriterionScore& criterion : score.criteria) {
        const std::string name = criterion.rubric + "." + criterion.criterion;
        ENCOUNTER_FUZZ_CHECK(criterion.level >= 0 && criterion.level <= criterion.max_level,
                             name + " at level " + std::to_string(criterion.level));
        for (const Evidence& evidence : criterion.evidence) {
            ENCOUNTER_FUZZ_CHECK(evidence.start <= evidence.end && evidence.end <= response.size(),
                                 name + " evidence outside the response: [" + std::to_string(evidence.start) +
                                     ", " + std::to_string(evidence.end) + ")");
            ENCOUNTER_FUZZ_CHECK(response.substr(evidence.start, evidence.end - evidence.start) == evidence.text,
                                 name + " evidence text \"" + evidence.text + "\" is not the response's bytes");
        }
    }
}

}  // namespace encounter::fuzz
