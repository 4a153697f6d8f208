// Anticipated needs: what a patient will need that a good clinician offers unasked
// (the note for school, the vaccine that is due, what to do after hours).
#pragma once

#include <encounter/diagnostic.hpp>
#include <encounter/json_source.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace encounter {

struct AnticipatedNeed {
    std::string id;
    std::string need;
    std::vector<std::string> cues;  // RE2, case-insensitive, on normalized text
    std::string pointer;            // JSON pointer, for findings
};

// Reads the `anticipate` array at `pointer` (each entry {id, need, cues}), reporting
// shape problems, bad cues and duplicate need ids.
std::vector<AnticipatedNeed> read_needs(const JsonSource& source, std::string_view pointer,
                                        DiagnosticSink& sink);

}  // namespace encounter
