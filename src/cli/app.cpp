// Option parsing, logging set-up and dispatch to subcommands; one catch at the top.
#include "cli/app.hpp"
#include "cli/context.hpp"

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <iostream>
#include <map>
#include <unistd.h>

#ifndef ENCOUNTER_VERSION
#define ENCOUNTER_VERSION "0.0.0"
#endif

namespace encounter::cli {
namespace {

constexpr const char* exit_codes_help =
    "Exit codes: 0 all good; 1 the command ran and found problems (lint errors,\n"
    "failed rubric examples); 2 usage error or unreadable / invalid input.\n"
    "Environment: ENCOUNTER_DATA (data folder), NO_COLOR (no colour).";

std::shared_ptr<spdlog::logger> make_logger(std::ostream& err, const GlobalOptions& options) {
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(err, true);
    sink->set_pattern("encounter: %l: %v");
    auto logger = std::make_shared<spdlog::logger>("encounter", sink);
    logger->set_level(options.verbose ? spdlog::level::debug
                      : options.quiet ? spdlog::level::err
                                      : spdlog::level::warn);
    return logger;
}

}  // namespace

void add_format_option(CLI::App& command, OutputFormat& format) {
    add_choice_option(command, "--format", format,
                      {{"text", OutputFormat::text},
                       {"json", OutputFormat::json},
                       {"jsonl", OutputFormat::jsonl}},
                      "Output format");
}

std::optional<std::filesystem::path> Context::data_dir() const {
    return find_data_dir(options.data_dir, io.getenv("ENCOUNTER_DATA"), io.executable);
}

BundledData Context::load_bundled() const {
    const auto root = data_dir();
    if (!root) {
        log.warn("no data folder found; use --data DIR or set ENCOUNTER_DATA");
        return {};
    }
    log.debug("data folder: {}", root->string());
    std::error_code ec;
    if (!std::filesystem::is_directory(*root / "rubrics", ec) &&
        !std::filesystem::is_directory(*root / "scripts", ec)) {
        log.warn("data folder {} has no rubrics/ or scripts/ in it", root->string());
    }
    class LogSink final : public DiagnosticSink {
    public:
        explicit LogSink(spdlog::logger& log) : m_log(log) {}
        void report(Diagnostic diagnostic) override {
            m_log.warn("bundled data: {}", format_diagnostic(diagnostic));
        }

    private:
        spdlog::logger& m_log;
    } sink(log);
    return load_bundled_data(*root, sink);
}

namespace {

ExitCode run_unguarded(const std::vector<std::string>& args, Io& io) {
    GlobalOptions options;
    CLI::App app{"encounter: rehearse patient encounters at the terminal and get scored,\n"
                 "explained feedback on empathy, anticipation and fit to the kind of encounter."};
    app.name("encounter");
    app.footer(std::string("Example:\n  encounter lint data/\n\n") + exit_codes_help);
    app.set_version_flag("--version", "encounter " ENCOUNTER_VERSION);
    app.require_subcommand(0, 1);
    app.fallthrough();
    app.add_option("--data", options.data_dir,
                   "Folder with the bundled scripts/ and rubrics/ (env ENCOUNTER_DATA)")
        ->option_text("DIR");;
    add_choice_option(app, "--color", options.color,
                      {{"auto", ColorMode::automatic},
                       {"always", ColorMode::always},
                       {"never", ColorMode::never}},
                      "Colour; auto means only on a terminal and without NO_COLOR");
    app.add_flag("-q,--quiet", options.quiet, "Only errors on stderr");
    app.add_flag("-v,--verbose", options.verbose, "Say more on stderr (debug logging)");

    std::vector<std::pair<CLI::App*, Runner>> commands;
    const auto before = app.get_subcommands({}).size();
    commands.emplace_back(nullptr, add_list_command(app));
    commands.emplace_back(nullptr, add_rehearse_command(app));
    commands.emplace_back(nullptr, add_classify_command(app));
    commands.emplace_back(nullptr, add_score_command(app));
    commands.emplace_back(nullptr, add_lint_command(app));
    commands.emplace_back(nullptr, add_test_command(app));
    const auto subcommands = app.get_subcommands({});
    for (std::size_t i = 0; i < commands.size(); ++i) commands[i].first = subcommands[before + i];

    try {
        std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 wants them reversed
        app.parse(reversed);
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error, io.out, io.err);
        return code == 0 ? ExitCode::ok : ExitCode::bad_input;
    }
    if (app.get_subcommands().empty()) {
        io.out << app.help();
        return ExitCode::bad_input;
    }
    auto logger = make_logger(io.err, options);
    Context context{io, options, *logger,
                    use_color(options.color, io.out_is_terminal, io.getenv("NO_COLOR"))};
    for (auto& [command, runner] : commands) {
        if (command->parsed()) return runner(context);
    }
    return ExitCode::bad_input;
}

}  // namespace

ExitCode run(const std::vector<std::string>& args, Io& io) {
    // The one place exceptions are caught: whatever escapes a command is reported
    // and still ends with an exit code, never an abort.
    try {
        return run_unguarded(args, io);
    } catch (const std::exception& error) {
        io.err << "encounter: error: " << error.what() << '\n';
    } catch (...) {
        io.err << "encounter: error: unexpected failure\n";
    }
    return ExitCode::bad_input;
}

int main_entry(int argc, char** argv) {
    // Started with stdin, stdout or stderr closed (`encounter score - <&-`), the next file
    // opened would take that descriptor, and output meant for the terminal would land in
    // a transcript. /dev/null holds the place instead: a closed stdin reads as empty.
    for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd) {
        if (::fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
            const int null_fd = ::open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY);
            if (null_fd >= 0 && null_fd != fd) ::close(null_fd);  // fd is the lowest free one
        }
    }
    std::vector<std::string> args(argv + std::min(argc, 1), argv + argc);
    std::error_code ec;
    std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec && argc > 0) executable = std::filesystem::absolute(argv[0], ec);
    Io io{std::cin,
          std::cout,
          std::cerr,
          isatty(STDOUT_FILENO) != 0,
          isatty(STDIN_FILENO) != 0,
          [](const char* name) -> const char* { return std::getenv(name); },
          executable};
    return static_cast<int>(run(args, io));
}

}  // namespace encounter::cli
