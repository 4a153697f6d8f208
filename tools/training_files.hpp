// What both trainers of `./run train` share: finding the labelled dev files, and writing a
// lexicon of learned weights that a person can scan and a diff can show.
#pragma once

#include <encounter/lexicon.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace encounter::eval {

// The dev*.jsonl files of `folder`, sorted; never the test split. Throws std::runtime_error
// when there are none.
std::vector<std::filesystem::path> dev_files(const std::filesystem::path& folder);

// `lexicon` as JSON (format, id, locale, `description`, settings, weights), one weight a line.
std::string weights_lexicon_text(const Lexicon& lexicon, const std::string& description);

}  // namespace encounter::eval
