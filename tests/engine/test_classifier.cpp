// The kind classifier on sentences patients actually say: negation, options, identity.
#include <encounter/data_dir.hpp>
#include <encounter/models.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "support/run_cli.hpp"

using namespace encounter;

namespace {

const LocaleModels& english() {
    static const Models models(testing::bundled_data().lexicons);
    const LocaleModels* found = models.find("en");
    REQUIRE(found);
    return *found;
}

Kind kind_of(std::vector<std::string_view> lines) { return english().patient_kinds.classify(lines).kind; }

}  // namespace

TEST_CASE("a complaint that needs fixing is first kind", "[classifier]") {
    CHECK(kind_of({"My ear has been throbbing since Thursday and now there's yellow stuff coming out."}) == Kind::first);
    CHECK(kind_of({"He's been sent home from school with a fever again."}) == Kind::first);
}

TEST_CASE("negated complaints do not count as first kind", "[classifier]") {
    const KindReading reading = english().patient_kinds.classify(
        "Nothing is wrong, I'm not sick and there's no pain. My labs are fine. I just want habits I can keep.");
    CHECK(reading.kind == Kind::third);
    CHECK(reading.raw[0] == 0);
}

TEST_CASE("a question between options is second kind even with symptoms in it", "[classifier]") {
    CHECK(kind_of({"My knee is really sore on the stairs.", "Should I have the surgery or physio first?"}) == Kind::second);
    CHECK(kind_of({"I read an article saying the generic is weaker. Can I stay on the brand?"}) == Kind::second);
}

TEST_CASE("future and identity language is third kind even in a clinic", "[classifier]") {
    CHECK(kind_of({"I want to be someone who can walk my daughter down the aisle without getting winded."}) == Kind::third);
    CHECK(kind_of({"My diabetes is under control.", "By my daughter's wedding I'd like to have lost the weight and kept it off."}) == Kind::third);
}

TEST_CASE("later lines weigh in: what follows 'but' is what the visit is about", "[classifier]") {
    CHECK(kind_of({"I've set myself a goal of a half marathon in the spring,",
                   "but the knee swells up after every run and it locks sometimes."}) == Kind::first);
}

TEST_CASE("a problem played down is still a problem", "[classifier]") {
    CHECK(kind_of({"It's probably nothing, but I've lost nearly a stone without trying.",
                   "Otherwise I'm fine, really."}) == Kind::first);
    CHECK(kind_of({"I'm training for a 10k in May.",
                   "The thing is my shin starts aching after two miles and I'm limping by the end."}) == Kind::first);
}

TEST_CASE("asking for another way of being treated is second kind without the word 'option'", "[classifier]") {
    CHECK(kind_of({"My back has been bad for months.", "Is there a tablet I could take instead of the injections?"}) ==
          Kind::second);
    CHECK(kind_of({"Mum's been clear she doesn't want to go back onto the ward.",
                   "She'd like to be in her own bed when the time comes."}) == Kind::second);
    CHECK(kind_of({"The patches cost a fortune.", "Would the cheaper gel do the job just as well?"}) == Kind::second);
}

TEST_CASE("asking for another form of the same care is second kind", "[classifier]") {
    CHECK(kind_of({"The tablets are huge and I gag on them every morning.",
                   "Is there a liquid version of the same thing?"}) == Kind::second);
    CHECK(kind_of({"The surgeon wants to open it up properly.", "Could they do it through the small holes?"}) ==
          Kind::second);
    CHECK(kind_of({"My seizures stopped two years ago.", "I'd like to see how I get on without the tablets."}) ==
          Kind::second);
}

TEST_CASE("a resolved condition followed by what the patient wants next is third kind", "[classifier]") {
    CHECK(kind_of({"The scan was clear and the nodules have gone.",
                   "Now I'd like to learn how to look after my voice for the choir."}) == Kind::third);
    CHECK(kind_of({"My asthma's been well controlled all winter, no flare-ups.",
                   "I used to swim every week and I'd love to get back in the pool."}) == Kind::third);
    CHECK(kind_of({"I'm retiring in the spring.",
                   "I'd like the next chapter to have a hobby and more seeing people in it."}) == Kind::third);
}

TEST_CASE("learned words weigh in, and the strongest are shown where they were typed", "[classifier]") {
    const std::string line = "I\u2019d love to get back out on my board this summer, surfing again.";
    const KindReading reading = english().patient_kinds.classify(line);
    CHECK(reading.kind == Kind::third);
    CHECK(reading.learned[2] > reading.learned[0]);
    const auto learned = std::find_if(reading.evidence.begin(), reading.evidence.end(),
                                      [](const KindEvidence& e) { return e.signal == "kind-words"; });
    REQUIRE(learned != reading.evidence.end());
    CHECK(learned->text == line.substr(learned->begin, learned->end - learned->begin));
    CHECK(learned->kind == Kind::third);
}

TEST_CASE("no signal at all reads with low confidence", "[classifier]") {
    const KindReading reading = english().patient_kinds.classify("Hello there.");
    CHECK_FALSE(reading.has_evidence());
    CHECK(reading.confidence < 0.5);
}

TEST_CASE("evidence points at the words as typed", "[classifier]") {
    const std::string line = "Honestly, NOTHING’S wrong with me.";
    const KindReading reading = english().patient_kinds.classify(line);
    REQUIRE(reading.has_evidence());
    const KindEvidence& evidence = reading.evidence.front();
    CHECK(evidence.text == "NOTHING’S wrong");
    CHECK(line.substr(evidence.begin, evidence.end - evidence.begin) == evidence.text);
}

TEST_CASE("every bundled script's declared kind is how it reads", "[classifier]") {
    const BundledData& data = testing::bundled_data();
    REQUIRE(data.scripts.size() >= 3);
    for (const Script& script : data.scripts) {
        INFO(script.id);
        REQUIRE(script.declared_kind);
        CHECK(classify_script(script, english().patient_kinds).kind == *script.declared_kind);
    }
}
