// `encounter score INPUT...`: score a cohort's answers, streaming JSON Lines.
#include "cli/context.hpp"
#include "cli/score_report.hpp"

#include <encounter/document.hpp>
#include <encounter/models.hpp>
#include <encounter/score_input.hpp>
#include <encounter/scorer.hpp>
#include <encounter/source_text.hpp>
#include <encounter/transcript.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <istream>
#include <iterator>
#include <map>
#include <memory>
#include <ostream>

namespace encounter::cli {

namespace {

// Reads one line (without its '\n') into `line`, keeping at most `limit` + 1 bytes: the
// rest of a longer line is read and dropped, so a 50 MB line costs no more memory than
// one just over the limit (which parse_score_line then refuses). False at end of input.
bool read_line(std::istream& in, std::string& line, std::size_t limit) {
    line.clear();
    std::streambuf* buffer = in.rdbuf();
    bool any = false;
    for (int c = buffer->sbumpc(); c != std::char_traits<char>::eof(); c = buffer->sbumpc()) {
        any = true;
        if (c == '\n') return true;
        if (line.size() <= limit) line.push_back(static_cast<char>(c));
    }
    in.setstate(any ? std::ios::eofbit : std::ios::eofbit | std::ios::failbit);
    return any;
}

// The rest of a transcript after its first line, refused beyond the size of a data file.
bool read_rest(std::istream& in, std::string& text) {
    char chunk[64 * 1024];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        text.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (text.size() > max_source_bytes) return false;
    }
    return true;
}

// Re-scores every answered turn of a transcript against its script's steps (the patient
// line as context, the step's needs). Ids are "<script>:<turn>".
template <typename ScorerFor, typename Emit>
bool score_transcript(const std::string& path, const std::string& text, const BundledData& data,
                      ScorerFor& scorer_for, Emit& emit, std::ostream& err) {
    DiagnosticList findings;
    const auto transcript = read_transcript(path, text, findings);
    for (const Diagnostic& finding : findings.items()) err << format_diagnostic(finding) << '\n';
    if (!transcript) return false;
    const std::string script_id = transcript->header.value("script", "");
    const std::string script_file = transcript->header.value("script_file", "");
    std::optional<Script> script;
    std::error_code ec;
    if (!script_file.empty() && std::filesystem::exists(script_file, ec)) {
        DiagnosticList ignored;
        script = load_document(script_file, ignored).script;
    }
    if (!script || script->id != script_id) {
        if (const Script* bundled = data.find_script(script_id)) script = *bundled;
    }
    Scorer* scorer = scorer_for(script ? script->locale : transcript->header.value("locale", "en"));
    if (!scorer) {
        err << path << ": error: no rubrics or lexicons for this transcript's locale\n";
        return false;
    }
    ResponseScore score;
    const std::vector<AnticipatedNeed> no_needs;
    for (const Json& turn : transcript->turns) {
        if (turn.value("skipped", false) || !turn.contains("response") || !turn["response"].is_string()) continue;
        const Step* step = script ? script->find_step(turn.value("step", "")) : nullptr;
        const std::string patient = step ? step->patient : turn.value("patient", "");
        const std::string response = turn["response"].get<std::string>();
        scorer->score(ScoreRequest{patient, response, step ? &step->anticipate : &no_needs,
                                   script ? script->declared_kind : std::nullopt},
                      score);
        emit(script_id + ":" + std::to_string(turn.value("turn", 0)), response, score);
    }
    return findings.count(Severity::error) == 0;
}

}  // namespace

Runner add_score_command(CLI::App& parent) {
    struct Options {
        std::vector<std::string> inputs;
        OutputFormat format = OutputFormat::text;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = parent.add_subcommand("score", "Score clinicians' responses (JSON Lines), with the words behind every point");
    command->add_option("inputs", options->inputs, "JSON Lines files or rehearsal transcripts, or - for stdin")->required();
    add_format_option(*command, options->format);
    command->footer(
        "Each input line: {\"id\": \"r1\", \"context\": \"what the patient said\", \"response\": \"what the\n"
        "clinician said\"}, optionally \"anticipate\": [{\"id\", \"need\", \"cues\"}], \"kind\" (the\n"
        "encounter's kind; classified from the context when absent) and \"locale\".\n"
        "A line that cannot be read is reported as path:line: error: ... and the rest still score\n"
        "(exit 2 at the end). Output follows input order.\n\n"
        "Examples:\n  encounter score answers.jsonl\n  encounter score --format jsonl - < answers.jsonl > scores.jsonl");

    return [options](Context& context) {
        const BundledData data = context.load_bundled();
        const Models models(data.lexicons);
        std::map<std::string, std::unique_ptr<Scorer>> scorers;  // one per locale, built on first use
        const auto scorer_for = [&](const std::string& locale) -> Scorer* {
            if (const auto found = scorers.find(locale); found != scorers.end()) return found->second.get();
            // Unknown locales are not remembered: a million lines with made-up locales
            // must not grow the map.
            const LocaleModels* locale_models = models.find(locale);
            if (!locale_models) return nullptr;
            auto& slot = scorers[locale];
            slot = std::make_unique<Scorer>(data.rubrics.for_locale(locale), *locale_models);
            return slot.get();
        };
        constexpr auto handler = nlohmann::ordered_json::error_handler_t::replace;
        std::ostream& out = context.io.out;
        bool bad_lines = false;
        bool first_json = true;
        if (options->format == OutputFormat::json) out << "[";
        const auto emit = [&](const std::string& id, const std::string& response, const ResponseScore& result) {
            switch (options->format) {
                case OutputFormat::text:
                    write_score_text(out, id, response, result, ReportOptions{context.color, true, 2});
                    out << '\n';
                    break;
                case OutputFormat::json:
                    out << (first_json ? "\n" : ",\n") << score_to_json(id, result).dump(-1, ' ', false, handler);
                    first_json = false;
                    break;
                case OutputFormat::jsonl:
                    out << score_to_json(id, result).dump(-1, ' ', false, handler) << '\n';
                    break;
            }
        };
        ScoreItem item;
        ResponseScore score;
        std::string line;
        std::string error;
        for (const std::string& input : options->inputs) {
            std::ifstream file;
            std::istream* stream = &context.io.in;
            if (input != "-") {
                std::error_code ec;
                if (std::filesystem::is_directory(input, ec)) {
                    context.io.err << input << ": error: is a directory, not a file\n";
                    bad_lines = true;
                    continue;
                }
                file.open(input, std::ios::binary);
                if (!file) {
                    context.io.err << input << ": error: cannot open file: " << std::strerror(errno) << '\n';
                    bad_lines = true;
                    continue;
                }
                stream = &file;
            }
            std::size_t number = 0;
            // A transcript (its header first) is re-scored turn by turn with today's rubrics.
            bool pending = read_line(*stream, line, max_score_line_bytes);
            if (pending && looks_like_transcript(line)) {
                std::string text = line + '\n';
                if (!read_rest(*stream, text)) {
                    context.io.err << input << ": error: file is larger than the "
                                   << (max_source_bytes >> 20) << " MiB limit\n";
                    bad_lines = true;
                } else if (!score_transcript(input, text, data, scorer_for, emit, context.io.err)) {
                    bad_lines = true;
                }
                continue;
            }
            while (pending || read_line(*stream, line, max_score_line_bytes)) {
                pending = false;
                ++number;
                if (!line.empty() && line.back() == '\r') line.pop_back();
                if (line.find_first_not_of(" \t") == std::string::npos) continue;
                Scorer* scorer = nullptr;
                if (parse_score_line(line, item, error)) {
                    scorer = scorer_for(item.locale);
                    if (!scorer) error = "no rubrics or lexicons for locale \"" + item.locale + "\"";
                }
                if (!scorer) {
                    context.io.err << input << ':' << number << ": error: " << error << '\n';
                    bad_lines = true;
                    continue;
                }
                scorer->score(ScoreRequest{item.context, item.response, &item.needs, item.kind}, score);
                emit(item.id, item.response, score);
            }
        }
        if (options->format == OutputFormat::json) out << "\n]\n";
        return bad_lines ? ExitCode::bad_input : ExitCode::ok;
    };
}

}  // namespace encounter::cli
