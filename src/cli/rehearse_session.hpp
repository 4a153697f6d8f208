// One interactive rehearsal at the terminal: shows the patient, reads answers, coaches,
// records every turn to the transcript before the next patient line appears.
#pragma once

#include "cli/app.hpp"
#include "cli/line_reader.hpp"

#include <encounter/rehearsal.hpp>
#include <encounter/session_summary.hpp>
#include <encounter/transcript.hpp>

#include <string>
#include <vector>

namespace encounter::cli {

enum class FeedbackTiming { each, end, none };

struct SessionSetup {
    const Script* script = nullptr;
    std::vector<const Rubric*> rubrics;
    Scorer* scorer = nullptr;
    TranscriptWriter* transcript = nullptr;
    std::vector<nlohmann::ordered_json> written;  // every line so far, to save elsewhere if the disk fails
    std::vector<TurnRecord> earlier_turns;        // from a resumed transcript
    std::string start_step;                       // empty: the first step
    FeedbackTiming feedback = FeedbackTiming::each;
    bool color = false;
};

// Runs until the script ends, :quit, or end of input. Returns the exit code.
ExitCode run_session(SessionSetup& setup, LineReader& reader, Io& io);

}  // namespace encounter::cli
