// `encounter classify`: what kind of encounter a script (or a text) is, and why.
#include "cli/context.hpp"

#include <encounter/document.hpp>
#include <encounter/models.hpp>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iterator>
#include <ostream>

namespace encounter::cli {
namespace {

using OrderedJson = nlohmann::ordered_json;

struct Classified {
    std::string file;  // empty for plain text
    std::string id;
    std::optional<Kind> declared;
    KindReading reading;
    std::vector<std::string> line_names;  // step ids, or "line 1", "line 2"
};

std::string fixed(double value) {
    char text[16];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

OrderedJson to_json(const Classified& item) {
    OrderedJson object;
    object["file"] = item.file.empty() ? OrderedJson(nullptr) : OrderedJson(item.file);
    object["id"] = item.id;
    object["kind"] = std::string(to_string(item.reading.kind));
    object["declared"] = item.declared ? OrderedJson(std::string(to_string(*item.declared))) : OrderedJson(nullptr);
    object["confidence"] = std::round(item.reading.confidence * 1000) / 1000;
    OrderedJson scores;
    for (Kind kind : all_kinds) {
        scores[std::string(to_string(kind))] =
            std::round(item.reading.probability[static_cast<std::size_t>(kind)] * 1000) / 1000;
    }
    object["scores"] = scores;
    object["evidence"] = OrderedJson::array();
    for (const KindEvidence& evidence : item.reading.evidence) {
        OrderedJson entry;
        entry["step"] = item.file.empty() ? OrderedJson(nullptr) : OrderedJson(item.line_names[evidence.line]);
        if (item.file.empty()) entry["line"] = evidence.line + 1;
        entry["text"] = evidence.text;
        entry["kind"] = std::string(to_string(evidence.kind));
        entry["signal"] = evidence.signal;
        entry["negated"] = evidence.negated;
        object["evidence"].push_back(entry);
    }
    return object;
}

void write_text(std::ostream& out, const Classified& item, bool color) {
    out << paint(item.id, Style::bold, color) << ": " << to_string(item.reading.kind) << " kind"
        << " (confidence " << fixed(item.reading.confidence) << ")";
    if (item.declared) {
        const bool agrees = *item.declared == item.reading.kind;
        out << ", declared " << to_string(*item.declared)
            << (agrees ? "" : paint("  <- differs", Style::yellow, color));
    }
    out << "\n  first " << fixed(item.reading.probability[0]) << "  second "
        << fixed(item.reading.probability[1]) << "  third " << fixed(item.reading.probability[2]) << '\n';
    if (!item.reading.has_evidence()) out << "  no signal of any kind found\n";
    for (const KindEvidence& evidence : item.reading.evidence) {
        out << "  " << item.line_names[evidence.line] << ": \"" << evidence.text << "\" -> "
            << to_string(evidence.kind) << " (" << evidence.signal << (evidence.negated ? ", negated" : "")
            << ")\n";
    }
}

}  // namespace

Runner add_classify_command(CLI::App& parent) {
    struct Options {
        std::vector<std::string> inputs;
        std::vector<std::string> texts;
        bool lines = false;
        std::string locale = "en";
        OutputFormat format = OutputFormat::text;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = parent.add_subcommand(
        "classify", "Say what kind of encounter each script is (first, second or third), and why");
    command->add_option("inputs", options->inputs, "Script files, bundled script ids, or - for stdin");
    command->add_option("--text", options->texts, "Classify this text instead (repeatable)");
    command->add_flag("--lines", options->lines, "With -: classify each input line on its own");
    command->add_option("--locale", options->locale, "Language of --text and stdin (default en)");
    add_format_option(*command, options->format);
    command->footer(
        "First kind: something is wrong and needs fixing. Second kind: choosing a treatment or\n"
        "style of care. Third kind: what the patient wants to become. The declared kind of a\n"
        "script is shown beside the reading but never used to make it.\n\n"
        "Examples:\n  encounter classify data/scripts/pediatric-sick-note.json\n"
        "  encounter classify --text \"Nothing's wrong, I just want more energy for my kids.\"\n"
        "  encounter classify --lines --format jsonl - < patient-lines.txt");

    return [options](Context& context) {
        if (options->inputs.empty() && options->texts.empty()) {
            context.io.err << "encounter: error: give script files, --text or - (stdin)\n";
            return ExitCode::bad_input;
        }
        const BundledData data = context.load_bundled();
        const Models models(data.lexicons);
        bool failed = false;
        std::vector<Classified> results;
        const auto classify_texts = [&](const std::vector<std::string>& texts, const std::string& id) {
            const LocaleModels* locale = models.find(options->locale);
            if (!locale) {
                context.io.err << "encounter: error: no kinds lexicon for locale \"" << options->locale << "\"\n";
                failed = true;
                return;
            }
            Classified item;
            item.id = id;
            std::vector<std::string_view> views(texts.begin(), texts.end());
            item.reading = locale->patient_kinds.classify(views);
            for (std::size_t i = 0; i < texts.size(); ++i) item.line_names.push_back("line " + std::to_string(i + 1));
            results.push_back(std::move(item));
        };
        for (std::size_t i = 0; i < options->texts.size(); ++i) {
            classify_texts({options->texts[i]}, "text-" + std::to_string(i + 1));
        }
        for (const std::string& input : options->inputs) {
            if (input == "-") {
                const std::string all{std::istreambuf_iterator<char>(context.io.in), std::istreambuf_iterator<char>()};
                if (const auto bad = find_invalid_utf8(all)) {
                    context.io.err << "-: error: " << bad->message << " at byte " << bad->offset << '\n';
                    failed = true;
                    continue;
                }
                if (!options->lines) {
                    classify_texts({all}, "stdin");
                    continue;
                }
                std::size_t number = 0;
                std::size_t start = 0;
                while (start < all.size()) {
                    const std::size_t end = std::min(all.find('\n', start), all.size());
                    ++number;
                    const std::string line = all.substr(start, end - start);
                    if (line.find_first_not_of(" \t\r") != std::string::npos) {
                        classify_texts({line}, "line-" + std::to_string(number));
                    }
                    start = end + 1;
                }
                continue;
            }
            DiagnosticList findings;
            std::optional<Script> script;
            const Script* bundled = data.find_script(input);
            std::error_code ec;
            if (bundled && !std::filesystem::exists(input, ec)) {
                script = *bundled;
            } else {
                Document document = load_document(input, findings);
                script = std::move(document.script);
                if (!script && findings.empty()) {
                    findings.report(Diagnostic{Location{input}, Severity::error,
                                               "not an encounter script", "format-unknown"});
                }
            }
            if (findings.count(Severity::error) > 0 || !script) {
                for (const Diagnostic& finding : findings.items()) context.io.err << format_diagnostic(finding) << '\n';
                failed = true;
                continue;
            }
            const LocaleModels* locale = models.find(script->locale);
            if (!locale) {
                context.io.err << input << ": error: no kinds lexicon for locale \"" << script->locale << "\"\n";
                failed = true;
                continue;
            }
            Classified item;
            item.file = input;
            item.id = script->id;
            item.declared = script->declared_kind;
            item.reading = classify_script(*script, locale->patient_kinds);
            for (const Step& step : script->steps) item.line_names.push_back(step.id);
            results.push_back(std::move(item));
        }
        constexpr auto handler = OrderedJson::error_handler_t::replace;
        std::ostream& out = context.io.out;
        if (options->format == OutputFormat::json) {
            OrderedJson array = OrderedJson::array();
            for (const Classified& item : results) array.push_back(to_json(item));
            out << array.dump(2, ' ', false, handler) << '\n';
        } else {
            for (const Classified& item : results) {
                if (options->format == OutputFormat::jsonl) {
                    out << to_json(item).dump(-1, ' ', false, handler) << '\n';
                } else {
                    write_text(out, item, context.color);
                }
            }
        }
        return failed ? ExitCode::bad_input : ExitCode::ok;
    };
}

}  // namespace encounter::cli
