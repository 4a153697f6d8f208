// Fuzzes the script loader (load_document_text) and what every command then does with a
// script: the whole-script checks, classification, and a rehearsal walked with its model answers.
#include "fuzz_support.hpp"

#include <encounter/document.hpp>
#include <encounter/rehearsal.hpp>
#include <encounter/script_check.hpp>

namespace encounter::fuzz {
namespace {

void walk(const Script& script) {
    Scorer* scorer = bundled_scorer(script.locale);
    if (!scorer) return;
    Rehearsal rehearsal(script, *scorer);
    // A script may loop; a few passes over its steps are enough to exercise every `next`.
    for (std::size_t turn = 0; turn < 2 * script.steps.size() + 2 && rehearsal.current(); ++turn) {
        const Step& step = *rehearsal.current();
        const std::string answer = step.model.empty() ? step.patient : step.model;
        check_score(answer, rehearsal.answer(answer));
    }
}

}  // namespace
}  // namespace encounter::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace encounter;
    fuzz::CheckingSink sink("fuzz.json");
    Document document = load_document_text("fuzz.json", std::string(fuzz::as_text(data, size)), sink);
    if (!document.script) return 0;
    const Script& script = *document.script;
    check_script(script, fuzz::bundled().rubrics, sink);
    if (const LocaleModels* locale = fuzz::models().find(script.locale)) {
        (void)classify_script(script, locale->patient_kinds);
    }
    // Commands rehearse only scripts without errors.
    if (sink.errors() == 0) fuzz::walk(script);
    return 0;
}
