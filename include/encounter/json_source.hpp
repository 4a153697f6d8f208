// JSON parsed with the place of every key and value remembered, so that findings about a
// value (a bad cue, an unknown step) point at that value and not at the start of the file.
//
// nlohmann_json 3.11 gives a position only with a parse error, so the parser is fed
// through an iterator that counts the bytes it consumes; at each SAX event the count
// stands just past the token, and the value's start is found from the previous event.
#pragma once

#include <encounter/diagnostic.hpp>
#include <encounter/source_text.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace encounter {

using Json = nlohmann::json;

// Deeper nesting than this is refused (no real script or rubric comes near it).
inline constexpr std::size_t max_json_depth = 64;

struct JsonSpan {
    std::size_t key = std::string::npos;  // byte offset of the member's key, if it has one
    std::size_t value = 0;                // byte offset of the value's first character
};

class JsonSource {
public:
    // Parses `source`. On failure reports one finding (rule json-*, utf8-invalid) and
    // returns nullptr. Duplicate keys are reported but do not stop the parse.
    static std::shared_ptr<const JsonSource> parse(std::shared_ptr<const SourceText> source,
                                                   DiagnosticSink& sink);

    const Json& root() const { return m_root; }
    const SourceText& source() const { return *m_source; }
    const std::string& path() const { return m_source->path(); }

    // Where the value at a JSON pointer ("/steps/2/id") starts; a pointer that names no
    // value falls back to its nearest ancestor.
    Location locate(std::string_view pointer) const;
    // Where the key of that member starts (for "unknown field"); the value if it has no key.
    Location locate_key(std::string_view pointer) const;
    // Where the `index`th byte of a string value's decoded text stands in the file,
    // stepping over escapes; used to point inside a `when` expression.
    Location locate_in_string(std::string_view pointer, std::size_t index) const;

    // Builds the finding for the value at `pointer`.
    Diagnostic finding(std::string_view pointer, Severity severity, std::string message,
                       std::string rule) const;

    // Used by the parser while it records positions.
    JsonSource(std::shared_ptr<const SourceText> source, Json root,
               std::unordered_map<std::string, JsonSpan> spans);

private:
    const JsonSpan* find_span(std::string_view pointer) const;

    std::shared_ptr<const SourceText> m_source;
    Json m_root;
    std::unordered_map<std::string, JsonSpan> m_spans;
};

// One JSON Lines record (a `score` input line, a transcript line), parsed with the limits
// data files have: nesting at most max_json_depth, no duplicate keys, numbers a double holds.
struct JsonLine {
    Json value;
    std::string error;  // why it was refused (no position: the caller names file and line)
    std::string rule;   // json-syntax, json-too-deep or json-duplicate-key
    bool ok() const { return error.empty(); }
};
JsonLine parse_json_line(std::string_view line);

// "/steps" + 2 -> "/steps/2"; "/x" + "a/b" -> "/x/a~1b" (RFC 6901 escaping).
std::string child_pointer(std::string_view parent, std::string_view key);
std::string child_pointer(std::string_view parent, std::size_t index);

}  // namespace encounter
