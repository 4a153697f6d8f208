// Learned rater weights (`data/lexicons/LOCALE/rater-weights.json`, written by `./run train`
// from the labelled dev pairs in eval/score/). The rubric's rules find the words behind every
// point; these weights then read the rules' levels, the rules that counted, the encounter's
// kind and the response's words together, and give the level raters gave to answers like it
// (a softmax over levels 0-2 per criterion), moving the rules' level only when clearly better
// (by one level, or by two when the lexicon's `two_levels` allows and far surer; to the middle
// when both ends of the scale are likely: `split_share`). A criterion the file says nothing of
// keeps its rules' level; a penalty's cap always holds. Both are data a trainer can read.
#pragma once

#include <encounter/kind.hpp>
#include <encounter/lexicon.hpp>
#include <encounter/response_score.hpp>
#include <encounter/string_hash.hpp>
#include <encounter/text_analysis.hpp>

#include <array>
#include <cstddef>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace encounter {

// `lexicons` without the learned rater weights: a scorer built from them scores by the rubrics'
// rules alone (training reads that score; tests pin what the rules say).
std::vector<Lexicon> without_rater_weights(const std::vector<Lexicon>& lexicons);

// Calls visit(key, begin, end) for each feature the weights read for criterion `index` of a
// score by the rules alone. Keys are "RUBRIC.CRITERION FEATURE" with FEATURE one of
// "level:N" (the rules' level), "rule:ID" (each rule or penalty that counted), "with:R.C=N"
// (every other criterion's level, where it applies: raters judge the whole answer),
// "kind:KIND" (the encounter's), "shared:N" and "length:N" (the answer's shape, below) and
// "word:W" (each word of the normalized response, with its byte span there; other features
// have 0, 0). A feature may repeat: readers count each once. `key` lives in `buffer` until
// the next call.
struct AnswerShape;
template <typename Visit>
void for_each_rater_feature(const ResponseScore& rules, std::size_t index, std::string_view normalized_response,
                            const AnswerShape& shape, std::string& buffer, Visit&& visit);

// The shape of an answer, as "shared:N" and "length:N" features read it: how many distinct
// words of five letters or more (bytes, so a rough "content word" in any script) the response
// shares with the patient's words, and how many words it has, each in a few buckets. Raters
// hear how much of the patient's situation comes back, and how much was said; no cue names it.
std::size_t shared_word_bucket(std::string_view normalized_response, std::string_view normalized_context);
std::size_t length_bucket(std::string_view normalized_response);

// Both buckets of one answer: the same for every criterion, so worked out once per answer.
struct AnswerShape {
    std::size_t shared_words = 0;
    std::size_t length = 0;
    AnswerShape() = default;
    AnswerShape(std::string_view normalized_response, std::string_view normalized_context)
        : shared_words(shared_word_bucket(normalized_response, normalized_context)),
          length(length_bucket(normalized_response)) {}
};

class RaterWeights {
public:
    RaterWeights() = default;
    explicit RaterWeights(const Lexicon& lexicon);

    bool empty() const { return m_weights.empty(); }
    // How much more likely (in log-odds) a level next to the rules' must be to replace it.
    double margin() const { return m_margin; }
    // How many times the margin a level two from the rules' needs; 0: never.
    double two_levels() const { return m_two_levels; }
    // The share of the weights' probability the far end of the scale needs for a level at the
    // other end (0 or 2) to become 1 (raters would be split); 0: never.
    double split_share() const { return m_split_share; }
    // Whether the weights say anything of "RUBRIC.CRITERION".
    bool covers(std::string_view rubric, std::string_view criterion) const;
    const std::array<double, 3>* find(std::string_view key) const;

private:
    std::unordered_map<std::string, std::array<double, 3>, StringHash, std::equal_to<>> m_weights;
    std::set<std::string, std::less<>> m_criteria;
    double m_margin = 0;
    double m_two_levels = 0;
    double m_split_share = 0;
};

template <typename Visit>
void for_each_rater_feature(const ResponseScore& rules, std::size_t index, std::string_view normalized_response,
                            const AnswerShape& shape, std::string& buffer, Visit&& visit) {
    const CriterionScore& mine = rules.criteria[index];
    const auto start = [&] {
        buffer.assign(mine.rubric);
        buffer += '.';
        buffer += mine.criterion;
        buffer += ' ';
    };
    start();
    buffer += "level:";
    buffer += static_cast<char>('0' + mine.level);
    visit(std::string_view(buffer), std::size_t{0}, std::size_t{0});
    for (const Evidence& evidence : mine.evidence) {
        // Needs are the script's own ids, and voided words did not count.
        if (evidence.effect == EvidenceEffect::voided || evidence.rule.rfind("need:", 0) == 0) continue;
        start();
        buffer += "rule:";
        buffer += evidence.rule;
        visit(std::string_view(buffer), std::size_t{0}, std::size_t{0});
    }
    for (std::size_t other = 0; other < rules.criteria.size(); ++other) {
        if (other == index || !rules.criteria[other].applicable) continue;
        start();
        buffer += "with:";
        buffer += rules.criteria[other].rubric;
        buffer += '.';
        buffer += rules.criteria[other].criterion;
        buffer += '=';
        buffer += static_cast<char>('0' + rules.criteria[other].level);
        visit(std::string_view(buffer), std::size_t{0}, std::size_t{0});
    }
    start();
    buffer += "kind:";
    buffer += to_string(rules.encounter_kind);
    visit(std::string_view(buffer), std::size_t{0}, std::size_t{0});
    start();
    buffer += "shared:";
    buffer += static_cast<char>('0' + shape.shared_words);
    visit(std::string_view(buffer), std::size_t{0}, std::size_t{0});
    start();
    buffer += "length:";
    buffer += static_cast<char>('0' + shape.length);
    visit(std::string_view(buffer), std::size_t{0}, std::size_t{0});
    for_each_word(normalized_response, [&](std::size_t begin, std::size_t end) {
        start();
        buffer += "word:";
        buffer.append(normalized_response.substr(begin, end - begin));
        visit(std::string_view(buffer), begin, end);
    });
}

}  // namespace encounter
