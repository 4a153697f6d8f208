// Reading a clinician's answers: libedit line editing and history at a terminal, plain
// lines from a pipe (so trainers can script a run). A line ending in a backslash goes on
// to the next line, so long answers can be typed over several lines.
#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

namespace encounter::cli {

class LineReader {
public:
    virtual ~LineReader() = default;
    // One answer (continuation lines joined with '\n'); nothing at end of input (Ctrl-D).
    std::optional<std::string> read_answer(const std::string& prompt, const std::string& continuation);

protected:
    virtual std::optional<std::string> read_line(const std::string& prompt) = 0;
};

// Line editing with history when both ends are a terminal; otherwise plain lines from `in`,
// with the prompt written to `out` so a transcript of the session still reads well.
std::unique_ptr<LineReader> make_line_reader(bool terminal, std::istream& in, std::ostream& out);

}  // namespace encounter::cli
