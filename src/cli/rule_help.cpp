// The table of lint rule ids and their one-line help. A test checks that it names exactly
// the rules docs/lint-rules.md documents.
#include "cli/rule_help.hpp"

#include <algorithm>
#include <array>

#ifndef ENCOUNTER_DOCS_URL
#define ENCOUNTER_DOCS_URL ""
#endif

namespace encounter::cli {
namespace {

constexpr auto error = Severity::error;
constexpr auto warning = Severity::warning;

constexpr std::array rules{
    RuleHelp{"file-unreadable", error, "a path that cannot be read",
             "Name a file or folder that exists, that you may read, and that is under 16 MiB."},
    RuleHelp{"utf8-invalid", error, "the file is not UTF-8",
             "Save the file as UTF-8, for example with iconv -f latin1 -t utf-8."},
    RuleHelp{"json-empty", error, "the file is empty",
             "Write a JSON object with at least a \"format\" and an \"id\"."},
    RuleHelp{"json-truncated", error, "the JSON stops before it is finished",
             "Close every [, { and \" that is still open at the end of the file."},
    RuleHelp{"json-trailing-comma", error, "a comma after the last item",
             "Remove the comma after the last item of the list or object."},
    RuleHelp{"json-syntax", error, "any other JSON mistake",
             "Fix the JSON where it points: usually a missing comma, a comment, single quotes or "
             "an unquoted name."},
    RuleHelp{"json-duplicate-key", error, "the same field twice in one object",
             "Keep only one of the two fields; JSON readers silently keep the last."},
    RuleHelp{"json-too-deep", error, "more than 64 levels of nesting",
             "Flatten the data to at most 64 levels of lists and objects."},
    RuleHelp{"format-missing", error, "no \"format\" field",
             "Add \"format\": \"encounter-script/1\", \"encounter-rubric/1\" or "
             "\"encounter-lexicon/1\"."},
    RuleHelp{"format-unknown", error, "a \"format\" this version does not know",
             "Use encounter-script/1, encounter-rubric/1 or encounter-lexicon/1."},
    RuleHelp{"field-missing", error, "a required field is absent",
             "Add the field the message names."},
    RuleHelp{"field-type", error, "a field has the wrong kind of value",
             "Give the field the kind of value the message asks for (text, number, list or "
             "object)."},
    RuleHelp{"field-unknown", error, "a field the format does not have",
             "Correct the field's name, or start a custom field's name with \"x-\"."},
    RuleHelp{"field-value", error, "a field's value is not one of those allowed",
             "Use one of the values the message lists."},
    RuleHelp{"id-format", error, "an id breaks the id pattern",
             "Write the id in lower-case letters, digits and '-', starting with a letter or "
             "digit."},
    RuleHelp{"locale-format", error, "a locale that is not a language tag",
             "Use a language tag such as en, ko or pt-BR."},
    RuleHelp{"steps-empty", error, "a script with no steps", "Add at least one step."},
    RuleHelp{"step-duplicate-id", error, "two steps with one id", "Give each step its own id."},
    RuleHelp{"goto-unknown-step", error, "goto names no step",
             "Name an existing step in goto, or \"end\" to end the encounter."},
    RuleHelp{"step-unreachable", warning, "a step no path leads to",
             "Lead to the step with a next entry from an earlier step, or remove it."},
    RuleHelp{"next-no-fallback", error, "the last next entry has a condition",
             "End next with an entry that has no when, so every answer has somewhere to go."},
    RuleHelp{"next-empty", error, "\"next\": []",
             "Remove the empty next (to go on to the following step) or add entries to it."},
    RuleHelp{"loop-no-exit", error, "steps that can never reach the end",
             "Give one of the steps in the loop a way out: a goto to \"end\" or to a step that "
             "ends."},
    RuleHelp{"when-syntax", error, "a condition that cannot be read",
             "Write the condition as rubric or rubric.criterion, a comparison and a number, e.g. "
             "empathy.acknowledge < 1."},
    RuleHelp{"when-unknown-ref", error, "a condition names an unknown rubric or criterion",
             "Name a rubric the script uses and one of its criteria."},
    RuleHelp{"when-out-of-range", error, "a condition compares with an impossible number",
             "Compare with 0 to 100 for a rubric score, 0 to max_level for a criterion level."},
    RuleHelp{"cue-invalid", error, "a cue that is not a valid pattern",
             "Fix the RE2 pattern; a literal ( ) [ ? + or * needs a backslash (\\\\ in JSON)."},
    RuleHelp{"need-no-cues", error, "an anticipated need with no cues",
             "Give the need at least one cue, so that meeting it can be recognised."},
    RuleHelp{"need-duplicate-id", error, "two needs with one id in a step",
             "Give each anticipated need in a step its own id."},
    RuleHelp{"script-unknown-rubric", error, "a script names a rubric that does not exist",
             "Name a rubric that exists for the script's locale, or lint that rubric along with "
             "the script."},
    RuleHelp{"kind-mismatch", warning, "the declared kind disagrees with the patient's lines",
             "Declare the kind the patient's lines show, or rewrite the lines to fit the declared "
             "kind."},
    RuleHelp{"rubric-weight", error, "a criterion weight of 0 or less",
             "Give the criterion a weight greater than 0."},
    RuleHelp{"rubric-max-level", error, "max_level outside 1 to 10",
             "Set max_level from 1 to 10, or leave it out for levels 0 to 2."},
    RuleHelp{"rule-level-range", error,
             "a rule level or penalty cap outside the criterion's levels",
             "Keep rule levels and penalty caps from 0 to the criterion's max_level."},
    RuleHelp{"example-level-range", error, "an example's level outside the criterion's levels",
             "Keep example levels from 0 to the criterion's max_level."},
    RuleHelp{"criterion-duplicate-id", error, "two criteria with one id",
             "Give each criterion its own id."},
    RuleHelp{"rule-no-cues", error, "a rule or penalty with no cues",
             "Give the rule or penalty at least one cue, or remove it."},
    RuleHelp{"cap-unknown-criterion", error, "a capped_by names a criterion that does not exist",
             "Name an existing criterion as RUBRIC.CRITERION (e.g. empathy.respect) of the same "
             "locale, or lint that rubric along with this one."},
    RuleHelp{"cue-group-unknown", error, "a penalty's cue_groups names a lexicon group that does not exist",
             "Name a group of the locale's kinds or response-kinds lexicon as LEXICON/GROUP (e.g. "
             "response-kinds/decides-for-them)."},
    RuleHelp{"rater-weight-unknown-criterion", error,
             "a rater-weights key names a criterion that does not exist or is not scored 0-2",
             "Start each key with an existing RUBRIC.CRITERION of the lexicon's locale (e.g. "
             "\"empathy.understand word:night\"), or retrain with ./run train."},
    RuleHelp{"criteria-empty", error, "a rubric with no criteria", "Add at least one criterion."},
    RuleHelp{"group-duplicate-id", error, "two groups with one id in a lexicon",
             "Give each group in the lexicon its own id."},
    RuleHelp{"duplicate-id", error, "two files with one id",
             "Give each script its own id, and each rubric or lexicon its own id within its "
             "locale."},
    RuleHelp{"lint-disable-unused", warning, "an x-lint-disable entry that suppresses nothing",
             "Remove the entry from x-lint-disable: the problem it was hiding is gone."},
    RuleHelp{"example-failed", error, "a rubric example scores off its expected level",
             "Change the criterion's cues (or the example's level) until encounter test shows the "
             "example scoring its level."},
};

}  // namespace

std::span<const RuleHelp> all_rule_help() { return rules; }

const RuleHelp* find_rule_help(std::string_view id) {
    const auto found =
        std::find_if(rules.begin(), rules.end(), [id](const RuleHelp& rule) { return rule.id == id; });
    return found == rules.end() ? nullptr : &*found;
}

std::string rule_help_uri(std::string_view id) {
    // Without a configured base the link is relative to the repository root, which is where
    // CI runs and where the docs are.
    std::string base = ENCOUNTER_DOCS_URL;
    if (base.empty()) base = "docs/";
    if (base.back() != '/') base += '/';
    return base + "lint-rules.md#" + std::string(id);
}

}  // namespace encounter::cli
