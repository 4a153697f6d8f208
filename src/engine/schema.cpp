// Field-level checks shared by scripts, rubrics and lexicons.
#include <encounter/schema.hpp>

#include <algorithm>
#include <cmath>

#include <re2/re2.h>

namespace encounter {

std::string_view to_string(JsonType type) {
    switch (type) {
        case JsonType::string: return "a string";
        case JsonType::integer: return "a whole number";
        case JsonType::number: return "a number";
        case JsonType::boolean: return "true or false";
        case JsonType::array: return "an array";
        case JsonType::object: return "an object";
    }
    return "a value";
}

namespace {

std::string_view describe(const Json& value) {
    switch (value.type()) {
        case Json::value_t::null: return "null";
        case Json::value_t::boolean: return "a boolean";
        case Json::value_t::string: return "a string";
        case Json::value_t::array: return "an array";
        case Json::value_t::object: return "an object";
        case Json::value_t::number_float:
            // A whole number past 64 bits (18446744073709551616) is read as a double.
            return std::abs(value.get<double>()) >= 9.2e18 ? "a number out of range" : "a fractional number";
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned: return "a whole number";
        default: return "another kind of value";
    }
}

// One wording for a kind that is not one, wherever it is written.
void report_bad_kind(const JsonSource& source, const std::string& pointer, const Json& value, DiagnosticSink& sink) {
    const std::string shown = value.is_string() ? "\"" + value.get<std::string>() + "\""
                                                : value.dump(-1, ' ', false, Json::error_handler_t::replace);
    sink.report(source.finding(pointer, Severity::error,
                               "kind must be \"first\", \"second\" or \"third\", not " + shown, "field-value"));
}

}  // namespace

bool has_type(const Json& value, JsonType type) {
    switch (type) {
        case JsonType::string: return value.is_string();
        case JsonType::integer: return value.is_number_integer();
        case JsonType::number: return value.is_number();
        case JsonType::boolean: return value.is_boolean();
        case JsonType::array: return value.is_array();
        case JsonType::object: return value.is_object();
    }
    return false;
}

bool check_fields(const JsonSource& source, std::string_view pointer,
                  std::initializer_list<FieldRule> fields, std::string_view what,
                  DiagnosticSink& sink) {
    const Json& object = source.root().at(Json::json_pointer(std::string(pointer)));
    if (!object.is_object()) {
        sink.report(source.finding(pointer, Severity::error,
                                   std::string(what) + " must be an object, not " +
                                       std::string(describe(object)),
                                   "field-type"));
        return false;
    }
    for (const FieldRule& field : fields) {
        const Json* value = member(object, field.name);
        if (!value) {
            if (field.required) {
                sink.report(source.finding(pointer, Severity::error,
                                           std::string(what) + " is missing required field \"" +
                                               std::string(field.name) + "\"",
                                           "field-missing"));
            }
            continue;
        }
        if (!has_type(*value, field.type)) {
            sink.report(source.finding(child_pointer(pointer, field.name), Severity::error,
                                       "\"" + std::string(field.name) + "\" must be " +
                                           std::string(to_string(field.type)) + ", not " +
                                           std::string(describe(*value)),
                                       "field-type"));
        }
    }
    for (const auto& [key, value] : object.items()) {
        const std::string& name = key;  // clang before 16 cannot capture a structured binding
        const bool known = std::any_of(fields.begin(), fields.end(),
                                       [&](const FieldRule& field) { return field.name == name; });
        if (!known && !name.starts_with("x-")) {
            std::string message = "unknown field \"" + name + "\" in " + std::string(what) +
                                  " (custom fields must start with \"x-\")";
            sink.report(Diagnostic{source.locate_key(child_pointer(pointer, name)), Severity::error,
                                   std::move(message), "field-unknown"});
        }
    }
    return true;
}

bool is_valid_id(std::string_view id) {
    if (id.empty()) return false;
    const auto allowed = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (!allowed(id.front())) return false;
    return std::all_of(id.begin(), id.end(), [&](char c) { return allowed(c) || c == '-'; });
}

bool is_valid_locale(std::string_view locale) {
    static const RE2 pattern("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    return RE2::FullMatch(re2::StringPiece(locale.data(), locale.size()), pattern);
}

void check_id(const JsonSource& source, std::string_view pointer, DiagnosticSink& sink) {
    const Json::json_pointer location{std::string(pointer)};
    if (!source.root().contains(location)) return;  // field-missing has said so
    const Json& value = source.root().at(location);
    if (value.is_string() && !is_valid_id(value.get_ref<const std::string&>())) {
        sink.report(source.finding(
            pointer, Severity::error,
            "id \"" + value.get<std::string>() +
                "\" must be lower-case letters, digits and '-', starting with a letter or digit",
            "id-format"));
    }
}

std::optional<Kind> read_kind(const JsonSource& source, const Json& object, std::string_view pointer,
                              std::string_view field, DiagnosticSink& sink) {
    const Json* value = member(object, field);
    if (!value || !value->is_string()) return std::nullopt;
    const std::string& text = value->get_ref<const std::string&>();
    auto kind = parse_kind(text);
    if (!kind) report_bad_kind(source, child_pointer(pointer, field), *value, sink);
    return kind;
}

std::vector<Kind> read_kinds(const JsonSource& source, const Json& object, std::string_view pointer,
                             std::string_view field, DiagnosticSink& sink) {
    std::vector<Kind> kinds;
    const Json* list = member(object, field);
    if (!list || !list->is_array()) return kinds;
    const std::string list_pointer = child_pointer(pointer, field);
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& entry = (*list)[i];
        const std::optional<Kind> kind =
            entry.is_string() ? parse_kind(entry.get_ref<const std::string&>()) : std::nullopt;
        if (kind) {
            kinds.push_back(*kind);
        } else {
            report_bad_kind(source, child_pointer(list_pointer, i), entry, sink);
        }
    }
    return kinds;
}

const Json* member(const Json& object, std::string_view name) {
    if (!object.is_object()) return nullptr;
    const auto found = object.find(name);
    return found == object.end() ? nullptr : &*found;
}

std::string string_member(const Json& object, std::string_view name, std::string fallback) {
    const Json* value = member(object, name);
    return value && value->is_string() ? value->get<std::string>() : std::move(fallback);
}

double number_member(const Json& object, std::string_view name, double fallback) {
    const Json* value = member(object, name);
    return value && value->is_number() ? value->get<double>() : fallback;
}

}  // namespace encounter
