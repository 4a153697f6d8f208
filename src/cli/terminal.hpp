// Colour and styling for people at a terminal; plain text everywhere else.
#pragma once

#include <string>
#include <string_view>

namespace encounter::cli {

enum class ColorMode { automatic, always, never };

// --color wins; "auto" means colour only on a terminal and only without NO_COLOR set.
bool use_color(ColorMode mode, bool is_terminal, const char* no_color);

enum class Style { bold, red, green, yellow, blue, magenta, cyan, dim, reverse };

// Wraps text in the escape codes for `style` when `enabled`.
std::string paint(std::string_view text, Style style, bool enabled);

}  // namespace encounter::cli
