// Reading `encounter-rubric/1` documents into Rubric values, with their value checks.
#include <encounter/cue.hpp>
#include <encounter/rubric.hpp>
#include <encounter/schema.hpp>

#include <algorithm>
#include <charconv>

namespace encounter {
namespace {

std::optional<ScoringMethod> parse_method(std::string_view text) {
    if (text == "cues") return ScoringMethod::cues;
    if (text == "anticipate") return ScoringMethod::anticipate;
    if (text == "kind-fit") return ScoringMethod::kind_fit;
    return std::nullopt;
}

// An integer JSON value as a level. Levels live in 0..10; anything further out is kept just
// out of range (never narrowed into it), so that the range check reports it, quoting the
// number as written.
int level_value(const Json& value) {
    const long long wide = value.is_number_unsigned()
                               ? static_cast<long long>(std::min<unsigned long long>(
                                     value.get<unsigned long long>(), 1001ULL))
                               : value.get<long long>();
    return static_cast<int>(std::clamp(wide, -1LL, 1001LL));
}

int int_member(const Json& object, std::string_view name, int fallback) {
    const Json* value = member(object, name);
    if (!value || !value->is_number_integer()) return fallback;
    return level_value(*value);
}

void check_level(const JsonSource& source, const std::string& pointer, int level, int max_level,
                 std::string_view what, std::string rule, DiagnosticSink& sink) {
    if (level < 0 || level > max_level) {
        const std::string written = source.root().at(Json::json_pointer(pointer)).dump();
        sink.report(source.finding(pointer, Severity::error,
                                   std::string(what) + " " + written +
                                       " is outside the criterion's levels 0.." +
                                       std::to_string(max_level),
                                   std::move(rule)));
    }
}

// A rule or penalty whose cue list is empty can never apply: say so rather than let a
// trainer wonder why it never fires.
void check_has_cues(const JsonSource& source, const std::string& pointer, const Json& entry, std::string_view what,
                    DiagnosticSink& sink) {
    const Json* cues = member(entry, "cues");
    if (!cues || !cues->is_array() || !cues->empty()) return;
    sink.report(source.finding(child_pointer(pointer, "cues"), Severity::error,
                               std::string(what) + " \"" + string_member(entry, "id") +
                                   "\" has no cues, so it can never apply",
                               "rule-no-cues"));
}

// "LEXICON/GROUP" names, each two ids; whether the group exists is lint's to check, with
// the lexicons at hand (cue-group-unknown).
std::vector<std::string> read_cue_groups(const JsonSource& source, const std::string& pointer, DiagnosticSink& sink) {
    std::vector<std::string> groups;
    const Json& array = source.root().at(Json::json_pointer(pointer));
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::string name = array[i].is_string() ? array[i].get<std::string>() : std::string();
        const auto slash = name.find('/');
        const bool valid = slash != std::string::npos && is_valid_id(name.substr(0, slash)) &&
                           is_valid_id(name.substr(slash + 1));
        if (!valid) {
            sink.report(source.finding(child_pointer(pointer, i), Severity::error,
                                       "a cue group is written LEXICON/GROUP, e.g. \"response-kinds/decides-for-them\"",
                                       "field-value"));
        }
        groups.push_back(valid ? name : std::string());  // keeps each entry at its index, for lint
    }
    return groups;
}

std::vector<CueRule> read_rules(const JsonSource& source, const std::string& pointer,
                                int max_level, DiagnosticSink& sink) {
    std::vector<CueRule> rules;
    const Json& array = source.root().at(Json::json_pointer(pointer));
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::string rule_pointer = child_pointer(pointer, i);
        if (!check_fields(source, rule_pointer,
                          {{"id", JsonType::string, true},
                           {"level", JsonType::integer, true},
                           {"cues", JsonType::array, true},
                           {"unless", JsonType::array},
                           {"question", JsonType::boolean},
                           {"specific_level", JsonType::integer},
                           {"adds", JsonType::boolean},
                           {"note", JsonType::string}},
                          "rule", sink)) {
            continue;
        }
        CueRule rule;
        rule.pointer = rule_pointer;
        rule.id = string_member(array[i], "id");
        rule.level = int_member(array[i], "level", 1);
        check_id(source, child_pointer(rule_pointer, "id"), sink);
        if (member(array[i], "level")) {
            check_level(source, child_pointer(rule_pointer, "level"), rule.level, max_level,
                        "rule level", "rule-level-range", sink);
        }
        if (member(array[i], "cues") && array[i]["cues"].is_array()) {
            rule.cues = read_cues(source, child_pointer(rule_pointer, "cues"), sink);
        }
        check_has_cues(source, rule_pointer, array[i], "rule", sink);
        if (member(array[i], "unless") && array[i]["unless"].is_array()) {
            rule.unless = read_cues(source, child_pointer(rule_pointer, "unless"), sink);
        }
        rule.question = member(array[i], "question") && array[i]["question"].is_boolean() &&
                        array[i]["question"].get<bool>();
        rule.adds = !(member(array[i], "adds") && array[i]["adds"].is_boolean()) || array[i]["adds"].get<bool>();
        if (member(array[i], "specific_level")) {
            rule.specific_level = int_member(array[i], "specific_level", -1);
            check_level(source, child_pointer(rule_pointer, "specific_level"), rule.specific_level,
                        max_level, "rule specific_level", "rule-level-range", sink);
        }
        rules.push_back(std::move(rule));
    }
    return rules;
}

// A penalty's `cap_by_kind`: {"first": 1}, a kind of encounter to the cap there.
std::map<Kind, int> read_cap_by_kind(const JsonSource& source, const std::string& pointer, int max_level,
                                     DiagnosticSink& sink) {
    std::map<Kind, int> caps;
    const Json& object = source.root().at(Json::json_pointer(pointer));
    for (const auto& [key, value] : object.items()) {
        const std::string entry_pointer = child_pointer(pointer, key);
        const std::optional<Kind> kind = parse_kind(key);
        if (!kind) {
            sink.report(Diagnostic{source.locate_key(entry_pointer), Severity::error,
                                   "cap_by_kind key \"" + key + "\" must be a kind: first, second or third",
                                   "field-value"});
            continue;
        }
        if (!value.is_number_integer()) {
            sink.report(source.finding(entry_pointer, Severity::error, "a cap must be a whole number",
                                       "field-type"));
            continue;
        }
        caps[*kind] = level_value(value);
        check_level(source, entry_pointer, caps[*kind], max_level, "penalty cap", "rule-level-range", sink);
    }
    return caps;
}

std::vector<Penalty> read_penalties(const JsonSource& source, const std::string& pointer,
                                    int max_level, DiagnosticSink& sink) {
    std::vector<Penalty> penalties;
    const Json& array = source.root().at(Json::json_pointer(pointer));
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::string penalty_pointer = child_pointer(pointer, i);
        if (!check_fields(source, penalty_pointer,
                          {{"id", JsonType::string, true},
                           {"cap", JsonType::integer},
                           {"cap_by_kind", JsonType::object},
                           {"cues", JsonType::array},
                           {"cue_groups", JsonType::array},
                           {"unless", JsonType::array},
                           {"note", JsonType::string}},
                          "penalty", sink)) {
            continue;
        }
        if (!member(array[i], "cues") && !member(array[i], "cue_groups")) {
            sink.report(source.finding(penalty_pointer, Severity::error,
                                       "penalty is missing required field \"cues\" (or \"cue_groups\")",
                                       "field-missing"));
            continue;
        }
        Penalty penalty;
        penalty.pointer = penalty_pointer;
        penalty.id = string_member(array[i], "id");
        penalty.cap = int_member(array[i], "cap", 0);
        check_id(source, child_pointer(penalty_pointer, "id"), sink);
        if (member(array[i], "cap")) {
            check_level(source, child_pointer(penalty_pointer, "cap"), penalty.cap, max_level,
                        "penalty cap", "rule-level-range", sink);
        }
        if (member(array[i], "cap_by_kind")) {
            penalty.cap_by_kind =
                read_cap_by_kind(source, child_pointer(penalty_pointer, "cap_by_kind"), max_level, sink);
        }
        if (member(array[i], "cues") && array[i]["cues"].is_array()) {
            penalty.cues = read_cues(source, child_pointer(penalty_pointer, "cues"), sink);
        }
        if (member(array[i], "cue_groups") && array[i]["cue_groups"].is_array()) {
            penalty.cue_groups = read_cue_groups(source, child_pointer(penalty_pointer, "cue_groups"), sink);
        }
        if (penalty.cue_groups.empty()) check_has_cues(source, penalty_pointer, array[i], "penalty", sink);
        if (member(array[i], "unless") && array[i]["unless"].is_array()) {
            penalty.unless = read_cues(source, child_pointer(penalty_pointer, "unless"), sink);
        }
        penalties.push_back(std::move(penalty));
    }
    return penalties;
}

std::vector<CriterionCap> read_caps(const JsonSource& source, const std::string& pointer, int max_level,
                                   DiagnosticSink& sink) {
    std::vector<CriterionCap> caps;
    const Json& array = source.root().at(Json::json_pointer(pointer));
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::string cap_pointer = child_pointer(pointer, i);
        if (!check_fields(source, cap_pointer,
                          {{"criterion", JsonType::string, true},
                           {"at_most", JsonType::integer, true},
                           {"cap", JsonType::integer, true},
                           {"note", JsonType::string}},
                          "cap", sink)) {
            continue;
        }
        CriterionCap cap;
        cap.pointer = cap_pointer;
        const std::string named = string_member(array[i], "criterion");
        cap.at_most = int_member(array[i], "at_most", 0);
        cap.cap = int_member(array[i], "cap", 0);
        const std::size_t dot = named.find('.');
        if (dot != std::string::npos) {
            cap.rubric = named.substr(0, dot);
            cap.criterion = named.substr(dot + 1);
        }
        if (cap.rubric.empty() || cap.criterion.empty()) {
            sink.report(source.finding(child_pointer(cap_pointer, "criterion"), Severity::error,
                                       "name the criterion as RUBRIC.CRITERION, e.g. \"empathy.respect\"",
                                       "field-value"));
        }
        check_level(source, child_pointer(cap_pointer, "cap"), cap.cap, max_level, "cap",
                    "rule-level-range", sink);
        if (cap.at_most < 0) {
            sink.report(source.finding(child_pointer(cap_pointer, "at_most"), Severity::error,
                                       "at_most is a level: 0 or more", "rule-level-range"));
        }
        caps.push_back(std::move(cap));
    }
    return caps;
}

std::map<int, std::string> read_feedback(const JsonSource& source, const std::string& pointer,
                                         int max_level, DiagnosticSink& sink) {
    std::map<int, std::string> feedback;
    const Json& object = source.root().at(Json::json_pointer(pointer));
    for (const auto& [key, value] : object.items()) {
        const std::string entry_pointer = child_pointer(pointer, key);
        int level = -1;
        const auto [end, error] = std::from_chars(key.data(), key.data() + key.size(), level);
        if (error != std::errc() || end != key.data() + key.size() || level < 1 ||
            level > max_level) {
            sink.report(Diagnostic{source.locate_key(entry_pointer), Severity::error,
                                   "feedback key \"" + key + "\" must be a level from 1 to " +
                                       std::to_string(max_level) +
                                       " (the text shown when a response falls short of it)",
                                   "field-value"});
            continue;
        }
        if (!value.is_string()) {
            sink.report(source.finding(entry_pointer, Severity::error,
                                       "feedback must be a string", "field-type"));
            continue;
        }
        feedback[level] = value.get<std::string>();
    }
    return feedback;
}

std::vector<RubricExample> read_examples(const JsonSource& source, const std::string& pointer,
                                         int max_level, DiagnosticSink& sink) {
    std::vector<RubricExample> examples;
    const Json& array = source.root().at(Json::json_pointer(pointer));
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::string example_pointer = child_pointer(pointer, i);
        if (!check_fields(source, example_pointer,
                          {{"context", JsonType::string},
                           {"response", JsonType::string, true},
                           {"level", JsonType::integer, true},
                           {"kind", JsonType::string},
                           {"anticipate", JsonType::array},
                           {"note", JsonType::string}},
                          "example", sink)) {
            continue;
        }
        const Json& entry = array[i];
        RubricExample example;
        example.pointer = example_pointer;
        example.context = string_member(entry, "context");
        example.response = string_member(entry, "response");
        example.level = int_member(entry, "level", 0);
        if (member(entry, "level")) {
            check_level(source, child_pointer(example_pointer, "level"), example.level, max_level,
                        "example level", "example-level-range", sink);
        }
        example.kind = read_kind(source, entry, example_pointer, "kind", sink);
        if (const Json* needs = member(entry, "anticipate"); needs && needs->is_array()) {
            example.anticipate = read_needs(source, child_pointer(example_pointer, "anticipate"), sink);
        }
        examples.push_back(std::move(example));
    }
    return examples;
}

std::optional<Criterion> read_criterion(const JsonSource& source, const std::string& pointer,
                                        DiagnosticSink& sink) {
    if (!check_fields(source, pointer,
                      {{"id", JsonType::string, true},
                       {"title", JsonType::string, true},
                       {"description", JsonType::string},
                       {"weight", JsonType::number, true},
                       {"max_level", JsonType::integer},
                       {"method", JsonType::string},
                       {"baseline", JsonType::integer},
                       {"echo_level", JsonType::integer},
                       {"echo_words", JsonType::integer},
                       {"combine", JsonType::string},
                       {"rules", JsonType::array},
                       {"penalties", JsonType::array},
                       {"capped_by", JsonType::array},
                       {"feedback", JsonType::object},
                       {"examples", JsonType::array}},
                      "criterion", sink)) {
        return std::nullopt;
    }
    const Json& entry = source.root().at(Json::json_pointer(pointer));
    Criterion criterion;
    criterion.pointer = pointer;
    criterion.id = string_member(entry, "id");
    criterion.title = string_member(entry, "title");
    criterion.description = string_member(entry, "description");
    criterion.weight = number_member(entry, "weight", 1);
    criterion.max_level = int_member(entry, "max_level", 2);
    check_id(source, child_pointer(pointer, "id"), sink);
    if (member(entry, "weight") && entry["weight"].is_number() && !(criterion.weight > 0)) {
        sink.report(source.finding(child_pointer(pointer, "weight"), Severity::error,
                                   "weight must be greater than 0", "rubric-weight"));
    }
    if (member(entry, "max_level") && entry["max_level"].is_number_integer() &&
        (criterion.max_level < 1 || criterion.max_level > 10)) {
        sink.report(source.finding(child_pointer(pointer, "max_level"), Severity::error,
                                   "max_level must be from 1 to 10", "rubric-max-level"));
        criterion.max_level = std::max(1, std::min(criterion.max_level, 10));
    }
    if (const Json* method = member(entry, "method"); method && method->is_string()) {
        if (auto parsed = parse_method(method->get<std::string>())) {
            criterion.method = *parsed;
        } else {
            sink.report(source.finding(child_pointer(pointer, "method"), Severity::error,
                                       "method must be \"cues\", \"anticipate\" or \"kind-fit\"",
                                       "field-value"));
        }
    }
    criterion.baseline = int_member(entry, "baseline", 0);
    if (member(entry, "echo_level")) {
        criterion.echo_level = int_member(entry, "echo_level", -1);
        check_level(source, child_pointer(pointer, "echo_level"), criterion.echo_level,
                    criterion.max_level, "echo_level", "rule-level-range", sink);
    }
    criterion.echo_words = std::max(1, int_member(entry, "echo_words", 2));
    if (member(entry, "baseline")) {
        check_level(source, child_pointer(pointer, "baseline"), criterion.baseline, criterion.max_level,
                    "baseline", "rule-level-range", sink);
    }
    if (const Json* combine = member(entry, "combine"); combine && combine->is_string()) {
        const std::string how = combine->get<std::string>();
        if (how == "sum") criterion.combine = Combine::sum;
        if (how == "clauses") criterion.combine = Combine::clauses;
        if (how != "sum" && how != "max" && how != "clauses") {
            sink.report(source.finding(child_pointer(pointer, "combine"), Severity::error,
                                       "combine must be \"max\" (the best rule decides), \"sum\" "
                                       "(distinct rules add up) or \"clauses\" (each clause's best adds up)",
                                       "field-value"));
        }
    }
    const auto present = [&](std::string_view name, JsonType type) {
        const Json* value = member(entry, name);
        return value && has_type(*value, type);
    };
    if (present("rules", JsonType::array)) {
        criterion.rules = read_rules(source, child_pointer(pointer, "rules"), criterion.max_level, sink);
    }
    if (present("penalties", JsonType::array)) {
        criterion.penalties =
            read_penalties(source, child_pointer(pointer, "penalties"), criterion.max_level, sink);
    }
    if (present("capped_by", JsonType::array)) {
        criterion.capped_by = read_caps(source, child_pointer(pointer, "capped_by"), criterion.max_level, sink);
    }
    if (present("feedback", JsonType::object)) {
        criterion.feedback =
            read_feedback(source, child_pointer(pointer, "feedback"), criterion.max_level, sink);
    }
    if (present("examples", JsonType::array)) {
        criterion.examples =
            read_examples(source, child_pointer(pointer, "examples"), criterion.max_level, sink);
    }
    return criterion;
}

}  // namespace

const Criterion* Rubric::find_criterion(std::string_view criterion_id) const {
    for (const Criterion& criterion : criteria) {
        if (criterion.id == criterion_id) return &criterion;
    }
    return nullptr;
}

std::optional<Rubric> read_rubric(std::shared_ptr<const JsonSource> source, DiagnosticSink& sink) {
    if (!check_fields(*source, "",
                      {{"format", JsonType::string, true},
                       {"id", JsonType::string, true},
                       {"title", JsonType::string},
                       {"description", JsonType::string},
                       {"locale", JsonType::string},
                       {"order", JsonType::integer},
                       {"criteria", JsonType::array, true}},
                      "rubric", sink)) {
        return std::nullopt;
    }
    const Json& root = source->root();
    Rubric rubric;
    rubric.source = source;
    rubric.id = string_member(root, "id");
    rubric.title = string_member(root, "title");
    rubric.locale = string_member(root, "locale", "en");
    rubric.order = int_member(root, "order", 100);
    check_id(*source, "/id", sink);
    if (member(root, "locale") && root["locale"].is_string() && !is_valid_locale(rubric.locale)) {
        sink.report(source->finding("/locale", Severity::error,
                                    "locale \"" + rubric.locale +
                                        "\" is not a BCP 47 tag such as \"en\", \"ko\" or \"ar-EG\"",
                                    "locale-format"));
    }
    const Json* criteria = member(root, "criteria");
    if (!criteria || !criteria->is_array()) return rubric;
    if (criteria->empty()) {
        sink.report(source->finding("/criteria", Severity::error,
                                    "a rubric needs at least one criterion", "criteria-empty"));
    }
    for (std::size_t i = 0; i < criteria->size(); ++i) {
        const std::string pointer = child_pointer("/criteria", i);
        auto criterion = read_criterion(*source, pointer, sink);
        if (!criterion) continue;
        if (const Criterion* first = rubric.find_criterion(criterion->id);
            first && !criterion->id.empty()) {
            const Location earlier = source->locate(child_pointer(first->pointer, "id"));
            sink.report(source->finding(child_pointer(pointer, "id"), Severity::error,
                                        "duplicate criterion id \"" + criterion->id +
                                            "\" (first at line " + std::to_string(earlier.line) +
                                            ")",
                                        "criterion-duplicate-id"));
            continue;
        }
        rubric.criteria.push_back(std::move(*criterion));
    }
    return rubric;
}

void RubricCatalog::add(Rubric rubric) {
    for (Rubric& existing : m_rubrics) {
        if (existing.locale == rubric.locale && existing.id == rubric.id) {
            existing = std::move(rubric);
            return;
        }
    }
    m_rubrics.push_back(std::move(rubric));
}

const Rubric* RubricCatalog::find(std::string_view locale, std::string_view id) const {
    for (const Rubric& rubric : m_rubrics) {
        if (rubric.locale == locale && rubric.id == id) return &rubric;
    }
    return nullptr;
}

std::vector<const Rubric*> RubricCatalog::for_locale(std::string_view locale) const {
    std::vector<const Rubric*> found;
    for (const Rubric& rubric : m_rubrics) {
        if (rubric.locale == locale) found.push_back(&rubric);
    }
    std::stable_sort(found.begin(), found.end(), [](const Rubric* a, const Rubric* b) {
        return a->order != b->order ? a->order < b->order : a->id < b->id;
    });
    return found;
}

}  // namespace encounter
