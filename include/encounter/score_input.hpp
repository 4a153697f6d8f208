// One record of `encounter score` input (JSON Lines): {"id", "context", "response"} with
// optional "anticipate" (needs, as in a script step), "kind" and "locale".
#pragma once

#include <encounter/kind.hpp>
#include <encounter/need.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace encounter {

// Lines longer than this are refused with a clear error instead of being parsed.
inline constexpr std::size_t max_score_line_bytes = 1U << 20;

struct ScoreItem {
    std::string id;
    std::string context;
    std::string response;
    std::vector<AnticipatedNeed> needs;
    std::optional<Kind> kind;
    std::string locale = "en";
};

// Reads `line` into `item` (reusing its storage). On failure returns false and says why
// in `error` (no position: the caller names the file and line).
bool parse_score_line(std::string_view line, ScoreItem& item, std::string& error);

}  // namespace encounter
