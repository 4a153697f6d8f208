// Many cues compiled once into one RE2::Set, so a response is scanned once for all of
// them; only the cues that matched are run again to find where.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace encounter {

struct CueHit {
    std::size_t cue = 0;    // index returned by CueSet::add
    std::size_t begin = 0;  // byte offsets into the normalized text
    std::size_t end = 0;
};

// Reusable buffers for CueSet::find_all, so the scoring loop allocates nothing per line.
struct CueScratch {
    std::vector<int> matched;
    std::vector<CueHit> hits;
};

class CueSet {
public:
    CueSet();
    ~CueSet();
    CueSet(CueSet&&) noexcept;
    CueSet& operator=(CueSet&&) noexcept;

    // Adds a cue (normalized like the text it will meet) and returns its index.
    // Cues must have been checked with check_cue_syntax; a bad one never matches.
    std::size_t add(std::string_view pattern);
    // Compiles the set; call once after the last add.
    void compile();
    std::size_t size() const { return m_patterns.size(); }

    // Every non-overlapping match of every cue, sorted by position, into scratch.hits.
    void find_all(std::string_view text, CueScratch& scratch) const;

private:
    struct Compiled;
    std::unique_ptr<Compiled> m_compiled;
    std::vector<std::string> m_patterns;
};

// Normalizes the literal (non-ASCII) parts of a cue the way NormalizedText does, leaving
// RE2 syntax alone (case folding "\S" would change its meaning; matching is case-blind anyway).
std::string normalize_cue(std::string_view pattern);

}  // namespace encounter
