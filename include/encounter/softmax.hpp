// A softmax over three scores (log-odds) into probabilities: the kind classifier's three
// kinds and the rater weights' three levels, read the same way when scoring and when training.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>

namespace encounter {

inline std::array<double, 3> softmax(const std::array<double, 3>& scores) {
    // Shifted by the largest score so that exp never overflows; the shift cancels out.
    const double top = *std::max_element(scores.begin(), scores.end());
    std::array<double, 3> probabilities{};
    double total = 0;
    for (std::size_t k = 0; k < scores.size(); ++k) {
        probabilities[k] = std::exp(scores[k] - top);
        total += probabilities[k];
    }
    for (double& probability : probabilities) probability /= total;
    return probabilities;
}

}  // namespace encounter
