// The learned rater weights on top of the rules: they move a level only when clearly better
// (two levels only when far surer, to the middle when split), never past a penalty, and show
// the words that moved it.
#include <encounter/data_dir.hpp>
#include <encounter/rater_weights.hpp>
#include <encounter/scorer.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

#include "support/run_cli.hpp"

using namespace encounter;

namespace {

// The bundled English data with `weights` in place of the bundled rater weights.
struct WithWeights {
    const BundledData& data = testing::bundled_data();
    std::vector<Lexicon> lexicons;
    Models models;
    explicit WithWeights(std::map<std::string, std::array<double, 3>, std::less<>> weights, double margin = 1,
                         double two_levels = 0, double split_share = 0)
        : lexicons(replace(data.lexicons, std::move(weights), margin, two_levels, split_share)), models(lexicons) {}
    static std::vector<Lexicon> replace(const std::vector<Lexicon>& bundled,
                                        std::map<std::string, std::array<double, 3>, std::less<>> weights,
                                        double margin, double two_levels, double split_share) {
        std::vector<Lexicon> lexicons = without_rater_weights(bundled);
        Lexicon raters;
        raters.id = "rater-weights";
        raters.weights = std::move(weights);
        raters.settings["margin"] = margin;
        if (two_levels > 0) raters.settings["two_levels"] = two_levels;
        if (split_share > 0) raters.settings["split_share"] = split_share;
        lexicons.push_back(std::move(raters));
        return lexicons;
    }
    ResponseScore score(std::string_view context, std::string_view response) const {
        Scorer scorer(data.rubrics.for_locale("en"), *models.find("en"));
        ResponseScore result;
        scorer.score(ScoreRequest{context, response, nullptr, Kind::first}, result);
        return result;
    }
};

const CriterionScore& criterion(const ResponseScore& score, std::string_view rubric, std::string_view id) {
    const CriterionScore* found = score.find(rubric, id);
    REQUIRE(found);
    return *found;
}

}  // namespace

TEST_CASE("rater weights move the rules' level by one at most, and show the words that moved it",
          "[scorer][rater-weights]") {
    const std::string context = "I work nights and can never get to the chemist.";
    const std::string response = "The pharmacy opens at nine.";
    const WithWeights none({});
    REQUIRE(criterion(none.score(context, response), "empathy", "understand").level == 0);

    const WithWeights strong({{"empathy.understand word:pharmacy", {-3, 3, 3.5}},
                              {"empathy.understand word:the", {-1, 1, 1}}});
    const ResponseScore scored = strong.score(context, response);
    const CriterionScore& understand = criterion(scored, "empathy", "understand");
    CHECK(understand.level == 1);  // 2 scores higher still, but two levels from the rules' is too far
    const auto learned = std::find_if(understand.evidence.begin(), understand.evidence.end(),
                                      [](const Evidence& e) { return e.rule == "learned"; });
    REQUIRE(learned != understand.evidence.end());
    CHECK(learned->text == "pharmacy");
    CHECK(learned->effect == EvidenceEffect::earned);
    CHECK(response.substr(learned->start, learned->end - learned->start) == "pharmacy");
    // A stop word may carry weight but explains nothing: it is not shown.
    CHECK(std::none_of(understand.evidence.begin(), understand.evidence.end(),
                       [](const Evidence& e) { return e.text == "The"; }));
    // A criterion the weights say nothing of keeps the rules' level.
    const ResponseScore by_rules = none.score(context, response);
    CHECK(criterion(scored, "empathy", "explore").level == criterion(by_rules, "empathy", "explore").level);
}

TEST_CASE("rater weights move two levels only when the lexicon allows it and they are far surer",
          "[scorer][rater-weights]") {
    const std::string context = "I work nights and can never get to the chemist.";
    const std::string response = "The pharmacy opens at nine.";
    const std::map<std::string, std::array<double, 3>, std::less<>> toward_two = {
        {"empathy.understand word:pharmacy", {-3, 0, 3}}};
    // Level 2 beats the rules' 0 by 6 log-odds: more than four margins, not more than eight.
    CHECK(criterion(WithWeights(toward_two, 1.0).score(context, response), "empathy", "understand").level == 1);
    CHECK(criterion(WithWeights(toward_two, 1.0, 4).score(context, response), "empathy", "understand").level == 2);
    CHECK(criterion(WithWeights(toward_two, 1.0, 8).score(context, response), "empathy", "understand").level == 1);
}

TEST_CASE("a level at one end becomes the middle one when the weights give the other end a real share",
          "[scorer][rater-weights]") {
    const std::string context = "I work nights and can never get to the chemist.";
    const std::string response = "The pharmacy opens at nine.";
    // The weights keep the rules' 0 most likely (no move by the margin), but give 2 about a
    // third of their probability (e^0.8 against e^1, 1 and e^0.8): raters would be split.
    const std::map<std::string, std::array<double, 3>, std::less<>> split = {
        {"empathy.understand word:pharmacy", {1, 0, 0.8}}};
    CHECK(criterion(WithWeights(split, 1.0).score(context, response), "empathy", "understand").level == 0);
    CHECK(criterion(WithWeights(split, 1.0, 0, 0.3).score(context, response), "empathy", "understand").level == 1);
    // A tenth of the probability on 2 is not a split.
    const std::map<std::string, std::array<double, 3>, std::less<>> mostly_none = {
        {"empathy.understand word:pharmacy", {3, 0, 0.8}}};
    CHECK(criterion(WithWeights(mostly_none, 1.0, 0, 0.3).score(context, response), "empathy", "understand").level ==
          0);
    // Nor do the weights move the rules' 1 to 0 while they give 2 a third of their probability.
    const std::string heard = "I understand.";
    REQUIRE(criterion(WithWeights({}).score(context, heard), "empathy", "understand").level == 1);
    const std::map<std::string, std::array<double, 3>, std::less<>> down_but_split = {
        {"empathy.understand word:understand", {3, 0, 2.4}}};
    CHECK(criterion(WithWeights(down_but_split, 1.0).score(context, heard), "empathy", "understand").level == 0);
    CHECK(criterion(WithWeights(down_but_split, 1.0, 0, 0.3).score(context, heard), "empathy", "understand").level ==
          1);
    // A top level a rule names outright keeps it: the weights' doubt is the short answer's halo.
    const std::string reflection = "You're caught between your night shifts and a chemist that shuts at six.";
    const std::map<std::string, std::array<double, 3>, std::less<>> doubting = {
        {"empathy.understand word:chemist", {0.8, 0, 1}}};
    REQUIRE(criterion(WithWeights({}).score(context, reflection), "empathy", "understand").level == 2);
    CHECK(criterion(WithWeights(doubting, 1.0, 0, 0.3).score(context, reflection), "empathy", "understand").level ==
          2);
}

TEST_CASE("rater weights that only slightly prefer another level leave the rules' level", "[scorer][rater-weights]") {
    const WithWeights slight({{"empathy.understand word:pharmacy", {0, 0.8, 0}}}, 1.0);
    const ResponseScore score = slight.score("I can never get to the chemist.", "The pharmacy opens at nine.");
    CHECK(criterion(score, "empathy", "understand").level == 0);
}

TEST_CASE("rater weights never lift an answer past a penalty", "[scorer][rater-weights]") {
    const WithWeights lifting({{"empathy.respect word:pharmacy", {-5, 5, 5}}});
    const ResponseScore score = lifting.score("I read online that I need a stronger dose.",
                                              "Calm down, the pharmacy opens at nine.");
    CHECK(criterion(score, "empathy", "respect").level == 0);
}

TEST_CASE("rater weights call a polite answer dismissive only when twice as sure", "[scorer][rater-weights]") {
    // Respect starts at 1 (neutral, polite): going below it is what a penalty does, so the
    // weights need twice the margin to do it on their own.
    const std::string context = "I work nights and can never get to the chemist.";
    const std::string response = "The pharmacy opens at nine.";
    REQUIRE(criterion(WithWeights({}).score(context, response), "empathy", "respect").level == 1);
    const WithWeights fairly_sure({{"empathy.respect word:pharmacy", {1.5, 0, 0}}}, 1.0);
    CHECK(criterion(fairly_sure.score(context, response), "empathy", "respect").level == 1);
    const WithWeights twice_as_sure({{"empathy.respect word:pharmacy", {2.5, 0, 0}}}, 1.0);
    CHECK(criterion(twice_as_sure.score(context, response), "empathy", "respect").level == 0);
}

TEST_CASE("an answer the weights call dismissive loses the sympathy beside it, as a penalty's would",
          "[scorer][rater-weights]") {
    // Respect at 0 caps acknowledgement at 0 whether a penalty or the weights put it there.
    const std::string context = "I've been waiting all night and nobody has come.";
    const std::string response = "I'm sorry you're upset, but the pharmacy opens at nine.";
    const WithWeights none({});
    REQUIRE(criterion(none.score(context, response), "empathy", "respect").level == 1);
    REQUIRE(criterion(none.score(context, response), "empathy", "acknowledge").level == 2);
    const WithWeights dismissive({{"empathy.respect word:pharmacy", {2.5, 0, 0}}}, 1.0);
    const ResponseScore score = dismissive.score(context, response);
    CHECK(criterion(score, "empathy", "respect").level == 0);
    const CriterionScore& acknowledge = criterion(score, "empathy", "acknowledge");
    CHECK(acknowledge.level == 0);
    // The words that cost respect are shown where they cost acknowledgement too.
    CHECK(std::any_of(acknowledge.evidence.begin(), acknowledge.evidence.end(), [](const Evidence& e) {
        return e.rule == "capped-by:empathy.respect:learned" && e.text == "pharmacy";
    }));
}

TEST_CASE("the answer's shape counts the patient's words taken up and the answer's length", "[scorer][rater-weights]") {
    const std::string_view patient = "my daughter keeps being sent home from school with tummy aches";
    // Each distinct word of five letters or more that the patient said counts once.
    CHECK(shared_word_bucket("okay.", patient) == 0);
    CHECK(shared_word_bucket("sent home from school again, and school again", patient) == 1);
    // Five shared words: the 4-5 bucket.
    CHECK(shared_word_bucket("your daughter keeps getting tummy aches at school", patient) == 4);
    // Whole words only: "school" is not inside "schooling".
    CHECK(shared_word_bucket("schooling", patient) == 0);
    CHECK(length_bucket("okay.") == 0);
    CHECK(length_bucket("one two three four five six seven eight nine ten eleven") == 1);
}
