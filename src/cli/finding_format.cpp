// Text, JSON, JSON Lines and GitHub annotation forms of findings, and the choice of format.
#include "cli/finding_format.hpp"
#include "cli/report_writers.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace encounter::cli {
namespace {

nlohmann::ordered_json finding_json(const Diagnostic& finding) {
    nlohmann::ordered_json object;
    object["file"] = finding.location.path;
    object["line"] = finding.location.line;
    object["column"] = finding.location.column;
    object["severity"] = std::string(to_string(finding.severity));
    object["message"] = finding.message;
    object["rule"] = finding.rule;
    return object;
}

std::string colored_line(const Diagnostic& finding, bool color) {
    if (!color) return format_diagnostic(finding);
    std::string place = finding.location.path;
    if (finding.location.line > 0) {
        place += ':' + std::to_string(finding.location.line) + ':' +
                 std::to_string(finding.location.column);
    }
    const bool error = finding.severity == Severity::error;
    return paint(place + ":", Style::bold, true) + " " +
           paint(std::string(to_string(finding.severity)) + ":", error ? Style::red : Style::magenta,
                 true) +
           " " + finding.message + (finding.rule.empty() ? "" : " " + paint("[" + finding.rule + "]", Style::dim, true));
}

std::string plural(std::size_t count, const char* noun) {
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

// GitHub's workflow commands end a value at a newline, and in property values (file,
// title) at ',' and ':', so those are percent-encoded, and '%' itself first.
std::string github_escape(std::string_view text, bool property) {
    std::string escaped;
    for (const char c : text) {
        switch (c) {
            case '%': escaped += "%25"; break;
            case '\r': escaped += "%0D"; break;
            case '\n': escaped += "%0A"; break;
            case ':': escaped += property ? "%3A" : ":"; break;
            case ',': escaped += property ? "%2C" : ","; break;
            default: escaped += c;
        }
    }
    return escaped;
}

void write_github(std::ostream& out, const std::vector<Diagnostic>& findings) {
    for (const Diagnostic& finding : findings) {
        out << "::" << to_string(finding.severity) << " file=" << github_escape(finding.location.path, true);
        if (finding.location.line > 0) {
            out << ",line=" << finding.location.line << ",col=" << finding.location.column;
        }
        out << ",title=" << github_escape(finding.rule, true) << "::"
            << github_escape(finding.message, false) << '\n';
    }
}

}  // namespace

void add_report_format_option(CLI::App& command, ReportFormat& format) {
    add_choice_option(command, "--format", format,
                      {{"text", ReportFormat::text},
                       {"json", ReportFormat::json},
                       {"jsonl", ReportFormat::jsonl},
                       {"sarif", ReportFormat::sarif},
                       {"junit", ReportFormat::junit},
                       {"github", ReportFormat::github},
                       {"checkstyle", ReportFormat::checkstyle}},
                      "Output format");
}

void write_report(std::ostream& out, const Report& report, ReportFormat format, bool color) {
    switch (format) {
        case ReportFormat::text:
            write_findings(out, report.findings, report.totals, OutputFormat::text, color);
            break;
        case ReportFormat::json:
            write_findings(out, report.findings, report.totals, OutputFormat::json, color);
            break;
        case ReportFormat::jsonl:
            write_findings(out, report.findings, report.totals, OutputFormat::jsonl, color);
            break;
        case ReportFormat::sarif: write_sarif(out, report); break;
        case ReportFormat::junit: write_junit(out, report); break;
        case ReportFormat::github: write_github(out, report.findings); break;
        case ReportFormat::checkstyle: write_checkstyle(out, report); break;
    }
}

void write_findings(std::ostream& out, const std::vector<Diagnostic>& findings,
                    const FindingTotals& totals, OutputFormat format, bool color) {
    // JSON output dumps with replacement of invalid UTF-8 so that a message quoting
    // a bad byte can never make the writer throw.
    constexpr auto handler = nlohmann::ordered_json::error_handler_t::replace;
    switch (format) {
        case OutputFormat::text:
            for (const Diagnostic& finding : findings) out << colored_line(finding, color) << '\n';
            break;
        case OutputFormat::json: {
            nlohmann::ordered_json document;
            document["files"] = totals.files;
            document["errors"] = totals.errors;
            document["warnings"] = totals.warnings;
            document["findings"] = nlohmann::ordered_json::array();
            for (const Diagnostic& finding : findings) document["findings"].push_back(finding_json(finding));
            out << document.dump(2, ' ', false, handler) << '\n';
            break;
        }
        case OutputFormat::jsonl:
            for (const Diagnostic& finding : findings) {
                out << finding_json(finding).dump(-1, ' ', false, handler) << '\n';
            }
            break;
    }
}

std::string summary_line(const FindingTotals& totals) {
    if (totals.errors == 0 && totals.warnings == 0) {
        return "checked " + plural(totals.files, "file") + ": no problems found";
    }
    return "checked " + plural(totals.files, "file") + ": " + plural(totals.errors, "error") +
           ", " + plural(totals.warnings, "warning");
}

}  // namespace encounter::cli
