// `encounter rehearse [SCRIPT]`: choose a script, open (or resume) its transcript, and
// hand over to the session. Ctrl-C, a closed terminal or a kill lose nothing answered:
// each turn is on disk before the next patient line shows.
#include "cli/context.hpp"
#include "cli/rehearse_session.hpp"
#include "cli/terminal.hpp"

#include <encounter/document.hpp>
#include <encounter/models.hpp>
#include <encounter/script_check.hpp>

#include <chrono>
#include <csignal>
#include <cstring>
#include <ctime>
#include <unistd.h>

#ifndef ENCOUNTER_VERSION
#define ENCOUNTER_VERSION "0.0.0"
#endif

namespace encounter::cli {
namespace {

// Written by the signal handler, which may only call async-signal-safe functions.
char g_stop_message[2048];
std::size_t g_stop_message_length = 0;

extern "C" void stop_on_signal(int signal_number) {
    if (g_stop_message_length > 0) {
        const ssize_t ignored = ::write(STDERR_FILENO, g_stop_message, g_stop_message_length);
        (void)ignored;
    }
    ::_exit(128 + signal_number);
}

void arm_signal_message(const std::string& transcript) {
    const std::string message = "\nStopped. Your answers so far are saved in " + transcript +
                                "\nContinue later with: encounter rehearse --resume " + transcript + "\n";
    g_stop_message_length = std::min(message.size(), sizeof g_stop_message);
    std::memcpy(g_stop_message, message.data(), g_stop_message_length);
    struct sigaction action {};
    action.sa_handler = stop_on_signal;
    sigemptyset(&action.sa_mask);
    for (int signal_number : {SIGINT, SIGHUP, SIGTERM}) sigaction(signal_number, &action, nullptr);
}

std::filesystem::path default_transcript_folder(const Io& io) {
    if (const char* data = io.getenv("XDG_DATA_HOME"); data && *data) {
        return std::filesystem::path(data) / "encounter" / "transcripts";
    }
    if (const char* home = io.getenv("HOME"); home && *home) {
        return std::filesystem::path(home) / ".local" / "share" / "encounter" / "transcripts";
    }
    return std::filesystem::current_path() / "transcripts";
}

std::string timestamp(const char* format) {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm parts{};
    gmtime_r(&now, &parts);
    char text[32];
    std::strftime(text, sizeof text, format, &parts);
    return text;
}

// A script by path or bundled id, checked; errors are printed and give nothing.
std::optional<Script> resolve_script(const std::string& name, const BundledData& data, Context& context) {
    std::error_code ec;
    if (std::filesystem::exists(name, ec)) {
        DiagnosticList findings;
        Document document = load_document(name, findings);
        if (document.script) check_script(*document.script, data.rubrics, findings);
        if (findings.count(Severity::error) > 0 || !document.script) {
            for (const Diagnostic& finding : findings.items()) context.io.err << format_diagnostic(finding) << '\n';
            if (findings.empty()) context.io.err << name << ": error: not an encounter script\n";
            return std::nullopt;
        }
        return std::move(*document.script);
    }
    if (const Script* bundled = data.find_script(name)) return *bundled;
    context.io.err << "encounter: error: no script file or bundled script named \"" << name
                   << "\" (encounter list shows the bundled ones)\n";
    return std::nullopt;
}

std::optional<std::string> choose_from_menu(const BundledData& data, LineReader& reader, Context& context) {
    if (data.scripts.empty()) {
        context.io.err << "encounter: error: no bundled scripts to choose from; give a script file\n";
        return std::nullopt;
    }
    context.io.out << "Choose an encounter to rehearse:\n";
    for (std::size_t i = 0; i < data.scripts.size(); ++i) {
        const Script& script = data.scripts[i];
        context.io.out << "  " << i + 1 << ". " << script.title << " (" << script.id << ")\n";
    }
    while (true) {
        auto choice = reader.read_answer("number> ", "> ");
        if (!choice) return std::nullopt;
        try {
            const std::size_t index = std::stoul(*choice);
            if (index >= 1 && index <= data.scripts.size()) return data.scripts[index - 1].id;
        } catch (const std::exception&) {
        }
        context.io.out << "  type a number from 1 to " << data.scripts.size() << '\n';
    }
}

void show_opening(const Script& script, const std::string& transcript, bool color, std::ostream& out) {
    out << paint(script.title.empty() ? script.id : script.title, Style::bold, color) << '\n';
    if (!script.setting.empty()) out << "Setting: " << script.setting << '\n';
    const PatientProfile& patient = script.patient;
    if (!patient.name.empty()) {
        out << "Patient: " << patient.name;
        if (patient.age) out << ", " << static_cast<int>(*patient.age);
        out << '\n';
    }
    if (!patient.background.empty()) out << patient.background << '\n';
    if (!patient.mood.empty()) out << "Mood: " << patient.mood << '\n';
    out << "Transcript: " << transcript << "\nType :help for commands. Answer as you would speak to the patient.\n";
}

}  // namespace

Runner add_rehearse_command(CLI::App& parent) {
    struct Options {
        std::string script;
        std::string trainee;
        std::string transcript;
        std::string resume;
        bool force = false;
        FeedbackTiming feedback = FeedbackTiming::each;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = parent.add_subcommand("rehearse", "Rehearse an encounter turn by turn, with coaching after each answer");
    command->add_option("script", options->script, "A script file or bundled id (none: choose from a menu)");
    command->add_option("--trainee", options->trainee, "Your name, recorded in the transcript");
    command->add_option("--transcript", options->transcript, "Where to write the transcript (default: under ~/.local/share/encounter/transcripts)");
    command->add_option("--resume", options->resume, "Continue an unfinished transcript");
    command->add_flag("--force", options->force, "With --resume: continue even if the script changed since");
    add_choice_option(*command, "--feedback", options->feedback,
                      {{"each", FeedbackTiming::each}, {"end", FeedbackTiming::end}, {"none", FeedbackTiming::none}},
                      "When to show feedback: after each answer, only at the end (assessment), or never");
    command->footer(
        "Answers are saved as you go. Ctrl-C, Ctrl-D or :quit stop and say how to resume.\n"
        "Answers can also be piped in, one per line, to script a run.\n\n"
        "Examples:\n  encounter rehearse pediatric-sick-note --trainee \"Dr Lee\"\n"
        "  encounter rehearse --resume ~/.local/share/encounter/transcripts/pediatric-sick-note-20261123-101500.jsonl\n"
        "  encounter rehearse wellness-who-to-become --feedback end < answers.txt");

    return [options](Context& context) {
        const BundledData data = context.load_bundled();
        const Models models(data.lexicons);
        const bool terminal = context.io.in_is_terminal && context.io.out_is_terminal;
        auto reader = make_line_reader(terminal, context.io.in, context.io.out);

        SessionSetup setup;
        setup.feedback = options->feedback;
        setup.color = context.color;
        std::optional<Script> script;
        std::optional<TranscriptWriter> writer;
        std::string error;
        if (!options->resume.empty()) {
            const ReadResult read = read_file(options->resume);
            if (!read.ok()) {
                context.io.err << options->resume << ": error: " << read.error << '\n';
                return ExitCode::bad_input;
            }
            DiagnosticList findings;
            auto transcript = read_transcript(options->resume, read.text, findings);
            for (const Diagnostic& finding : findings.items()) {
                if (finding.severity == Severity::error) context.io.err << format_diagnostic(finding) << '\n';
            }
            if (!transcript || findings.count(Severity::error) > 0) return ExitCode::bad_input;
            if (transcript->summary) {
                context.io.err << options->resume << ": error: this rehearsal is already finished; start a new one with encounter rehearse "
                               << transcript->header.value("script", "SCRIPT") << '\n';
                return ExitCode::bad_input;
            }
            const std::string file = transcript->header.value("script_file", "");
            std::error_code ec;
            script = resolve_script(!file.empty() && std::filesystem::exists(file, ec) ? file : transcript->header.value("script", ""), data, context);
            if (!script) return ExitCode::bad_input;
            const std::string recorded = transcript->header.value("script_hash", "");
            if (recorded != content_hash(script->source->source().text()) && !options->force) {
                context.io.err << options->resume << ": error: the script \"" << script->id
                               << "\" has changed since this rehearsal began, so its steps may no longer match; "
                                  "use --force to continue anyway\n";
                return ExitCode::bad_input;
            }
            for (const Json& turn : transcript->turns) setup.earlier_turns.push_back(turn_record_from_json(turn));
            setup.start_step = transcript->turns.empty() ? "" : transcript->turns.back().value("next", "");
            if (setup.start_step.empty() && !transcript->turns.empty()) setup.start_step = std::string(end_step);
            writer = TranscriptWriter::open(options->resume, true, error);
            if (!writer) {
                context.io.err << "encounter: error: " << error << '\n';
                return ExitCode::bad_input;
            }
            for (const Json& turn : transcript->turns) setup.written.push_back(nlohmann::ordered_json::parse(turn.dump()));
            setup.written.insert(setup.written.begin(), nlohmann::ordered_json::parse(transcript->header.dump()));
        } else {
            std::string name = options->script;
            if (name.empty()) {
                auto chosen = choose_from_menu(data, *reader, context);
                if (!chosen) return ExitCode::bad_input;
                name = *chosen;
            }
            script = resolve_script(name, data, context);
            if (!script) return ExitCode::bad_input;
            const std::string path = !options->transcript.empty()
                                         ? options->transcript
                                         : (default_transcript_folder(context.io) /
                                            (script->id + "-" + timestamp("%Y%m%d-%H%M%S") + ".jsonl"))
                                               .string();
            // Refuse before the first patient line, not at the first answer.
            writer = TranscriptWriter::open(path, false, error);
            if (!writer) {
                context.io.err << "encounter: error: " << error
                               << "\nChoose a folder you can write to with --transcript FILE\n";
                return ExitCode::bad_input;
            }
            nlohmann::ordered_json header{{"format", std::string(transcript_format)},
                                          {"type", "header"},
                                          {"script", script->id},
                                          {"script_file", script->source->path()},
                                          {"script_hash", content_hash(script->source->source().text())},
                                          {"started", timestamp("%Y-%m-%dT%H:%M:%SZ")},
                                          {"trainee", options->trainee.empty() ? nlohmann::ordered_json(nullptr)
                                                                               : nlohmann::ordered_json(options->trainee)},
                                          {"locale", script->locale},
                                          {"tool", "encounter " ENCOUNTER_VERSION}};
            if (!writer->append(header, error)) {
                context.io.err << "encounter: error: " << error << '\n';
                return ExitCode::bad_input;
            }
            setup.written.push_back(header);
        }

        const LocaleModels* locale = models.find(script->locale);
        if (!locale) {
            context.io.err << "encounter: error: no lexicons for locale \"" << script->locale << "\"\n";
            return ExitCode::bad_input;
        }
        setup.script = &*script;
        setup.rubrics = rubrics_for(*script, data.rubrics);
        Scorer scorer(setup.rubrics, *locale);
        setup.scorer = &scorer;
        setup.transcript = &*writer;
        arm_signal_message(writer->path());
        show_opening(*script, writer->path(), context.color, context.io.out);
        return run_session(setup, *reader, context.io);
    };
}

}  // namespace encounter::cli
