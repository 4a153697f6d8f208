// Checks on a whole script that need more than one value at a time: the step graph
// (duplicate ids, unknown gotos, dead ends, unreachable steps, loops with no way out)
// and the `when` conditions and rubric names against the rubrics that exist.
#pragma once

#include <encounter/diagnostic.hpp>
#include <encounter/rubric.hpp>
#include <encounter/script.hpp>

#include <vector>

namespace encounter {

// The rubrics a script is scored with: its `rubrics` list, or every rubric of its locale.
std::vector<const Rubric*> rubrics_for(const Script& script, const RubricCatalog& catalog);

void check_script(const Script& script, const RubricCatalog& catalog, DiagnosticSink& sink);

}  // namespace encounter
