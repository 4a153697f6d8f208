// Shows a response with the words that earned or cost points marked in place: colour
// on a terminal, plain markers otherwise ([+earned+] and [-cost-]).
#pragma once

#include <encounter/scorer.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace encounter::cli {

std::string highlight(std::string_view response, const std::vector<const Evidence*>& evidence, bool color);

// Every earned and cost piece of evidence in a score, once per span (voided ones left out).
std::vector<const Evidence*> visible_evidence(const ResponseScore& score);

}  // namespace encounter::cli
