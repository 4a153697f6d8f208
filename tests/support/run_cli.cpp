// In-process CLI runs for tests.
#include "support/run_cli.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace encounter::testing {

CliResult run_cli(std::vector<std::string> args, const std::string& input,
                  const std::map<std::string, std::string>& environment) {
    const bool names_data = std::find(args.begin(), args.end(), "--data") != args.end() ||
                            environment.count("ENCOUNTER_DATA") > 0;
    if (!names_data) args.insert(args.begin(), {"--data", source_path("data")});
    std::istringstream in(input);
    std::ostringstream out;
    std::ostringstream err;
    cli::Io io{in,
               out,
               err,
               false,
               false,
               [&environment](const char* name) -> const char* {
                   const auto found = environment.find(name);
                   return found == environment.end() ? nullptr : found->second.c_str();
               },
               std::filesystem::path("/nonexistent/bin/encounter")};
    const auto code = cli::run(args, io);
    return CliResult{static_cast<int>(code), out.str(), err.str()};
}

std::string fixture_path(const std::string& relative) {
    return std::string(ENCOUNTER_FIXTURES_DIR) + "/" + relative;
}

const BundledData& bundled_data() {
    static const BundledData data = [] {
        DiagnosticList ignored;
        return load_bundled_data(source_path("data"), ignored);
    }();
    return data;
}

std::string source_path(const std::string& relative) {
    return std::string(ENCOUNTER_SOURCE_DIR) + "/" + relative;
}

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace encounter::testing
