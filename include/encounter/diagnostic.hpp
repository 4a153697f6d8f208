// Findings about input files: where, how bad, what, and which rule said so.
// The engine reports them through a DiagnosticSink that the caller passes in;
// it never prints them itself.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace encounter {

enum class Severity { warning, error };

std::string_view to_string(Severity severity);

// A place in a file. line and column are 1-based; column counts Unicode code
// points, so a caret lines up under Korean or Arabic text too. line 0 means
// "the file as a whole" (for example: it could not be read).
struct Location {
    std::string path;
    std::size_t line = 0;
    std::size_t column = 0;
};

struct Diagnostic {
    Location location;
    Severity severity = Severity::error;
    std::string message;
    std::string rule;  // stable id, e.g. "json-syntax"; documented in docs/lint-rules.md
};

// `path:line:col: error: message [rule-id]`, the form every finding takes in text.
std::string format_diagnostic(const Diagnostic& diagnostic);

class DiagnosticSink {
public:
    virtual ~DiagnosticSink() = default;
    virtual void report(Diagnostic diagnostic) = 0;
};

// Keeps every finding, in the order reported.
class DiagnosticList final : public DiagnosticSink {
public:
    void report(Diagnostic diagnostic) override { m_items.push_back(std::move(diagnostic)); }
    const std::vector<Diagnostic>& items() const { return m_items; }
    std::size_t count(Severity severity) const;
    bool empty() const { return m_items.empty(); }

private:
    std::vector<Diagnostic> m_items;
};

}  // namespace encounter
