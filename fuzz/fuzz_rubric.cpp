// Fuzzes the rubric loader (load_document_text) and, for a rubric without errors, what
// `encounter test` does with it: compile its cues into a scorer and score its examples.
#include "fuzz_support.hpp"

#include <encounter/document.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace encounter;
    fuzz::CheckingSink sink("fuzz.json");
    Document document = load_document_text("fuzz.json", std::string(fuzz::as_text(data, size)), sink);
    if (!document.rubric || sink.errors() > 0) return 0;
    const Rubric& rubric = *document.rubric;
    const LocaleModels* locale = fuzz::models().find(rubric.locale);
    if (!locale) return 0;
    Scorer scorer({&rubric}, *locale);
    ResponseScore score;
    for (const Criterion& criterion : rubric.criteria) {
        for (const RubricExample& example : criterion.examples) {
            scorer.score(ScoreRequest{example.context, example.response, &example.anticipate, example.kind}, score);
            fuzz::check_score(example.response, score);
            (void)rubric.source->locate(example.pointer);
        }
    }
    return 0;
}
