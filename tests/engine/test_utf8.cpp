// UTF-8 validation: Korean and Arabic pass, every kind of broken byte is caught where it is.
#include <encounter/utf8.hpp>

#include <catch2/catch.hpp>

using namespace encounter;

TEST_CASE("text in English, Korean and Arabic is valid UTF-8", "[utf8]") {
    CHECK_FALSE(find_invalid_utf8("That must have been frightening."));
    CHECK_FALSE(find_invalid_utf8("많이 힘드셨겠어요."));
    CHECK_FALSE(find_invalid_utf8("لا بد أن ذلك كان مخيفًا"));
    CHECK_FALSE(find_invalid_utf8("emoji \xF0\x9F\x98\x8A and U+10FFFF \xF4\x8F\xBF\xBF"));
}

TEST_CASE("a stray Latin-1 byte is reported at its own offset", "[utf8]") {
    const auto error = find_invalid_utf8("caf\xE9 au lait");
    REQUIRE(error);
    CHECK(error->offset == 3);
    CHECK(error->message == "invalid UTF-8: sequence cut short starting with 0xE9");
}

TEST_CASE("overlong forms, surrogates and code points past U+10FFFF are rejected", "[utf8]") {
    const auto overlong = find_invalid_utf8("a\xC0\xAF");
    REQUIRE(overlong);
    CHECK(overlong->offset == 1);
    CHECK(overlong->message == "invalid UTF-8: overlong encoding 0xC0");

    const auto overlong3 = find_invalid_utf8("\xE0\x80\xAF");
    REQUIRE(overlong3);
    CHECK(overlong3->message == "invalid UTF-8: overlong encoding starting with 0xE0");

    const auto surrogate = find_invalid_utf8("\xED\xA0\x80");
    REQUIRE(surrogate);
    CHECK(surrogate->message == "invalid UTF-8: encoded surrogate (U+D800..U+DFFF) starting with 0xED");

    const auto too_high = find_invalid_utf8("\xF4\x90\x80\x80");
    REQUIRE(too_high);
    CHECK(too_high->message == "invalid UTF-8: code point above U+10FFFF starting with 0xF4");
}

TEST_CASE("a sequence cut off by the end of the text is reported", "[utf8]") {
    const auto error = find_invalid_utf8("ok \xEC\x95");
    REQUIRE(error);
    CHECK(error->offset == 3);
    CHECK(error->message == "invalid UTF-8: sequence cut short at end of file");
}

TEST_CASE("columns count code points, not bytes", "[utf8]") {
    CHECK(count_code_points("abc") == 3);
    CHECK(count_code_points("안녕") == 2);
    CHECK(count_code_points("مرحبا") == 5);
}
