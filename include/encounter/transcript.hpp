// Transcripts (`encounter-transcript/1`, JSON Lines): a header, one line per turn appended
// and flushed to disk (fsync) as soon as the answer is scored, and a summary at the end.
// A rehearsal never loses an answer already typed: each turn is one write of one whole line.
#pragma once

#include <encounter/diagnostic.hpp>
#include <encounter/json_source.hpp>
#include <encounter/scorer.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace encounter {

inline constexpr std::string_view transcript_format = "encounter-transcript/1";

// "fnv1a64:0123456789abcdef" of the script file's bytes: enough to notice it changed.
std::string content_hash(std::string_view bytes);

// {"id", "kind", "scores", "criteria": {"rubric.criterion": {"level", "max", "evidence"}}},
// the shape `encounter score` prints and transcripts record.
nlohmann::ordered_json score_to_json(std::string_view id, const ResponseScore& score);

class TranscriptWriter {
public:
    TranscriptWriter() = default;
    TranscriptWriter(TranscriptWriter&& other) noexcept;
    TranscriptWriter& operator=(TranscriptWriter&& other) noexcept;
    TranscriptWriter(const TranscriptWriter&) = delete;
    TranscriptWriter& operator=(const TranscriptWriter&) = delete;
    ~TranscriptWriter();

    // Creates (or, with `append`, continues) the file; its folder is created if missing.
    // A partial last line left by a crash is cut off before appending.
    static std::optional<TranscriptWriter> open(const std::string& path, bool append, std::string& error);

    // Writes one JSON object as one line and fsyncs. False, with a reason, on failure.
    bool append(const nlohmann::ordered_json& line, std::string& error);
    const std::string& path() const { return m_path; }

private:
    int m_fd = -1;
    std::string m_path;
};

struct Transcript {
    Json header;
    std::vector<Json> turns;
    std::optional<Json> summary;
    bool cut_short = false;  // the last line was incomplete (a crash mid-write) and was ignored
};

// Reads a transcript; problems are reported with their line (json-syntax, field-missing,
// format-unknown). Returns nothing when it is not a transcript at all.
std::optional<Transcript> read_transcript(const std::string& path, std::string_view text, DiagnosticSink& sink);

// True when `first_line` is a transcript header (to tell transcripts from score input).
bool looks_like_transcript(std::string_view first_line);

}  // namespace encounter
