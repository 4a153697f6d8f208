#include "training_files.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>

namespace encounter::eval {

std::vector<std::filesystem::path> dev_files(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("dev", 0) == 0 && entry.path().extension() == ".jsonl") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) throw std::runtime_error("no dev*.jsonl in " + folder.string());
    return files;
}

std::string weights_lexicon_text(const Lexicon& lexicon, const std::string& description) {
    using Json = nlohmann::ordered_json;
    const auto dump = [](const Json& value, int indent) {
        return value.dump(indent, ' ', false, Json::error_handler_t::replace);
    };
    Json out;
    out["format"] = "encounter-lexicon/1";
    out["id"] = lexicon.id;
    out["locale"] = lexicon.locale;
    out["description"] = description;
    out["settings"] = lexicon.settings;
    out["weights"] = Json::object();
    // One feature a line, so that a reader can scan the file and a diff shows what changed.
    std::string text = dump(out, 1);
    text.resize(text.rfind("{}"));
    text += "{\n";
    bool first = true;
    for (const auto& [feature, row] : lexicon.weights) {
        if (!first) text += ",\n";
        first = false;
        text += "  " + dump(Json(feature), -1) + ": " + dump(Json(row), -1);
    }
    text += "\n }\n}\n";
    return text;
}

}  // namespace encounter::eval
