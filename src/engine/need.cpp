// Reading anticipated needs, shared by script steps and rubric examples.
#include <encounter/cue.hpp>
#include <encounter/need.hpp>
#include <encounter/schema.hpp>

#include <map>

namespace encounter {

std::vector<AnticipatedNeed> read_needs(const JsonSource& source, std::string_view pointer,
                                        DiagnosticSink& sink) {
    std::vector<AnticipatedNeed> needs;
    const Json& array = source.root().at(Json::json_pointer(std::string(pointer)));
    if (!array.is_array()) return needs;
    std::map<std::string, std::string, std::less<>> seen;  // need id -> its pointer
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::string need_pointer = child_pointer(pointer, i);
        if (!check_fields(source, need_pointer,
                          {{"id", JsonType::string, true},
                           {"need", JsonType::string, true},
                           {"cues", JsonType::array, true}},
                          "anticipated need", sink)) {
            continue;
        }
        const Json& entry = array[i];
        AnticipatedNeed need;
        need.id = string_member(entry, "id");
        need.need = string_member(entry, "need");
        need.pointer = need_pointer;
        check_id(source, child_pointer(need_pointer, "id"), sink);
        if (member(entry, "cues") && entry["cues"].is_array()) {
            need.cues = read_cues(source, child_pointer(need_pointer, "cues"), sink);
            if (entry["cues"].empty()) {
                sink.report(source.finding(child_pointer(need_pointer, "cues"), Severity::error,
                                           "need \"" + need.id +
                                               "\" has no cues, so it can never be met",
                                           "need-no-cues"));
            }
        }
        if (!need.id.empty()) {
            if (const auto first = seen.find(need.id); first != seen.end()) {
                const Location earlier = source.locate(first->second);
                sink.report(source.finding(child_pointer(need_pointer, "id"), Severity::error,
                                           "duplicate need id \"" + need.id + "\" (first at line " +
                                               std::to_string(earlier.line) + ")",
                                           "need-duplicate-id"));
            } else {
                seen.emplace(need.id, child_pointer(need_pointer, "id"));
            }
        }
        needs.push_back(std::move(need));
    }
    return needs;
}

}  // namespace encounter
