// Unicode normalization with utf8proc, one grapheme cluster at a time, ASCII on a fast path.
#include <encounter/normalized_text.hpp>

#include <utf8proc.h>

namespace encounter {
namespace {

constexpr auto normalize_options = static_cast<utf8proc_option_t>(
    UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_LUMP |
    UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);

bool is_space(std::int32_t code_point) {
    if (code_point == ' ' || code_point == '\t' || code_point == '\n' || code_point == '\r' ||
        code_point == '\f' || code_point == '\v') {
        return true;
    }
    if (code_point < 0x80) return false;
    const auto category = utf8proc_category(code_point);
    return category == UTF8PROC_CATEGORY_ZS || category == UTF8PROC_CATEGORY_ZL ||
           category == UTF8PROC_CATEGORY_ZP;
}

// Quotation marks utf8proc's LUMP leaves alone, folded so cues can use plain ASCII.
std::int32_t lump_quotes(std::int32_t code_point) {
    switch (code_point) {
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
            return '"';
        case 0x02BC: case 0x2032: case 0x00B4: case 0x0060:
            return '\'';
        default:
            return code_point;
    }
}

}  // namespace

void NormalizedText::assign(std::string_view original) {
    m_text.clear();
    m_origin_begin.clear();
    m_origin_end.clear();
    m_original_size = original.size();
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(original.data());
    const auto size = static_cast<utf8proc_ssize_t>(original.size());

    bool pending_space = false;
    std::size_t space_begin = 0;
    const auto emit = [&](const char* data, std::size_t length, std::size_t begin, std::size_t end) {
        if (pending_space && !m_text.empty()) {
            m_text.push_back(' ');
            m_origin_begin.push_back(static_cast<std::uint32_t>(space_begin));
            m_origin_end.push_back(static_cast<std::uint32_t>(begin));
        }
        pending_space = false;
        m_text.append(data, length);
        m_origin_begin.insert(m_origin_begin.end(), length, static_cast<std::uint32_t>(begin));
        m_origin_end.insert(m_origin_end.end(), length, static_cast<std::uint32_t>(end));
    };

    utf8proc_ssize_t at = 0;
    while (at < size) {
        const auto byte = bytes[at];
        // ASCII not followed by a combining sequence: fold case directly.
        if (byte < 0x80 && (at + 1 >= size || bytes[at + 1] < 0x80)) {
            const auto begin = static_cast<std::size_t>(at);
            ++at;
            if (is_space(byte)) {
                if (!pending_space) space_begin = begin;
                pending_space = true;
                continue;
            }
            const char folded = (byte >= 'A' && byte <= 'Z') ? static_cast<char>(byte + 32)
                                                               : static_cast<char>(byte);
            emit(&folded, 1, begin, begin + 1);
            continue;
        }
        // One grapheme cluster: decompose every code point, then compose the cluster.
        const auto begin = static_cast<std::size_t>(at);
        m_cluster.clear();
        utf8proc_int32_t state = 0;
        utf8proc_int32_t previous = -1;
        bool all_space = true;
        while (at < size) {
            utf8proc_int32_t code_point = 0;
            const auto length = utf8proc_iterate(bytes + at, size - at, &code_point);
            if (length <= 0) {  // invalid byte: skip it
                ++at;
                break;
            }
            if (previous >= 0 && utf8proc_grapheme_break_stateful(previous, code_point, &state)) break;
            at += length;
            previous = code_point;
            all_space = all_space && is_space(code_point);
            utf8proc_int32_t decomposed[8];
            int boundclass = 0;
            const auto count = utf8proc_decompose_char(lump_quotes(code_point), decomposed, 8, normalize_options,
                                                       &boundclass);
            for (utf8proc_ssize_t i = 0; i > -1 && i < count && i < 8; ++i) {
                m_cluster.push_back(decomposed[i]);
            }
        }
        const auto end = static_cast<std::size_t>(at);
        if (all_space && previous >= 0) {
            if (!pending_space) space_begin = begin;
            pending_space = true;
            continue;
        }
        if (m_cluster.empty()) continue;  // only marks or ignorables: dropped
        const auto composed = utf8proc_normalize_utf32(
            m_cluster.data(), static_cast<utf8proc_ssize_t>(m_cluster.size()), normalize_options);
        for (utf8proc_ssize_t i = 0; i < composed; ++i) {
            utf8proc_uint8_t encoded[4];
            const auto length = utf8proc_encode_char(m_cluster[static_cast<std::size_t>(i)], encoded);
            emit(reinterpret_cast<const char*>(encoded), static_cast<std::size_t>(length), begin, end);
        }
    }
}

ByteSpan NormalizedText::original_span(std::size_t begin, std::size_t end) const {
    if (m_text.empty() || begin >= end) return {m_original_size, m_original_size};
    begin = std::min(begin, m_text.size() - 1);
    end = std::min(end, m_text.size());
    return {m_origin_begin[begin], m_origin_end[end - 1]};
}

}  // namespace encounter
