// Looking up the learned word weights of the kind classifier.
#include <encounter/kind_words.hpp>

namespace encounter {

KindWordModel::KindWordModel(const Lexicon& lexicon) : m_strength(lexicon.setting("weight", 0)) {
    m_weights.reserve(lexicon.weights.size());
    for (const auto& [feature, weights] : lexicon.weights) m_weights.emplace(feature, weights);
}

void KindWordModel::find(std::string_view text, std::string& buffer, std::vector<KindWordHit>& hits) const {
    if (m_weights.empty()) return;
    for_each_word_feature(text, buffer, [&](std::string_view feature, std::size_t begin, std::size_t end) {
        const auto found = m_weights.find(feature);
        if (found != m_weights.end()) hits.push_back(KindWordHit{&found->second, begin, end});
    });
}

}  // namespace encounter
