// Looking up the learned rater weights.
#include <encounter/rater_weights.hpp>

namespace encounter {

namespace {

bool is_word_at(std::string_view text, std::size_t begin, std::size_t end) {
    return (begin == 0 || !is_word_byte(text[begin - 1])) && (end == text.size() || !is_word_byte(text[end]));
}

// Whether `word` occurs in `text` as a whole word (no allocation: a cohort scores this per line).
bool has_word(std::string_view text, std::string_view word) {
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
        if (is_word_at(text, at, at + word.size())) return true;
    }
    return false;
}

}  // namespace

std::size_t shared_word_bucket(std::string_view normalized_response, std::string_view normalized_context) {
    std::size_t shared = 0;
    for_each_word(normalized_response, [&](std::size_t begin, std::size_t end) {
        if (end - begin < 5) return;
        const std::string_view word = normalized_response.substr(begin, end - begin);
        // Each distinct word once: skip one the response already said.
        if (has_word(normalized_response.substr(0, begin), word)) return;
        if (has_word(normalized_context, word)) ++shared;
    });
    // 0, 1, 2, 3, 4-5, 6 or more
    return shared <= 3 ? shared : shared <= 5 ? 4 : 5;
}

std::size_t length_bucket(std::string_view normalized_response) {
    std::size_t words = 0;
    for_each_word(normalized_response, [&](std::size_t, std::size_t) { ++words; });
    // up to 10, 20, 40, 80 words, or more
    return words <= 10 ? 0 : words <= 20 ? 1 : words <= 40 ? 2 : words <= 80 ? 3 : 4;
}

std::vector<Lexicon> without_rater_weights(const std::vector<Lexicon>& lexicons) {
    std::vector<Lexicon> kept;
    for (const Lexicon& lexicon : lexicons) {
        if (lexicon.id != "rater-weights") kept.push_back(lexicon);
    }
    return kept;
}

RaterWeights::RaterWeights(const Lexicon& lexicon)
    : m_margin(lexicon.setting("margin", 0)),
      m_two_levels(lexicon.setting("two_levels", 0)),
      m_split_share(lexicon.setting("split_share", 0)) {
    m_weights.reserve(lexicon.weights.size());
    for (const auto& [key, weights] : lexicon.weights) {
        m_weights.emplace(key, weights);
        m_criteria.emplace(key.substr(0, key.find(' ')));
    }
}

bool RaterWeights::covers(std::string_view rubric, std::string_view criterion) const {
    std::string name(rubric);
    name += '.';
    name += criterion;
    return m_criteria.count(name) > 0;
}

const std::array<double, 3>* RaterWeights::find(std::string_view key) const {
    const auto found = m_weights.find(key);
    return found == m_weights.end() ? nullptr : &found->second;
}

}  // namespace encounter
