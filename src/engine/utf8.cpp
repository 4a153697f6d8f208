// Strict UTF-8 validation with the offset of the first bad byte, so a finding can point at it.
#include <encounter/utf8.hpp>

#include <cstdio>

namespace encounter {
namespace {

std::string describe_byte(unsigned char byte) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned>(byte));
    return buffer;
}

bool is_continuation(unsigned char byte) { return (byte & 0xC0U) == 0x80U; }

}  // namespace

std::optional<Utf8Error> find_invalid_utf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80U) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned char low = 0x80U;  // allowed range of the second byte, which rules out
        unsigned char high = 0xBFU; // overlong forms, surrogates and code points > U+10FFFF
        if (lead >= 0xC2U && lead <= 0xDFU) {
            length = 2;
        } else if (lead >= 0xE0U && lead <= 0xEFU) {
            length = 3;
            if (lead == 0xE0U) low = 0xA0U;
            if (lead == 0xEDU) high = 0x9FU;
        } else if (lead >= 0xF0U && lead <= 0xF4U) {
            length = 4;
            if (lead == 0xF0U) low = 0x90U;
            if (lead == 0xF4U) high = 0x8FU;
        } else {
            const char* why = (lead == 0xC0U || lead == 0xC1U) ? "overlong encoding"
                              : is_continuation(lead)          ? "unexpected continuation byte"
                                                               : "byte that never appears in UTF-8";
            return Utf8Error{i, "invalid UTF-8: " + std::string(why) + " " + describe_byte(lead)};
        }
        if (i + length > size) {
            return Utf8Error{i, "invalid UTF-8: sequence cut short at end of file"};
        }
        const unsigned char second = bytes[i + 1];
        if (second < low || second > high) {
            const bool overlong = (lead == 0xE0U || lead == 0xF0U) && is_continuation(second);
            const bool surrogate = lead == 0xEDU && is_continuation(second);
            const char* why = overlong    ? "overlong encoding"
                              : surrogate ? "encoded surrogate (U+D800..U+DFFF)"
                              : is_continuation(second) ? "code point above U+10FFFF"
                                                        : "sequence cut short";
            return Utf8Error{i, "invalid UTF-8: " + std::string(why) + " starting with " +
                                    describe_byte(lead)};
        }
        for (std::size_t k = 2; k < length; ++k) {
            if (!is_continuation(bytes[i + k])) {
                return Utf8Error{i, "invalid UTF-8: sequence cut short starting with " +
                                        describe_byte(lead)};
            }
        }
        i += length;
    }
    return std::nullopt;
}

std::size_t count_code_points(std::string_view text) {
    std::size_t count = 0;
    for (char c : text) {
        if (!is_continuation(static_cast<unsigned char>(c))) ++count;
    }
    return count;
}

}  // namespace encounter
