// JUnit XML (GitLab, Jenkins, most CI test views) and Checkstyle XML (code review bots),
// written by hand: both are small, and no XML library is needed to escape text.
#include "cli/report_writers.hpp"

#include <algorithm>
#include <map>
#include <ostream>

namespace encounter::cli {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// XML 1.0 allows only these characters, even escaped (section 2.2).
bool allowed_in_xml(char32_t code) {
    return code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF) ||
           (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
}

// Length of the well-formed UTF-8 sequence at text[at] and its code point, or 0 when the
// bytes there are not UTF-8 (a path on disk may be anything).
std::size_t utf8_sequence(std::string_view text, std::size_t at, char32_t& code) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
    const unsigned char lead = byte(0);
    if (lead < 0x80) {
        code = lead;
        return 1;
    }
    // Sequence length, payload bits of the lead byte, and the least code point that needs
    // that many bytes (anything less is an overlong form).
    struct Shape {
        std::size_t length;
        unsigned char payload;
        char32_t minimum;
    };
    Shape shape{};
    if ((lead & 0xE0) == 0xC0) {
        shape = {2, 0x1F, 0x80};
    } else if ((lead & 0xF0) == 0xE0) {
        shape = {3, 0x0F, 0x800};
    } else if ((lead & 0xF8) == 0xF0) {
        shape = {4, 0x07, 0x10000};
    } else {
        return 0;
    }
    const auto [length, payload, minimum] = shape;
    code = lead & payload;
    if (at + length > text.size()) return 0;
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(i) & 0xC0) != 0x80) return 0;
        code = (code << 6) | (byte(i) & 0x3Fu);
    }
    if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
    return length;
}

enum class XmlPlace { attribute, content };

// Text safe in XML: &, < and > as entities, and in attribute values the quotes too;
// characters XML 1.0 forbids and bytes that are not UTF-8 as U+FFFD. In attribute values
// tab and line feed become references, which a parser would otherwise turn into spaces;
// a carriage return always does, which a parser would otherwise drop.
std::string xml_escape(std::string_view text, XmlPlace place = XmlPlace::attribute) {
    const bool attribute = place == XmlPlace::attribute;
    std::string escaped;
    escaped.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        char32_t code = 0;
        const std::size_t length = utf8_sequence(text, at, code);
        if (length == 0) {
            escaped += replacement;
            ++at;
            continue;
        }
        switch (code) {
            case '&': escaped += "&amp;"; break;
            case '<': escaped += "&lt;"; break;
            case '>': escaped += "&gt;"; break;
            case '"': escaped += attribute ? "&quot;" : "\""; break;
            case '\'': escaped += attribute ? "&apos;" : "'"; break;
            case '\t': escaped += attribute ? "&#9;" : "\t"; break;
            case '\n': escaped += attribute ? "&#10;" : "\n"; break;
            case '\r': escaped += "&#13;"; break;
            default:
                if (allowed_in_xml(code)) {
                    escaped += text.substr(at, length);
                } else {
                    escaped += replacement;
                }
        }
        at += length;
    }
    return escaped;
}

// The report's subjects in order, each with its findings; a finding about a path that is
// no subject (a folder that could not be listed) makes that path a subject after the rest.
std::vector<std::pair<std::string, std::vector<const Diagnostic*>>> by_subject(const Report& report) {
    std::vector<std::pair<std::string, std::vector<const Diagnostic*>>> subjects;
    std::map<std::string, std::size_t> index;
    const auto subject = [&](const std::string& name) -> std::vector<const Diagnostic*>& {
        const auto [entry, added] = index.emplace(name, subjects.size());
        if (added) subjects.emplace_back(name, std::vector<const Diagnostic*>{});
        return subjects[entry->second].second;
    };
    for (const std::string& name : report.subjects) subject(name);
    for (const Diagnostic& finding : report.findings) subject(finding.location.path).push_back(&finding);
    return subjects;
}

constexpr std::string_view xml_declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

}  // namespace

void write_junit(std::ostream& out, const Report& report) {
    // A file that could not be read at all is a JUnit error (the test could not run);
    // any other error finding is a failure.
    const auto is_error = [](const Diagnostic* finding) { return finding->rule == "file-unreadable"; };
    const auto is_failure = [](const Diagnostic* finding) { return finding->severity == Severity::error; };
    const auto subjects = by_subject(report);
    std::size_t failed = 0;
    std::size_t broken = 0;
    for (const auto& [name, findings] : subjects) {
        if (std::any_of(findings.begin(), findings.end(), is_error)) {
            ++broken;
        } else if (std::any_of(findings.begin(), findings.end(), is_failure)) {
            ++failed;
        }
    }
    const std::string suite = xml_escape("encounter " + report.command);
    const std::string counts = " tests=\"" + std::to_string(subjects.size()) + "\" failures=\"" +
                               std::to_string(failed) + "\" errors=\"" + std::to_string(broken) + "\"";
    out << xml_declaration << "<testsuites name=\"" << suite << "\"" << counts << ">\n"
        << "  <testsuite name=\"" << suite << "\"" << counts << " skipped=\"0\">\n";
    const std::string classname = xml_escape("encounter." + report.command);
    for (const auto& [name, findings] : subjects) {
        out << "    <testcase classname=\"" << classname << "\" name=\"" << xml_escape(name) << "\"";
        if (findings.empty()) {
            out << "/>\n";
            continue;
        }
        out << ">\n";
        std::string warnings;
        for (const Diagnostic* finding : findings) {
            if (!is_failure(finding)) {
                warnings += format_diagnostic(*finding) + '\n';
                continue;
            }
            const char* element = is_error(finding) ? "error" : "failure";
            out << "      <" << element << " message=\"" << xml_escape(finding->message)
                << "\" type=\"" << xml_escape(finding->rule) << "\">"
                << xml_escape(format_diagnostic(*finding), XmlPlace::content) << "</" << element << ">\n";
        }
        if (!warnings.empty()) out << "      <system-out>" << xml_escape(warnings, XmlPlace::content) << "</system-out>\n";
        out << "    </testcase>\n";
    }
    out << "  </testsuite>\n</testsuites>\n";
}

void write_checkstyle(std::ostream& out, const Report& report) {
    out << xml_declaration << "<checkstyle version=\"4.3\">\n";
    for (const auto& [name, findings] : by_subject(report)) {
        out << "  <file name=\"" << xml_escape(name) << "\"";
        if (findings.empty()) {
            out << "/>\n";
            continue;
        }
        out << ">\n";
        for (const Diagnostic* finding : findings) {
            // Line 0 (the file as a whole) stays 0: Checkstyle has no way to say "no line".
            out << "    <error line=\"" << finding->location.line << "\"";
            if (finding->location.column > 0) out << " column=\"" << finding->location.column << "\"";
            out << " severity=\"" << to_string(finding->severity) << "\" message=\""
                << xml_escape(finding->message) << "\" source=\"encounter." << xml_escape(finding->rule)
                << "\"/>\n";
        }
        out << "  </file>\n";
    }
    out << "</checkstyle>\n";
}

}  // namespace encounter::cli
