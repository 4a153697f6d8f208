// ANSI styling, applied only when colour is on.
#include "cli/terminal.hpp"

namespace encounter::cli {

bool use_color(ColorMode mode, bool is_terminal, const char* no_color) {
    switch (mode) {
        case ColorMode::always: return true;
        case ColorMode::never: return false;
        case ColorMode::automatic: return is_terminal && !(no_color && *no_color);
    }
    return false;
}

std::string paint(std::string_view text, Style style, bool enabled) {
    if (!enabled) return std::string(text);
    const char* code = "";
    switch (style) {
        case Style::bold: code = "1"; break;
        case Style::red: code = "1;31"; break;
        case Style::green: code = "32"; break;
        case Style::yellow: code = "33"; break;
        case Style::blue: code = "34"; break;
        case Style::magenta: code = "1;35"; break;
        case Style::cyan: code = "36"; break;
        case Style::dim: code = "2"; break;
        case Style::reverse: code = "7"; break;
    }
    return "\x1b[" + std::string(code) + "m" + std::string(text) + "\x1b[0m";
}

}  // namespace encounter::cli
