// `encounter test [RUBRIC...]`: run the examples embedded in rubrics and report every
// one that scores off its expected level, with the evidence that was found.
#include "cli/context.hpp"
#include "cli/finding_format.hpp"
#include "cli/score_report.hpp"

#include <encounter/document.hpp>
#include <encounter/models.hpp>
#include <encounter/scorer.hpp>

#include <map>
#include <memory>
#include <ostream>

namespace encounter::cli {
namespace {

using OrderedJson = nlohmann::ordered_json;

struct ExampleResult {
    Location location;
    std::string rubric;
    std::string criterion;
    int expected = 0;
    int scored = 0;
    std::string response;
    std::vector<Evidence> evidence;
    bool passed() const { return expected == scored; }
};

OrderedJson result_json(const ExampleResult& result) {
    OrderedJson object;
    object["file"] = result.location.path;
    object["line"] = result.location.line;
    object["column"] = result.location.column;
    object["criterion"] = result.rubric + "." + result.criterion;
    object["expected"] = result.expected;
    object["scored"] = result.scored;
    object["passed"] = result.passed();
    object["response"] = result.response;
    object["evidence"] = OrderedJson::array();
    for (const Evidence& evidence : result.evidence) {
        if (evidence.effect == EvidenceEffect::voided) continue;
        object["evidence"].push_back(OrderedJson{
            {"start", evidence.start}, {"end", evidence.end}, {"text", evidence.text}, {"rule", evidence.rule}});
    }
    return object;
}

}  // namespace

Runner add_test_command(CLI::App& parent) {
    struct Options {
        std::vector<std::string> rubrics;
        ReportFormat format = ReportFormat::text;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = parent.add_subcommand(
        "test", "Run the examples in rubrics; report each that scores off its expected level");
    command->add_option("rubrics", options->rubrics, "Rubric files or bundled rubric ids (default: every bundled rubric)");
    add_report_format_option(*command, options->format);
    command->footer(
        "Exit 0 when every example scores its expected level, 1 when any does not, 2 when a\n"
        "rubric cannot be read. A trainer's loop: add a cue, run encounter test, see the effect.\n\n"
        "Examples:\n  encounter test\n  encounter test empathy\n  encounter test my-rubrics/empathy.json");

    return [options](Context& context) {
        BundledData data = context.load_bundled();
        const Models models(data.lexicons);
        std::vector<std::pair<std::string, std::string>> chosen;  // (locale, id)
        bool unreadable = false;
        for (const std::string& name : options->rubrics) {
            std::error_code ec;
            if (std::filesystem::exists(name, ec)) {
                DiagnosticList findings;
                Document document = load_document(name, findings);
                if (findings.count(Severity::error) > 0 || !document.rubric) {
                    for (const Diagnostic& finding : findings.items()) context.io.err << format_diagnostic(finding) << '\n';
                    if (findings.empty()) context.io.err << name << ": error: not a rubric\n";
                    unreadable = true;
                    continue;
                }
                chosen.emplace_back(document.rubric->locale, document.rubric->id);
                data.rubrics.add(std::move(*document.rubric));
                continue;
            }
            bool found = false;
            for (const Rubric& rubric : data.rubrics.all()) {
                if (rubric.id == name) {
                    chosen.emplace_back(rubric.locale, rubric.id);
                    found = true;
                }
            }
            if (!found) {
                context.io.err << "encounter: error: no rubric file or bundled rubric named \"" << name << "\"\n";
                unreadable = true;
            }
        }
        if (options->rubrics.empty()) {
            for (const Rubric& rubric : data.rubrics.all()) chosen.emplace_back(rubric.locale, rubric.id);
        }

        std::vector<ExampleResult> results;
        std::vector<std::string> files;  // the rubric files tested, for the CI formats
        ResponseScore score;
        // One scorer per locale, its cues compiled once, shared by that locale's rubrics.
        std::map<std::string, std::unique_ptr<Scorer>> scorers;
        for (const auto& [locale, id] : chosen) {
            const LocaleModels* locale_models = models.find(locale);
            const Rubric* rubric = data.rubrics.find(locale, id);
            if (!locale_models || !rubric) {
                context.io.err << "encounter: error: no lexicons for locale \"" << locale << "\"\n";
                unreadable = true;
                continue;
            }
            // Every rubric of the locale takes part, as in `score`: a criterion can be capped
            // by another's level (`capped_by`); only this rubric's examples are checked.
            std::unique_ptr<Scorer>& scorer = scorers[locale];
            if (!scorer) scorer = std::make_unique<Scorer>(data.rubrics.for_locale(locale), *locale_models);
            files.push_back(rubric->source->path());
            for (const Criterion& criterion : rubric->criteria) {
                for (const RubricExample& example : criterion.examples) {
                    scorer->score(ScoreRequest{example.context, example.response, &example.anticipate, example.kind}, score);
                    const CriterionScore* scored = score.find(rubric->id, criterion.id);
                    ExampleResult result;
                    result.location = rubric->source->locate(example.pointer);
                    result.rubric = rubric->id;
                    result.criterion = criterion.id;
                    result.expected = example.level;
                    result.scored = scored ? scored->level : 0;
                    result.response = example.response;
                    if (scored) result.evidence = scored->evidence;
                    results.push_back(std::move(result));
                }
            }
        }

        std::size_t failed = 0;
        for (const ExampleResult& result : results) failed += !result.passed();
        constexpr auto handler = OrderedJson::error_handler_t::replace;
        std::ostream& out = context.io.out;
        const auto failure = [](const ExampleResult& result) {
            return Diagnostic{result.location, Severity::error,
                              result.rubric + "." + result.criterion + " example expects level " +
                                  std::to_string(result.expected) + ", scored " + std::to_string(result.scored) +
                                  ": \"" + result.response + "\"",
                              "example-failed"};
        };
        switch (options->format) {
            case ReportFormat::sarif:
            case ReportFormat::junit:
            case ReportFormat::github:
            case ReportFormat::checkstyle: {
                Report report{"test", files, {}, FindingTotals{files.size(), failed, 0}};
                for (const ExampleResult& result : results) {
                    if (!result.passed()) report.findings.push_back(failure(result));
                }
                write_report(out, report, options->format, context.color);
                break;
            }
            case ReportFormat::text:
                for (const ExampleResult& result : results) {
                    if (result.passed()) continue;
                    out << format_diagnostic(failure(result)) << '\n';
                    for (const Evidence& evidence : result.evidence) {
                        if (evidence.effect == EvidenceEffect::voided) continue;
                        out << "    " << (evidence.effect == EvidenceEffect::cost ? "- " : "+ ") << '"' << evidence.text
                            << "\" (" << evidence.rule << ")\n";
                    }
                    if (result.evidence.empty()) out << "    no evidence found\n";
                }
                if (!context.options.quiet) {
                    context.io.err << results.size() - failed << " of " << results.size() << " rubric examples pass\n";
                }
                break;
            case ReportFormat::json: {
                OrderedJson document;
                document["examples"] = results.size();
                document["failed"] = failed;
                document["results"] = OrderedJson::array();
                for (const ExampleResult& result : results) document["results"].push_back(result_json(result));
                out << document.dump(2, ' ', false, handler) << '\n';
                break;
            }
            case ReportFormat::jsonl:
                for (const ExampleResult& result : results) out << result_json(result).dump(-1, ' ', false, handler) << '\n';
                break;
        }
        if (unreadable) return ExitCode::bad_input;
        return failed > 0 ? ExitCode::findings : ExitCode::ok;
    };
}

}  // namespace encounter::cli
