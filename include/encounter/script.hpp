// Encounter scripts (`encounter-script/1`): who the patient is and what they say, step by step.
#pragma once

#include <encounter/condition.hpp>
#include <encounter/diagnostic.hpp>
#include <encounter/json_source.hpp>
#include <encounter/kind.hpp>
#include <encounter/need.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace encounter {

inline constexpr std::string_view script_format = "encounter-script/1";
inline constexpr std::string_view end_step = "end";  // the goto target that ends a rehearsal

struct Transition {
    std::optional<Condition> when;  // absent: always taken
    std::string when_text;
    std::string target;  // a step id or "end"
    std::string pointer;
};

struct Step {
    std::string id;
    std::string patient;
    std::string model;
    std::vector<AnticipatedNeed> anticipate;
    std::vector<Transition> next;  // empty: go on to the following step
    std::string pointer;
};

struct PatientProfile {
    std::string name;
    std::optional<double> age;
    std::string background;
    std::string mood;
};

struct Script {
    std::string id;
    std::string title;
    std::string locale = "en";
    std::optional<Kind> declared_kind;  // the author's claim; the classifier never reads it
    std::string setting;
    PatientProfile patient;
    std::optional<std::vector<std::string>> rubrics;  // absent: every rubric of the locale
    std::vector<Step> steps;
    std::shared_ptr<const JsonSource> source;  // for locating findings and hashing

    const Step* find_step(std::string_view step_id) const;
};

// Builds a script from a parsed document, reporting every shape problem on the way
// (missing or mistyped fields, bad ids, unparsable `when`). Returns nothing only when
// the document is not an object; otherwise as much of the script as could be read.
std::optional<Script> read_script(std::shared_ptr<const JsonSource> source, DiagnosticSink& sink);

}  // namespace encounter
