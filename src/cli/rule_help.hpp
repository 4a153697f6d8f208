// What each lint rule id means, in one line, for reports that carry their own help
// (SARIF) and for checking `--disable RULE`. The one table of rule ids in the front end;
// docs/lint-rules.md explains each rule at length under a heading named for its id.
#pragma once

#include <encounter/diagnostic.hpp>

#include <span>
#include <string>
#include <string_view>

namespace encounter::cli {

struct RuleHelp {
    std::string_view id;
    Severity severity;         // how the engine reports it
    std::string_view summary;  // what it is about, a few words
    std::string_view help;     // what to do about it, one sentence
};

// Every rule the linter can report, in the order docs/lint-rules.md lists them.
std::span<const RuleHelp> all_rule_help();

// The entry for `id`, or nullptr for a rule this table does not know.
const RuleHelp* find_rule_help(std::string_view id);

// Where the rule is documented: docs/lint-rules.md#ID, under the base URL the build was
// configured with (ENCOUNTER_DOCS_URL), so that links in CI reports can be absolute.
std::string rule_help_uri(std::string_view id);

}  // namespace encounter::cli
