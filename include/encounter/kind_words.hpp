// Learned word weights for the kind classifier (`data/lexicons/LOCALE/kind-words.json`,
// written by `./run train` from the labelled dev encounters in `eval/`). The hand-written
// signals of the `kinds` lexicon say why an encounter reads as it does; the learned words
// carry what a new author's phrasing shares with the labelled encounters when no signal
// names it ("is there a gel version", "surfing again"). Both are data a trainer can read.
#pragma once

#include <encounter/lexicon.hpp>
#include <encounter/string_hash.hpp>
#include <encounter/text_analysis.hpp>

#include <array>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace encounter {

// The features of normalized text the model weighs: each word, and each pair of
// neighbouring words joined by one space ("gel version"). Calls visit(feature, begin, end)
// with the feature's byte span in `text`; `feature` lives in `buffer` until the next call.
template <typename Visit>
void for_each_word_feature(std::string_view text, std::string& buffer, Visit&& visit);

struct KindWordHit {
    const std::array<double, 3>* weights = nullptr;  // toward first, second, third
    std::size_t begin = 0;                           // byte span in the normalized text
    std::size_t end = 0;
};

class KindWordModel {
public:
    KindWordModel() = default;
    // The lexicon's `weights`, and its setting `weight`: how much the learned words count
    // beside the hand-written signals (in the classifier's logits).
    explicit KindWordModel(const Lexicon& lexicon);

    bool empty() const { return m_weights.empty(); }
    double strength() const { return m_strength; }

    // Appends a hit for each feature of normalized `text` that has weights.
    void find(std::string_view text, std::string& buffer, std::vector<KindWordHit>& hits) const;

private:
    std::unordered_map<std::string, std::array<double, 3>, StringHash, std::equal_to<>> m_weights;
    double m_strength = 0;
};

template <typename Visit>
void for_each_word_feature(std::string_view text, std::string& buffer, Visit&& visit) {
    std::size_t previous_begin = 0;
    std::size_t previous_end = 0;
    bool has_previous = false;
    for_each_word(text, [&](std::size_t begin, std::size_t end) {
        buffer.assign(text.substr(begin, end - begin));
        visit(std::string_view(buffer), begin, end);
        if (has_previous) {
            buffer.assign(text.substr(previous_begin, previous_end - previous_begin));
            buffer += ' ';
            buffer.append(text.substr(begin, end - begin));
            visit(std::string_view(buffer), previous_begin, end);
        }
        previous_begin = begin;
        previous_end = end;
        has_previous = true;
    });
}

}  // namespace encounter
