// The scorer on sentences a clinician would type: what earns a level, what takes it
// away, and the words shown as evidence.
#include <encounter/data_dir.hpp>
#include <encounter/rater_weights.hpp>
#include <encounter/scorer.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

#include "support/run_cli.hpp"

using namespace encounter;

namespace {

struct English {
    const BundledData& data = testing::bundled_data();
    Models models{data.lexicons};
};

ResponseScore scored(std::string_view context, std::string_view response,
                     const std::vector<AnticipatedNeed>* needs = nullptr, std::optional<Kind> kind = Kind::first) {
    static const English english;
    static Scorer scorer(english.data.rubrics.for_locale("en"), *english.models.find("en"));
    ResponseScore result;
    scorer.score(ScoreRequest{context, response, needs, kind}, result);
    return result;
}

// The rules alone, without the learned rater weights: what the rubric's own data says.
ResponseScore scored_by_rules(std::string_view context, std::string_view response, Kind kind = Kind::first) {
    static const English english;
    static const std::vector<Lexicon> lexicons = without_rater_weights(english.data.lexicons);
    static const Models models(lexicons);
    static Scorer scorer(english.data.rubrics.for_locale("en"), *models.find("en"));
    ResponseScore result;
    scorer.score(ScoreRequest{context, response, nullptr, kind}, result);
    return result;
}

int level(const ResponseScore& score, std::string_view rubric, std::string_view criterion) {
    const CriterionScore* found = score.find(rubric, criterion);
    REQUIRE(found);
    return found->level;
}

int acknowledge(std::string_view context, std::string_view response) {
    return level(scored(context, response), "empathy", "acknowledge");
}

// Whether the empathy criterion's evidence holds `rule` at words of the response that start
// with `words` (offsets checked against the response as typed).
bool shows(const ResponseScore& score, std::string_view criterion, std::string_view response, std::string_view rule,
           std::string_view words) {
    const CriterionScore* found = score.find("empathy", criterion);
    REQUIRE(found);
    return std::any_of(found->evidence.begin(), found->evidence.end(), [&](const Evidence& evidence) {
        return evidence.rule == rule && response.substr(evidence.start, evidence.end - evidence.start).rfind(words, 0) == 0;
    });
}

// An empathy criterion's level by the rules alone.
int empathy_by_rules(std::string_view criterion, std::string_view context, std::string_view response) {
    return level(scored_by_rules(context, response), "empathy", criterion);
}

int respect(std::string_view response) { return level(scored("I read about this online.", response), "empathy", "respect"); }

}  // namespace

TEST_CASE("acknowledging the patient's feeling explicitly earns the top level", "[scorer][empathy]") {
    CHECK(acknowledge("He stopped breathing for a moment last night.", "That must have been frightening.") == 2);
    CHECK(acknowledge("I've been in pain all week and nobody would see me.",
                      "I'm so sorry you've been in pain all week.") == 2);
}

TEST_CASE("saying the patient's situation back is understanding: a stock phrase alone is less", "[scorer][empathy]") {
    const auto understand = [](std::string_view context, std::string_view response) {
        return level(scored(context, response), "empathy", "understand");
    };
    const std::string context = "I'm sick of this being my life, every weekend gone to drinking.";
    CHECK(understand(context, "Let's check your liver function.") == 0);
    CHECK(understand(context, "I understand.") == 1);
    // Quoting the patient's own words back, tied to their situation.
    CHECK(understand(context, "Saying 'I'm sick of this being my life' out loud takes guts.") == 2);
    CHECK(understand("My husband wants both embryos put back and I'm scared of twins.",
                     "You're caught between your husband's hopes and your own fears about twins.") == 2);
    // A summary of their situation, then what it means ("...: that's a lot"), is a reflection
    // however it is worded; the evidence is the summary.
    const std::string summary = "Two cancelled operations and a wedding in May: that's a lot riding on this.";
    const ResponseScore summed_up = scored("They cancelled my operation twice and my daughter marries in May.", summary);
    CHECK(shows(summed_up, "understand", summary, "reflects-situation", "Two cancelled operations"));
}

TEST_CASE("a bare sorry is brief acknowledgement", "[scorer][empathy]") {
    CHECK(acknowledge("The school called again.", "Sorry. Let's have a look at him.") == 1);
}

TEST_CASE("'that sounds hard' is generic until it is about what the patient said", "[scorer][empathy]") {
    const std::string context = "They cancelled my dialysis slot twice this month.";
    CHECK(acknowledge(context, "That sounds hard. Let's see what we can do.") == 1);
    CHECK(acknowledge(context, "Having your dialysis slot cancelled twice sounds really stressful.") == 2);
    // Naming a feeling without a feeling word still counts.
    CHECK(acknowledge(context, "No wonder your head's spinning with all that.") == 2);
}

TEST_CASE("the patient's situation, as what they are going through, then what it means, reflects it",
          "[scorer][empathy]") {
    const std::string context =
        "The ward wants me to decide about Mum's care home by Friday and I don't know what she'd want.";
    const std::string response = "Being asked to decide for your mum by Friday would make anyone feel rushed.";
    const ResponseScore score = scored_by_rules(context, response);
    CHECK(level(score, "empathy", "understand") == 2);
    CHECK(shows(score, "understand", response, "reflects-situation", "Being"));
    // Advice that happens to start the same way is not a reflection.
    CHECK(level(scored_by_rules(context, "Keeping active is good for everyone."), "empathy", "understand") == 0);
}

TEST_CASE("a feeling named for the patient is explicit acknowledgement: a feeling word in passing is brief",
          "[scorer][empathy]") {
    const std::string context = "I slipped on the ice outside the chemist and cut my chin.";
    CHECK(empathy_by_rules("acknowledge", context, "Slipping on ice like that must have given you a real fright.") ==
          2);
    CHECK(empathy_by_rules("acknowledge", context, "It's normal to feel a bit shaken.") >= 1);
    CHECK(empathy_by_rules("acknowledge", context, "Let's clean the cut and close it with strips.") == 0);
    CHECK(empathy_by_rules("acknowledge", "I've tried twice to give up and the wedding's in June.",
                           "I can hear how badly you want this one to stick.") == 2);
    // A feeling word in passing, even beside the patient's words, is brief: it is not said of them.
    CHECK(empathy_by_rules("acknowledge", "The noise in the scanner frightened me last time.",
                           "Lots of patients worry about the scanner noise, but it's only loud.") == 1);
}

TEST_CASE("a feeling supposed for the patient is named: one inside an 'if' is a safety net, not sympathy",
          "[scorer][empathy]") {
    const std::string context = "I've been off work with it for three weeks and the league starts Saturday.";
    CHECK(empathy_by_rules("acknowledge", context, "Missing the start of the season, you must be gutted.") == 2);
    CHECK(empathy_by_rules("acknowledge", "I grew tomatoes for sixty years.", "You must really miss it.") == 2);
    CHECK(empathy_by_rules("acknowledge", context, "Watching from the sideline must feel really unfair.") == 2);
    CHECK(empathy_by_rules("acknowledge", context, "If you're worried, ring 111 tonight.") == 0);
    // The patient's experience called frightening is named; a bare "it sounds exhausting" is brief.
    CHECK(empathy_by_rules("acknowledge", "I woke up and my ear was muffled.",
                           "Waking up to a muffled ear with no warning is unnerving.") == 2);
    CHECK(empathy_by_rules("acknowledge", context, "It sounds exhausting.") == 1);
    // Supposed for them, or opening on what they go through ("Losing sleep..."), it is named too.
    CHECK(empathy_by_rules("acknowledge", "He doesn't know me some days now.",
                           "Watching him slip away must be painful.") == 2);
    CHECK(empathy_by_rules("acknowledge", context, "Thanks for coming in; losing sleep is wearing, and it shows.") ==
          2);
    // A goal that sounds exciting or a change that sounds disorienting is at least brief.
    CHECK(empathy_by_rules("acknowledge", "I retired last week and I don't know what to do with myself.",
                           "That sounds disorienting.") == 1);
    CHECK(empathy_by_rules("acknowledge", context, "No sleep and four different answers: anyone would be losing it.") ==
          2);
    CHECK(empathy_by_rules("acknowledge", context, "No wonder going home feels pointless.") == 2);
    CHECK(empathy_by_rules("acknowledge", context, "The sensor warns you when you're going low.") == 0);
    // A procedure that "can be uncomfortable" describes the procedure, not the patient.
    CHECK(empathy_by_rules("acknowledge", context, "The injection can be uncomfortable but it's quick.") <= 1);
}

TEST_CASE("a feeling said to make sense is acknowledged explicitly", "[scorer][empathy]") {
    CHECK(empathy_by_rules("acknowledge", "My dad died of a heart attack at forty-five.",
                           "With your dad's history, that fear makes complete sense.") == 2);
    CHECK(empathy_by_rules("acknowledge", "I've used the same inhaler for thirty years.",
                           "It makes sense you'd be wary of changing something that works.") == 2);
    // Making sense without a feeling is understanding, not acknowledgement.
    CHECK(empathy_by_rules("acknowledge", "I want to try physio before surgery.", "That makes sense.") <= 1);
}

TEST_CASE("the patient's burden counted back, then a comment on it, reflects their situation", "[scorer][empathy]") {
    const std::string context = "Last time I waited nine hours on a trolley and I'm not doing that again.";
    CHECK(empathy_by_rules("understand", context, "Nine hours on a trolley, I don't blame you for not wanting that again.") ==
          2);
    CHECK(empathy_by_rules("understand", "I've been sober six months now.", "Six months is brilliant.") <= 1);
    // What they are going through as the subject, then what it means.
    CHECK(empathy_by_rules("understand", "I fly tomorrow and only have half my tablets left.",
                           "Going away tomorrow and realising you'll run out halfway through is a horrible feeling.") ==
          2);
    // A price "on top of" the glasses is not the patient's load.
    CHECK(empathy_by_rules("understand", "Do the special lenses work?",
                           "They're two hundred pounds a year on top of normal glasses.") == 0);
    // What they have been through is their situation; that they have been to see you is not.
    const std::string sent = "My form tutor sent me because I'm on my phone till three.";
    CHECK(empathy_by_rules("understand", sent, "You've been through a rough few weeks.") >= 1);
    CHECK(empathy_by_rules("understand", sent, "I'll let your tutor know you've been to see me.") == 0);
}

TEST_CASE("what the patient carries, said as a weight or as making sense, is understanding", "[scorer][empathy]") {
    const std::string context =
        "My wife is away with her sister and I've got the twins and my dad on my own this week.";
    CHECK(empathy_by_rules("understand", context, "That's a lot to take on with your wife away.") == 2);
    CHECK(empathy_by_rules("understand", context, "Wanting a break this week makes complete sense.") >= 1);
    CHECK(empathy_by_rules("understand", context, "I can tell you're stretched thin.") >= 1);
    CHECK(empathy_by_rules("understand", context, "The walk-in centre opens at eight.") == 0);
}

TEST_CASE("the patient's words taken up show they were heard: a reflection tied to them is more",
          "[scorer][empathy]") {
    const std::string context = "Five days of feeling rotten, and my interview is on Thursday.";
    const std::string echo = "Five days feeling rotten before an interview on Thursday.";
    const ResponseScore echoed = scored_by_rules(context, echo);
    CHECK(level(echoed, "empathy", "understand") == 1);
    CHECK(shows(echoed, "understand", echo, "echoes-patient", "rotten"));
    // Information that repeats the patient's topic is no more than that by the rules.
    CHECK(level(scored_by_rules("Can I keep taking the apixaban and the aspirin together?",
                                "Apixaban and aspirin taken together raise the bleeding risk."),
                "empathy", "understand") == 1);
    CHECK(level(scored_by_rules(context, "It sounds like five days of feeling rotten, with the interview looming."),
                "empathy", "understand") == 2);
}

TEST_CASE("negated or cancelled sympathy earns nothing", "[scorer][empathy]") {
    CHECK(acknowledge("I waited an hour.", "I'm not sorry to say the clinic is closed.") == 0);
    CHECK(acknowledge("I waited an hour.", "Sorry, but that's the policy.") == 0);
    CHECK(acknowledge("I waited an hour.", "I'm sorry I'm late, busy morning.") == 0);
    // "I'm afraid" is a politeness before bad news, not a feeling named for the patient.
    CHECK(acknowledge("Can I see the physio on Friday?", "I'm afraid the physio is fully booked on Friday.") == 0);
    // Sympathy beside a blame is taken back by it, in whichever sentence the blame comes.
    CHECK(acknowledge("My ankle's been agony for three days.",
                      "I'm so sorry you've been in agony. You should have come in on the first day.") == 0);
}

TEST_CASE("an idiom that holds a negator negates nothing: 'no wonder' is sympathy", "[scorer][empathy]") {
    const std::string context = "My dad had his stroke at sixty and now my reading is high.";
    const ResponseScore score = scored(context, "Seeing a number like that, no wonder it's frightened you.");
    CHECK(level(score, "empathy", "acknowledge") == 2);
    const CriterionScore* acknowledge = score.find("empathy", "acknowledge");
    REQUIRE(acknowledge);
    CHECK(std::any_of(acknowledge->evidence.begin(), acknowledge->evidence.end(),
                      [](const Evidence& e) { return e.text == "frightened" && e.effect == EvidenceEffect::earned; }));
    // The same "no" outside the idiom still negates.
    CHECK(::acknowledge(context, "There's no need to be frightened.") < 2);
}

TEST_CASE("one dismissive clause makes respect 0 whatever else is said", "[scorer][respect]") {
    CHECK(respect("Don't believe what you read online.") == 0);
    CHECK(respect("Thank you for coming in. Please calm down and take a seat.") == 0);
    CHECK(respect("You should have called earlier.") == 0);
    CHECK(respect("Great question, thanks for asking. Sure you did your exercises.") == 0);
    // A power struggle: closing the argument instead of hearing the patient.
    CHECK(respect("You'll need stitches and a week off. I'm not arguing about it.") == 0);
    CHECK(respect("If you go back to work tonight, that's on you.") == 0);
    CHECK(respect("No running for six weeks, end of discussion.") == 0);
    // Policing the patient's tone is one too, and it takes back the sympathy before its "but".
    const std::string tone = "I know you're worried, but shouting at me won't get the scan done sooner.";
    CHECK(respect(tone) == 0);
    CHECK(::acknowledge("I've been waiting four hours for this scan!", tone) == 0);
    // Teaching a teacher to rest their voice is not about the patient's tone.
    CHECK(respect("Try a hand signal for quiet instead of raising your voice in class.") == 1);
    // "These things happen" brushes the complaint off, and takes back the sorry before it; said
    // to lift blame from a parent, it reassures.
    const std::string brushed_off = "I'm sorry you're upset, but these things happen in a busy ward.";
    CHECK(respect(brushed_off) == 0);
    CHECK(::acknowledge("Nobody told me about the sore on Dad's heel.", brushed_off) == 0);
    CHECK(respect("These things happen with toddlers, so please don't blame yourself.") >= 1);
}

TEST_CASE("making the patient's choice for them is not partnership: asking what they see is", "[scorer][respect]") {
    const std::string context = "She wants the clear aligners, everyone online says they're quicker. Are they as good?";
    const ResponseScore decided =
        scored(context, "Metal braces are the gold standard, so that's what she'll be having.", nullptr, Kind::second);
    CHECK(level(decided, "empathy", "respect") == 0);
    // The penalty takes its words from the response-kinds lexicon group it names.
    const CriterionScore* respect = decided.find("empathy", "respect");
    REQUIRE(respect);
    CHECK(std::any_of(respect->evidence.begin(), respect->evidence.end(), [](const Evidence& e) {
        return e.rule == "penalty:decides-for-them" && e.effect == EvidenceEffect::cost;
    }));
    CHECK(level(scored(context, "Both work. What have you noticed about her friends' aligners?", nullptr, Kind::second),
                "empathy", "respect") == 2);
    CHECK(level(scored("My foot's gone black at the edge.", "If you'd come in when it started it wouldn't be this bad."),
                "empathy", "respect") == 0);
    // Offering the next step as a question leaves the choice with the patient.
    CHECK(empathy_by_rules("respect", "I'd like to stop smoking before the wedding.",
                           "The clinic runs six weekly sessions. Shall I book your first one?") >= 1);
}

TEST_CASE("a plan made for the patient costs the invitation in a first-kind encounter, the respect in a second",
          "[scorer][respect]") {
    const std::string plan = "That sounds miserable. I'll start you on antibiotics today and book the extraction.";
    const ResponseScore first = scored_by_rules("My tooth's been throbbing for three days.", plan, Kind::first);
    CHECK(level(first, "empathy", "respect") == 1);
    CHECK(shows(first, "respect", plan, "penalty:decides-for-them", "I'll start you on"));
    // Not dismissive, so the sympathy before it stands.
    CHECK(level(first, "empathy", "acknowledge") >= 1);
    const ResponseScore second =
        scored_by_rules("Should I have it out, or try a root canal first?", plan, Kind::second);
    CHECK(level(second, "empathy", "respect") == 0);
    CHECK(level(second, "empathy", "acknowledge") == 0);
}

TEST_CASE("words that only look dismissive are not: a child who won't drink, warmth said 'obviously'",
          "[scorer][respect]") {
    CHECK(empathy_by_rules("respect", "She's floppy and won't take her bottle.",
                           "A floppy little one who won't drink is frightening to see; I'd like her seen tonight.") == 1);
    CHECK(empathy_by_rules("respect", "The final's in three weeks and my physio says rest.",
                           "This season obviously means a lot to you. What matters most to you about it?") == 2);
    CHECK(empathy_by_rules("respect", "I keep getting breathless on the stairs.",
                           "How far can you walk before you need to stop?") >= 1);
    CHECK(empathy_by_rules("respect", "Someone said I should come in.", "Well, obviously. Next time ring first.") == 0);
}

TEST_CASE("inviting the patient's own reading is partnership: a kind policy is not disrespect", "[scorer][respect]") {
    CHECK(respect("What have you read? Let's look at it together.") == 2);
    CHECK(respect("The clinic closes at five, so here is the on-call number for tonight.") == 1);
    CHECK(respect("I'm not blaming you for this at all.") == 1);
}

TEST_CASE("open questions about worries explore: logistics questions do not", "[scorer][explore]") {
    CHECK(level(scored("I'm not sure about the surgery.", "What worries you most about it?"), "empathy", "explore") == 2);
    CHECK(level(scored("I'm not sure about the surgery.", "Are you worried about it?"), "empathy", "explore") == 1);
    CHECK(level(scored("I'm not sure about the surgery.", "Did you bring your insurance card?"), "empathy", "explore") == 0);
}

TEST_CASE("anticipated needs: none, some or all, with the words that met them", "[scorer][anticipation]") {
    const std::vector<AnticipatedNeed> needs{
        {"school-note", "a note for school", {"note for (the )?school", "school note"}, {}},
        {"flu-vaccine", "the flu vaccine that is due", {"flu (shot|vaccine|jab)"}, {}}};
    const std::string all = "Here's a note for school, and he's due his flu jab today.";
    const ResponseScore both = scored("Sent home again.", all, &needs);
    CHECK(level(both, "anticipation", "needs") == 2);
    const CriterionScore* criterion = both.find("anticipation", "needs");
    REQUIRE(criterion->evidence.size() == 2);
    const Evidence& note = criterion->evidence[0];
    CHECK(note.rule == "need:school-note");
    CHECK(all.substr(note.start, note.end - note.start) == "note for school");
    CHECK(level(scored("Sent home again.", "I'll write a school note.", &needs), "anticipation", "needs") == 1);
    CHECK(level(scored("Sent home again.", "We don't do school notes.", &needs), "anticipation", "needs") == 0);
}

TEST_CASE("what happens next and what to do if it recurs add up", "[scorer][anticipation]") {
    const auto next = [](std::string_view response) {
        return level(scored("Is that it?", response), "anticipation", "next-steps");
    };
    CHECK(next("It's probably nothing.") == 0);
    CHECK(next("I'll refer you to the physio.") == 1);
    CHECK(next("I'll refer you to the physio, and if the pain gets worse tonight call the on-call line.") == 2);
    // A step and when it will happen are two elements, whichever rules find them.
    CHECK(next("I'll refer you to the physio, and they should see you within two weeks.") == 2);
    // A wish to do something is a step; how long it takes is what to expect: both show as evidence
    // (the level itself is then weighed with the whole answer, see the rater weights' tests).
    const std::string x_ray = "I'd like to get an X-ray of that wrist. It usually takes about ten minutes.";
    const ResponseScore planned = scored("Is that it?", x_ray);
    const CriterionScore* steps = planned.find("anticipation", "next-steps");
    REQUIRE(steps);
    const auto shows = [&](std::string_view rule, std::string_view words) {
        return std::any_of(steps->evidence.begin(), steps->evidence.end(), [&](const Evidence& evidence) {
            return evidence.rule == rule && x_ray.substr(evidence.start, evidence.end - evidence.start) == words;
        });
    };
    CHECK(shows("next-step", "I'd like to get"));
    CHECK(shows("what-to-expect", "usually takes"));
    // Advice is a step (the rating guide: even unhelpful advice is one), and however many tips
    // it holds it is one element: it never adds up to what to expect or what to do if worse.
    CHECK(next("Try to keep a regular bedtime and cut down on sugar.") == 1);
    CHECK(next("Drink plenty of water, rest your voice at weekends, and avoid shouting in class.") == 1);
    CHECK(next("Speak to your GP about it.") == 1);
    // Tips and a follow-up are still one element, by the rules themselves.
    const auto by_rules = [](std::string_view response) {
        return level(scored_by_rules("Is that it?", response), "anticipation", "next-steps");
    };
    CHECK(by_rules("Try blackout blinds and ear plugs. We'll see you in three months.") == 1);
    CHECK(by_rules("Try blackout blinds. If it isn't better in a month, come back and we'll refer you.") == 2);
    // Where to go for it is: a concrete suggestion is one element of what comes next.
    CHECK(next("There's a walking group that meets at the leisure centre on Saturdays.") == 1);
}

TEST_CASE("answering a third-kind patient with a prescription does not fit", "[scorer][kind-fit]") {
    const std::string context = "My labs are fine. I want to be someone who can hike with my grandkids.";
    CHECK(level(scored(context, "Take ibuprofen twice a day for ten days.", nullptr, Kind::third), "kind-fit", "fit") == 0);
    CHECK(level(scored(context, "What would you like to be able to do by next summer, and what small step could you keep?",
                       nullptr, Kind::third),
                "kind-fit", "fit") == 2);
}

TEST_CASE("second and third kinds fit squarely only when the patient is asked", "[scorer][kind-fit]") {
    const std::string choice = "Should I have the knee operation now or try physio first?";
    const auto fit = [](const std::string& context, std::string_view response, Kind kind) {
        return level(scored(context, response, nullptr, kind), "kind-fit", "fit");
    };
    // Telling the options is partly there; asking which suits the patient is squarely there.
    CHECK(fit(choice, "Both are reasonable options. It's really up to you.", Kind::second) == 1);
    CHECK(fit(choice, "Both are reasonable options: surgery fixes it sooner, physio avoids the operation. "
                      "Which would suit you better?", Kind::second) == 2);
    const std::string goal = "Nothing's wrong, I just want to be fit enough to keep up with my grandkids.";
    CHECK(fit(goal, "Try to walk every day and cut down on sugar.", Kind::third) == 1);
    // Answering another kind is not there; nor, squarely, is passing the goal over in silence
    // (the guide's "ignoring the point", 0; the rules give a silent answer 1, and the learned
    // weights have called it 0 or 1 as authors were added: what is pinned is "not squarely").
    CHECK(fit(goal, "Okay, thanks for telling me.", Kind::third) < 2);
    CHECK(fit(goal, "Take ibuprofen twice a day for ten days.", Kind::third) == 0);
    CHECK(fit(goal, "What do you most enjoy doing with them, and what would you like to be able to do by summer?",
              Kind::third) == 2);
}

TEST_CASE("a choice made for the patient or a visit waved off turns the encounter away", "[scorer][kind-fit]") {
    const auto fit = [](const std::string& context, std::string_view response, Kind kind) {
        return level(scored(context, response, nullptr, kind), "kind-fit", "fit");
    };
    const std::string choice =
        "The hospital says Dad could go to the rehab ward or come home with carers. Which is better?";
    // Deciding for them is 0; naming the treatments without asking is information (1 by the
    // rules; the learned weights lower this bare one-sentence answer to 0, a halo of all it
    // leaves out); any open question about what they make of it is squarely there.
    CHECK(fit(choice, "The rehab ward is the safest option, so I'll put him down for it.", Kind::second) == 0);
    const std::string information = "On the ward he'd get therapy every day; at home the carers come four times a day.";
    CHECK(level(scored_by_rules(choice, information, Kind::second), "kind-fit", "fit") == 1);
    CHECK(fit(choice, information, Kind::second) < 2);
    CHECK(fit(choice, "On the ward he'd get therapy every day; at home the carers come four times a day. "
                      "What matters most to your dad in all this?", Kind::second) == 2);
    const std::string goal = "My scan was clear. Now I'd like to get strong enough to carry my grandson.";
    CHECK(fit(goal, "If the scan's clear there's nothing for us to do. See you in a year.", Kind::third) == 0);
    const std::string problem = "Since this morning I've had flashes and a dark curtain in my left eye.";
    // One concrete step taken today is a plan; leaving it to settle is not.
    CHECK(fit(problem, "That needs looking at today, so I'm sending you to eye casualty this afternoon.", Kind::first) ==
          2);
    CHECK(fit(problem, "It'll probably settle. Keep an eye on it.", Kind::first) == 0);
}

TEST_CASE("an answer that dismisses the patient does not fit, whatever its kind", "[scorer][kind-fit]") {
    const std::string context = "My son's inhaler ran out, the surgery's shut and he's wheezing.";
    const ResponseScore plain = scored(context, "I'll send a prescription for his inhaler to the pharmacy tonight.");
    const ResponseScore blaming = scored(
        context, "You should have ordered it earlier. I'll send a prescription for his inhaler to the pharmacy tonight.");
    CHECK(level(plain, "kind-fit", "fit") == 2);
    CHECK(level(blaming, "empathy", "respect") == 0);
    CHECK(level(blaming, "kind-fit", "fit") == 0);
    // The words that cost respect are shown as the reason fit was capped.
    const CriterionScore* fit = blaming.find("kind-fit", "fit");
    REQUIRE(fit);
    const bool shows_cap = std::any_of(fit->evidence.begin(), fit->evidence.end(), [](const Evidence& e) {
        return e.effect == EvidenceEffect::cost && e.rule.rfind("capped-by:empathy.respect", 0) == 0 &&
               e.text.find("should have ordered it earlier") != std::string::npos;
    });
    CHECK(shows_cap);
}

TEST_CASE("evidence offsets are UTF-8 bytes into the response as typed", "[scorer]") {
    const std::string response = "환자분, I’m so sorry you’ve been in pain all week.";
    const ResponseScore score = scored("I've been in pain all week.", response);
    const CriterionScore* criterion = score.find("empathy", "acknowledge");
    REQUIRE(criterion);
    REQUIRE_FALSE(criterion->evidence.empty());
    for (const Evidence& evidence : criterion->evidence) {
        CHECK(response.substr(evidence.start, evidence.end - evidence.start) == evidence.text);
    }
}

TEST_CASE("a rubric's score is the contract's weighted formula", "[scorer]") {
    CriterionScore a;
    a.level = 2;
    a.max_level = 2;
    a.weight = 1;
    CriterionScore b;
    b.level = 1;
    b.max_level = 2;
    b.weight = 3;
    CHECK(rubric_score({&a, &b}) == 63);  // 100 * (2 + 3) / (2 + 6) = 62.5, rounded
}
