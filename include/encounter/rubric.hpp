// Rubrics (`encounter-rubric/1`): criteria, the cues that earn each level, the penalties
// that cap it, the feedback shown when a level is missed, and examples that `test` checks.
#pragma once

#include <encounter/diagnostic.hpp>
#include <encounter/json_source.hpp>
#include <encounter/kind.hpp>
#include <encounter/need.hpp>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace encounter {

inline constexpr std::string_view rubric_format = "encounter-rubric/1";

// How a criterion's level is found. Cue rules are the default; the other two read
// the script rather than the rubric (the step's anticipated needs, the encounter's kind).
enum class ScoringMethod { cues, anticipate, kind_fit };

// How the levels a criterion's rules earned make its level: the best one (`max`), the
// best of each distinct rule added up (`sum`), or the best of each clause added up
// (`clauses`: two separate steps count twice). Sums stop at max_level.
enum class Combine { max, sum, clauses };

// Words that earn `level` when they appear (and are not negated or cancelled).
struct CueRule {
    std::string id;
    int level = 1;
    std::vector<std::string> cues;
    std::vector<std::string> unless;  // the match does not count when one of these is in its sentence
    bool question = false;            // only in a sentence that asks ('?')
    int specific_level = -1;          // earned instead of `level` when the sentence takes up the
                                      // patient's own words (the specific beats the generic)
    bool adds = true;                 // false: earns `level` on its own but adds nothing to other
                                      // matches under `sum` or `clauses` (three tips are one step)
    std::string pointer;
};

// Words that hold the criterion at `cap` at most, whatever else the response says.
struct Penalty {
    std::string id;
    int cap = 0;
    // The cap in an encounter of a given kind, instead of `cap`: making the choice for the
    // patient costs partnership everywhere, but in a first-kind encounter (fix what is
    // wrong) a plan is what was asked for, so it costs less.
    std::map<Kind, int> cap_by_kind;
    std::vector<std::string> cues;
    // Lexicon groups ("response-kinds/decides-for-them") whose cues count here too, so a
    // penalty and a kind-fit signal share one list.
    std::vector<std::string> cue_groups;
    std::vector<std::string> unless;
    std::string pointer;

    int cap_in(Kind encounter) const {
        const auto found = cap_by_kind.find(encounter);
        return found == cap_by_kind.end() ? cap : found->second;
    }
};

// Holds a criterion at `cap` at most when another criterion (written `rubric.criterion`,
// split when read) scored `at_most` or less: an answer that dismisses the patient does not
// meet the encounter either.
struct CriterionCap {
    std::string rubric;     // "empathy"
    std::string criterion;  // "respect"
    int at_most = 0;
    int cap = 0;
    std::string pointer;
};

struct RubricExample {
    std::string context;
    std::string response;
    int level = 0;
    std::optional<Kind> kind;
    std::vector<AnticipatedNeed> anticipate;  // for criteria scored against a step's needs
    std::string pointer;
};

struct Criterion {
    std::string id;
    std::string title;
    std::string description;
    double weight = 1;
    int max_level = 2;
    ScoringMethod method = ScoringMethod::cues;
    int baseline = 0;      // the level of a response no rule speaks to (before penalties)
    Combine combine = Combine::max;
    int echo_level = -1;     // earned by a sentence that takes up `echo_words` of the patient's
    int echo_words = 2;      // own content words (mirroring, paraphrase)
    std::vector<CueRule> rules;
    std::vector<Penalty> penalties;
    std::vector<CriterionCap> capped_by;  // applied after every criterion is scored
    std::map<int, std::string> feedback;  // shown when the response scored below this level
    std::vector<RubricExample> examples;
    std::string pointer;
};

struct Rubric {
    std::string id;
    std::string title;
    std::string locale = "en";
    int order = 100;  // where it shows among the rubrics of its locale (lower first)
    std::vector<Criterion> criteria;
    std::shared_ptr<const JsonSource> source;

    const Criterion* find_criterion(std::string_view criterion_id) const;
};

// Builds a rubric from a parsed document, reporting shape and value problems
// (weights, levels, duplicate criteria, cues RE2 rejects).
std::optional<Rubric> read_rubric(std::shared_ptr<const JsonSource> source, DiagnosticSink& sink);

}  // namespace encounter

namespace encounter {

// The rubrics a script can name: the bundled ones, overridden by any being linted.
class RubricCatalog {
public:
    // Replaces a rubric of the same locale and id.
    void add(Rubric rubric);
    const Rubric* find(std::string_view locale, std::string_view id) const;
    std::vector<const Rubric*> for_locale(std::string_view locale) const;
    const std::vector<Rubric>& all() const { return m_rubrics; }

private:
    std::vector<Rubric> m_rubrics;
};

}  // namespace encounter
