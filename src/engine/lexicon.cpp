// Reading `encounter-lexicon/1` documents.
#include <encounter/cue.hpp>
#include <encounter/lexicon.hpp>
#include <encounter/schema.hpp>

#include <algorithm>

namespace encounter {

const LexiconGroup* find_group(const std::vector<LexiconGroup>& groups, std::string_view group_id) {
    for (const LexiconGroup& group : groups) {
        if (group.id == group_id) return &group;
    }
    return nullptr;
}

const LexiconGroup* Lexicon::find_group(std::string_view group_id) const {
    return encounter::find_group(groups, group_id);
}

double Lexicon::setting(const std::string& name, double fallback) const {
    const auto found = settings.find(name);
    return found == settings.end() ? fallback : found->second;
}

std::optional<Lexicon> read_lexicon(std::shared_ptr<const JsonSource> source, DiagnosticSink& sink) {
    if (!check_fields(*source, "",
                      {{"format", JsonType::string, true},
                       {"id", JsonType::string, true},
                       {"locale", JsonType::string},
                       {"description", JsonType::string},
                       {"groups", JsonType::array},
                       {"words", JsonType::object},
                       {"weights", JsonType::object},
                       {"settings", JsonType::object}},
                      "lexicon", sink)) {
        return std::nullopt;
    }
    const Json& root = source->root();
    Lexicon lexicon;
    lexicon.source = source;
    lexicon.id = string_member(root, "id");
    lexicon.locale = string_member(root, "locale", "en");
    check_id(*source, "/id", sink);
    if (member(root, "locale") && root["locale"].is_string() && !is_valid_locale(lexicon.locale)) {
        sink.report(source->finding("/locale", Severity::error,
                                    "locale \"" + lexicon.locale + "\" is not a BCP 47 tag",
                                    "locale-format"));
    }
    if (const Json* groups = member(root, "groups"); groups && groups->is_array()) {
        for (std::size_t i = 0; i < groups->size(); ++i) {
            const std::string pointer = child_pointer("/groups", i);
            if (!check_fields(*source, pointer,
                              {{"id", JsonType::string, true},
                               {"kind", JsonType::string},
                               {"weight", JsonType::number},
                               {"negated_kind", JsonType::string},
                               {"also_meets", JsonType::array},
                               {"partly_meets", JsonType::array},
                               {"turns_away", JsonType::array},
                               {"note", JsonType::string},
                               {"cues", JsonType::array, true}},
                              "lexicon group", sink)) {
                continue;
            }
            const Json& entry = (*groups)[i];
            LexiconGroup group;
            group.pointer = pointer;
            group.id = string_member(entry, "id");
            check_id(*source, child_pointer(pointer, "id"), sink);
            group.kind = read_kind(*source, entry, pointer, "kind", sink);
            group.negated_kind = read_kind(*source, entry, pointer, "negated_kind", sink);
            group.also_meets = read_kinds(*source, entry, pointer, "also_meets", sink);
            group.partly_meets = read_kinds(*source, entry, pointer, "partly_meets", sink);
            group.turns_away = read_kinds(*source, entry, pointer, "turns_away", sink);
            group.weight = number_member(entry, "weight", 1);
            if (member(entry, "cues") && entry["cues"].is_array()) {
                group.cues = read_cues(*source, child_pointer(pointer, "cues"), sink);
            }
            if (lexicon.find_group(group.id)) {
                sink.report(source->finding(child_pointer(pointer, "id"), Severity::error,
                                            "duplicate group id \"" + group.id + "\"",
                                            "group-duplicate-id"));
                continue;
            }
            lexicon.groups.push_back(std::move(group));
        }
    }
    if (const Json* words = member(root, "words"); words && words->is_object()) {
        for (const auto& [name, list] : words->items()) {
            const std::string pointer = child_pointer("/words", name);
            if (!list.is_array()) {
                sink.report(source->finding(pointer, Severity::error, "a word list must be an array",
                                            "field-type"));
                continue;
            }
            auto& target = lexicon.words[name];
            for (std::size_t i = 0; i < list.size(); ++i) {
                if (list[i].is_string()) {
                    target.push_back(list[i].get<std::string>());
                } else {
                    sink.report(source->finding(child_pointer(pointer, i), Severity::error,
                                                "a word must be a string", "field-type"));
                }
            }
        }
    }
    if (const Json* weights = member(root, "weights"); weights && weights->is_object()) {
        for (const auto& [feature, value] : weights->items()) {
            const bool three_numbers = value.is_array() && value.size() == 3 &&
                                       std::all_of(value.begin(), value.end(), [](const Json& v) { return v.is_number(); });
            if (!three_numbers) {
                sink.report(source->finding(child_pointer("/weights", feature), Severity::error,
                                            "a weight is three numbers: toward first, second and third kind",
                                            "field-type"));
                continue;
            }
            lexicon.weights[feature] = {value[0].get<double>(), value[1].get<double>(), value[2].get<double>()};
        }
    }
    if (const Json* settings = member(root, "settings"); settings && settings->is_object()) {
        for (const auto& [name, value] : settings->items()) {
            if (value.is_number()) {
                lexicon.settings[name] = value.get<double>();
            } else {
                sink.report(source->finding(child_pointer("/settings", name), Severity::error,
                                            "a setting must be a number", "field-type"));
            }
        }
    }
    return lexicon;
}

}  // namespace encounter
