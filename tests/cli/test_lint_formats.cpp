// `encounter lint` in a pipeline: the CI report formats (SARIF, JUnit, GitHub, Checkstyle),
// --output, --warnings-as-errors, --disable and a file's own "x-lint-disable".
#include "cli/rule_help.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

#include <encounter/utf8.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

using encounter::testing::fixture_path;
using encounter::testing::read_text;
using encounter::testing::run_cli;
using encounter::testing::source_path;
using Json = nlohmann::json;
namespace fs = std::filesystem;
using encounter::testing::TempDir;

namespace {


// A script whose only problem is a goto naming no step; `target` is the JSON string
// literal written as the goto, so tests can put awkward characters into the message.
std::string script_with_goto(const std::string& target) {
    return "{\n  \"format\": \"encounter-script/1\",\n  \"id\": \"odd\",\n  \"rubrics\": [],\n"
           "  \"steps\": [{\"id\": \"a\", \"patient\": \"hi\", \"next\": [{\"goto\": " +
           target + "}]}]\n}\n";
}

// The parts of XML our reports use, read strictly enough to fail where a real parser
// would: unbalanced or misnamed end tags, unquoted attributes, a bare & or <, unknown
// entities, characters XML 1.0 forbids, bytes that are not UTF-8.
struct XmlElement {
    std::string name;
    std::map<std::string, std::string> attributes;
    std::vector<XmlElement> children;
    std::string text;

    std::vector<const XmlElement*> all(const std::string& child) const {
        std::vector<const XmlElement*> found;
        for (const XmlElement& element : children) {
            if (element.name == child) found.push_back(&element);
        }
        return found;
    }
    const std::string& attribute(const std::string& key) const {
        const auto found = attributes.find(key);
        if (found == attributes.end()) throw std::runtime_error(name + " has no attribute " + key);
        return found->second;
    }
};

class XmlReader {
public:
    explicit XmlReader(std::string_view text) : m_text(text) {}

    XmlElement document() {
        if (const auto bad = encounter::find_invalid_utf8(m_text)) fail("not UTF-8: " + bad->message);
        if (m_text.substr(0, 5) == "<?xml") m_at = m_text.find("?>") + 2;
        skip_space();
        XmlElement root = element();
        skip_space();
        if (m_at != m_text.size()) fail("text after the root element");
        return root;
    }

private:
    [[noreturn]] void fail(const std::string& why) const {
        throw std::runtime_error("bad XML at byte " + std::to_string(m_at) + ": " + why);
    }
    bool at_end() const { return m_at >= m_text.size(); }
    char peek() const { return at_end() ? '\0' : m_text[m_at]; }
    bool looking_at(std::string_view what) const { return m_text.substr(m_at, what.size()) == what; }
    void expect(char c) {
        if (peek() != c) fail(std::string("expected ") + c);
        ++m_at;
    }
    void skip_space() {
        while (!at_end() && std::string_view(" \t\r\n").find(peek()) != std::string_view::npos) ++m_at;
    }
    std::string name() {
        const std::size_t start = m_at;
        while (!at_end() && (std::isalnum(static_cast<unsigned char>(peek())) ||
                             std::string_view("-_.:").find(peek()) != std::string_view::npos)) {
            ++m_at;
        }
        if (m_at == start) fail("expected a name");
        return std::string(m_text.substr(start, m_at - start));
    }
    // One character of text or attribute value, with references resolved.
    void character(std::string& into) {
        const auto byte = static_cast<unsigned char>(peek());
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') fail("control character");
        if (peek() == '<') fail("bare <");
        if (peek() != '&') {
            into += peek();
            ++m_at;
            return;
        }
        const std::size_t end = m_text.find(';', m_at);
        if (end == std::string_view::npos) fail("bare &");
        const std::string entity(m_text.substr(m_at + 1, end - m_at - 1));
        static const std::map<std::string, std::string> named{
            {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}};
        if (named.count(entity)) {
            into += named.at(entity);
        } else if (entity == "#9" || entity == "#10" || entity == "#13") {
            into += static_cast<char>(std::stoi(entity.substr(1)));
        } else {
            fail("unknown or forbidden reference &" + entity + ";");
        }
        m_at = end + 1;
    }
    XmlElement element() {
        expect('<');
        XmlElement element;
        element.name = name();
        while (true) {
            skip_space();
            if (looking_at("/>")) {
                m_at += 2;
                return element;
            }
            if (peek() == '>') break;
            const std::string key = name();
            expect('=');
            expect('"');
            std::string value;
            while (!at_end() && peek() != '"') character(value);
            expect('"');
            if (!element.attributes.emplace(key, value).second) fail("attribute twice: " + key);
        }
        ++m_at;
        while (true) {
            if (at_end()) fail("no end tag for " + element.name);
            if (looking_at("</")) {
                m_at += 2;
                if (name() != element.name) fail("end tag does not match " + element.name);
                skip_space();
                expect('>');
                return element;
            }
            if (peek() == '<') {
                element.children.push_back(this->element());
            } else {
                character(element.text);
            }
        }
    }

    std::string_view m_text;
    std::size_t m_at = 0;
};

XmlElement parse_xml(const std::string& text) { return XmlReader(text).document(); }

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

TEST_CASE("lint --format sarif writes a SARIF 2.1.0 log with every property the schema requires",
          "[cli][lint][sarif]") {
    const std::string file = fixture_path("lint/goto-unknown-step.json");
    const auto result = run_cli({"lint", "--format", "sarif", file});
    CHECK(result.exit_code == 1);
    const Json log = Json::parse(result.out);

    // sarifLog: required version (the enum has one value) and runs.
    CHECK(log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
    CHECK(log["version"] == "2.1.0");
    REQUIRE(log["runs"].is_array());
    REQUIRE(log["runs"].size() == 1);
    const Json& run = log["runs"][0];

    // run: required tool; tool: required driver; toolComponent: required name.
    CHECK(run["tool"]["driver"]["name"] == "encounter");
    CHECK(run["tool"]["driver"]["version"].is_string());
    CHECK(run["columnKind"] == "unicodeCodePoints");  // our columns count code points

    // reportingDescriptor: required id, unique in the array; multiformatMessageString
    // (shortDescription, help): required text.
    const Json& rules = run["tool"]["driver"]["rules"];
    REQUIRE(rules.is_array());
    std::set<std::string> rule_ids;
    for (const Json& rule : rules) {
        REQUIRE(rule["id"].is_string());
        CHECK(rule_ids.insert(rule["id"].get<std::string>()).second);
        CHECK_FALSE(rule["shortDescription"]["text"].get<std::string>().empty());
        CHECK_FALSE(rule["help"]["text"].get<std::string>().empty());
        CHECK_THAT(rule["helpUri"].get<std::string>(),
                   Catch::EndsWith("lint-rules.md#" + rule["id"].get<std::string>()));
    }
    CHECK(rule_ids == std::set<std::string>{"goto-unknown-step", "step-unreachable"});

    // result: required message (with text); level from the enum; ruleIndex points at the
    // descriptor of ruleId; physicalLocation: artifactLocation; region: 1-based.
    const Json& results = run["results"];
    REQUIRE(results.size() == 2);
    for (const Json& finding : results) {
        CHECK(finding["message"]["text"].is_string());
        CHECK((finding["level"] == "error" || finding["level"] == "warning"));
        const auto index = finding["ruleIndex"].get<std::size_t>();
        REQUIRE(index < rules.size());
        CHECK(rules[index]["id"] == finding["ruleId"]);
        const Json& physical = finding["locations"][0]["physicalLocation"];
        CHECK(physical["artifactLocation"]["uri"] == file);
        CHECK(physical["region"]["startLine"].get<int>() >= 1);
        CHECK(physical["region"]["startColumn"].get<int>() >= 1);
    }
    CHECK(results[0]["ruleId"] == "goto-unknown-step");
    CHECK(results[0]["level"] == "error");
    CHECK(results[0]["message"]["text"] ==
          "goto \"exam\" names no step in this script (use \"end\" to end the encounter)");
    CHECK(results[0]["locations"][0]["physicalLocation"]["region"] == Json{{"startLine", 5}, {"startColumn", 59}});
    CHECK(results[1]["ruleId"] == "step-unreachable");
    CHECK(results[1]["level"] == "warning");
}

TEST_CASE("SARIF leaves out the region of a finding about a whole file and encodes odd paths",
          "[cli][lint][sarif]") {
    TempDir dir;
    const std::string missing = (dir.path / "my notes #1.json").string();
    const auto result = run_cli({"lint", "--format", "sarif", missing});
    CHECK(result.exit_code == 2);
    const Json log = Json::parse(result.out);
    const Json& physical = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    CHECK_FALSE(physical.contains("region"));
    CHECK_THAT(physical["artifactLocation"]["uri"].get<std::string>(), Catch::EndsWith("/my%20notes%20%231.json"));
}

TEST_CASE("a clean run is still a complete SARIF log, with no results", "[cli][lint][sarif]") {
    const auto result = run_cli({"lint", "--format", "sarif", fixture_path("lint/clean-script.json")});
    CHECK(result.exit_code == 0);
    const Json log = Json::parse(result.out);
    CHECK(log["runs"][0]["results"] == Json::array());
    CHECK(log["runs"][0]["tool"]["driver"]["rules"] == Json::array());
    CHECK(result.err.empty());  // no text summary mixed into a machine format's run
}

TEST_CASE("every rule documented in docs/lint-rules.md has one-line help, and no other rule does",
          "[cli][lint]") {
    std::set<std::string> documented;
    for (const std::string& line : lines_of(read_text(source_path("docs/lint-rules.md")))) {
        if (line.rfind("| [`", 0) != 0) continue;
        documented.insert(line.substr(4, line.find('`', 4) - 4));
    }
    std::set<std::string> with_help;
    for (const auto& rule : encounter::cli::all_rule_help()) {
        with_help.insert(std::string(rule.id));
        INFO(rule.id);
        CHECK_FALSE(rule.summary.empty());
        CHECK_FALSE(rule.help.empty());
        CHECK(rule.help.find('\n') == std::string_view::npos);
    }
    CHECK(documented.size() >= 40);
    CHECK(with_help == documented);
}

TEST_CASE("every rule the lint fixtures and the bundled data produce has help", "[cli][lint]") {
    std::set<std::string> reported;
    std::vector<std::string> paths{source_path("data")};
    for (const auto& entry : fs::directory_iterator(fixture_path("lint"))) {
        if (entry.path().extension() == ".json" || entry.is_directory()) paths.push_back(entry.path().string());
    }
    for (const std::string& path : paths) {
        for (const std::string& line : lines_of(run_cli({"lint", "--format", "jsonl", path}).out)) {
            reported.insert(Json::parse(line)["rule"].get<std::string>());
        }
    }
    CHECK(reported.size() >= 30);
    for (const std::string& rule : reported) {
        INFO(rule);
        CHECK(encounter::cli::find_rule_help(rule) != nullptr);
    }
}

TEST_CASE("lint --format junit has a test case per file, clean ones too, and a failure per error",
          "[cli][lint][junit]") {
    const std::string bad = fixture_path("lint/goto-unknown-step.json");
    const std::string clean = fixture_path("lint/clean-script.json");
    const std::string warned = fixture_path("lint/step-unreachable.json");
    const auto result = run_cli({"lint", "--format", "junit", bad, clean, warned});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.out, Catch::StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
    const XmlElement root = parse_xml(result.out);
    CHECK(root.name == "testsuites");
    const auto suites = root.all("testsuite");
    REQUIRE(suites.size() == 1);
    const XmlElement& suite = *suites[0];
    CHECK(suite.attribute("name") == "encounter lint");
    CHECK(suite.attribute("tests") == "3");
    CHECK(suite.attribute("failures") == "1");
    CHECK(suite.attribute("errors") == "0");

    const auto cases = suite.all("testcase");
    REQUIRE(cases.size() == 3);
    for (const XmlElement* test : cases) CHECK(test->attribute("classname") == "encounter.lint");
    CHECK(cases[0]->attribute("name") == bad);
    CHECK(cases[1]->attribute("name") == clean);
    CHECK(cases[2]->attribute("name") == warned);

    const auto failures = cases[0]->all("failure");
    REQUIRE(failures.size() == 1);
    CHECK(failures[0]->attribute("type") == "goto-unknown-step");
    CHECK(failures[0]->attribute("message") ==
          "goto \"exam\" names no step in this script (use \"end\" to end the encounter)");
    CHECK(failures[0]->text == bad + ":5:59: error: goto \"exam\" names no step in this script "
                                     "(use \"end\" to end the encounter) [goto-unknown-step]");
    // the warning in the failing file and the warned file are output, not failures
    REQUIRE(cases[0]->all("system-out").size() == 1);
    CHECK_THAT(cases[0]->all("system-out")[0]->text, Catch::Contains("[step-unreachable]"));
    CHECK(cases[1]->children.empty());
    CHECK(cases[2]->all("failure").empty());
    CHECK(cases[2]->all("system-out").size() == 1);
}

TEST_CASE("JUnit reports a path that cannot be read as an error, not a failure", "[cli][lint][junit]") {
    const auto result = run_cli({"lint", "--format", "junit", "/no/such/script.json"});
    CHECK(result.exit_code == 2);
    const XmlElement suite = *parse_xml(result.out).all("testsuite")[0];
    CHECK(suite.attribute("tests") == "1");
    CHECK(suite.attribute("errors") == "1");
    CHECK(suite.attribute("failures") == "0");
    const auto errors = suite.all("testcase")[0]->all("error");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0]->attribute("type") == "file-unreadable");
}

TEST_CASE("JUnit and Checkstyle stay well-formed XML whatever a file holds", "[cli][lint][junit][checkstyle]") {
    TempDir dir;
    // markup characters, a control character XML 1.0 forbids, a tab and a newline in the
    // message; markup and a byte that is not UTF-8 in the file's name
    const std::string file =
        dir.write("odd <&>\xFF.json", script_with_goto("\"<b>&amp; \\\"it's\\\"\\u0001\\tend\\n\""));
    const std::string shown_file = (dir.path / "odd <&>\xEF\xBF\xBD.json").string();
    for (const char* format : {"junit", "checkstyle"}) {
        INFO(format);
        const auto result = run_cli({"lint", "--format", format, file});
        CHECK(result.exit_code == 1);
        CHECK(result.out.find('\x01') == std::string::npos);
        XmlElement root;
        REQUIRE_NOTHROW(root = parse_xml(result.out));
        const std::string expected_message =
            "goto \"<b>&amp; \"it's\"\xEF\xBF\xBD\tend\n\" names no step in this script (use \"end\" to "
            "end the encounter)";
        if (std::string(format) == "junit") {
            const XmlElement& test = *root.all("testsuite")[0]->all("testcase")[0];
            CHECK(test.attribute("name") == shown_file);
            CHECK(test.all("failure")[0]->attribute("message") == expected_message);
        } else {
            const XmlElement& entry = *root.all("file")[0];
            CHECK(entry.attribute("name") == shown_file);
            CHECK(entry.all("error")[0]->attribute("message") == expected_message);
        }
    }
}

TEST_CASE("lint --format checkstyle lists every file with its findings", "[cli][lint][checkstyle]") {
    const std::string bad = fixture_path("lint/goto-unknown-step.json");
    const std::string clean = fixture_path("lint/clean-script.json");
    const auto result = run_cli({"lint", "--format", "checkstyle", bad, clean});
    CHECK(result.exit_code == 1);
    const XmlElement root = parse_xml(result.out);
    CHECK(root.name == "checkstyle");
    CHECK(root.attribute("version") == "4.3");
    const auto files = root.all("file");
    REQUIRE(files.size() == 2);
    CHECK(files[0]->attribute("name") == bad);
    CHECK(files[1]->attribute("name") == clean);
    CHECK(files[1]->children.empty());
    const auto errors = files[0]->all("error");
    REQUIRE(errors.size() == 2);
    CHECK(errors[0]->attributes == std::map<std::string, std::string>{
                                       {"line", "5"},
                                       {"column", "59"},
                                       {"severity", "error"},
                                       {"message", "goto \"exam\" names no step in this script (use \"end\" to end the encounter)"},
                                       {"source", "encounter.goto-unknown-step"}});
    CHECK(errors[1]->attribute("severity") == "warning");
    CHECK(errors[1]->attribute("source") == "encounter.step-unreachable");
}

TEST_CASE("lint --format github writes one workflow command a finding", "[cli][lint][github]") {
    const std::string file = fixture_path("lint/goto-unknown-step.json");
    const auto result = run_cli({"lint", "--format", "github", file});
    CHECK(result.exit_code == 1);
    CHECK(lines_of(result.out) ==
          std::vector<std::string>{
              "::error file=" + file + ",line=5,col=59,title=goto-unknown-step::goto \"exam\" names "
              "no step in this script (use \"end\" to end the encounter)",
              "::warning file=" + file + ",line=6,col=12,title=step-unreachable::step \"examine\" "
              "can never be reached from the first step"});

    const auto missing = run_cli({"lint", "--format", "github", "/no/such.json"});
    CHECK(missing.out ==
          "::error file=/no/such.json,title=file-unreadable::cannot open file: No such file or directory\n");
}

TEST_CASE("GitHub annotations escape what would end a value early", "[cli][lint][github]") {
    TempDir dir;
    const std::string file = dir.write("a,b:c.json", script_with_goto("\"50%\\r\\nnext, then: end\""));
    const auto result = run_cli({"lint", "--format", "github", file});
    const std::string escaped_path = (dir.path / "a%2Cb%3Ac.json").string();
    CHECK(result.out == "::error file=" + escaped_path +
                            ",line=5,col=60,title=goto-unknown-step::goto \"50%25%0D%0Anext, then: end\" "
                            "names no step in this script (use \"end\" to end the encounter)\n");
}

TEST_CASE("lint --output writes the report to a file and nothing to stdout", "[cli][lint]") {
    TempDir dir;
    const std::string report = (dir.path / "lint.sarif").string();
    const auto result =
        run_cli({"lint", "--format", "sarif", "--output", report, fixture_path("lint/goto-unknown-step.json")});
    CHECK(result.exit_code == 1);  // the findings still decide the exit code
    CHECK(result.out.empty());
    CHECK(Json::parse(read_text(report))["runs"][0]["results"].size() == 2);

    // text goes to the file too, while the summary stays on stderr
    const std::string text = (dir.path / "lint.txt").string();
    const auto text_result = run_cli({"lint", "-o", text, fixture_path("lint/step-unreachable.json")});
    CHECK(text_result.out.empty());
    CHECK_THAT(read_text(text), Catch::EndsWith("[step-unreachable]\n"));
    CHECK(text_result.err == "checked 1 file: 0 errors, 1 warning\n");
}

TEST_CASE("lint --output to a place that cannot be written is exit 2 with a clear message", "[cli][lint]") {
    const auto result = run_cli({"lint", "--format", "junit", "--output", "/no/such/folder/report.xml",
                                 fixture_path("lint/clean-script.json")});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("cannot write the report to /no/such/folder/report.xml: "
                                           "No such file or directory"));
}

TEST_CASE("lint --warnings-as-errors makes warnings fail the run", "[cli][lint]") {
    const std::string file = fixture_path("lint/step-unreachable.json");
    CHECK(run_cli({"lint", file}).exit_code == 0);
    const auto strict = run_cli({"lint", "--warnings-as-errors", file});
    CHECK(strict.exit_code == 1);
    CHECK_THAT(strict.out, Catch::Contains(": error: step \"never\" can never be reached"));
    CHECK(strict.err == "checked 1 file: 1 error, 0 warnings\n");
    // a CI report agrees with the exit code
    const auto junit = run_cli({"lint", "--warnings-as-errors", "--format", "junit", file});
    CHECK(parse_xml(junit.out).all("testsuite")[0]->attribute("failures") == "1");
}

TEST_CASE("lint --disable drops the findings of a rule", "[cli][lint]") {
    const std::string file = fixture_path("lint/goto-unknown-step.json");
    const auto one = run_cli({"lint", "--disable", "step-unreachable", file});
    CHECK(one.exit_code == 1);
    CHECK_THAT(one.out, Catch::Contains("[goto-unknown-step]") && !Catch::Contains("[step-unreachable]"));

    const auto both = run_cli({"lint", "--disable", "step-unreachable", "--disable", "goto-unknown-step", file});
    CHECK(both.exit_code == 0);
    CHECK(both.out.empty());
    CHECK(run_cli({"lint", "--disable", "step-unreachable,goto-unknown-step", file}).exit_code == 0);
}

TEST_CASE("lint --disable with a rule that does not exist is a usage error", "[cli][lint]") {
    const std::string file = fixture_path("lint/goto-unknown-step.json");
    const auto typo = run_cli({"lint", "--disable", "step-unreachabel", file});
    CHECK(typo.exit_code == 2);
    CHECK_THAT(typo.err, Catch::Contains("unknown rule id \"step-unreachabel\""));
    CHECK(typo.out.empty());

    const auto unreadable = run_cli({"lint", "--disable", "file-unreadable", "/no/such.json"});
    CHECK(unreadable.exit_code == 2);
    CHECK_THAT(unreadable.err, Catch::Contains("file-unreadable cannot be disabled"));
}

TEST_CASE("x-lint-disable in a file drops that file's findings of the rules it lists", "[cli][lint]") {
    TempDir dir;
    const std::string body =
        "  \"steps\": [\n    {\"id\": \"a\", \"patient\": \"hi\", \"next\": [{\"goto\": \"nowhere\"}]}\n  ]\n}\n";
    const std::string quiet = dir.write(
        "quiet.json", "{\n  \"format\": \"encounter-script/1\",\n  \"id\": \"quiet\",\n  \"rubrics\": [],\n"
                      "  \"x-lint-disable\": [\"goto-unknown-step\"],\n" + body);
    const std::string loud = dir.write(
        "loud.json", "{\n  \"format\": \"encounter-script/1\",\n  \"id\": \"loud\",\n  \"rubrics\": [],\n" + body);
    const auto result = run_cli({"lint", quiet, loud});
    CHECK(result.exit_code == 1);  // the other file keeps its finding
    CHECK(lines_of(result.out) ==
          std::vector<std::string>{loud + ":6:52: error: goto \"nowhere\" names no step in this script "
                                          "(use \"end\" to end the encounter) [goto-unknown-step]"});
    CHECK(run_cli({"lint", quiet}).exit_code == 0);
}

TEST_CASE("x-lint-disable entries listed twice or not rule ids are reported where they stand", "[cli][lint]") {
    TempDir dir;
    const std::string file = dir.write(
        "twice.json", "{\n  \"format\": \"encounter-script/1\",\n  \"id\": \"twice\",\n  \"rubrics\": [],\n"
                      "  \"x-lint-disable\": [\"step-unreachable\", 7, \"step-unreachable\"],\n"
                      "  \"steps\": [{\"id\": \"a\", \"patient\": \"hi\", \"next\": [{\"goto\": \"end\"}]},"
                      " {\"id\": \"b\", \"patient\": \"ho\"}]\n}\n");
    const auto result = run_cli({"lint", file});
    CHECK(result.exit_code == 1);
    CHECK(lines_of(result.out) ==
          std::vector<std::string>{
              file + ":5:42: error: \"x-lint-disable\" entries must be rule ids (text) [field-type]",
              file + ":5:45: warning: \"step-unreachable\" is listed twice in x-lint-disable (first at "
                     "line 5:22) [lint-disable-unused]"});
}

TEST_CASE("list and classify keep to text, json and jsonl", "[cli]") {
    CHECK(run_cli({"list", "--format", "sarif"}).exit_code == 2);
    CHECK(run_cli({"classify", "--format", "junit", fixture_path("lint/clean-script.json")}).exit_code == 2);
}
