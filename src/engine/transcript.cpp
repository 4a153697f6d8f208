// Writing transcripts durably and reading them back, tolerating a crash mid-line.
#include <encounter/schema.hpp>
#include <encounter/transcript.hpp>

#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace encounter {

std::string content_hash(std::string_view bytes) {
    std::uint64_t hash = 1469598103934665603ULL;
    for (char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    char text[32];
    std::snprintf(text, sizeof text, "fnv1a64:%016llx", static_cast<unsigned long long>(hash));
    return text;
}

nlohmann::ordered_json score_to_json(std::string_view id, const ResponseScore& score) {
    using Ordered = nlohmann::ordered_json;
    Ordered object;
    object["id"] = std::string(id);
    object["kind"] = std::string(to_string(score.response_kind));
    Ordered scores = Ordered::object();
    for (const RubricScore& rubric : score.rubrics) scores[rubric.rubric] = rubric.score;
    object["scores"] = scores;
    Ordered criteria = Ordered::object();
    for (const CriterionScore& criterion : score.criteria) {
        Ordered entry;
        entry["level"] = criterion.level;
        entry["max"] = criterion.max_level;
        entry["evidence"] = Ordered::array();
        for (const Evidence& evidence : criterion.evidence) {
            if (evidence.effect == EvidenceEffect::voided) continue;
            entry["evidence"].push_back(Ordered{{"start", evidence.start},
                                                {"end", evidence.end},
                                                {"text", evidence.text},
                                                {"rule", evidence.rule}});
        }
        criteria[criterion.rubric + "." + criterion.criterion] = entry;
    }
    object["criteria"] = criteria;
    return object;
}

TranscriptWriter::TranscriptWriter(TranscriptWriter&& other) noexcept
    : m_fd(other.m_fd), m_path(std::move(other.m_path)) {
    other.m_fd = -1;
}

TranscriptWriter& TranscriptWriter::operator=(TranscriptWriter&& other) noexcept {
    if (this != &other) {
        if (m_fd >= 0) ::close(m_fd);
        m_fd = other.m_fd;
        m_path = std::move(other.m_path);
        other.m_fd = -1;
    }
    return *this;
}

TranscriptWriter::~TranscriptWriter() {
    if (m_fd >= 0) ::close(m_fd);
}

std::optional<TranscriptWriter> TranscriptWriter::open(const std::string& path, bool append, std::string& error) {
    std::error_code ec;
    const auto folder = std::filesystem::path(path).parent_path();
    if (!folder.empty()) std::filesystem::create_directories(folder, ec);
    if (ec) {
        error = "cannot create folder " + folder.string() + ": " + ec.message();
        return std::nullopt;
    }
    // Read access too when appending: a partial last line is found by reading back.
    const int flags = (append ? O_RDWR : O_WRONLY | O_EXCL) | O_CREAT | O_CLOEXEC;
    const int fd = ::open(path.c_str(), flags, 0644);
    if (fd < 0) {
        error = "cannot write " + path + ": " + std::strerror(errno);
        return std::nullopt;
    }
    TranscriptWriter writer;
    writer.m_fd = fd;
    writer.m_path = path;
    if (append) {
        // Cut a partial last line (a crash mid-write) so the next line starts clean.
        struct stat info {};
        if (::fstat(fd, &info) == 0 && info.st_size > 0) {
            off_t end = info.st_size;
            char byte = '\n';
            while (end > 0 && ::pread(fd, &byte, 1, end - 1) == 1 && byte != '\n') --end;
            if (end != info.st_size && ::ftruncate(fd, end) != 0) {
                error = "cannot repair " + path + ": " + std::strerror(errno);
                return std::nullopt;
            }
        }
    }
    if (::lseek(fd, 0, SEEK_END) < 0) {
        error = "cannot seek in " + path + ": " + std::strerror(errno);
        return std::nullopt;
    }
    return writer;
}

bool TranscriptWriter::append(const nlohmann::ordered_json& line, std::string& error) {
    const std::string text = line.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + '\n';
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t count = ::write(m_fd, text.data() + written, text.size() - written);
        if (count < 0) {
            if (errno == EINTR) continue;
            error = "cannot write " + m_path + ": " + std::strerror(errno);
            return false;
        }
        written += static_cast<std::size_t>(count);
    }
    if (::fsync(m_fd) != 0) {
        error = "cannot flush " + m_path + " to disk: " + std::strerror(errno);
        return false;
    }
    return true;
}

bool looks_like_transcript(std::string_view first_line) {
    return first_line.find(std::string("\"") + std::string(transcript_format) + "\"") != std::string_view::npos;
}

namespace {

// The fields `score` and `rehearse --resume` read from a transcript, with the type each
// must have when present, so that a transcript edited by hand is refused here, naming
// its line, rather than failing later without a place.
struct TranscriptField {
    std::string_view name;
    JsonType type;
};
constexpr TranscriptField header_fields[] = {
    {"script", JsonType::string}, {"script_file", JsonType::string},
    {"script_hash", JsonType::string}, {"locale", JsonType::string}};
constexpr TranscriptField turn_fields[] = {
    {"step", JsonType::string}, {"patient", JsonType::string}, {"response", JsonType::string},
    {"next", JsonType::string}, {"skipped", JsonType::boolean}, {"turn", JsonType::integer}};

// A turn number `score` can print as an int.
bool is_turn_number(const Json& value) {
    if (value.is_number_unsigned()) return value.get<std::uint64_t>() <= INT_MAX;
    return value.is_number_integer() && value.get<std::int64_t>() >= 0 && value.get<std::int64_t>() <= INT_MAX;
}

template <std::size_t count>
bool fields_have_types(const std::string& path, std::size_t number, const Json& line,
                       const TranscriptField (&fields)[count], DiagnosticSink& sink) {
    for (const TranscriptField& field : fields) {
        const Json* value = member(line, field.name);
        if (!value) continue;
        const bool integer = field.type == JsonType::integer;
        if (integer ? is_turn_number(*value) : has_type(*value, field.type)) continue;
        const std::string expected = integer ? "a whole number from 0 to " + std::to_string(INT_MAX)
                                             : std::string(to_string(field.type));
        sink.report(Diagnostic{Location{path, number, 1}, Severity::error,
                               "\"" + std::string(field.name) + "\" must be " + expected, "field-type"});
        return false;
    }
    return true;
}

}  // namespace

std::optional<Transcript> read_transcript(const std::string& path, std::string_view text, DiagnosticSink& sink) {
    Transcript transcript;
    std::size_t start = 0;
    std::size_t number = 0;
    while (start < text.size()) {
        const std::size_t newline = text.find('\n', start);
        ++number;
        if (newline == std::string_view::npos) {
            transcript.cut_short = true;  // written up to a crash: never a whole turn
            sink.report(Diagnostic{Location{path, number, 1}, Severity::warning,
                                   "incomplete last line ignored (the rehearsal stopped while writing it)",
                                   "transcript-cut-short"});
            break;
        }
        const std::string_view line = text.substr(start, newline - start);
        start = newline + 1;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        JsonLine parsed = parse_json_line(line);
        if (!parsed.ok()) {
            const bool syntax = parsed.rule == "json-syntax";
            sink.report(Diagnostic{Location{path, number, 1}, Severity::error,
                                   syntax ? "line is " + parsed.error : parsed.error, parsed.rule});
            continue;
        }
        Json& value = parsed.value;
        if (number == 1) {
            if (!value.is_object() || string_member(value, "format") != transcript_format) {
                sink.report(Diagnostic{Location{path, 1, 1}, Severity::error,
                                       "not a transcript: the first line must be a header with \"format\": \"" +
                                           std::string(transcript_format) + "\"",
                                       "format-unknown"});
                return std::nullopt;
            }
            if (!fields_have_types(path, number, value, header_fields, sink)) return std::nullopt;
            transcript.header = std::move(value);
            continue;
        }
        const std::string type = string_member(value, "type");
        if (type == "turn") {
            if (fields_have_types(path, number, value, turn_fields, sink)) transcript.turns.push_back(std::move(value));
        } else if (type == "summary") {
            transcript.summary = std::move(value);
        } else {
            sink.report(Diagnostic{Location{path, number, 1}, Severity::error,
                                   "line has no \"type\" of \"turn\" or \"summary\"", "field-missing"});
        }
    }
    if (transcript.header.is_null()) {
        sink.report(Diagnostic{Location{path}, Severity::error, "transcript is empty", "json-empty"});
        return std::nullopt;
    }
    return transcript;
}

}  // namespace encounter
