// The shape checks every file format shares: required fields, field types, unknown
// fields (allowed only with an "x-" prefix) and the id pattern.
#pragma once

#include <encounter/diagnostic.hpp>
#include <encounter/json_source.hpp>
#include <encounter/kind.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace encounter {

enum class JsonType { string, integer, number, boolean, array, object };

std::string_view to_string(JsonType type);

struct FieldRule {
    std::string_view name;
    JsonType type;
    bool required = false;
};

// Checks the object at `pointer` against `fields`; `what` names it in messages
// ("step", "criterion"). Returns false, after reporting, when it is not an object at all.
bool check_fields(const JsonSource& source, std::string_view pointer,
                  std::initializer_list<FieldRule> fields, std::string_view what,
                  DiagnosticSink& sink);

// True when the value at `pointer` exists and has `type` (integers count as numbers).
bool has_type(const Json& value, JsonType type);

// Ids are lower-case ASCII letters, digits and '-', starting with a letter or digit.
bool is_valid_id(std::string_view id);

// BCP 47 in its common shape: "en", "ko", "ar-EG", "zh-Hant-TW".
bool is_valid_locale(std::string_view locale);

// Reports rule id-format for an `id` value that breaks the pattern.
void check_id(const JsonSource& source, std::string_view pointer, DiagnosticSink& sink);

// The member of `object` named `name`, or nullptr.
const Json* member(const Json& object, std::string_view name);

// The kind named by `object[field]` (at `pointer`), reporting field-value when it is not
// "first", "second" or "third". Nothing when absent or not a string (check_fields says so).
// A list of kinds (["first", "second"]), each checked like `read_kind`.
std::vector<Kind> read_kinds(const JsonSource& source, const Json& object, std::string_view pointer,
                             std::string_view field, DiagnosticSink& sink);
std::optional<Kind> read_kind(const JsonSource& source, const Json& object, std::string_view pointer,
                              std::string_view field, DiagnosticSink& sink);

// Convenience readers that return a fallback when the member is absent or mistyped
// (the mistype has been reported by check_fields already).
std::string string_member(const Json& object, std::string_view name, std::string fallback = {});
double number_member(const Json& object, std::string_view name, double fallback);

}  // namespace encounter
