// Text form of findings, shared by every front end.
#include <encounter/diagnostic.hpp>

#include <algorithm>

namespace encounter {

std::string_view to_string(Severity severity) {
    return severity == Severity::error ? "error" : "warning";
}

std::string format_diagnostic(const Diagnostic& diagnostic) {
    std::string text = diagnostic.location.path;
    if (diagnostic.location.line > 0) {
        text += ':' + std::to_string(diagnostic.location.line) + ':' +
                std::to_string(diagnostic.location.column);
    }
    text += ": ";
    text += to_string(diagnostic.severity);
    text += ": " + diagnostic.message;
    if (!diagnostic.rule.empty()) text += " [" + diagnostic.rule + "]";
    return text;
}

std::size_t DiagnosticList::count(Severity severity) const {
    return static_cast<std::size_t>(std::count_if(
        m_items.begin(), m_items.end(), [&](const Diagnostic& d) { return d.severity == severity; }));
}

}  // namespace encounter
