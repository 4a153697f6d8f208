// Scores one clinician response against the rubrics of its locale and explains every
// point: the words that earned a level, the words that cost it (penalties, negation,
// a "but" that takes it back), the needs met and missed, and what would earn more.
#pragma once

#include <encounter/classifier.hpp>
#include <encounter/cue_set.hpp>
#include <encounter/models.hpp>
#include <encounter/need.hpp>
#include <encounter/response_score.hpp>
#include <encounter/normalized_text.hpp>
#include <encounter/rubric.hpp>
#include <encounter/text_analysis.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace encounter {

struct ScoreRequest {
    std::string_view context;   // what the patient said
    std::string_view response;  // what the clinician said
    const std::vector<AnticipatedNeed>* needs = nullptr;
    std::optional<Kind> kind;   // the encounter's kind; classified from `context` when absent
};

class Scorer {
public:
    // `rubrics` and `models` must outlive the scorer. Every cue is compiled here, once.
    Scorer(std::vector<const Rubric*> rubrics, const LocaleModels& models);

    // Scores into `out`, reusing its storage.
    void score(const ScoreRequest& request, ResponseScore& out);

private:
    struct CueOwner {
        enum class Type { rule, rule_unless, penalty, penalty_unless } type;
        std::size_t criterion;  // index into m_criteria
        std::size_t item;       // rule or penalty index
    };
    struct Placed {
        const Rubric* rubric;
        const Criterion* criterion;
    };
    struct Hit {
        CueHit hit;
        CueOwner owner;
    };

    void score_cues(std::size_t index, Kind encounter, CriterionScore& out);
    void score_needs(const ScoreRequest& request, CriterionScore& out, std::vector<NeedScore>& needs);
    void score_kind_fit(const ScoreRequest& request, CriterionScore& out, ResponseScore& score);
    void apply_cap(const CriterionCap& cap, const ResponseScore& score, CriterionScore& out) const;
    // Every criterion's caps between criteria, in rubric order.
    void apply_caps(ResponseScore& out) const;
    void apply_rater_weights(ResponseScore& out);
    // The rater-weight features of criterion `index` that have weights, each once, into m_rater_hits.
    void gather_rater_hits(const ResponseScore& rules, std::size_t index);
    bool is_content_word(std::size_t begin) const;  // a word of the response starting at `begin`
    bool voided(std::size_t begin, std::string& why) const;
    Evidence evidence_at(std::size_t begin, std::size_t end, std::string rule, EvidenceEffect effect) const;
    bool takes_up_context(const Sentence& sentence);
    // The response's words in `sentence` that take up the patient's own content words
    // (valid until the next call).
    const std::vector<TextSpan>& echoes(const Sentence& sentence);
    const CueSet& needs_cues(const std::vector<AnticipatedNeed>& needs);

    std::vector<const Rubric*> m_rubrics;
    const LocaleModels& m_models;
    std::vector<Placed> m_criteria;
    CueSet m_cues;
    std::vector<CueOwner> m_owner;
    std::map<std::string, CueSet> m_need_cues;  // compiled once per distinct list of needs

    // Per response, reused.
    std::string_view m_response;
    NormalizedText m_normalized;
    NormalizedText m_context;
    TextAnalysis m_analysis;
    TextAnalysis m_context_analysis;
    CueScratch m_scratch;
    CueScratch m_language_scratch;
    std::vector<Hit> m_hits;
    std::vector<TextSpan> m_cancelled;
    KindReading m_response_reading;
    KindReading m_context_reading;
    ClassifyWorkspace m_classify;
    std::string m_need_key;
    std::vector<TextSpan> m_echoed;
    std::vector<std::string_view> m_taken_up;
    std::vector<const Hit*> m_unless_hits;
    std::vector<std::pair<std::size_t, int>> m_earned_by_part;
    std::vector<bool> m_redundant;
    std::vector<std::size_t> m_order;
    std::vector<const CriterionScore*> m_rubric_criteria;
    struct RaterHit {
        const std::array<double, 3>* weights;
        std::size_t begin;  // a word's byte span in the normalized response; 0, 0 for the rest
        std::size_t end;
    };
    std::vector<RaterHit> m_rater_hits;
    std::vector<int> m_rater_levels;
    std::vector<bool> m_rater_covers;  // per criterion: the rater weights say something of it
    std::string m_feature_buffer;
    AnswerShape m_answer_shape;  // of the answer being scored, for every criterion's rater weights
    double m_fit_threshold = 0;  // positive evidence here was taken back by a "but"
};

}  // namespace encounter
