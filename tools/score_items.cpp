#include "score_items.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <stdexcept>

namespace encounter::eval {

std::vector<ScoreItem> read_score_items(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::vector<ScoreItem> items;
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty()) continue;
        try {
            const auto json = nlohmann::json::parse(line);
            ScoreItem item;
            item.id = json.at("id").get<std::string>();
            item.context = json.at("context").get<std::string>();
            item.response = json.at("response").get<std::string>();
            const auto kind = parse_kind(json.at("kind").get<std::string>());
            if (!kind) throw std::runtime_error("unknown kind");
            item.kind = *kind;
            if (json.contains("anticipate")) {
                for (const auto& need : json["anticipate"]) {
                    item.needs.push_back(AnticipatedNeed{need.at("id"), need.at("need"),
                                                                    need.at("cues").get<std::vector<std::string>>(), {}});
                }
            }
            for (const auto& [name, level] : json.at("labels").items()) item.labels[name] = level.get<int>();
            items.push_back(std::move(item));
        } catch (const std::exception& error) {
            throw std::runtime_error(path + ":" + std::to_string(number) + ": " + error.what());
        }
    }
    return items;
}

}  // namespace encounter::eval
