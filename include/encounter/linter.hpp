// `lint`: every check on a set of scripts and rubrics, including the ones that span
// files (a script's rubrics, two files with one id).
#pragma once

#include <encounter/diagnostic.hpp>
#include <encounter/models.hpp>
#include <encounter/rubric.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace encounter {

struct LintSummary {
    std::size_t files = 0;       // files looked at
    std::size_t unreadable = 0;  // paths that could not be read at all
    // Every file looked at, as findings name it, in the order linted: reports such as
    // JUnit list the clean files too.
    std::vector<std::string> file_paths;
};

// Lints files and folders (folders: every *.json below them). `bundled` holds the
// rubrics scripts may name besides those being linted (which take precedence).
// With `models`, a script whose declared kind disagrees with how its patient lines read
// (at confidence >= kind_mismatch_confidence) gets a kind-mismatch warning.
// A file's top-level "x-lint-disable": ["rule-id", ...] drops its own findings of those
// rules; an entry that drops nothing gets a lint-disable-unused warning.
// Findings reach `sink` sorted by file (in the order given), then line and column.
LintSummary lint_paths(const std::vector<std::filesystem::path>& paths,
                       const RubricCatalog& bundled, DiagnosticSink& sink,
                       const Models* models = nullptr);

inline constexpr double kind_mismatch_confidence = 0.8;

}  // namespace encounter
