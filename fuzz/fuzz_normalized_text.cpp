// Fuzzes the text normalizer (NormalizedText) and checks its promises: the normalized text
// is valid UTF-8, and every span it maps back lies inside the input, in order, and never
// cuts a character of the input in two.
#include "fuzz_support.hpp"

#include <encounter/normalized_text.hpp>
#include <encounter/utf8.hpp>

#include <vector>

namespace {

// Where a span of the input may start or end: not inside a well-formed UTF-8 sequence.
// (A stray invalid byte is a unit of its own.)
std::vector<bool> boundaries(std::string_view text) {
    std::vector<bool> at(text.size() + 1, true);
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (i + length > text.size() || encounter::find_invalid_utf8(text.substr(i, length))) length = 1;
        for (std::size_t k = 1; k < length; ++k) at[i + k] = false;
        i += length;
    }
    return at;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace encounter;
    const std::string_view input = fuzz::as_text(data, size);
    static NormalizedText normalized;  // reused across inputs, as the scoring loop does
    normalized.assign(input);
    const std::string& text = normalized.text();
    if (const auto bad = find_invalid_utf8(text)) {
        fuzz::fail("normalized text is not UTF-8: " + bad->message);
    }
    const std::vector<bool> boundary = boundaries(input);
    const auto check_span = [&](std::size_t begin, std::size_t end) {
        const ByteSpan span = normalized.original_span(begin, end);
        const bool inside = span.begin <= span.end && span.end <= input.size();
        if (inside && boundary[span.begin] && boundary[span.end]) return;
        fuzz::fail("span of normalized [" + std::to_string(begin) + ", " + std::to_string(end) + ") maps to [" +
                   std::to_string(span.begin) + ", " + std::to_string(span.end) + ") of " +
                   std::to_string(input.size()) + " bytes" + (inside ? ", cutting a character" : ""));
    };
    for (std::size_t i = 0; i < text.size(); ++i) check_span(i, i + 1);
    check_span(0, text.size());
    check_span(text.size(), text.size() + 1);  // past the end clamps
    if (text.size() > 2) check_span(1, text.size() - 1);
    // Normalizing is a function of the input alone, whatever the buffers held before.
    const NormalizedText fresh(input);
    ENCOUNTER_FUZZ_CHECK(fresh.text() == text, "re-normalizing into used buffers changed the result");
    return 0;
}
