// Scoring: one pass of every cue over the response, then per criterion the rules that
// earned a level, the penalties that capped it, and the evidence that was taken back.
#include <encounter/scorer.hpp>

#include <encounter/learned_hits.hpp>
#include <encounter/rater_weights.hpp>
#include <encounter/softmax.hpp>

#include <algorithm>
#include <cmath>

namespace encounter {
namespace {

bool inside(const std::vector<TextSpan>& spans, std::size_t offset) {
    return std::any_of(spans.begin(), spans.end(),
                       [&](const TextSpan& span) { return offset >= span.begin && offset < span.end; });
}

void need_key(const std::vector<AnticipatedNeed>& needs, std::string& key) {
    key.clear();
    for (const AnticipatedNeed& need : needs) {
        key += need.id;
        for (const std::string& cue : need.cues) key += '\x1f' + cue;
        key += '\x1e';
    }
}

}  // namespace

std::string_view to_string(EvidenceEffect effect) {
    switch (effect) {
        case EvidenceEffect::earned: return "earned";
        case EvidenceEffect::cost: return "cost";
        case EvidenceEffect::voided: return "voided";
    }
    return "earned";
}

const CriterionScore* ResponseScore::find(std::string_view rubric, std::string_view criterion) const {
    for (const CriterionScore& score : criteria) {
        if (score.rubric == rubric && score.criterion == criterion) return &score;
    }
    return nullptr;
}

const CriterionScore* ResponseScore::find(std::string_view qualified) const {
    const auto dot = qualified.find('.');
    if (dot == std::string_view::npos) return nullptr;
    return find(qualified.substr(0, dot), qualified.substr(dot + 1));
}

int ResponseScore::score_of(std::string_view rubric) const {
    for (const RubricScore& score : rubrics) {
        if (score.rubric == rubric) return score.score;
    }
    return 0;
}

int rubric_score(const std::vector<const CriterionScore*>& criteria) {
    double earned = 0;
    double possible = 0;
    for (const CriterionScore* criterion : criteria) {
        if (!criterion->applicable) continue;
        earned += criterion->weight * criterion->level;
        possible += criterion->weight * criterion->max_level;
    }
    // A rubric none of whose criteria apply has nothing to fall short of.
    return possible > 0 ? static_cast<int>(std::lround(100.0 * earned / possible)) : 100;
}

Scorer::Scorer(std::vector<const Rubric*> rubrics, const LocaleModels& models)
    : m_rubrics(std::move(rubrics)), m_models(models) {
    for (const Rubric* rubric : m_rubrics) {
        for (const Criterion& criterion : rubric->criteria) {
            const std::size_t index = m_criteria.size();
            m_criteria.push_back(Placed{rubric, &criterion});
            const auto add = [&](const std::vector<std::string>& cues, CueOwner::Type type, std::size_t item) {
                for (const std::string& cue : cues) {
                    m_cues.add(cue);
                    m_owner.push_back(CueOwner{type, index, item});
                }
            };
            for (std::size_t r = 0; r < criterion.rules.size(); ++r) {
                add(criterion.rules[r].cues, CueOwner::Type::rule, r);
                add(criterion.rules[r].unless, CueOwner::Type::rule_unless, r);
            }
            for (std::size_t p = 0; p < criterion.penalties.size(); ++p) {
                add(criterion.penalties[p].cues, CueOwner::Type::penalty, p);
                for (const std::string& name : criterion.penalties[p].cue_groups) {
                    // An unknown group is lint's to report (cue-group-unknown); here it adds nothing.
                    if (const LexiconGroup* group = m_models.find_group(name)) {
                        add(group->cues, CueOwner::Type::penalty, p);
                    }
                }
                add(criterion.penalties[p].unless, CueOwner::Type::penalty_unless, p);
            }
        }
    }
    m_cues.compile();
    m_fit_threshold = m_models.response_fit_threshold;
    for (const Placed& placed : m_criteria) {
        m_rater_covers.push_back(placed.criterion->max_level == 2 &&
                                 m_models.rater_weights.covers(placed.rubric->id, placed.criterion->id));
    }
}

Evidence Scorer::evidence_at(std::size_t begin, std::size_t end, std::string rule,
                             EvidenceEffect effect) const {
    ByteSpan span = m_normalized.original_span(begin, end);
    while (span.end > span.begin && m_response[span.end - 1] == ' ') --span.end;
    return Evidence{span.begin, span.end, std::string(m_response.substr(span.begin, span.end - span.begin)),
                    std::move(rule), effect, {}};
}

bool Scorer::voided(std::size_t begin, std::string& why) const {
    if (m_analysis.negated(begin)) {
        why = "negated";
        return true;
    }
    if (inside(m_cancelled, begin)) {
        why = "taken back by what follows";
        return true;
    }
    return false;
}

const std::vector<TextSpan>& Scorer::echoes(const Sentence& sentence) {
    m_echoed.clear();
    m_taken_up.clear();  // each patient word counts once
    const std::string_view response = m_normalized.text();
    const std::string_view context = m_context.text();
    // Content words are in text order: start at the sentence's first, not the text's.
    const std::vector<TextSpan>& words = m_analysis.content_words();
    const auto first = std::partition_point(words.begin(), words.end(),
                                            [&](const TextSpan& word) { return word.begin < sentence.begin; });
    for (auto word_at = first; word_at != words.end() && word_at->begin < sentence.end; ++word_at) {
        const TextSpan& word = *word_at;
        if (word.end > sentence.end) continue;
        const auto mine = response.substr(word.begin, word.end - word.begin);
        for (const TextSpan& theirs : m_context_analysis.content_words()) {
            const auto their_word = context.substr(theirs.begin, theirs.end - theirs.begin);
            if (!same_stem(mine, their_word)) continue;
            if (std::find(m_taken_up.begin(), m_taken_up.end(), their_word) == m_taken_up.end()) {
                m_taken_up.push_back(their_word);
                m_echoed.push_back(word);
            }
            break;
        }
    }
    return m_echoed;
}

bool Scorer::takes_up_context(const Sentence& sentence) { return !echoes(sentence).empty(); }

void Scorer::score_cues(std::size_t index, Kind encounter, CriterionScore& out) {
    const Criterion& criterion = *m_criteria[index].criterion;
    // The criterion's "unless" hits, gathered once: a response with thousands of hits
    // must not compare every hit with every other.
    std::vector<const Hit*>& unless_hits = m_unless_hits;
    unless_hits.clear();
    for (const Hit& hit : m_hits) {
        if (hit.owner.criterion == index && (hit.owner.type == CueOwner::Type::rule_unless ||
                                             hit.owner.type == CueOwner::Type::penalty_unless)) {
            unless_hits.push_back(&hit);
        }
    }
    const auto unless_in_sentence = [&](CueOwner::Type type, std::size_t item, const Sentence& sentence) {
        return std::any_of(unless_hits.begin(), unless_hits.end(), [&](const Hit* other) {
            return other->owner.type == type && other->owner.item == item && other->hit.begin >= sentence.begin &&
                   other->hit.begin < sentence.end;
        });
    };
    int best = criterion.baseline;
    // The best of the rules that do not add: they earn their level alone, never more.
    int standing_alone = criterion.baseline;
    int cap = criterion.max_level;
    // The best level of each rule or clause, for "combine": "sum" or "clauses" (a few
    // parts at most: a flat list beats a map).
    std::vector<std::pair<std::size_t, int>>& earned_by_part = m_earned_by_part;
    earned_by_part.clear();
    for (const Hit& hit : m_hits) {
        if (hit.owner.criterion != index) continue;
        const Sentence& sentence = m_analysis.sentence_at(hit.hit.begin);
        std::string why;
        if (hit.owner.type == CueOwner::Type::rule) {
            const CueRule& rule = criterion.rules[hit.owner.item];
            if (rule.question && !sentence.question) continue;
            const int level = rule.specific_level >= 0 && takes_up_context(sentence) ? rule.specific_level
                                                                                   : rule.level;
            if (!voided(hit.hit.begin, why) && unless_in_sentence(CueOwner::Type::rule_unless, hit.owner.item, sentence)) {
                why = "does not count here";
            }
            Evidence evidence = evidence_at(hit.hit.begin, hit.hit.end, rule.id,
                                            why.empty() ? EvidenceEffect::earned : EvidenceEffect::voided);
            evidence.why = why;
            if (why.empty() && !rule.adds) {
                standing_alone = std::max(standing_alone, level);
            } else if (why.empty()) {
                best = std::max(best, level);
                const std::size_t part =
                    criterion.combine == Combine::clauses ? m_analysis.clause_start(hit.hit.begin) : hit.owner.item;
                const auto earned = std::find_if(earned_by_part.begin(), earned_by_part.end(),
                                                 [&](const auto& entry) { return entry.first == part; });
                if (earned == earned_by_part.end()) {
                    earned_by_part.emplace_back(part, level);
                } else {
                    earned->second = std::max(earned->second, level);
                }
            }
            out.evidence.push_back(std::move(evidence));
        } else if (hit.owner.type == CueOwner::Type::penalty) {
            const Penalty& penalty = criterion.penalties[hit.owner.item];
            if (m_analysis.negated(hit.hit.begin) ||
                unless_in_sentence(CueOwner::Type::penalty_unless, hit.owner.item, sentence)) {
                continue;
            }
            cap = std::min(cap, penalty.cap_in(encounter));
            out.evidence.push_back(evidence_at(hit.hit.begin, hit.hit.end, "penalty:" + penalty.id,
                                               EvidenceEffect::cost));
        }
    }
    // Mirroring the patient's words while dismissing them is not understanding: any
    // penalty in the answer voids the echo.
    const bool dismissive = std::any_of(m_hits.begin(), m_hits.end(), [&](const Hit& hit) {
        return hit.owner.type == CueOwner::Type::penalty && !m_analysis.negated(hit.hit.begin);
    });
    if (criterion.echo_level >= 0 && !dismissive) {
        for (const Sentence& sentence : m_analysis.sentences()) {
            const std::vector<TextSpan>& words = echoes(sentence);
            if (words.size() < static_cast<std::size_t>(criterion.echo_words)) continue;
            std::string why;
            if (voided(words.front().begin, why)) continue;
            best = std::max(best, criterion.echo_level);
            for (const TextSpan& word : words) {
                out.evidence.push_back(evidence_at(word.begin, word.end, "echoes-patient", EvidenceEffect::earned));
            }
        }
    }
    // A match inside a longer one with the same effect says nothing new ("sorry" inside
    // "so sorry you've been"): keep the longer.
    // In order of start (longest first at the same start), an evidence is inside a longer
    // one of the same effect when an earlier one reaches past its end, or to its end from
    // further left; identical ones are kept. Sorting keeps this n log n for long responses.
    std::vector<bool>& redundant = m_redundant;
    redundant.assign(out.evidence.size(), false);
    std::vector<std::size_t>& order = m_order;
    order.resize(out.evidence.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Evidence& x = out.evidence[a];
        const Evidence& y = out.evidence[b];
        if (x.effect != y.effect) return x.effect < y.effect;
        return x.start != y.start ? x.start < y.start : x.end > y.end;
    });
    for (std::size_t k = 0; k < order.size();) {
        const EvidenceEffect effect = out.evidence[order[k]].effect;
        std::size_t reach = 0;        // the furthest end so far
        std::size_t reach_from = 0;   // the start of the first evidence that got that far
        bool any = false;
        for (; k < order.size() && out.evidence[order[k]].effect == effect; ++k) {
            const Evidence& inner = out.evidence[order[k]];
            if (any && (reach > inner.end || (reach == inner.end && reach_from < inner.start))) redundant[order[k]] = true;
            if (!any || inner.end > reach) {
                reach = inner.end;
                reach_from = inner.start;
                any = true;
            }
        }
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < out.evidence.size(); ++i) {
        if (redundant[i]) continue;
        if (kept != i) out.evidence[kept] = std::move(out.evidence[i]);
        ++kept;
    }
    out.evidence.resize(kept);
    if (criterion.combine != Combine::max) {
        int sum = 0;
        for (const auto& [part, level] : earned_by_part) sum += level;
        best = std::max(criterion.baseline, std::min(sum, criterion.max_level));
    }
    out.level = std::min(std::max(best, standing_alone), cap);
}

const CueSet& Scorer::needs_cues(const std::vector<AnticipatedNeed>& needs) {
    need_key(needs, m_need_key);
    const std::string& key = m_need_key;
    auto found = m_need_cues.find(key);
    if (found != m_need_cues.end()) return found->second;
    if (m_need_cues.size() > 1024) m_need_cues.clear();  // bound the cache on wildly varied input
    CueSet cues;
    for (const AnticipatedNeed& need : needs) {
        for (const std::string& cue : need.cues) cues.add(cue);
    }
    cues.compile();
    return m_need_cues.emplace(key, std::move(cues)).first->second;
}

void Scorer::score_needs(const ScoreRequest& request, CriterionScore& out, std::vector<NeedScore>& needs) {
    if (!request.needs || request.needs->empty()) {
        out.applicable = false;
        return;
    }
    const CueSet& cues = needs_cues(*request.needs);
    cues.find_all(m_normalized.text(), m_scratch);
    std::size_t met = 0;
    std::size_t first_cue = 0;
    for (const AnticipatedNeed& need : *request.needs) {
        NeedScore result{need.id, need.need, false};
        const std::size_t last_cue = first_cue + need.cues.size();
        for (const CueHit& hit : m_scratch.hits) {
            if (hit.cue < first_cue || hit.cue >= last_cue) continue;
            std::string why;
            const bool void_here = voided(hit.begin, why);
            Evidence evidence = evidence_at(hit.begin, hit.end, "need:" + need.id,
                                            void_here ? EvidenceEffect::voided : EvidenceEffect::earned);
            evidence.why = why;
            out.evidence.push_back(std::move(evidence));
            result.met = result.met || !void_here;
        }
        met += result.met;
        needs.push_back(std::move(result));
        first_cue = last_cue;
    }
    const std::size_t total = request.needs->size();
    if (met == 0) {
        out.level = 0;
    } else if (met == total) {
        out.level = out.max_level;
    } else {
        const int share = static_cast<int>(out.max_level * static_cast<int>(met) / static_cast<int>(total));
        out.level = std::clamp(share, 1, out.max_level - 1);
    }
}

void Scorer::score_kind_fit(const ScoreRequest& request, CriterionScore& out, ResponseScore& score) {
    (void)request;
    const KindReading& reading = m_response_reading;
    const Kind encounter = score.encounter_kind;
    const auto lists = [](const std::vector<Kind>& kinds, Kind kind) {
        return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
    };
    double meeting = 0;  // the weight of the signals that meet this encounter's kind
    bool partly = false;
    bool turned_away = false;
    for (const KindEvidence& signal : reading.evidence) {
        const LexiconGroup& group = m_models.response_kinds.group(signal.group);
        const bool turns_away = !signal.negated && lists(group.turns_away, encounter);
        const bool meets = !turns_away && (signal.kind == encounter || lists(group.also_meets, encounter));
        const bool helps = meets || (!turns_away && lists(group.partly_meets, encounter));
        if (meets) meeting += signal.weight;
        partly = partly || helps;
        turned_away = turned_away || turns_away;
        out.evidence.push_back(Evidence{signal.begin, signal.end, signal.text, "kind:" + signal.signal,
                                        helps ? EvidenceEffect::earned : EvidenceEffect::cost, {}});
    }
    if (meeting > 0 && meeting >= m_fit_threshold) {
        // Squarely: one invitation, or a plan of several signals, even when another kind
        // is named too (options name treatments).
        out.level = out.max_level;
    } else if (turned_away) {
        out.level = 0;  // a choice made for the patient, a visit waved off
    } else if (partly) {
        out.level = 1;
    } else if (!reading.has_evidence()) {
        out.level = m_models.response_silent_level;  // neither meets the encounter nor turns it elsewhere
    } else {
        out.level = 0;  // only another kind: a prescription to a patient asking what they want to become
    }
}

void Scorer::apply_cap(const CriterionCap& cap, const ResponseScore& score, CriterionScore& out) const {
    const CriterionScore* other = score.find(cap.rubric, cap.criterion);
    if (other == nullptr || other == &out || other->level > cap.at_most || out.level <= cap.cap) return;
    out.level = cap.cap;
    // The words that cost the other criterion cost this one too: show them here.
    for (const Evidence& evidence : other->evidence) {
        if (evidence.effect != EvidenceEffect::cost) continue;
        Evidence shown = evidence;
        shown.rule = "capped-by:" + cap.rubric + "." + cap.criterion + ":" + evidence.rule;
        out.evidence.push_back(std::move(shown));
    }
}

void Scorer::apply_caps(ResponseScore& out) const {
    for (std::size_t index = 0; index < m_criteria.size(); ++index) {
        for (const CriterionCap& cap : m_criteria[index].criterion->capped_by) apply_cap(cap, out, out.criteria[index]);
    }
}

void Scorer::gather_rater_hits(const ResponseScore& rules, std::size_t index) {
    m_rater_hits.clear();
    for_each_rater_feature(rules, index, m_normalized.text(), m_answer_shape, m_feature_buffer,
                           [&](std::string_view key, std::size_t begin, std::size_t end) {
                               if (const auto* weights = m_models.rater_weights.find(key)) {
                                   m_rater_hits.push_back(RaterHit{weights, begin, end});
                               }
                           });
    // A word said twice counts once, as in training.
    keep_first_of_each_entry(m_rater_hits, [](const RaterHit& a, const RaterHit& b) { return a.begin < b.begin; });
}

bool Scorer::is_content_word(std::size_t begin) const {
    const std::vector<TextSpan>& words = m_analysis.content_words();
    const auto found = std::partition_point(words.begin(), words.end(),
                                            [&](const TextSpan& word) { return word.begin < begin; });
    return found != words.end() && found->begin == begin;
}

void Scorer::apply_rater_weights(ResponseScore& out) {
    m_answer_shape = AnswerShape(m_normalized.text(), m_context.text());
    // Every criterion's features read the rules' levels of the others: decide all, then change.
    m_rater_levels.resize(out.criteria.size());
    for (std::size_t index = 0; index < out.criteria.size(); ++index) {
        const CriterionScore& rules = out.criteria[index];
        m_rater_levels[index] = rules.level;
        if (!m_rater_covers[index] || !rules.applicable) continue;
        gather_rater_hits(out, index);
        std::array<double, 3> sums{};
        for (const RaterHit& hit : m_rater_hits) {
            for (std::size_t level = 0; level < sums.size(); ++level) sums[level] += (*hit.weights)[level];
        }
        // A neighbour of the rules' level only when the weights clearly prefer it (by the lexicon's
        // `margin` in log-odds): they weigh what the rules found, they rarely overturn it.
        const auto found = static_cast<std::size_t>(rules.level);
        const double margin = m_models.rater_weights.margin();
        // Twice the margin is needed below the criterion's baseline (respect's neutral, polite 1:
        // the weights rarely call an answer dismissive on their own) and below a top level a rule
        // names outright (not an echo of words): those are the rules' firmest calls, and a short
        // answer that makes one well should not lose it to the halo of what it leaves out.
        const Criterion& criterion = *m_criteria[index].criterion;
        const auto baseline = static_cast<std::size_t>(criterion.baseline);
        const bool named_top = found == static_cast<std::size_t>(criterion.max_level) &&
            std::any_of(rules.evidence.begin(), rules.evidence.end(), [&](const Evidence& evidence) {
                if (evidence.effect != EvidenceEffect::earned) return false;
                return std::any_of(criterion.rules.begin(), criterion.rules.end(), [&](const CueRule& rule) {
                    return rule.id == evidence.rule && (rule.level == criterion.max_level ||
                                                        rule.specific_level == criterion.max_level);
                });
            });
        // Two levels from the rules' (a 0 the raters would call 2, or the reverse) only when the
        // weights are `two_levels` times as sure again: the rules missed or misread the whole answer.
        const double two_levels = m_models.rater_weights.two_levels();
        std::size_t level = found;
        for (std::size_t candidate = 0; candidate < sums.size(); ++candidate) {
            const bool firm = candidate < baseline || (named_top && candidate < found);
            const bool far = candidate + 1 < found || candidate > found + 1;
            if (far && two_levels <= 0) continue;
            const double needed = (firm ? 2 * margin : margin) * (far ? two_levels : 1);
            if (sums[candidate] > sums[level] && sums[candidate] > sums[found] + needed) level = candidate;
        }
        // An end of the scale (0 or 2) while the weights still give the other end a real share
        // (`split_share`): raters would be split on an answer like it, so the middle level, one
        // from either reading, rather than a confident end two from one of them. Not a top level
        // a rule names outright and the weights left there: the halo again (above).
        const double split_share = m_models.rater_weights.split_share();
        const std::size_t other_end = sums.size() - 1 - level;
        const bool kept_named_top = named_top && level == found;
        if (split_share > 0 && other_end != level && !kept_named_top && softmax(sums)[other_end] >= split_share) {
            level = 1;
        }
        // A penalty or a cap holds whatever else the answer says ("calm down" is never partnership).
        const bool penalised = std::any_of(rules.evidence.begin(), rules.evidence.end(), [](const Evidence& evidence) {
            return evidence.effect == EvidenceEffect::cost &&
                   (evidence.rule.rfind("penalty:", 0) == 0 || evidence.rule.rfind("capped-by:", 0) == 0);
        });
        m_rater_levels[index] = penalised ? std::min(static_cast<int>(level), rules.level) : static_cast<int>(level);
    }
    for (std::size_t index = 0; index < out.criteria.size(); ++index) {
        CriterionScore& result = out.criteria[index];
        if (m_rater_levels[index] == result.level) continue;
        const auto from = static_cast<std::size_t>(result.level);
        const auto to = static_cast<std::size_t>(m_rater_levels[index]);
        // Show the words that pushed hardest from the rules' level toward the raters'.
        gather_rater_hits(out, index);
        const auto push = [&](const RaterHit& hit) { return (*hit.weights)[to] - (*hit.weights)[from]; };
        std::sort(m_rater_hits.begin(), m_rater_hits.end(),
                  [&](const RaterHit& a, const RaterHit& b) { return push(a) > push(b); });
        std::size_t shown = 0;
        for (const RaterHit& hit : m_rater_hits) {
            if (shown == 3 || push(hit) <= 0) break;
            // Only content words explain anything to a reader ("manager", not "the").
            if (hit.end == hit.begin || !is_content_word(hit.begin)) continue;
            result.evidence.push_back(evidence_at(hit.begin, hit.end, "learned",
                                                  to > from ? EvidenceEffect::earned : EvidenceEffect::cost));
            ++shown;
        }
        result.level = m_rater_levels[index];
    }
}

void Scorer::score(const ScoreRequest& request, ResponseScore& out) {
    m_response = request.response;
    m_normalized.assign(request.response);
    m_analysis.analyze(m_normalized.text(), *m_models.language, m_language_scratch);
    m_context.assign(request.context);
    m_context_analysis.analyze(m_context.text(), *m_models.language, m_language_scratch);

    m_cues.find_all(m_normalized.text(), m_scratch);
    m_hits.clear();
    for (const CueHit& hit : m_scratch.hits) m_hits.push_back(Hit{hit, m_owner[hit.cue]});

    // What comes after "but" carries the intent: when it dismisses (a penalty or a
    // sarcasm marker), what came before it in the sentence is taken back. A sarcastic
    // sentence takes back everything in it.
    m_cancelled.clear();
    // Hits, sarcasm markers and contrasts are all in text order: each sentence looks only
    // at its own (binary search), so a response of many sentences stays fast.
    const std::vector<TextSpan>& sarcasm = m_analysis.sarcasm();
    const std::vector<std::size_t>& contrasts = m_analysis.contrasts();
    const auto sarcasm_from = [&](std::size_t begin) {
        return std::partition_point(sarcasm.begin(), sarcasm.end(), [&](const TextSpan& span) { return span.begin < begin; });
    };
    const auto dismissive_in = [&](std::size_t begin, std::size_t end) {
        const auto first = std::partition_point(m_hits.begin(), m_hits.end(),
                                                [&](const Hit& hit) { return hit.hit.begin < begin; });
        const auto last = std::partition_point(first, m_hits.end(), [&](const Hit& hit) { return hit.hit.begin < end; });
        const bool penalty = std::any_of(first, last, [&](const Hit& hit) {
            return hit.owner.type == CueOwner::Type::penalty && !m_analysis.negated(hit.hit.begin);
        });
        const auto marker = sarcasm_from(begin);
        return penalty || (marker != sarcasm.end() && marker->begin < end);
    };
    for (const Sentence& sentence : m_analysis.sentences()) {
        for (auto span = sarcasm_from(sentence.begin); span != sarcasm.end() && span->begin < sentence.end; ++span) {
            m_cancelled.push_back(TextSpan{sentence.begin, sentence.end});
        }
        auto contrast = std::lower_bound(contrasts.begin(), contrasts.end(), sentence.begin);
        for (; contrast != contrasts.end() && *contrast < sentence.end; ++contrast) {
            if (dismissive_in(*contrast, sentence.end)) m_cancelled.push_back(TextSpan{sentence.begin, *contrast});
        }
    }

    out.needs.clear();
    out.rubrics.clear();
    if (request.kind) {
        out.encounter_kind = *request.kind;
    } else {
        m_models.patient_kinds.classify(&request.context, 1, m_classify, m_context_reading);
        out.encounter_kind = m_context_reading.kind;
    }
    m_response_reading.evidence.clear();
    if (!m_models.response_kinds.empty()) {
        m_models.response_kinds.classify(&request.response, 1, m_classify, m_response_reading);
    }
    out.response_kind = m_response_reading.has_evidence() ? m_response_reading.kind : out.encounter_kind;
    // Each criterion's score is reset in place, so its evidence list keeps its storage.
    out.criteria.resize(m_criteria.size());
    for (std::size_t index = 0; index < m_criteria.size(); ++index) {
        const Criterion& criterion = *m_criteria[index].criterion;
        CriterionScore& result = out.criteria[index];
        result.rubric = m_criteria[index].rubric->id;
        result.criterion = criterion.id;
        result.level = 0;
        result.max_level = criterion.max_level;
        result.weight = criterion.weight;
        result.evidence.clear();
        result.feedback.clear();
        result.applicable = true;
        switch (criterion.method) {
            case ScoringMethod::cues: score_cues(index, out.encounter_kind, result); break;
            case ScoringMethod::anticipate: score_needs(request, result, out.needs); break;
            case ScoringMethod::kind_fit: score_kind_fit(request, result, out); break;
        }
    }
    // Caps between criteria read the other criterion's level once everything is scored,
    // so they do not depend on the order of the rubrics.
    apply_caps(out);
    // The learned weights read the rules' levels as training saw them: after the caps.
    if (!m_models.rater_weights.empty()) {
        apply_rater_weights(out);
        // A criterion the weights moved to a cap's threshold (respect judged dismissive)
        // caps the others as the rules' own level would have.
        apply_caps(out);
    }
    for (std::size_t index = 0; index < m_criteria.size(); ++index) {
        const Criterion& criterion = *m_criteria[index].criterion;
        CriterionScore& result = out.criteria[index];
        if (result.level < result.max_level && result.applicable) {
            const auto next = criterion.feedback.upper_bound(result.level);
            if (next != criterion.feedback.end()) result.feedback = next->second;
        }
    }
    for (const Rubric* rubric : m_rubrics) {
        std::vector<const CriterionScore*>& mine = m_rubric_criteria;
        mine.clear();
        for (const CriterionScore& criterion : out.criteria) {
            if (criterion.rubric == rubric->id) mine.push_back(&criterion);
        }
        out.rubrics.push_back(RubricScore{rubric->id, rubric_score(mine)});
    }
}

}  // namespace encounter
