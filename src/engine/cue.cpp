// Cue syntax checking with the same RE2 options the scorer compiles cues with.
#include <encounter/cue.hpp>
#include <encounter/schema.hpp>

#include <re2/re2.h>

namespace encounter {

std::optional<CueSyntaxError> check_cue_syntax(std::string_view pattern) {
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    options.set_encoding(RE2::Options::EncodingUTF8);
    const RE2 compiled(re2::StringPiece(pattern.data(), pattern.size()), options);
    if (compiled.ok()) return std::nullopt;
    return CueSyntaxError{compiled.error()};
}

std::vector<std::string> read_cues(const JsonSource& source, std::string_view pointer,
                                   DiagnosticSink& sink) {
    std::vector<std::string> cues;
    const Json& array = source.root().at(Json::json_pointer(std::string(pointer)));
    if (!array.is_array()) return cues;  // check_fields reported the type
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::string cue_pointer = child_pointer(pointer, i);
        if (!array[i].is_string()) {
            sink.report(source.finding(cue_pointer, Severity::error, "a cue must be a string",
                                       "field-type"));
            continue;
        }
        const std::string& pattern = array[i].get_ref<const std::string&>();
        if (pattern.empty()) {
            sink.report(source.finding(cue_pointer, Severity::error,
                                       "empty cue would match every response", "cue-invalid"));
            continue;
        }
        if (const auto error = check_cue_syntax(pattern)) {
            sink.report(source.finding(cue_pointer, Severity::error,
                                       "cue is not a valid RE2 pattern: " + error->message,
                                       "cue-invalid"));
            continue;
        }
        cues.push_back(pattern);
    }
    return cues;
}

}  // namespace encounter
