// Where the bundled scripts and rubrics live, and loading them.
#pragma once

#include <encounter/diagnostic.hpp>
#include <encounter/lexicon.hpp>
#include <encounter/rubric.hpp>
#include <encounter/script.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace encounter {

// The first of: `option` (--data), `environment` (ENCOUNTER_DATA), a data/ folder next to
// the executable or one level up (a build tree), the installed share folder.
// Returns nothing when none holds a rubrics/ or scripts/ folder.
std::optional<std::filesystem::path> find_data_dir(const std::optional<std::string>& option,
                                                   const char* environment,
                                                   const std::filesystem::path& executable);

struct BundledData {
    std::filesystem::path root;
    RubricCatalog rubrics;
    std::vector<Script> scripts;  // sorted by id
    std::vector<Lexicon> lexicons;

    const Lexicon* find_lexicon(std::string_view locale, std::string_view id) const;
    const Script* find_script(std::string_view id) const;
};

// Loads data/rubrics, data/lexicons and data/scripts; files with errors are reported and left out.
BundledData load_bundled_data(const std::filesystem::path& root, DiagnosticSink& sink);

}  // namespace encounter
