// The command-line front end as a library: `run` takes the arguments and the streams,
// so every subcommand can be tested without a process or a terminal.
#pragma once

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace encounter::cli {

// Every subcommand ends with one of these (documented in --help and the README).
enum class ExitCode : int {
    ok = 0,         // all good
    findings = 1,   // the command ran and found problems (lint errors, failed examples)
    bad_input = 2,  // usage error, or input that cannot be read or is invalid
};

struct Io {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
    bool out_is_terminal = false;
    bool in_is_terminal = false;
    // Reads an environment variable (nullptr when unset); tests pass their own.
    std::function<const char*(const char*)> getenv;
    std::filesystem::path executable;  // for finding the bundled data next to it
};

// `args` excludes the program name.
ExitCode run(const std::vector<std::string>& args, Io& io);

// What main() calls: real streams, real environment.
int main_entry(int argc, char** argv);

}  // namespace encounter::cli
