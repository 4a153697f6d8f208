// Cues: RE2 patterns matched case-insensitively on normalized text. RE2 runs in linear
// time, so no pattern a trainer writes can hang the engine.
#pragma once

#include <encounter/diagnostic.hpp>
#include <encounter/json_source.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace encounter {

// The options every cue is compiled with (case-insensitive, UTF-8, no logging to stderr).
struct CueSyntaxError {
    std::string message;
};
std::optional<CueSyntaxError> check_cue_syntax(std::string_view pattern);

// Reads the array of cue strings at `pointer`, reporting each that is not a string
// (field-type) or that RE2 rejects (cue-invalid, at the cue's own line and column).
// Only the valid ones are returned.
std::vector<std::string> read_cues(const JsonSource& source, std::string_view pointer,
                                   DiagnosticSink& sink);

}  // namespace encounter
