// Fuzzes the transcript reader (read_transcript) and everything `score` and
// `rehearse --resume` then read from the transcript it returns, so that a transcript the
// reader accepts can never make them throw.
#include "fuzz_support.hpp"

#include <encounter/session_summary.hpp>
#include <encounter/transcript.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace encounter;
    fuzz::CheckingSink sink("fuzz.jsonl");
    const auto transcript = read_transcript("fuzz.jsonl", fuzz::as_text(data, size), sink);
    if (!transcript) {
        ENCOUNTER_FUZZ_CHECK(sink.errors() > 0, "a transcript was refused without an error");
        return 0;
    }
    const Json& header = transcript->header;
    (void)header.value("script", "");
    (void)header.value("script_file", "");
    (void)header.value("script_hash", "");
    (void)header.value("locale", "en");
    std::vector<TurnRecord> records;
    for (const Json& turn : transcript->turns) {
        (void)turn.value("skipped", false);
        (void)turn.value("step", "");
        (void)turn.value("patient", "");
        (void)turn.value("next", "");
        (void)turn.value("turn", 0);
        if (turn.contains("response")) (void)turn["response"].is_string();
        records.push_back(turn_record_from_json(turn));
        (void)nlohmann::ordered_json::parse(turn.dump());
    }
    (void)nlohmann::ordered_json::parse(header.dump());
    const std::vector<const Rubric*> rubrics = fuzz::bundled().rubrics.for_locale("en");
    (void)summary_to_json(summarize(records, rubrics)).dump();
    return 0;
}
