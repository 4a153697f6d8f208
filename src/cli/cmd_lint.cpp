// `encounter lint PATH...`: validate scripts and rubrics, files or folders.
#include "cli/context.hpp"
#include "cli/finding_format.hpp"
#include "cli/rule_help.hpp"

#include <encounter/linter.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <set>
#include <sstream>
#include <system_error>

namespace encounter::cli {
namespace {

// --disable takes only rule ids lint reports, so that a misspelt id fails loudly instead
// of silently disabling nothing.
CLI::Validator known_rule() {
    return CLI::Validator(
        [](std::string& id) -> std::string {
            if (id == "file-unreadable") {
                return "file-unreadable cannot be disabled: a path that cannot be read always "
                       "fails the run";
            }
            if (!find_rule_help(id)) {
                return "unknown rule id \"" + id + "\" (the rules are listed in docs/lint-rules.md)";
            }
            return {};
        },
        "", "RULE");
}

// Writes the whole report at once, so that a failure leaves no half-written file behind
// a run that went on; errors come back as a message.
std::optional<std::string> write_file(const std::string& path, const std::string& text) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file) return std::generic_category().message(errno);
    const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
    const int write_errno = errno;
    if (std::fclose(file) != 0 || !written) {
        return std::generic_category().message(written ? errno : write_errno);
    }
    return std::nullopt;
}

}  // namespace

Runner add_lint_command(CLI::App& parent) {
    struct Options {
        std::vector<std::string> paths;
        ReportFormat format = ReportFormat::text;
        std::string output;
        bool warnings_as_errors = false;
        std::vector<std::string> disabled;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = parent.add_subcommand(
        "lint", "Validate scripts and rubrics (files or folders, recursively *.json)");
    command->add_option("paths", options->paths, "Files or folders to check")->required();
    add_report_format_option(*command, options->format);
    command->add_option("-o,--output", options->output, "Write the report to FILE instead of stdout")
        ->option_text("FILE");
    command->add_flag("--warnings-as-errors", options->warnings_as_errors,
                      "Report warnings as errors, so that they fail the run");
    command->add_option("--disable", options->disabled,
                        "Drop the findings of RULE (repeat it, or separate rules with commas)")
        ->option_text("RULE")
        ->delimiter(',')
        ->check(known_rule());
    command->footer(
        "Each finding: path:line:col: error|warning: message [rule-id]\n"
        "Exit 0 when no errors (warnings are shown but do not fail), 1 when errors were found\n"
        "(or warnings, with --warnings-as-errors), 2 when a path cannot be read or the report\n"
        "cannot be written.\n"
        "A file's own \"x-lint-disable\": [\"rule-id\", ...] drops its findings of those rules.\n\n"
        "Examples:\n  encounter lint data/\n  encounter lint --format json my-script.json\n"
        "  encounter lint --format sarif --output lint.sarif --disable kind-mismatch data/");

    return [options](Context& context) {
        DiagnosticList found;
        std::vector<std::filesystem::path> paths(options->paths.begin(), options->paths.end());
        const BundledData bundled = context.load_bundled();
        const Models models(bundled.lexicons);
        LintSummary summary = lint_paths(paths, bundled.rubrics, found, &models);

        const std::set<std::string> disabled(options->disabled.begin(), options->disabled.end());
        Report report{"lint", std::move(summary.file_paths), {}, {}};
        for (const Diagnostic& finding : found.items()) {
            if (disabled.count(finding.rule)) continue;
            report.findings.push_back(finding);
            if (options->warnings_as_errors) report.findings.back().severity = Severity::error;
        }
        const auto count = [&](Severity severity) {
            return static_cast<std::size_t>(std::count_if(
                report.findings.begin(), report.findings.end(),
                [severity](const Diagnostic& finding) { return finding.severity == severity; }));
        };
        report.totals = FindingTotals{summary.files, count(Severity::error), count(Severity::warning)};

        if (options->output.empty()) {
            write_report(context.io.out, report, options->format, context.color);
        } else {
            std::ostringstream text;
            write_report(text, report, options->format, false);
            if (const auto problem = write_file(options->output, text.str())) {
                context.log.error("cannot write the report to {}: {}", options->output, *problem);
                return ExitCode::bad_input;
            }
        }
        if (options->format == ReportFormat::text && !context.options.quiet) {
            context.io.err << summary_line(report.totals) << '\n';
        }
        if (summary.unreadable > 0) return ExitCode::bad_input;
        return report.totals.errors > 0 ? ExitCode::findings : ExitCode::ok;
    };
}

}  // namespace encounter::cli
