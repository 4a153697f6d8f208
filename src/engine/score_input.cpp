// Parsing and checking one JSON Lines record of score input.
#include <encounter/cue.hpp>
#include <encounter/json_source.hpp>
#include <encounter/schema.hpp>
#include <encounter/score_input.hpp>
#include <encounter/utf8.hpp>

namespace encounter {
namespace {

bool read_string(const Json& object, const char* name, bool required, std::string& target, std::string& error) {
    const Json* value = member(object, name);
    if (!value) {
        if (required) error = std::string("missing \"") + name + "\"";
        target.clear();
        return !required;
    }
    if (!value->is_string()) {
        error = std::string("\"") + name + "\" must be a string";
        return false;
    }
    target = value->get_ref<const std::string&>();
    return true;
}

bool read_needs_from(const Json& array, std::vector<AnticipatedNeed>& needs, std::string& error) {
    needs.clear();
    if (!array.is_array()) {
        error = "\"anticipate\" must be an array of {id, need, cues}";
        return false;
    }
    for (const Json& entry : array) {
        AnticipatedNeed need;
        const Json* cues = member(entry, "cues");
        if (!entry.is_object() || !member(entry, "id") || !entry["id"].is_string() || !cues || !cues->is_array()) {
            error = "each \"anticipate\" entry needs a string \"id\" and an array of \"cues\"";
            return false;
        }
        need.id = entry["id"].get<std::string>();
        need.need = string_member(entry, "need");
        for (const Json& cue : *cues) {
            if (!cue.is_string()) {
                error = "need \"" + need.id + "\": a cue must be a string";
                return false;
            }
            const std::string& pattern = cue.get_ref<const std::string&>();
            if (const auto bad = check_cue_syntax(pattern); bad || pattern.empty()) {
                error = "need \"" + need.id + "\": cue \"" + pattern +
                        "\" is not a valid RE2 pattern" + (bad ? ": " + bad->message : "");
                return false;
            }
            need.cues.push_back(pattern);
        }
        needs.push_back(std::move(need));
    }
    return true;
}

}  // namespace

bool parse_score_line(std::string_view line, ScoreItem& item, std::string& error) {
    error.clear();
    if (line.size() > max_score_line_bytes) {
        error = "line is longer than the " + std::to_string(max_score_line_bytes >> 20) + " MiB limit";
        return false;
    }
    if (const auto bad = find_invalid_utf8(line)) {
        error = bad->message + " at byte " + std::to_string(bad->offset + 1);
        return false;
    }
    JsonLine parsed = parse_json_line(line);
    if (!parsed.ok()) {
        error = std::move(parsed.error);
        return false;
    }
    const Json& record = parsed.value;
    if (!record.is_object()) {
        error = "expected a JSON object {\"id\", \"context\", \"response\"}";
        return false;
    }
    if (const Json* id = member(record, "id"); id && id->is_number()) {
        item.id = id->dump();
    } else if (!read_string(record, "id", true, item.id, error)) {
        return false;
    }
    if (!read_string(record, "context", false, item.context, error) ||
        !read_string(record, "response", true, item.response, error)) {
        return false;
    }
    item.kind.reset();
    if (const Json* kind = member(record, "kind"); kind && !kind->is_null()) {
        item.kind = kind->is_string() ? parse_kind(kind->get<std::string>()) : std::nullopt;
        if (!item.kind) {
            error = "\"kind\" must be \"first\", \"second\" or \"third\"";
            return false;
        }
    }
    if (!read_string(record, "locale", false, item.locale, error)) return false;
    if (item.locale.empty()) item.locale = "en";
    item.needs.clear();
    if (const Json* needs = member(record, "anticipate"); needs && !read_needs_from(*needs, item.needs, error)) {
        return false;
    }
    return true;
}

}  // namespace encounter
