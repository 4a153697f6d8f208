// libedit for people, std::getline for pipes.
#include "cli/line_reader.hpp"

#include <clocale>
#include <cstdio>
#include <langinfo.h>
#include <string_view>
#include <cstdlib>
#include <istream>
#include <ostream>

#include <editline/readline.h>

namespace encounter::cli {
namespace {

class EditLineReader final : public LineReader {
protected:
    std::optional<std::string> read_line(const std::string& prompt) override {
        char* line = readline(prompt.c_str());
        if (!line) return std::nullopt;
        std::string text(line);
        std::free(line);
        if (!text.empty()) add_history(text.c_str());
        return text;
    }
};

class StreamLineReader final : public LineReader {
public:
    StreamLineReader(std::istream& in, std::ostream& out) : m_in(in), m_out(out) {}

protected:
    std::optional<std::string> read_line(const std::string& prompt) override {
        m_out << prompt << std::flush;
        std::string line;
        if (!std::getline(m_in, line)) {
            m_out << '\n';
            return std::nullopt;
        }
        if (!line.empty() && line.back() == '\r') line.pop_back();
        m_out << line << '\n';  // echo, so a piped run reads like a typed one
        return line;
    }

private:
    std::istream& m_in;
    std::ostream& m_out;
};

}  // namespace

std::optional<std::string> LineReader::read_answer(const std::string& prompt, const std::string& continuation) {
    std::string answer;
    const std::string* shown = &prompt;
    while (true) {
        auto line = read_line(*shown);
        if (!line) return answer.empty() ? std::nullopt : std::optional<std::string>(answer);
        const bool more = !line->empty() && line->back() == '\\';
        if (more) line->pop_back();
        answer += *line;
        if (!more) return answer;
        answer += '\n';
        shown = &continuation;
    }
}

std::unique_ptr<LineReader> make_line_reader(bool terminal, std::istream& in, std::ostream& out) {
    if (terminal) {
        // libedit drops every non-ASCII key in the C locale: Korean and Arabic answers need
        // a UTF-8 character type, from the environment or else C.UTF-8.
        const char* chosen = std::setlocale(LC_CTYPE, "");
        if (!chosen || std::string_view(nl_langinfo(CODESET)) != "UTF-8") std::setlocale(LC_CTYPE, "C.UTF-8");
        rl_catch_signals = 1;  // libedit restores the terminal before our handlers run
        return std::make_unique<EditLineReader>();
    }
    return std::make_unique<StreamLineReader>(in, out);
}

}  // namespace encounter::cli
