// Located JSON parsing: a SAX handler builds the document and records where each value starts.
#include <encounter/json_source.hpp>
#include <encounter/utf8.hpp>

#include <algorithm>
#include <iterator>
#include <vector>

namespace encounter {
namespace {

// An input iterator over the text that publishes how many bytes the parser has consumed.
class CountingIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    CountingIterator(const char* position, const char* base, std::size_t* consumed)
        : m_position(position), m_base(base), m_consumed(consumed) {}

    reference operator*() const { return *m_position; }
    CountingIterator& operator++() {
        ++m_position;
        *m_consumed = static_cast<std::size_t>(m_position - m_base);
        return *this;
    }
    CountingIterator operator++(int) {
        CountingIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const CountingIterator& other) const { return m_position == other.m_position; }

private:
    const char* m_position;
    const char* m_base;
    std::size_t* m_consumed;
};

bool is_separator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':';
}

// Strips nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 4: ",
// or the "[json.exception.out_of_range.406] " of a number too large for a double.
std::string plain_parse_message(std::string what) {
    if (what.starts_with("[json.exception.")) {
        const auto colon = what.find(": ");
        const auto bracket = what.find("] ");
        if (colon != std::string::npos) {
            what.erase(0, colon + 2);
        } else if (bracket != std::string::npos) {
            what.erase(0, bracket + 2);
        }
    }
    // "; last read: '...'" quotes raw bytes up to the error, which reads as noise.
    if (const auto tail = what.find("; last read: "); tail != std::string::npos) what.erase(tail);
    return what;
}

class LocatingHandler {
public:
    LocatingHandler(const SourceText& source, const std::size_t& consumed, DiagnosticSink& sink)
        : m_source(source), m_consumed(consumed), m_sink(sink) {}

    bool null() { return add_value(Json(nullptr)); }
    bool boolean(bool value) { return add_value(Json(value)); }
    bool number_integer(Json::number_integer_t value) { return add_value(Json(value)); }
    bool number_unsigned(Json::number_unsigned_t value) { return add_value(Json(value)); }
    bool number_float(Json::number_float_t value, const std::string&) {
        return add_value(Json(value));
    }
    bool string(std::string& value) { return add_value(Json(std::move(value))); }
    bool binary(Json::binary_t&) { return add_value(Json()); }

    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& key) {
        const std::size_t start = token_start();
        Frame& frame = m_frames.back();
        frame.pending_key = key;
        frame.pending_key_offset = start;
        if (frame.value->contains(key)) {
            const std::string pointer = child_pointer(frame.pointer, key);
            const auto first = m_spans.find(pointer);
            std::string message = "duplicate key \"" + key + "\"";
            if (first != m_spans.end() && first->second.key != std::string::npos) {
                const Location earlier = m_source.locate(first->second.key);
                message += " (first at line " + std::to_string(earlier.line) + ":" +
                           std::to_string(earlier.column) + "); the last one wins";
            }
            m_sink.report(Diagnostic{m_source.locate(start), Severity::error, std::move(message),
                                     "json-duplicate-key"});
        }
        return true;
    }

    bool parse_error(std::size_t, const std::string&,
                     const nlohmann::detail::exception& error) {
        const std::string message = plain_parse_message(error.what());
        const std::string& text = m_source.text();
        const bool at_end = message.find("unexpected end of input") != std::string::npos ||
                            (message.find("missing closing quote") != std::string::npos &&
                             m_consumed >= text.size());
        if (at_end) {
            const bool blank = text.find_first_not_of(" \t\r\n") == std::string::npos;
            if (blank) {
                report(text.size(), "file is empty; expected a JSON object", "json-empty");
            } else {
                report(text.size(), "JSON ends too early (truncated?): " + message,
                       "json-truncated");
            }
            return false;
        }
        // The failing token: a single unexpected character is the last byte consumed;
        // anything else (a bad literal, string or number) starts after the previous token.
        // (last_token is no help: it can hold the tail of the previous token too.)
        const bool single_char = message.find("unexpected '") != std::string::npos;
        std::size_t token_begin = m_consumed > 0 ? m_consumed - 1 : 0;
        if (!single_char) {
            token_begin = m_last_event_end;
            while (token_begin < text.size() && is_separator(text[token_begin])) ++token_begin;
        }
        if (single_char && (text[token_begin] == '}' || text[token_begin] == ']')) {
            std::size_t before = token_begin;
            while (before > 0 && std::string_view(" \t\r\n").find(text[before - 1]) !=
                                     std::string_view::npos) {
                --before;
            }
            if (before > 0 && text[before - 1] == ',') {
                report(before - 1,
                       std::string("trailing comma before '") + text[token_begin] +
                           "'; JSON allows no comma after the last item",
                       "json-trailing-comma");
                return false;
            }
        }
        report(token_begin, "invalid JSON: " + message, "json-syntax");
        return false;
    }

    Json take_root() { return std::move(m_root); }
    std::unordered_map<std::string, JsonSpan> take_spans() { return std::move(m_spans); }

private:
    struct Frame {
        Json* value = nullptr;
        std::string pointer;
        std::size_t next_index = 0;
        std::string pending_key;
        std::size_t pending_key_offset = std::string::npos;
    };

    void report(std::size_t offset, std::string message, std::string rule) {
        m_sink.report(
            Diagnostic{m_source.locate(offset), Severity::error, std::move(message), std::move(rule)});
    }

    // The value's first character: skip what separates it from the previous token.
    std::size_t token_start() {
        const std::string& text = m_source.text();
        std::size_t start = m_last_event_end;
        while (start < m_consumed && start < text.size() && is_separator(text[start])) ++start;
        m_last_event_end = m_consumed;
        return start;
    }

    // Places a new value in its parent and records where it starts; returns it.
    Json* place(Json value, std::string& pointer) {
        const std::size_t start = token_start();
        JsonSpan span{std::string::npos, start};
        Json* placed = nullptr;
        if (m_frames.empty()) {
            m_root = std::move(value);
            placed = &m_root;
            pointer.clear();
        } else {
            Frame& parent = m_frames.back();
            if (parent.value->is_array()) {
                pointer = child_pointer(parent.pointer, parent.next_index++);
                parent.value->push_back(std::move(value));
                placed = &parent.value->back();
            } else {
                pointer = child_pointer(parent.pointer, parent.pending_key);
                span.key = parent.pending_key_offset;
                placed = &((*parent.value)[parent.pending_key] = std::move(value));
            }
        }
        m_spans[pointer] = span;
        return placed;
    }

    bool add_value(Json value) {
        std::string pointer;
        place(std::move(value), pointer);
        return true;
    }

    bool open(Json container) {
        if (m_frames.size() >= max_json_depth) {
            report(token_start(),
                   "JSON nested deeper than " + std::to_string(max_json_depth) + " levels",
                   "json-too-deep");
            return false;
        }
        std::string pointer;
        Json* placed = place(std::move(container), pointer);
        Frame frame;
        frame.value = placed;
        frame.pointer = std::move(pointer);
        m_frames.push_back(std::move(frame));
        return true;
    }

    bool close() {
        m_last_event_end = m_consumed;
        m_frames.pop_back();
        return true;
    }

    const SourceText& m_source;
    const std::size_t& m_consumed;
    DiagnosticSink& m_sink;
    Json m_root;
    std::vector<Frame> m_frames;
    std::unordered_map<std::string, JsonSpan> m_spans;
    std::size_t m_last_event_end = 0;
};

void append_escaped(std::string& out, std::string_view key) {
    for (char c : key) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
}

}  // namespace

std::string child_pointer(std::string_view parent, std::string_view key) {
    std::string pointer(parent);
    pointer += '/';
    append_escaped(pointer, key);
    return pointer;
}

std::string child_pointer(std::string_view parent, std::size_t index) {
    return std::string(parent) + '/' + std::to_string(index);
}

JsonLine parse_json_line(std::string_view line) {
    JsonLine result;
    // The callback sees every container open and close and every key while the parser
    // (which keeps its own stack on the heap) runs: it refuses the first problem it meets.
    struct Open {
        bool object = false;
        std::vector<std::string> keys;
    };
    std::vector<Open> open;
    const Json::parser_callback_t check = [&](int, Json::parse_event_t event, Json& parsed) {
        if (!result.ok()) return false;
        switch (event) {
            case Json::parse_event_t::object_start:
            case Json::parse_event_t::array_start:
                if (open.size() >= max_json_depth) {
                    result.error = "JSON nested deeper than " + std::to_string(max_json_depth) + " levels";
                    result.rule = "json-too-deep";
                    return false;
                }
                open.push_back(Open{event == Json::parse_event_t::object_start, {}});
                return true;
            case Json::parse_event_t::object_end:
            case Json::parse_event_t::array_end:
                if (!open.empty()) open.pop_back();
                return true;
            case Json::parse_event_t::key: {
                if (open.empty() || !parsed.is_string()) return true;
                std::vector<std::string>& keys = open.back().keys;
                const std::string& name = parsed.get_ref<const std::string&>();
                if (std::find(keys.begin(), keys.end(), name) != keys.end()) {
                    result.error = "duplicate key \"" + name + "\"";
                    result.rule = "json-duplicate-key";
                    return false;
                }
                keys.push_back(name);
                return true;
            }
            case Json::parse_event_t::value:
                return true;
        }
        return true;
    };
    try {
        Json value = Json::parse(line.begin(), line.end(), check);
        if (result.ok()) result.value = std::move(value);
    } catch (const Json::exception& error) {  // parse_error, or out_of_range for 1e999
        result.error = "not valid JSON: " + plain_parse_message(error.what());
        result.rule = "json-syntax";
    }
    return result;
}

JsonSource::JsonSource(std::shared_ptr<const SourceText> source, Json root,
                       std::unordered_map<std::string, JsonSpan> spans)
    : m_source(std::move(source)), m_root(std::move(root)), m_spans(std::move(spans)) {}

std::shared_ptr<const JsonSource> JsonSource::parse(std::shared_ptr<const SourceText> source,
                                                    DiagnosticSink& sink) {
    const std::string& text = source->text();
    if (const auto bad = find_invalid_utf8(text)) {
        sink.report(Diagnostic{source->locate(bad->offset), Severity::error, bad->message,
                               "utf8-invalid"});
        return nullptr;
    }
    std::size_t consumed = 0;
    LocatingHandler handler(*source, consumed, sink);
    const char* base = text.data();
    const bool parsed = Json::sax_parse(CountingIterator(base, base, &consumed),
                                        CountingIterator(base + text.size(), base, &consumed),
                                        &handler);
    if (!parsed) return nullptr;
    return std::make_shared<const JsonSource>(std::move(source), handler.take_root(),
                                              handler.take_spans());
}

const JsonSpan* JsonSource::find_span(std::string_view pointer) const {
    std::string key(pointer);
    while (true) {
        if (const auto found = m_spans.find(key); found != m_spans.end()) return &found->second;
        if (key.empty()) return nullptr;
        key.erase(key.rfind('/'));
    }
}

Location JsonSource::locate(std::string_view pointer) const {
    const JsonSpan* span = find_span(pointer);
    return m_source->locate(span ? span->value : 0);
}

Location JsonSource::locate_key(std::string_view pointer) const {
    const JsonSpan* span = find_span(pointer);
    if (!span) return m_source->locate(0);
    return m_source->locate(span->key != std::string::npos ? span->key : span->value);
}

Location JsonSource::locate_in_string(std::string_view pointer, std::size_t index) const {
    const JsonSpan* span = find_span(pointer);
    if (!span) return m_source->locate(0);
    const std::string& text = m_source->text();
    std::size_t raw = span->value + 1;  // past the opening quote
    for (std::size_t decoded = 0; decoded < index && raw < text.size() && text[raw] != '"';
         ++decoded) {
        if (text[raw] != '\\') {
            ++raw;
        } else if (raw + 1 < text.size() && text[raw + 1] == 'u') {
            raw += 6;  // \uXXXX stands for 1-3 bytes; close enough for a caret
        } else {
            raw += 2;
        }
    }
    return m_source->locate(raw);
}

Diagnostic JsonSource::finding(std::string_view pointer, Severity severity, std::string message,
                               std::string rule) const {
    return Diagnostic{locate(pointer), severity, std::move(message), std::move(rule)};
}

}  // namespace encounter
