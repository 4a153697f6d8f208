// Rehearsals run as a trainer scripts them (answers piped in), and the transcript they leave.
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using encounter::testing::read_text;
using encounter::testing::run_cli;
using encounter::testing::source_path;
namespace fs = std::filesystem;
using encounter::testing::TempDir;

namespace {


std::vector<nlohmann::json> lines_of(const std::string& path) {
    std::vector<nlohmann::json> lines;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) lines.push_back(nlohmann::json::parse(line));
    return lines;
}

const char* kind_answers =
    "You're welcome here and it's no problem at all that you brought him. That must have been a stressful morning.\n"
    "I'll do a throat swab, and here's a note for school. He's due his flu vaccine too.\n"
    "It's strep: an antibiotic for ten days. If the fever gets worse tonight, call the after-hours line.\n";

}  // namespace

TEST_CASE("piped answers run the whole encounter and leave a complete transcript", "[cli][rehearse]") {
    TempDir scratch;
    const std::string transcript = scratch.file("run.jsonl");
    const auto result = run_cli({"rehearse", "pediatric-sick-note", "--trainee", "Dr Lee", "--transcript", transcript}, kind_answers);
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("Hi. I'm Alex, I'm not his dad"));
    CHECK_THAT(result.out, Catch::Contains("[+note for school+]"));
    CHECK_THAT(result.out, Catch::Contains("The encounter is over. 3 answered."));
    CHECK_THAT(result.out, Catch::Contains("To practise next:"));
    const auto lines = lines_of(transcript);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0]["format"] == "encounter-transcript/1");
    CHECK(lines[0]["script"] == "pediatric-sick-note");
    CHECK(lines[0]["trainee"] == "Dr Lee");
    CHECK_THAT(lines[0]["script_hash"].get<std::string>(), Catch::StartsWith("fnv1a64:"));
    CHECK(lines[1]["step"] == "arrival");
    CHECK(lines[1]["next"] == "history");  // an acknowledging answer does not escalate
    CHECK(lines[2]["criteria"]["anticipation.needs"]["level"] == 2);
    CHECK(lines[3]["step"] == "plan");
    CHECK(lines[4]["type"] == "summary");
}

TEST_CASE("an answer that ignores the patient's feelings makes the patient escalate", "[cli][rehearse]") {
    TempDir scratch;
    const std::string transcript = scratch.file("cold.jsonl");
    const auto result = run_cli({"rehearse", "pediatric-sick-note", "--transcript", transcript}, "Sign in at the desk.\n:quit\n");
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("the last place made me wait forty minutes"));
    const auto lines = lines_of(transcript);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1]["next"] == "guarded");
}

TEST_CASE("quitting says how to resume, and resuming carries on at the next step", "[cli][rehearse]") {
    TempDir scratch;
    const std::string transcript = scratch.file("halves.jsonl");
    const auto first = run_cli({"rehearse", "pediatric-sick-note", "--transcript", transcript},
                               "It's no problem that you brought him; that must have been a stressful morning.\n:quit\n");
    CHECK(first.exit_code == 0);
    CHECK_THAT(first.out, Catch::Contains("Continue later with: encounter rehearse --resume " + transcript));
    REQUIRE(lines_of(transcript).size() == 2);

    const auto second = run_cli({"rehearse", "--resume", transcript},
                                "Here's a note for school.\nIf it gets worse tonight call the on-call line.\n");
    CHECK(second.exit_code == 0);
    CHECK_THAT(second.out, Catch::Contains("He's had a sore throat since Monday"));
    CHECK_THAT(second.out, !Catch::Contains("Hi. I'm Alex"));
    const auto lines = lines_of(transcript);
    REQUIRE(lines.size() == 5);
    CHECK(lines[2]["turn"] == 2);
    CHECK(lines[4]["type"] == "summary");
    CHECK(lines[4]["answered"] == 3);

    const auto again = run_cli({"rehearse", "--resume", transcript}, "");
    CHECK(again.exit_code == 2);
    CHECK_THAT(again.err, Catch::Contains("already finished"));
}

TEST_CASE("ending the input (Ctrl-D) keeps every answer already given", "[cli][rehearse]") {
    TempDir scratch;
    const std::string transcript = scratch.file("eof.jsonl");
    const auto result = run_cli({"rehearse", "journal-article-choice", "--transcript", transcript},
                                "Thank you for bringing it. What have you read? Let's look at it together.\n");
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("--resume"));
    const auto lines = lines_of(transcript);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1]["response"] == "Thank you for bringing it. What have you read? Let's look at it together.");
}

TEST_CASE("resuming refuses a script that changed since, unless forced", "[cli][rehearse]") {
    TempDir scratch;
    const std::string script = scratch.file("visit.json");
    fs::copy_file(source_path("data/scripts/wellness-who-to-become.json"), script);
    const std::string transcript = scratch.file("visit.jsonl");
    run_cli({"rehearse", script, "--transcript", transcript}, "What would you like your life to look like at sixty?\n:quit\n");
    std::ofstream(script, std::ios::app) << "\n";  // any change to the file counts

    const auto refused = run_cli({"rehearse", "--resume", transcript}, "");
    CHECK(refused.exit_code == 2);
    CHECK_THAT(refused.err, Catch::Contains("has changed since this rehearsal began") && Catch::Contains("--force"));
    const auto forced = run_cli({"rehearse", "--resume", transcript, "--force"}, ":quit\n");
    CHECK(forced.exit_code == 0);
}

TEST_CASE("a transcript cut off mid-line by a crash can be resumed and scored", "[cli][rehearse]") {
    TempDir scratch;
    const std::string transcript = scratch.file("crash.jsonl");
    run_cli({"rehearse", "pediatric-sick-note", "--transcript", transcript},
            "It's no problem that you brought him; that must have been a stressful morning.\n:quit\n");
    std::ofstream(transcript, std::ios::app) << "{\"type\":\"turn\",\"turn\":2,\"step\":\"hist";  // kill -9 mid-write

    const auto scored = run_cli({"score", "--format", "jsonl", transcript});
    CHECK(scored.exit_code == 0);
    CHECK_THAT(scored.err, Catch::Contains("incomplete last line ignored"));
    CHECK(nlohmann::json::parse(scored.out)["id"] == "pediatric-sick-note:1");

    const auto resumed = run_cli({"rehearse", "--resume", transcript}, ":quit\n");
    CHECK(resumed.exit_code == 0);
    const auto text = read_text(transcript);
    CHECK(text.find("\"step\":\"hist\n") == std::string::npos);
    CHECK(lines_of(transcript).size() == 2);
}

TEST_CASE("a transcript folder that cannot be written is reported before the rehearsal starts", "[cli][rehearse]") {
    TempDir scratch;
    const std::string blocker = scratch.file("not-a-folder");
    std::ofstream(blocker) << "a file where a folder should be";
    const auto result = run_cli({"rehearse", "pediatric-sick-note", "--transcript", blocker + "/run.jsonl"}, "hello\n");
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("--transcript FILE"));
    CHECK_THAT(result.out, !Catch::Contains("Hi. I'm Alex"));
}

TEST_CASE("in-session commands help without counting as answers", "[cli][rehearse]") {
    TempDir scratch;
    const std::string transcript = scratch.file("commands.jsonl");
    const auto result = run_cli({"rehearse", "pediatric-sick-note", "--transcript", transcript},
                                ":help\n:hint\n:model\n:repeat\n:skip\n:quit\n");
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains(":hint    what this patient may need"));
    CHECK_THAT(result.out, Catch::Contains("reassurance that Alex can bring Jordan in"));
    CHECK_THAT(result.out, Catch::Contains("Model answer: You're very welcome here"));
    const auto lines = lines_of(transcript);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1]["skipped"] == true);
}

TEST_CASE("a long answer can go over several lines with a trailing backslash", "[cli][rehearse]") {
    TempDir scratch;
    const std::string transcript = scratch.file("multi.jsonl");
    run_cli({"rehearse", "pediatric-sick-note", "--transcript", transcript},
            "That must have been a worrying morning. \\\nYou're welcome to stay with him, 걱정 마세요.\n:quit\n");
    const auto lines = lines_of(transcript);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1]["response"] == "That must have been a worrying morning. \nYou're welcome to stay with him, 걱정 마세요.");
}
