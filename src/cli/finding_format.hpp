// Writing findings in the formats people and pipelines read: text for people, JSON and
// JSON Lines for scripts, and SARIF, JUnit XML, GitHub annotations and Checkstyle XML for
// CI systems. Lint writes its report through here, and so can any command whose results
// are findings about files (`encounter test`).
#pragma once

#include "cli/context.hpp"

#include <encounter/diagnostic.hpp>

#include <iosfwd>
#include <string>
#include <vector>

namespace encounter::cli {

struct FindingTotals {
    std::size_t files = 0;
    std::size_t errors = 0;
    std::size_t warnings = 0;
};

// "checked 4 files: 1 error, 0 warnings", for people (stderr in text mode).
std::string summary_line(const FindingTotals& totals);

// text: `path:line:col: error: message [rule-id]` a line (coloured when `color`);
// json: one object {files, errors, warnings, findings: [...]};
// jsonl: one finding object a line.
void write_findings(std::ostream& out, const std::vector<Diagnostic>& findings,
                    const FindingTotals& totals, OutputFormat format, bool color);

// Everything `OutputFormat` has, plus the CI formats.
enum class ReportFormat { text, json, jsonl, sarif, junit, github, checkstyle };

// --format text|json|jsonl|sarif|junit|github|checkstyle, default text.
void add_report_format_option(CLI::App& command, ReportFormat& format);

// What one run of a command found. `command` names it in the CI formats ("lint" gives
// the JUnit suite "encounter lint" with test cases of class "encounter.lint").
// `subjects` are the files that were checked, in order, clean ones included: each is a
// JUnit test case and a Checkstyle <file>. A finding belongs to the subject its
// location.path names; a finding naming no subject gets one of its own.
struct Report {
    std::string command;
    std::vector<std::string> subjects;
    std::vector<Diagnostic> findings;
    FindingTotals totals;
};

// sarif: SARIF 2.1.0, one run, with a rule descriptor (help and link) per rule found;
// junit: a test case per subject, a <failure> per error (an <error> when the file could
// not be read at all), warnings in <system-out>;
// github: `::error file=..,line=..,col=..,title=RULE::message` workflow commands;
// checkstyle: <checkstyle version="4.3"> with a <file> per subject.
// text, json and jsonl are as write_findings.
void write_report(std::ostream& out, const Report& report, ReportFormat format, bool color);

}  // namespace encounter::cli
