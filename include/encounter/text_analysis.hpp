// The shape of a normalized text that every judgement needs: sentences and clauses,
// where negation reaches, where a contrast ("but", "however") turns a sentence, what
// sounds sarcastic, and which content words it uses. Built from a locale's `language`
// lexicon, so no word list lives in C++.
#pragma once

#include <encounter/cue_set.hpp>
#include <encounter/lexicon.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace encounter {

struct TextSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct Sentence {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool question = false;  // ends with '?'
};

// The compiled `language` lexicon of one locale.
class LanguageModel {
public:
    LanguageModel() = default;
    explicit LanguageModel(const Lexicon* language);

    const CueSet& cues() const { return m_cues; }
    bool is_negator(std::size_t cue) const { return cue < m_role.size() && m_role[cue] == Role::negator; }
    bool is_contrast(std::size_t cue) const { return cue < m_role.size() && m_role[cue] == Role::contrast; }
    bool is_sarcasm(std::size_t cue) const { return cue < m_role.size() && m_role[cue] == Role::sarcasm; }
    // A phrase that holds a negator but negates nothing ("no wonder", "not only").
    bool is_not_negating(std::size_t cue) const {
        return cue < m_role.size() && m_role[cue] == Role::not_negating;
    }
    bool is_stopword(std::string_view word) const;
    std::size_t negation_reach() const { return m_negation_reach; }

private:
    enum class Role { negator, contrast, sarcasm, not_negating };
    CueSet m_cues;
    std::vector<Role> m_role;
    std::unordered_set<std::string> m_stopwords;
    std::size_t m_negation_reach = 3;  // words allowed between a negator and what it negates
};

class TextAnalysis {
public:
    // `text` must stay alive while the analysis is used.
    void analyze(std::string_view text, const LanguageModel& language, CueScratch& scratch);

    std::string_view text() const { return m_text; }
    const std::vector<Sentence>& sentences() const { return m_sentences; }
    const Sentence& sentence_at(std::size_t offset) const;
    // A negator in the same clause shortly before [begin, end), not inside it.
    bool negated(std::size_t begin) const;
    // Where each contrast marker starts ("but", "however").
    const std::vector<std::size_t>& contrasts() const { return m_contrasts; }
    const std::vector<TextSpan>& sarcasm() const { return m_sarcasm; }
    // Words that carry content (not stop words, long enough to mean something).
    const std::vector<TextSpan>& content_words() const { return m_content_words; }
    // Where the clause holding `offset` starts (clauses end at , ; : . ! ? and contrast words).
    std::size_t clause_start(std::size_t offset) const;

private:
    std::string_view m_text;
    const LanguageModel* m_language = nullptr;
    std::vector<Sentence> m_sentences;
    std::vector<std::size_t> m_clause_starts;
    std::vector<TextSpan> m_negators;
    std::vector<TextSpan> m_not_negating;
    std::size_t m_longest_negator = 0;  // bytes: how far back a negator can start and still reach
    std::vector<std::size_t> m_contrasts;
    std::vector<TextSpan> m_sarcasm;
    std::vector<TextSpan> m_content_words;
};

// A byte that belongs to a word of normalized text: a letter, a digit, an apostrophe, or any
// byte of a non-ASCII character.
bool is_word_byte(char c);

// Calls visit(begin, end) for each word of normalized text, in order: a run of word bytes,
// trailing apostrophes dropped ("parents'" is "parents").
template <typename Visit>
void for_each_word(std::string_view text, Visit&& visit) {
    for (std::size_t i = 0; i < text.size();) {
        if (!is_word_byte(text[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && is_word_byte(text[end])) ++end;
        std::size_t word_end = end;
        while (word_end > i && text[word_end - 1] == '\'') --word_end;
        if (word_end > i) visit(i, word_end);
        i = end;
    }
}

// True when two content words are the same word in another form ("pain"/"painful",
// "frightened"/"frightening"): one is a prefix of the other, or they share five characters.
bool same_stem(std::string_view a, std::string_view b);

}  // namespace encounter
