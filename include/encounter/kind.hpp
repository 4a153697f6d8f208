// The three kinds of encounter (after Ron Kaufman): fix what is wrong, choose a
// treatment or style of care, decide what the patient wants to become.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace encounter {

enum class Kind { first, second, third };

inline constexpr std::array<Kind, 3> all_kinds{Kind::first, Kind::second, Kind::third};

constexpr std::string_view to_string(Kind kind) {
    switch (kind) {
        case Kind::first: return "first";
        case Kind::second: return "second";
        case Kind::third: return "third";
    }
    return "first";
}

constexpr std::optional<Kind> parse_kind(std::string_view text) {
    for (Kind kind : all_kinds) {
        if (to_string(kind) == text) return kind;
    }
    return std::nullopt;
}

}  // namespace encounter
