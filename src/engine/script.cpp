// Reading `encounter-script/1` documents into Script values.
#include <encounter/schema.hpp>
#include <encounter/script.hpp>

namespace encounter {
namespace {

std::optional<PatientProfile> read_patient(const JsonSource& source, DiagnosticSink& sink) {
    const Json* patient = member(source.root(), "patient");
    if (!patient || !patient->is_object()) return std::nullopt;  // a wrong type is reported once, above
    if (!check_fields(source, "/patient",
                      {{"name", JsonType::string},
                       {"age", JsonType::number},
                       {"background", JsonType::string},
                       {"mood", JsonType::string}},
                      "patient", sink)) {
        return std::nullopt;
    }
    PatientProfile profile;
    profile.name = string_member(*patient, "name");
    profile.background = string_member(*patient, "background");
    profile.mood = string_member(*patient, "mood");
    if (const Json* age = member(*patient, "age"); age && age->is_number()) {
        profile.age = age->get<double>();
        if (*profile.age < 0 || *profile.age > 150) {
            sink.report(source.finding("/patient/age", Severity::error,
                                       "age must be between 0 and 150", "field-value"));
        }
    }
    return profile;
}

Transition read_transition(const JsonSource& source, const std::string& pointer,
                           DiagnosticSink& sink) {
    Transition transition;
    transition.pointer = pointer;
    const Json& entry = source.root().at(Json::json_pointer(pointer));
    transition.target = string_member(entry, "goto");
    transition.when_text = string_member(entry, "when");
    if (member(entry, "when") && entry["when"].is_string()) {
        auto parsed = parse_condition(transition.when_text);
        if (auto* error = std::get_if<ConditionError>(&parsed)) {
            const std::string when_pointer = child_pointer(pointer, "when");
            sink.report(Diagnostic{source.locate_in_string(when_pointer, error->offset),
                                   Severity::error,
                                   "cannot read condition \"" + transition.when_text +
                                       "\": " + error->message,
                                   "when-syntax"});
        } else {
            transition.when = std::get<Condition>(std::move(parsed));
        }
    }
    return transition;
}

Step read_step(const JsonSource& source, const std::string& pointer, DiagnosticSink& sink) {
    Step step;
    step.pointer = pointer;
    const Json& entry = source.root().at(Json::json_pointer(pointer));
    step.id = string_member(entry, "id");
    step.patient = string_member(entry, "patient");
    step.model = string_member(entry, "model");
    check_id(source, child_pointer(pointer, "id"), sink);
    if (step.id == end_step) {
        sink.report(source.finding(child_pointer(pointer, "id"), Severity::error,
                                   "\"end\" is reserved for \"goto\": it ends the encounter",
                                   "id-format"));
    }
    // Blank is empty too: a line of spaces shows the clinician nothing to answer.
    const bool blank = step.patient.find_first_not_of(" \t\r\n") == std::string::npos;
    if (member(entry, "patient") && entry["patient"].is_string() && blank) {
        sink.report(source.finding(child_pointer(pointer, "patient"), Severity::error,
                                   "the patient line is empty", "field-value"));
    }
    if (const Json* anticipate = member(entry, "anticipate"); anticipate && anticipate->is_array()) {
        step.anticipate = read_needs(source, child_pointer(pointer, "anticipate"), sink);
    }
    if (const Json* next = member(entry, "next"); next && next->is_array()) {
        if (next->empty()) {
            sink.report(source.finding(child_pointer(pointer, "next"), Severity::error,
                                       "\"next\" is empty; leave it out to go on to the following "
                                       "step, or write {\"goto\": \"end\"}",
                                       "next-empty"));
        }
        for (std::size_t i = 0; i < next->size(); ++i) {
            const std::string entry_pointer = child_pointer(child_pointer(pointer, "next"), i);
            if (!check_fields(source, entry_pointer,
                              {{"when", JsonType::string}, {"goto", JsonType::string, true}},
                              "\"next\" entry", sink)) {
                continue;
            }
            step.next.push_back(read_transition(source, entry_pointer, sink));
        }
    }
    return step;
}

}  // namespace

const Step* Script::find_step(std::string_view step_id) const {
    for (const Step& step : steps) {
        if (step.id == step_id) return &step;
    }
    return nullptr;
}

std::optional<Script> read_script(std::shared_ptr<const JsonSource> source, DiagnosticSink& sink) {
    if (!check_fields(*source, "",
                      {{"format", JsonType::string, true},
                       {"id", JsonType::string, true},
                       {"title", JsonType::string},
                       {"locale", JsonType::string},
                       {"kind", JsonType::string},
                       {"setting", JsonType::string},
                       {"patient", JsonType::object},
                       {"rubrics", JsonType::array},
                       {"steps", JsonType::array, true}},
                      "script", sink)) {
        return std::nullopt;
    }
    const Json& root = source->root();
    Script script;
    script.source = source;
    script.id = string_member(root, "id");
    script.title = string_member(root, "title");
    script.locale = string_member(root, "locale", "en");
    script.setting = string_member(root, "setting");
    check_id(*source, "/id", sink);

    if (member(root, "locale") && root["locale"].is_string() && !is_valid_locale(script.locale)) {
        sink.report(source->finding("/locale", Severity::error,
                                    "locale \"" + script.locale +
                                        "\" is not a BCP 47 tag such as \"en\", \"ko\" or \"ar-EG\"",
                                    "locale-format"));
    }
    script.declared_kind = read_kind(*source, root, "", "kind", sink);
    if (auto patient = read_patient(*source, sink)) script.patient = std::move(*patient);
    if (const Json* rubrics = member(root, "rubrics"); rubrics && rubrics->is_array()) {
        script.rubrics.emplace();
        for (std::size_t i = 0; i < rubrics->size(); ++i) {
            if (!(*rubrics)[i].is_string()) {
                sink.report(source->finding(child_pointer("/rubrics", i), Severity::error,
                                            "a rubric id must be a string", "field-type"));
                continue;
            }
            script.rubrics->push_back((*rubrics)[i].get<std::string>());
        }
    }
    if (const Json* steps = member(root, "steps"); steps && steps->is_array()) {
        if (steps->empty()) {
            sink.report(source->finding("/steps", Severity::error,
                                        "a script needs at least one step", "steps-empty"));
        }
        for (std::size_t i = 0; i < steps->size(); ++i) {
            const std::string pointer = child_pointer("/steps", i);
            if (!check_fields(*source, pointer,
                              {{"id", JsonType::string, true},
                               {"patient", JsonType::string, true},
                               {"anticipate", JsonType::array},
                               {"model", JsonType::string},
                               {"next", JsonType::array}},
                              "step", sink)) {
                continue;
            }
            script.steps.push_back(read_step(*source, pointer, sink));
        }
    }
    return script;
}

}  // namespace encounter
