// Looking up the learned rater weights.
#include <encounter/rater_weights.hpp>

namespace encounter {

RaterWeights::RaterWeights(const Lexicon& lexicon) : m_margin(lexicon.setting("margin", 0)) {
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
