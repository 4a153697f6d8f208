// `encounter lint PATH...`: validate scripts and rubrics, files or folders.
#include "cli/context.hpp"
#include "cli/finding_format.hpp"

#include <encounter/linter.hpp>

namespace encounter::cli {

Runner add_lint_command(CLI::App& parent) {
    struct Options {
        std::vector<std::string> paths;
        OutputFormat format = OutputFormat::text;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = parent.add_subcommand(
        "lint", "Validate scripts and rubrics (files or folders, recursively *.json)");
    command->add_option("paths", options->paths, "Files or folders to check")->required();
    add_format_option(*command, options->format);
    command->footer(
        "Each finding: path:line:col: error|warning: message [rule-id]\n"
        "Exit 0 when no errors (warnings are shown but do not fail), 1 when errors were found,\n"
        "2 when a path cannot be read.\n\n"
        "Examples:\n  encounter lint data/\n  encounter lint --format json my-script.json");

    return [options](Context& context) {
        DiagnosticList findings;
        std::vector<std::filesystem::path> paths(options->paths.begin(), options->paths.end());
        const BundledData bundled = context.load_bundled();
        const Models models(bundled.lexicons);
        const LintSummary summary = lint_paths(paths, bundled.rubrics, findings, &models);
        const FindingTotals totals{summary.files, findings.count(Severity::error),
                                   findings.count(Severity::warning)};
        write_findings(context.io.out, findings.items(), totals, options->format, context.color);
        if (options->format == OutputFormat::text && !context.options.quiet) {
            context.io.err << summary_line(totals) << '\n';
        }
        if (summary.unreadable > 0) return ExitCode::bad_input;
        return totals.errors > 0 ? ExitCode::findings : ExitCode::ok;
    };
}

}  // namespace encounter::cli
