// Runs the CLI in-process with captured streams, as the tests' way to act like a user.
#pragma once

#include "cli/app.hpp"

#include <encounter/data_dir.hpp>

#include <map>
#include <string>
#include <vector>

namespace encounter::testing {

struct CliResult {
    int exit_code = 0;
    std::string out;
    std::string err;
};

// `args` as typed after `encounter`; `--data` defaults to the repository's data/ unless
// the arguments name one. Environment variables come only from `environment`.
CliResult run_cli(std::vector<std::string> args, const std::string& input = {},
                  const std::map<std::string, std::string>& environment = {});

std::string fixture_path(const std::string& relative);
std::string source_path(const std::string& relative);
std::string read_text(const std::string& path);

// The repository's data/ loaded once for the whole test run (its own findings are checked by
// test_rubric; here they are ignored).
const BundledData& bundled_data();

}  // namespace encounter::testing
