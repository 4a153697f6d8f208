// Writing lint findings in the formats people and pipelines read.
#pragma once

#include "cli/context.hpp"

#include <encounter/diagnostic.hpp>

#include <iosfwd>
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

}  // namespace encounter::cli
