// Fuzzes the `score` JSON Lines reader (parse_score_line), one input line at a time as the
// command reads a file, and scores each line it accepts with the bundled rubrics.
#include "fuzz_support.hpp"

#include <encounter/score_input.hpp>
#include <encounter/transcript.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace encounter;
    const std::string_view text = fuzz::as_text(data, size);
    ScoreItem item;
    ResponseScore score;
    std::string error;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t newline = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, newline - start);
        start = newline + 1;
        if (!parse_score_line(line, item, error)) {
            ENCOUNTER_FUZZ_CHECK(!error.empty(), "a line was refused without a reason");
            continue;
        }
        ENCOUNTER_FUZZ_CHECK(error.empty(), "a line was read but left an error: " + error);
        Scorer* scorer = fuzz::bundled_scorer(item.locale);
        if (!scorer) continue;
        scorer->score(ScoreRequest{item.context, item.response, &item.needs, item.kind}, score);
        fuzz::check_score(item.response, score);
        (void)score_to_json(item.id, score).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    }
    return 0;
}
