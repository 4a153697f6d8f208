// Sentences, clauses, negation scope, contrast, sarcasm and content words.
#include <encounter/text_analysis.hpp>
#include <encounter/utf8.hpp>

#include <algorithm>

namespace encounter {
namespace {

bool ends_sentence(char c) { return c == '.' || c == '!' || c == '?' || c == '\n'; }
bool ends_clause(char c) { return c == ',' || c == ';' || c == ':' || c == '(' || c == ')'; }

}  // namespace

bool is_word_byte(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x80 || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') || c == '\'';
}

LanguageModel::LanguageModel(const Lexicon* language) {
    if (!language) return;
    const std::pair<const char*, Role> roles[] = {
        {"negators", Role::negator}, {"contrast", Role::contrast}, {"sarcasm", Role::sarcasm},
        {"not-negating", Role::not_negating}};
    for (const auto& [group_id, role] : roles) {
        if (const LexiconGroup* group = language->find_group(group_id)) {
            for (const std::string& cue : group->cues) {
                m_cues.add(cue);
                m_role.push_back(role);
            }
        }
    }
    m_cues.compile();
    m_negation_reach = static_cast<std::size_t>(std::max(0.0, language->setting("negation_reach", 3)));
    if (const auto found = language->words.find("stopwords"); found != language->words.end()) {
        m_stopwords.insert(found->second.begin(), found->second.end());
    }
}

bool LanguageModel::is_stopword(std::string_view word) const {
    return m_stopwords.count(std::string(word)) > 0;
}

void TextAnalysis::analyze(std::string_view text, const LanguageModel& language, CueScratch& scratch) {
    m_text = text;
    m_language = &language;
    m_sentences.clear();
    m_clause_starts.clear();
    m_negators.clear();
    m_not_negating.clear();
    m_longest_negator = 0;
    m_contrasts.clear();
    m_sarcasm.clear();
    m_content_words.clear();

    std::size_t sentence_begin = 0;
    m_clause_starts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (ends_sentence(text[i])) {
            std::size_t end = i + 1;
            while (end < text.size() && ends_sentence(text[end])) ++end;
            const bool question = text.substr(i, end - i).find('?') != std::string_view::npos;
            m_sentences.push_back(Sentence{sentence_begin, end, question});
            sentence_begin = end;
            m_clause_starts.push_back(end);
            i = end - 1;
        } else if (ends_clause(text[i])) {
            m_clause_starts.push_back(i + 1);
        }
    }
    if (sentence_begin < text.size() || m_sentences.empty()) {
        m_sentences.push_back(Sentence{sentence_begin, text.size(), false});
    }

    language.cues().find_all(text, scratch);
    for (const CueHit& hit : scratch.hits) {
        if (language.is_negator(hit.cue)) {
            m_negators.push_back(TextSpan{hit.begin, hit.end});
            m_longest_negator = std::max(m_longest_negator, hit.end - hit.begin);
        } else if (language.is_contrast(hit.cue)) {
            m_contrasts.push_back(hit.begin);
            m_clause_starts.push_back(hit.begin);
        } else if (language.is_sarcasm(hit.cue)) {
            m_sarcasm.push_back(TextSpan{hit.begin, hit.end});
        } else if (language.is_not_negating(hit.cue)) {
            m_not_negating.push_back(TextSpan{hit.begin, hit.end});
        }
    }
    // "no wonder you're worn out": the "no" inside an idiom negates nothing. Idioms are rare,
    // so a scan per idiom is cheap.
    for (const TextSpan& idiom : m_not_negating) {
        std::erase_if(m_negators, [&](const TextSpan& negator) {
            return negator.begin >= idiom.begin && negator.end <= idiom.end;
        });
    }
    std::sort(m_clause_starts.begin(), m_clause_starts.end());

    for_each_word(text, [&](std::size_t begin, std::size_t end) {
        const std::string_view word = text.substr(begin, end - begin);
        const bool ascii = std::all_of(word.begin(), word.end(),
                                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        const std::size_t letters = count_code_points(word);
        const bool long_enough = ascii ? letters >= 4 : letters >= 2;
        if (long_enough && !language.is_stopword(word)) m_content_words.push_back(TextSpan{begin, end});
    });
}

const Sentence& TextAnalysis::sentence_at(std::size_t offset) const {
    // Sentences are in text order; a binary search keeps long responses linear overall.
    const auto found = std::partition_point(m_sentences.begin(), m_sentences.end(),
                                            [&](const Sentence& sentence) { return sentence.end <= offset; });
    return found != m_sentences.end() ? *found : m_sentences.back();
}

std::size_t TextAnalysis::clause_start(std::size_t offset) const {
    const auto after = std::upper_bound(m_clause_starts.begin(), m_clause_starts.end(), offset);
    return after == m_clause_starts.begin() ? 0 : *(after - 1);
}

bool TextAnalysis::negated(std::size_t begin) const {
    const std::size_t clause = clause_start(begin);
    // "not sorry" has one space between; reach counts the words in between.
    const std::size_t reach = m_language->negation_reach() + 1;
    // A negator is near enough when it ends after the (reach + 1)th space back from
    // `begin`. Finding that space first, and walking back over the negators (in text
    // order) only as far as one could end beyond it, keeps this quick however many
    // negators the clause holds (a response of "not sorry" 90,000 times).
    std::size_t spaces = 0;
    std::size_t too_far = 0;  // a negator ending at or before this is out of reach
    bool bounded = false;
    for (std::size_t i = begin; i > clause; --i) {
        if (m_text[i - 1] == ' ' && ++spaces > reach) {
            too_far = i - 1;
            bounded = true;
            break;
        }
    }
    auto negator = std::partition_point(m_negators.begin(), m_negators.end(),
                                        [&](const TextSpan& span) { return span.begin < begin; });
    while (negator != m_negators.begin()) {
        --negator;
        if (negator->begin < clause) return false;
        if (bounded && negator->begin + m_longest_negator <= too_far) return false;
        if (negator->end <= begin && (!bounded || negator->end > too_far)) return true;
    }
    return false;
}

bool same_stem(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    if (a.size() >= 4 && b.starts_with(a)) return true;
    constexpr std::size_t shared = 5;
    return a.size() >= shared && b.size() >= shared && a.substr(0, shared) == b.substr(0, shared);
}

}  // namespace encounter
