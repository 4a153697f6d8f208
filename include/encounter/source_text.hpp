// A file's text as read from disk, with the index that turns byte offsets into line:column.
#pragma once

#include <encounter/diagnostic.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace encounter {

// Files larger than this are refused with a clear error instead of being read into memory.
inline constexpr std::size_t max_source_bytes = 16U * 1024U * 1024U;

class SourceText {
public:
    // `path` is how findings name the file (as the user typed it). A leading BOM is dropped,
    // so offsets and columns count from the first visible character.
    SourceText(std::string path, std::string text);

    const std::string& path() const { return m_path; }
    const std::string& text() const { return m_text; }
    bool had_bom() const { return m_had_bom; }

    // Offsets past the end clamp to the end of the text.
    Location locate(std::size_t offset) const;

private:
    std::string m_path;
    std::string m_text;
    bool m_had_bom = false;
    std::vector<std::size_t> m_line_starts;
};

// Reads a whole file (at most max_source_bytes). Returns the text or says why not.
struct ReadResult {
    std::string text;
    std::string error;  // empty on success
    bool ok() const { return error.empty(); }
};
ReadResult read_file(const std::filesystem::path& path, std::size_t max_bytes = max_source_bytes);

}  // namespace encounter
