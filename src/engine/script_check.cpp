// Whole-script checks: the step graph and the references to rubrics.
#include <encounter/schema.hpp>
#include <encounter/script_check.hpp>

#include <algorithm>
#include <deque>
#include <map>
#include <string>

namespace encounter {
namespace {

constexpr std::size_t end_node = static_cast<std::size_t>(-1);

// For each step, the indices of the steps it can go to (end_node for the end).
std::vector<std::vector<std::size_t>> build_edges(const Script& script, DiagnosticSink& sink) {
    const JsonSource& source = *script.source;
    std::map<std::string, std::size_t, std::less<>> index_of;
    for (std::size_t i = 0; i < script.steps.size(); ++i) {
        const Step& step = script.steps[i];
        if (step.id.empty()) continue;
        const auto [first, inserted] = index_of.emplace(step.id, i);
        if (!inserted) {
            const Location earlier =
                source.locate(child_pointer(script.steps[first->second].pointer, "id"));
            sink.report(source.finding(child_pointer(step.pointer, "id"), Severity::error,
                                       "duplicate step id \"" + step.id + "\" (first at line " +
                                           std::to_string(earlier.line) + ")",
                                       "step-duplicate-id"));
        }
    }
    std::vector<std::vector<std::size_t>> edges(script.steps.size());
    for (std::size_t i = 0; i < script.steps.size(); ++i) {
        const Step& step = script.steps[i];
        if (step.next.empty()) {
            edges[i].push_back(i + 1 < script.steps.size() ? i + 1 : end_node);
            continue;
        }
        for (const Transition& transition : step.next) {
            if (transition.target.empty()) {
                edges[i].push_back(end_node);  // counted as a way out, reported here once
                sink.report(source.finding(child_pointer(transition.pointer, "goto"),
                                           Severity::error,
                                           "goto is empty; name a step, or \"end\" to end the "
                                           "encounter",
                                           "goto-unknown-step"));
            } else if (transition.target == end_step) {
                edges[i].push_back(end_node);
            } else if (const auto found = index_of.find(transition.target);
                       found != index_of.end()) {
                edges[i].push_back(found->second);
            } else {
                // Counted as a way out so that the loop check does not repeat this finding.
                edges[i].push_back(end_node);
                sink.report(source.finding(child_pointer(transition.pointer, "goto"),
                                           Severity::error,
                                           "goto \"" + transition.target +
                                               "\" names no step in this script (use \"end\" to "
                                               "end the encounter)",
                                           "goto-unknown-step"));
            }
        }
        const Transition& last = step.next.back();
        if (!last.when_text.empty()) {
            sink.report(source.finding(child_pointer(last.pointer, "when"), Severity::error,
                                       "the last \"next\" entry of step \"" + step.id +
                                           "\" has a condition, so when it is false the "
                                           "encounter has no way on; add a final entry without "
                                           "\"when\"",
                                       "next-no-fallback"));
        }
    }
    return edges;
}

// "step \"exam\"", or "step 3" for a step whose id is missing.
std::string step_name(const Script& script, std::size_t index) {
    const std::string& id = script.steps[index].id;
    return id.empty() ? "step " + std::to_string(index + 1) : "step \"" + id + "\"";
}

void check_graph(const Script& script, DiagnosticSink& sink) {
    if (script.steps.empty()) return;
    const JsonSource& source = *script.source;
    const auto edges = build_edges(script, sink);
    const std::size_t count = script.steps.size();

    std::vector<bool> reachable(count, false);
    std::deque<std::size_t> queue{0};
    reachable[0] = true;
    while (!queue.empty()) {
        const std::size_t at = queue.front();
        queue.pop_front();
        for (std::size_t to : edges[at]) {
            if (to != end_node && !reachable[to]) {
                reachable[to] = true;
                queue.push_back(to);
            }
        }
    }
    // Steps that can reach the end, found by walking edges backwards until nothing changes.
    std::vector<bool> reaches_end(count, false);
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t i = 0; i < count; ++i) {
            if (reaches_end[i]) continue;
            const bool leads_out = std::any_of(edges[i].begin(), edges[i].end(), [&](std::size_t to) {
                return to == end_node || reaches_end[to];
            });
            if (leads_out) reaches_end[i] = changed = true;
        }
    }
    for (std::size_t i = 0; i < count; ++i) {
        if (!reachable[i]) {
            sink.report(source.finding(child_pointer(script.steps[i].pointer, "id"),
                                       Severity::warning,
                                       step_name(script, i) +
                                           " can never be reached from the first step",
                                       "step-unreachable"));
        }
    }
    std::string trapped;
    std::size_t first_trapped = end_node;
    for (std::size_t i = 0; i < count; ++i) {
        if (reachable[i] && !reaches_end[i]) {
            if (first_trapped == end_node) first_trapped = i;
            trapped += (trapped.empty() ? "\"" : ", \"") + script.steps[i].id + "\"";
        }
    }
    if (first_trapped != end_node && !edges[first_trapped].empty()) {
        sink.report(source.finding(child_pointer(script.steps[first_trapped].pointer, "id"),
                                   Severity::error,
                                   "steps " + trapped +
                                       " loop with no way out: no path from them reaches the end",
                                   "loop-no-exit"));
    }
}

void check_conditions(const Script& script, const std::vector<const Rubric*>& rubrics,
                      DiagnosticSink& sink) {
    const JsonSource& source = *script.source;
    for (const Step& step : script.steps) {
        for (const Transition& transition : step.next) {
            if (!transition.when) continue;
            const Condition& condition = *transition.when;
            const std::string when_pointer = child_pointer(transition.pointer, "when");
            const auto rubric = std::find_if(rubrics.begin(), rubrics.end(), [&](const Rubric* r) {
                return r->id == condition.rubric;
            });
            if (rubric == rubrics.end()) {
                const bool listed_but_missing =
                    script.rubrics && std::find(script.rubrics->begin(), script.rubrics->end(),
                                                condition.rubric) != script.rubrics->end();
                if (listed_but_missing) continue;  // script-unknown-rubric said so
                sink.report(Diagnostic{source.locate_in_string(when_pointer, 0), Severity::error,
                                       "condition names rubric \"" + condition.rubric +
                                           "\", which this script is not scored with",
                                       "when-unknown-ref"});
                continue;
            }
            double max_value = 100;
            std::string range_of = "rubric score \"" + condition.rubric + "\"";
            if (!condition.criterion.empty()) {
                const Criterion* criterion = (*rubric)->find_criterion(condition.criterion);
                if (!criterion) {
                    sink.report(Diagnostic{
                        source.locate_in_string(when_pointer, condition.criterion_offset),
                        Severity::error,
                        "rubric \"" + condition.rubric + "\" has no criterion \"" +
                            condition.criterion + "\"",
                        "when-unknown-ref"});
                    continue;
                }
                max_value = criterion->max_level;
                range_of = "level of \"" + condition.rubric + "." + condition.criterion + "\"";
            }
            if (condition.value < 0 || condition.value > max_value) {
                char number[32];
                std::snprintf(number, sizeof number, "%g", condition.value);
                sink.report(Diagnostic{
                    source.locate_in_string(when_pointer, condition.value_offset), Severity::error,
                    std::string("compares with ") + number + ", but the " + range_of +
                        " runs from 0 to " + std::to_string(static_cast<int>(max_value)),
                    "when-out-of-range"});
            }
        }
    }
}

}  // namespace

std::vector<const Rubric*> rubrics_for(const Script& script, const RubricCatalog& catalog) {
    if (!script.rubrics) return catalog.for_locale(script.locale);
    std::vector<const Rubric*> found;
    for (const std::string& id : *script.rubrics) {
        if (const Rubric* rubric = catalog.find(script.locale, id)) found.push_back(rubric);
    }
    return found;
}

void check_script(const Script& script, const RubricCatalog& catalog, DiagnosticSink& sink) {
    const JsonSource& source = *script.source;
    if (script.rubrics) {
        for (std::size_t i = 0; i < script.rubrics->size(); ++i) {
            const std::string& id = (*script.rubrics)[i];
            if (!catalog.find(script.locale, id)) {
                sink.report(source.finding(child_pointer("/rubrics", i), Severity::error,
                                           "no rubric \"" + id + "\" exists for locale \"" +
                                               script.locale + "\"",
                                           "script-unknown-rubric"));
            }
        }
    } else if (is_valid_locale(script.locale) && catalog.for_locale(script.locale).empty()) {
        sink.report(source.finding("/locale", Severity::error,
                                   "no rubrics exist for locale \"" + script.locale +
                                       "\", so this script cannot be scored",
                                   "script-unknown-rubric"));
    }
    check_graph(script, sink);
    check_conditions(script, rubrics_for(script, catalog), sink);
}

}  // namespace encounter
