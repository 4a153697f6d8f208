// One data file of any format, read and checked on its own: the step every command
// that reads scripts or rubrics goes through.
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

struct Document {
    std::string path;  // as findings name it
    bool unreadable = false;  // could not be read at all (missing, a directory, too large)
    std::optional<Script> script;
    std::optional<Rubric> rubric;
    std::optional<Lexicon> lexicon;
};

// Reads `path`, parses it and reads it as the format its "format" field names,
// reporting every finding (file-unreadable, utf8-invalid, json-*, format-*, field-*, ...).
Document load_document(const std::filesystem::path& path, DiagnosticSink& sink);

// The same, for text already in memory.
Document load_document_text(std::string path, std::string text, DiagnosticSink& sink);

// Every *.json file under `root` (recursively, sorted, symlinked folders not followed),
// or `root` itself when it is a file. Folders that cannot be read are reported.
std::vector<std::filesystem::path> json_files_under(const std::filesystem::path& root,
                                                    DiagnosticSink& sink);

}  // namespace encounter
