// `./run train`: learns the kind classifier's word weights (`kind-words` lexicon) from the
// labelled dev encounters in eval/classify/dev*.jsonl, never from the test split.
//   encounter_train EVAL_DIR OUT.json
//
// The model is naive Bayes over the words and word pairs of each encounter's normalized
// patient lines (each counted once per encounter, as the classifier counts them): a
// feature's weight toward a kind is log((encounters of that kind with it + 0.5) / (encounters
// of that kind + 1)), centred over the three kinds so that only the differences count.
// Features are the engine's own (for_each_word_feature), so training and reading agree.
#include "training_files.hpp"

#include <encounter/kind.hpp>
#include <encounter/kind_words.hpp>
#include <encounter/normalized_text.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

// How much the learned words count beside the hand-written signals (the classifier's
// logits): chosen on the dev splits, leaving out each author's split in turn.
constexpr double strength = 0.3;

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: encounter_train EVAL_DIR OUT.json\n";
        return 2;
    }
    const std::filesystem::path classify_dir = std::filesystem::path(argv[1]) / "classify";
    std::vector<std::filesystem::path> files;
    try {
        files = encounter::eval::dev_files(classify_dir);
    } catch (const std::exception& error) {
        std::cerr << "encounter_train: " << error.what() << '\n';
        return 2;
    }

    std::map<std::string, std::array<int, 3>> counts;  // feature -> encounters per kind
    std::array<int, 3> encounters{};
    encounter::NormalizedText normalized;
    std::string buffer;
    for (const auto& file : files) {
        std::ifstream in(file);
        std::string line;
        std::size_t number = 0;
        while (std::getline(in, line)) {
            ++number;
            if (line.empty()) continue;
            const auto item = nlohmann::json::parse(line, nullptr, false);
            const auto kind = item.is_object() && item.contains("kind") && item["kind"].is_string()
                                  ? encounter::parse_kind(item["kind"].get<std::string>())
                                  : std::nullopt;
            if (!kind || !item.contains("lines") || !item["lines"].is_array()) {
                std::cerr << file.string() << ':' << number << ": error: not a labelled encounter\n";
                return 2;
            }
            const auto k = static_cast<std::size_t>(*kind);
            ++encounters[k];
            std::set<std::string> seen;
            for (const auto& text : item["lines"]) {
                if (!text.is_string()) continue;
                normalized.assign(text.get<std::string>());
                encounter::for_each_word_feature(normalized.text(), buffer,
                                                 [&](std::string_view feature, std::size_t, std::size_t) {
                                                     seen.emplace(feature);
                                                 });
            }
            for (const std::string& feature : seen) ++counts[feature][k];
        }
    }

    encounter::Lexicon lexicon;
    lexicon.id = "kind-words";
    lexicon.locale = "en";
    lexicon.settings["weight"] = strength;
    for (const auto& [feature, per_kind] : counts) {
        std::array<double, 3> w{};
        for (std::size_t k = 0; k < 3; ++k) w[k] = std::log((per_kind[k] + 0.5) / (encounters[k] + 1.0));
        const double mean = (w[0] + w[1] + w[2]) / 3;
        for (double& value : w) value = std::round((value - mean) * 1000) / 1000;
        lexicon.weights[feature] = w;
    }
    const std::string text = encounter::eval::weights_lexicon_text(
        lexicon,
        "Learned word weights for the kind classifier: per word or pair of words of a patient's normalized "
        "lines, its weight toward first, second and third kind. Written by ./run train (tools/train_kind_words.cpp) "
        "from eval/classify/dev*.jsonl; edit the labelled data and train again rather than this file.");
    std::ofstream file(argv[2]);
    file << text;
    if (!file) {
        std::cerr << "encounter_train: cannot write " << argv[2] << '\n';
        return 2;
    }
    std::cerr << "encounter_train: " << counts.size() << " features from " << encounters[0] + encounters[1] + encounters[2]
              << " encounters in " << files.size() << " files -> " << argv[2] << '\n';
    return 0;
}
