// What every subcommand is handed: the streams, the global options, the logger.
#pragma once

#include "cli/app.hpp"
#include "cli/terminal.hpp"

#include <encounter/data_dir.hpp>
#include <encounter/utf8.hpp>

#include <CLI/CLI.hpp>
#include <spdlog/logger.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace encounter::cli {

struct GlobalOptions {
    std::optional<std::string> data_dir;
    ColorMode color = ColorMode::automatic;
    bool quiet = false;
    bool verbose = false;
};

struct Context {
    Io& io;
    const GlobalOptions& options;
    spdlog::logger& log;
    bool color = false;

    // The bundled data folder (--data, ENCOUNTER_DATA, next to the executable), if any.
    std::optional<std::filesystem::path> data_dir() const;
    // Loads the bundled data; problems in it are logged as warnings.
    BundledData load_bundled() const;
};

// Each subcommand registers its options on `parent` and returns what runs it.
using Runner = std::function<ExitCode(Context&)>;
Runner add_lint_command(CLI::App& parent);
Runner add_list_command(CLI::App& parent);
Runner add_classify_command(CLI::App& parent);
Runner add_score_command(CLI::App& parent);
Runner add_test_command(CLI::App& parent);
Runner add_rehearse_command(CLI::App& parent);

// An option that takes one of a few words, e.g. --format text|json|jsonl; the first
// choice is the default. An unknown word is a usage error that lists the choices.
template <typename Value>
void add_choice_option(CLI::App& command, const std::string& name, Value& target,
                       std::vector<std::pair<std::string, Value>> choices,
                       const std::string& description) {
    std::vector<std::string> words;
    for (const auto& choice : choices) words.push_back(choice.first);
    std::string shown;
    for (const auto& word : words) shown += (shown.empty() ? "" : "|") + word;
    command
        .add_option_function<std::string>(
            name,
            [&target, choices](const std::string& word) {
                for (const auto& choice : choices) {
                    if (choice.first == word) target = choice.second;
                }
            },
            description + " (default " + words.front() + ")")
        ->check(CLI::IsMember(words).description(""))
        ->option_text(shown);
}

// The output formats every list-producing command accepts.
enum class OutputFormat { text, json, jsonl };
void add_format_option(CLI::App& command, OutputFormat& format);

}  // namespace encounter::cli
