// SARIF 2.1.0 (OASIS), the format GitHub code scanning and other CI dashboards import.
#include "cli/report_writers.hpp"
#include "cli/rule_help.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <ostream>

#ifndef ENCOUNTER_VERSION
#define ENCOUNTER_VERSION "0.0.0"
#endif

namespace encounter::cli {
namespace {

using OrderedJson = nlohmann::ordered_json;

// A path as a URI reference: '/' stays, and what a URI may not hold (spaces, '%', '#',
// '?', bytes beyond ASCII) is percent-encoded, so that "my notes.json" stays one path.
std::string uri_reference(std::string_view path) {
    static constexpr std::string_view keep = "-._~/!$&'()*+,;=:@";
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string uri;
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        const bool alnum = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                           (byte >= '0' && byte <= '9');
        if (alnum || keep.find(c) != std::string_view::npos) {
            uri += c;
        } else {
            uri += '%';
            uri += hex[byte >> 4];
            uri += hex[byte & 0x0F];
        }
    }
    return uri;
}

std::string_view sarif_level(Severity severity) {
    return severity == Severity::error ? "error" : "warning";
}

OrderedJson text_message(std::string_view text) {
    OrderedJson message;
    message["text"] = std::string(text);
    return message;
}

OrderedJson rule_descriptor(const std::string& id) {
    OrderedJson rule;
    rule["id"] = id;
    if (const RuleHelp* help = find_rule_help(id)) {
        rule["shortDescription"] = text_message(help->summary);
        rule["help"] = text_message(help->help);
        rule["helpUri"] = rule_help_uri(id);
        rule["defaultConfiguration"]["level"] = std::string(sarif_level(help->severity));
    }
    return rule;
}

OrderedJson result_object(const Diagnostic& finding, std::size_t rule_index) {
    OrderedJson result;
    result["ruleId"] = finding.rule;
    result["ruleIndex"] = rule_index;
    result["level"] = std::string(sarif_level(finding.severity));
    result["message"] = text_message(finding.message);
    OrderedJson physical;
    physical["artifactLocation"]["uri"] = uri_reference(finding.location.path);
    // Line 0 is a finding about the whole file, which SARIF says by leaving out the region.
    if (finding.location.line > 0) {
        physical["region"]["startLine"] = finding.location.line;
        if (finding.location.column > 0) physical["region"]["startColumn"] = finding.location.column;
    }
    OrderedJson location;
    location["physicalLocation"] = physical;
    result["locations"] = OrderedJson::array({location});
    return result;
}

}  // namespace

void write_sarif(std::ostream& out, const Report& report) {
    OrderedJson rules = OrderedJson::array();
    std::map<std::string, std::size_t> rule_index;
    OrderedJson results = OrderedJson::array();
    for (const Diagnostic& finding : report.findings) {
        const auto [entry, added] = rule_index.emplace(finding.rule, rules.size());
        if (added) rules.push_back(rule_descriptor(finding.rule));
        results.push_back(result_object(finding, entry->second));
    }

    OrderedJson driver;
    driver["name"] = "encounter";
    driver["version"] = ENCOUNTER_VERSION;
    driver["rules"] = rules;
    OrderedJson run;
    run["tool"]["driver"] = driver;
    // Our columns count code points; SARIF's default would be UTF-16 code units.
    run["columnKind"] = "unicodeCodePoints";
    run["results"] = results;

    OrderedJson log;
    log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    log["version"] = "2.1.0";
    log["runs"] = OrderedJson::array({run});
    // Invalid UTF-8 in a path or message is replaced, so the writer never throws.
    out << log.dump(2, ' ', false, OrderedJson::error_handler_t::replace) << '\n';
}

}  // namespace encounter::cli
