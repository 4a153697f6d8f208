// The CI report formats, each in its own file; write_report in finding_format.cpp picks one.
#pragma once

#include "cli/finding_format.hpp"

#include <iosfwd>

namespace encounter::cli {

void write_sarif(std::ostream& out, const Report& report);
void write_junit(std::ostream& out, const Report& report);
void write_checkstyle(std::ostream& out, const Report& report);

}  // namespace encounter::cli
