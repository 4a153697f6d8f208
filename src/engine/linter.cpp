// Lint: load each file on its own, then the checks that need the whole set.
#include <encounter/document.hpp>
#include <encounter/linter.hpp>
#include <encounter/schema.hpp>
#include <encounter/script_check.hpp>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace encounter {
namespace {

// Reports the second and later files that share an id (scripts by id, rubrics and
// lexicons by locale and id, since each locale has its own `empathy`).
void check_duplicate_ids(const std::vector<Document>& documents, DiagnosticSink& sink) {
    std::map<std::tuple<std::string, std::string, std::string>, const JsonSource*> first_with;
    for (const Document& document : documents) {
        std::tuple<std::string, std::string, std::string> key;
        const JsonSource* source = nullptr;
        if (document.script && !document.script->id.empty()) {
            key = {"script", "", document.script->id};
            source = document.script->source.get();
        } else if (document.rubric && !document.rubric->id.empty()) {
            key = {"rubric", document.rubric->locale, document.rubric->id};
            source = document.rubric->source.get();
        } else if (document.lexicon && !document.lexicon->id.empty()) {
            key = {"lexicon", document.lexicon->locale, document.lexicon->id};
            source = document.lexicon->source.get();
        } else {
            continue;
        }
        const auto [first, inserted] = first_with.emplace(key, source);
        if (inserted) continue;
        const Location there = first->second->locate("/id");
        sink.report(source->finding("/id", Severity::error,
                                    std::get<0>(key) + " id \"" + std::get<2>(key) +
                                        "\" is already used by " + there.path + ":" +
                                        std::to_string(there.line) + ":" +
                                        std::to_string(there.column),
                                    "duplicate-id"));
    }
}

// A `capped_by` names a criterion of another rubric: it must exist in the same locale.
void check_caps(const Rubric& rubric, const RubricCatalog& catalog, DiagnosticSink& sink) {
    for (const Criterion& criterion : rubric.criteria) {
        for (const CriterionCap& cap : criterion.capped_by) {
            if (cap.rubric.empty() || cap.criterion.empty()) continue;  // read_rubric reported the shape
            const Rubric* other = catalog.find(rubric.locale, cap.rubric);
            if (other && other->find_criterion(cap.criterion)) continue;
            sink.report(rubric.source->finding(cap.pointer + "/criterion", Severity::error,
                                               "no criterion \"" + cap.rubric + "." + cap.criterion +
                                                   "\" among the \"" +
                                                   rubric.locale + "\" rubrics to cap by",
                                               "cap-unknown-criterion"));
        }
    }
}

// A penalty's `cue_groups` name lexicon groups: each must exist in the rubric's locale.
void check_cue_groups(const Rubric& rubric, const Models& models, DiagnosticSink& sink) {
    const LocaleModels* locale = models.find(rubric.locale);
    for (const Criterion& criterion : rubric.criteria) {
        for (const Penalty& penalty : criterion.penalties) {
            for (std::size_t i = 0; i < penalty.cue_groups.size(); ++i) {
                const std::string& name = penalty.cue_groups[i];
                if (name.empty() || (locale && locale->find_group(name))) continue;  // empty: misspelt, reported
                sink.report(rubric.source->finding(child_pointer(penalty.pointer + "/cue_groups", i), Severity::error,
                                                   "no lexicon group \"" + name + "\" among the \"" + rubric.locale +
                                                       "\" lexicons (kinds, response-kinds)",
                                                   "cue-group-unknown"));
            }
        }
    }
}

// The rater weights' keys are "RUBRIC.CRITERION FEATURE": each must name a criterion of the
// lexicon's locale with levels 0-2, or nothing would ever read its weights. One finding per
// criterion, at its first key (a misspelt criterion has thousands).
void check_rater_weights(const Lexicon& lexicon, const RubricCatalog& catalog, DiagnosticSink& sink) {
    if (lexicon.id != "rater-weights" || !lexicon.source) return;
    std::set<std::string> reported;
    for (const auto& [key, weights] : lexicon.weights) {
        const std::string name = key.substr(0, key.find(' '));
        const auto dot = name.find('.');
        const Rubric* rubric = dot == std::string::npos ? nullptr : catalog.find(lexicon.locale, name.substr(0, dot));
        const Criterion* criterion = rubric ? rubric->find_criterion(name.substr(dot + 1)) : nullptr;
        if ((criterion && criterion->max_level == 2) || !reported.insert(name).second) continue;
        const std::string message =
            criterion ? "rater weights are for levels 0-2, but \"" + name + "\" goes to " +
                            std::to_string(criterion->max_level)
                      : "no criterion \"" + name + "\" among the \"" + lexicon.locale +
                            "\" rubrics (a key is RUBRIC.CRITERION FEATURE)";
        sink.report(lexicon.source->finding(child_pointer("/weights", key), Severity::error, message,
                                            "rater-weight-unknown-criterion"));
    }
}

void check_declared_kind(const Script& script, const Models& models, DiagnosticSink& sink) {
    const LocaleModels* locale = models.find(script.locale);
    if (!script.declared_kind || !locale || locale->patient_kinds.empty()) return;
    const KindReading reading = classify_script(script, locale->patient_kinds);
    if (reading.kind == *script.declared_kind || reading.confidence < kind_mismatch_confidence) return;
    std::string because;
    for (const KindEvidence& evidence : reading.evidence) {
        if (evidence.kind != reading.kind) continue;
        if (!because.empty()) because += ", ";
        because += "\"" + evidence.text + "\" (" + script.steps[evidence.line].id + ")";
    }
    char confidence[8];
    std::snprintf(confidence, sizeof confidence, "%.2f", reading.confidence);
    sink.report(script.source->finding(
        "/kind", Severity::warning,
        "declared " + std::string(to_string(*script.declared_kind)) +
            " kind, but the patient's lines read as " + std::string(to_string(reading.kind)) +
            " kind (confidence " + confidence + "): " + because,
        "kind-mismatch"));
}

// The JSON a document was read from, when it was read as one of the formats.
const JsonSource* source_of(const Document& document) {
    if (document.script) return document.script->source.get();
    if (document.rubric) return document.rubric->source.get();
    if (document.lexicon) return document.lexicon->source.get();
    return nullptr;
}

// Applies each file's "x-lint-disable". An entry that drops nothing is reported rather
// than ignored: it is usually left over from a problem since fixed, and would silently
// hide the next problem of that rule.
std::vector<Diagnostic> apply_lint_disable(const std::vector<Document>& documents,
                                           std::vector<Diagnostic> findings) {
    constexpr std::string_view field = "x-lint-disable";
    const std::string list_pointer = child_pointer("", field);
    std::vector<Diagnostic> added;
    for (const Document& document : documents) {
        const JsonSource* source = source_of(document);
        const Json* list = source ? member(source->root(), field) : nullptr;
        if (!list) continue;
        if (!list->is_array()) {
            added.push_back(source->finding(list_pointer, Severity::error,
                                            "\"x-lint-disable\" must be an array of rule ids",
                                            "field-type"));
            continue;
        }
        std::map<std::string, std::size_t> first_entry;  // rule id -> its first index
        for (std::size_t index = 0; index < list->size(); ++index) {
            const Json& entry = (*list)[index];
            const std::string pointer = child_pointer(list_pointer, index);
            if (!entry.is_string()) {
                added.push_back(source->finding(pointer, Severity::error,
                                                "\"x-lint-disable\" entries must be rule ids (text)",
                                                "field-type"));
                continue;
            }
            const std::string& rule = entry.get_ref<const std::string&>();
            if (!first_entry.emplace(rule, index).second) {
                const Location first = source->locate(child_pointer(list_pointer, first_entry.at(rule)));
                added.push_back(source->finding(
                    pointer, Severity::warning,
                    "\"" + rule + "\" is listed twice in x-lint-disable (first at line " +
                        std::to_string(first.line) + ":" + std::to_string(first.column) + ")",
                    "lint-disable-unused"));
            }
        }
        std::set<std::string> used;
        std::erase_if(findings, [&](const Diagnostic& finding) {
            if (finding.location.path != document.path || !first_entry.count(finding.rule)) {
                return false;
            }
            used.insert(finding.rule);
            return true;
        });
        for (const auto& [rule, index] : first_entry) {
            if (used.count(rule)) continue;
            added.push_back(source->finding(child_pointer(list_pointer, index), Severity::warning,
                                            "\"" + rule + "\" suppresses nothing: this file has no " +
                                                rule + " finding (remove it from x-lint-disable)",
                                            "lint-disable-unused"));
        }
    }
    findings.insert(findings.end(), std::make_move_iterator(added.begin()),
                    std::make_move_iterator(added.end()));
    return findings;
}

}  // namespace

LintSummary lint_paths(const std::vector<std::filesystem::path>& paths,
                       const RubricCatalog& bundled, DiagnosticSink& sink, const Models* models) {
    DiagnosticList found;
    LintSummary summary;
    std::vector<Document> documents;
    std::set<std::filesystem::path> seen;  // a file named twice (or inside a named folder) once
    for (const auto& path : paths) {
        for (const auto& file : json_files_under(path, found)) {
            std::error_code ec;
            auto canonical = std::filesystem::weakly_canonical(file, ec);
            if (ec) canonical = file;
            if (!seen.insert(canonical).second) continue;
            documents.push_back(load_document(file, found));
            summary.file_paths.push_back(documents.back().path);
            ++summary.files;
        }
    }
    // Missing files and folders that cannot be listed, not only files that cannot be read.
    summary.unreadable = static_cast<std::size_t>(
        std::count_if(found.items().begin(), found.items().end(),
                      [](const Diagnostic& d) { return d.rule == "file-unreadable"; }));

    RubricCatalog catalog = bundled;
    for (const Document& document : documents) {
        if (document.rubric) catalog.add(*document.rubric);
    }
    for (const Document& document : documents) {
        if (document.rubric) check_caps(*document.rubric, catalog, found);
        if (document.rubric && models) check_cue_groups(*document.rubric, *models, found);
        if (document.lexicon) check_rater_weights(*document.lexicon, catalog, found);
    }
    for (const Document& document : documents) {
        if (!document.script) continue;
        check_script(*document.script, catalog, found);
        if (models) check_declared_kind(*document.script, *models, found);
    }
    check_duplicate_ids(documents, found);

    // Files in the order given, then by place within the file.
    std::map<std::string, std::size_t> order;
    for (const Document& document : documents) order.emplace(document.path, order.size());
    std::vector<Diagnostic> sorted = apply_lint_disable(documents, found.items());
    std::stable_sort(sorted.begin(), sorted.end(), [&](const Diagnostic& a, const Diagnostic& b) {
        const auto rank = [&](const Diagnostic& d) {
            const auto it = order.find(d.location.path);
            return std::make_tuple(it == order.end() ? 0 : it->second + 1, d.location.line,
                                   d.location.column);
        };
        return rank(a) < rank(b);
    });
    for (Diagnostic& diagnostic : sorted) sink.report(std::move(diagnostic));
    return summary;
}

}  // namespace encounter
