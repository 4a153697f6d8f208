// Exact and within-one agreement, quadratic weighted kappa, confusion matrices.
#include "metrics.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace encounter::eval {

Agreement agreement(const std::vector<int>& labels, const std::vector<int>& predictions, int levels) {
    Agreement result;
    const auto n = static_cast<std::size_t>(levels);
    result.count = labels.size();
    result.confusion.assign(n, std::vector<std::size_t>(n, 0));
    if (labels.empty()) return result;
    std::size_t exact = 0;
    std::size_t near = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        result.confusion[static_cast<std::size_t>(labels[i])][static_cast<std::size_t>(predictions[i])]++;
        exact += labels[i] == predictions[i];
        near += std::abs(labels[i] - predictions[i]) <= 1;
    }
    const double total = static_cast<double>(labels.size());
    result.exact = static_cast<double>(exact) / total;
    result.within_one = static_cast<double>(near) / total;
    // Quadratic weighted kappa: 1 - sum(w*O) / sum(w*E), w = (i-j)^2 / (k-1)^2.
    std::vector<double> row(n, 0);
    std::vector<double> column(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            row[i] += static_cast<double>(result.confusion[i][j]);
            column[j] += static_cast<double>(result.confusion[i][j]);
        }
    }
    double observed = 0;
    double expected = 0;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            const double d = static_cast<double>(i) - static_cast<double>(j);
            const double weight = n > 1 ? d * d / static_cast<double>((n - 1) * (n - 1)) : 0;
            observed += weight * static_cast<double>(result.confusion[i][j]);
            expected += weight * row[i] * column[j] / total;
        }
    }
    result.kappa = expected > 0 ? 1.0 - observed / expected : 1.0;
    return result;
}

std::string confusion_table(const std::vector<std::vector<std::size_t>>& confusion,
                            const std::vector<std::string>& names) {
    std::string table = "      label \\ predicted:";
    for (const auto& name : names) {
        char cell[16];
        std::snprintf(cell, sizeof cell, "%7s", name.c_str());
        table += cell;
    }
    table += '\n';
    for (std::size_t i = 0; i < confusion.size(); ++i) {
        char head[32];
        std::snprintf(head, sizeof head, "      %16s:", names[i].c_str());
        table += head;
        for (std::size_t count : confusion[i]) {
            char cell[16];
            std::snprintf(cell, sizeof cell, "%7zu", count);
            table += cell;
        }
        table += '\n';
    }
    return table;
}

}  // namespace encounter::eval
