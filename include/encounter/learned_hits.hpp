// Learned weights (the kind classifier's words, the scorer's rater weights) count each entry
// of their table once per reading, however often its word is said: as in training.
#pragma once

#include <algorithm>
#include <functional>
#include <vector>

namespace encounter {

// Leaves one hit per distinct `Hit::weights` entry in `hits`, the first by `before` (its
// place in the text); the order of what is left is by entry. Sorting keeps this n log n on
// a long text, and std::sort needs no buffer (unlike stable_sort): the place breaks ties.
template <typename Hit, typename Before>
void keep_first_of_each_entry(std::vector<Hit>& hits, Before before) {
    std::sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) {
        if (a.weights != b.weights) return std::less<>{}(a.weights, b.weights);
        return before(a, b);
    });
    hits.erase(std::unique(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.weights == b.weights; }),
               hits.end());
}

}  // namespace encounter
