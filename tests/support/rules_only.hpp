// The bundled lexicons without the learned rater weights: what the rubrics' rules alone say.
#pragma once

#include <encounter/lexicon.hpp>

#include <algorithm>
#include <iterator>
#include <vector>

namespace encounter::testing {

inline std::vector<Lexicon> without_rater_weights(const std::vector<Lexicon>& lexicons) {
    std::vector<Lexicon> kept;
    std::copy_if(lexicons.begin(), lexicons.end(), std::back_inserter(kept),
                 [](const Lexicon& lexicon) { return lexicon.id != "rater-weights"; });
    return kept;
}

}  // namespace encounter::testing
