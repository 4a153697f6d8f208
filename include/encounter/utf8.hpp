// UTF-8 checks shared by every reader: all text in encounter is UTF-8.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace encounter {

struct Utf8Error {
    std::size_t offset = 0;  // byte offset of the first byte that is not valid UTF-8
    std::string message;
};

// Strict RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
std::optional<Utf8Error> find_invalid_utf8(std::string_view text);

// Number of code points in valid UTF-8 (continuation bytes are not counted).
std::size_t count_code_points(std::string_view text);

// The UTF-8 byte-order mark, which editors on Windows like to write.
inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

}  // namespace encounter
