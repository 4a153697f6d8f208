// Text as the matcher sees it (NFKC, case-folded, marks stripped, typographic quotes and
// dashes lumped to ASCII, runs of white space folded to one space), with a map back to
// byte offsets in the text as typed, so evidence points at what the clinician wrote.
//
// Normalization works one grapheme cluster at a time: every byte it produces remembers
// the cluster of the original it came from.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace encounter {

struct ByteSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
};

class NormalizedText {
public:
    NormalizedText() = default;
    explicit NormalizedText(std::string_view original) { assign(original); }

    // Re-normalizes in place, reusing the buffers (the scoring loop calls this per line).
    // `original` must be valid UTF-8; invalid bytes are passed over.
    void assign(std::string_view original);

    const std::string& text() const { return m_text; }

    // The bytes of the original that normalized bytes [begin, end) came from.
    ByteSpan original_span(std::size_t begin, std::size_t end) const;

private:
    std::string m_text;
    std::vector<std::uint32_t> m_origin_begin;  // per normalized byte
    std::vector<std::uint32_t> m_origin_end;
    std::vector<std::int32_t> m_cluster;  // scratch: one cluster's code points
    std::size_t m_original_size = 0;
};

}  // namespace encounter
