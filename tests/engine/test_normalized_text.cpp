// Normalization for matching, and the way back to the words as typed.
#include <encounter/normalized_text.hpp>

#include <catch2/catch.hpp>

using namespace encounter;

namespace {

std::string original_of(const NormalizedText& normalized, std::string_view original,
                        std::string_view needle) {
    const auto at = normalized.text().find(needle);
    REQUIRE(at != std::string::npos);
    const ByteSpan span = normalized.original_span(at, at + needle.size());
    return std::string(original.substr(span.begin, span.end - span.begin));
}

}  // namespace

TEST_CASE("case is folded and white space runs become one space", "[normalize]") {
    const NormalizedText text("That MUST have\n\n been   Frightening.");
    CHECK(text.text() == "that must have been frightening.");
}

TEST_CASE("curly apostrophes and quotes match the straight ones cues are written with", "[normalize]") {
    CHECK(NormalizedText("I\xE2\x80\x99m so sorry \xE2\x80\x9Cyou\xE2\x80\x9D").text() == "i'm so sorry \"you\"");
    CHECK(NormalizedText("follow\xE2\x80\x90up").text() == "follow-up");
}

TEST_CASE("accents and Arabic vowel marks are stripped, Hangul is composed", "[normalize]") {
    CHECK(NormalizedText("Caf\xC3\xA9 cafe\xCC\x81").text() == "cafe cafe");
    // كَتَبَ with harakat matches كتب
    CHECK(NormalizedText("\xD9\x83\xD9\x8E\xD8\xAA\xD9\x8E\xD8\xA8\xD9\x8E").text() == "\xD9\x83\xD8\xAA\xD8\xA8");
    // decomposed jamo ᄒ ᅡ ᆫ compose to 한
    CHECK(NormalizedText("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB").text() == "한");
    // full-width letters fold to ASCII
    CHECK(NormalizedText("\xEF\xBC\xB3orry").text() == "sorry");
}

TEST_CASE("a match in normalized text maps back to the words as typed", "[normalize]") {
    const std::string original = "Oh, I\xE2\x80\x99M  SO sorry you\xE2\x80\x99ve been in pain.";
    const NormalizedText text(original);
    CHECK(original_of(text, original, "i'm so sorry") == "I\xE2\x80\x99M  SO sorry");
    CHECK(original_of(text, original, "pain") == "pain");
}

TEST_CASE("offsets stay right after Korean and Arabic text", "[normalize]") {
    const std::string original = "많이 힘드셨겠어요. I'm sorry. آسف جدا";
    const NormalizedText text(original);
    CHECK(original_of(text, original, "sorry") == "sorry");
    CHECK(original_of(text, original, "힘드셨겠어요") == "힘드셨겠어요");
    CHECK(original_of(text, original, "جدا") == "جدا");
}

TEST_CASE("reassigning reuses the object for the next line", "[normalize]") {
    NormalizedText text("first LINE");
    text.assign("Second");
    CHECK(text.text() == "second");
    text.assign("");
    CHECK(text.text().empty());
    CHECK(text.original_span(0, 1).begin == 0);
}
