// Reading files and turning byte offsets into the line:column a person can find.
#include <encounter/source_text.hpp>
#include <encounter/utf8.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

namespace encounter {

SourceText::SourceText(std::string path, std::string text) : m_path(std::move(path)) {
    if (text.starts_with(utf8_bom)) {
        text.erase(0, utf8_bom.size());
        m_had_bom = true;
    }
    m_text = std::move(text);
    m_line_starts.push_back(0);
    for (std::size_t i = 0; i < m_text.size(); ++i) {
        if (m_text[i] == '\n') m_line_starts.push_back(i + 1);
    }
}

Location SourceText::locate(std::size_t offset) const {
    offset = std::min(offset, m_text.size());
    const auto next_line = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
    const auto line_index = static_cast<std::size_t>(next_line - m_line_starts.begin()) - 1;
    const std::size_t line_start = m_line_starts[line_index];
    const std::size_t column =
        count_code_points(std::string_view(m_text).substr(line_start, offset - line_start)) + 1;
    return Location{m_path, line_index + 1, column};
}

ReadResult read_file(const std::filesystem::path& path, std::size_t max_bytes) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return {{}, "is a directory, not a file"};
    std::ifstream in(path, std::ios::binary);
    if (!in) return {{}, std::string("cannot open file: ") + std::strerror(errno)};
    std::string text;
    char buffer[64 * 1024];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > max_bytes) {
            return {{}, "file is larger than the " + std::to_string(max_bytes / (1024 * 1024)) +
                            " MiB limit"};
        }
    }
    if (in.bad()) return {{}, std::string("cannot read file: ") + std::strerror(errno)};
    return {std::move(text), {}};
}

}  // namespace encounter
