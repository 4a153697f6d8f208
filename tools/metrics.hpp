// Agreement statistics for the evaluation report.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace encounter::eval {

struct Agreement {
    std::size_t count = 0;
    double exact = 0;       // share of items where prediction == label
    double within_one = 0;  // share where |prediction - label| <= 1
    double kappa = 0;       // quadratic weighted kappa
    std::vector<std::vector<std::size_t>> confusion;  // [label][prediction]
};

Agreement agreement(const std::vector<int>& labels, const std::vector<int>& predictions, int levels);

// Rows "label \ predicted" with the given names.
std::string confusion_table(const std::vector<std::vector<std::size_t>>& confusion,
                            const std::vector<std::string>& names);

}  // namespace encounter::eval
