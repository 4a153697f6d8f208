// Lexicons (`encounter-lexicon/1`): the language knowledge the engine reads as data, per
// locale. `language` holds negators, contrast words and sarcasm markers; `kinds` holds the
// signals of first, second and third kind in what a patient says; `response-kinds` the
// same for what a clinician says.
#pragma once

#include <encounter/diagnostic.hpp>
#include <encounter/json_source.hpp>
#include <encounter/kind.hpp>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace encounter {

inline constexpr std::string_view lexicon_format = "encounter-lexicon/1";

struct LexiconGroup {
    std::string id;
    std::optional<Kind> kind;          // for kind signals
    double weight = 1;                 // how strongly a match pushes toward `kind`
    std::optional<Kind> negated_kind;  // a negated match pushes here instead ("no pain")
    // For kind-fit (response signals): encounters of these kinds are met by this signal as
    // by their own kind's (asking what matters most to the patient invites a choice as well
    // as a goal)...
    std::vector<Kind> also_meets;
    // ...partly met by it although it is of another kind (a treatment named in a choice
    // informs it)...
    std::vector<Kind> partly_meets;
    // ...or are turned away by it, whatever else is said short of meeting them squarely
    // (a choice made for the patient; "there's nothing for us to do").
    std::vector<Kind> turns_away;
    std::vector<std::string> cues;
    std::string pointer;
};

// The group with this id, or nullptr: lexicons and the classifiers built from them share it.
const LexiconGroup* find_group(const std::vector<LexiconGroup>& groups, std::string_view group_id);

struct Lexicon {
    std::string id;
    std::string locale = "en";
    std::vector<LexiconGroup> groups;
    std::map<std::string, std::vector<std::string>> words;  // plain word lists (stop words)
    std::map<std::string, double> settings;                 // tuning numbers, e.g. "temperature"
    // Learned word weights toward first, second and third kind ("kind-words"): a word or
    // a pair of words of normalized text -> its weight per kind.
    std::map<std::string, std::array<double, 3>, std::less<>> weights;
    std::shared_ptr<const JsonSource> source;

    const LexiconGroup* find_group(std::string_view group_id) const;
    double setting(const std::string& name, double fallback) const;
};

std::optional<Lexicon> read_lexicon(std::shared_ptr<const JsonSource> source, DiagnosticSink& sink);

}  // namespace encounter
