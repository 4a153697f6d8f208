// `./run bench`: how fast `encounter score` goes and whether its memory stays flat.
// Generates N score input lines (a few contexts, responses and needs, every line its own
// id and numbers), reads each with parse_score_line, scores it with the engine's Scorer
// and writes its JSON as `score --format jsonl` would (to nowhere), one line at a time.
// Prints lines/second, the peak resident memory (VmHWM) after each run, and how many heap
// allocations one Scorer::score makes once its buffers are warm (the goal is none that a
// buffer could have reused: what is left is the evidence text the output must own).
//   encounter_bench [N...]          default: 10000 100000
//   encounter_bench --check N1 N2   exit 1 unless peak memory after N2 lines is within
//                                   10% (and 4 MiB) of the peak after N1 lines
#include <encounter/data_dir.hpp>
#include <encounter/models.hpp>
#include <encounter/score_input.hpp>
#include <encounter/scorer.hpp>
#include <encounter/transcript.hpp>

#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <new>
#include <string>
#include <vector>

using namespace encounter;

// Counting allocations replaces the global operator new, which the sanitizers also do:
// the sanitized build leaves it out.
#if defined(__SANITIZE_ADDRESS__)
#define ENCOUNTER_COUNT_ALLOCATIONS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ENCOUNTER_COUNT_ALLOCATIONS 0
#endif
#endif
#ifndef ENCOUNTER_COUNT_ALLOCATIONS
#define ENCOUNTER_COUNT_ALLOCATIONS 1
#endif

namespace {
std::atomic<std::size_t> g_allocations{0};
}  // namespace

#if ENCOUNTER_COUNT_ALLOCATIONS
// GCC sees malloc in new and free in delete and, not knowing they are this pair, warns.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
void* operator new(std::size_t size) {
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* memory = std::malloc(size == 0 ? 1 : size)) return memory;
    throw std::bad_alloc();
}
void operator delete(void* memory) noexcept { std::free(memory); }
void operator delete(void* memory, std::size_t) noexcept { std::free(memory); }
#pragma GCC diagnostic pop
#endif

namespace {

// Peak resident set size of this process so far, in KiB (0 when /proc is not there).
long peak_rss_kib() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
    }
    return 0;
}

constexpr std::array contexts = {
    "I've been in pain all week and nobody listens.",
    "The school sent him home again, it's the second time this week.",
    "I read about two treatments online and I don't know which to choose.",
    "Nothing is wrong, I just want to have more energy for my kids.",
};
constexpr std::array responses = {
    "I'm so sorry you've been in pain all week. Let's take a look, and if it gets worse tonight call the after-hours line.",
    "That sounds exhausting. What worries you most about it? We can write a note for school today.",
    "There are two good options here; tell me what matters most to you and we'll decide together.",
    "Don't believe what you read online. Just take the tablets.",
    "What would you like your life to look like in a year? Let's start from there.",
};
constexpr std::array needs = {
    "",
    R"(, "anticipate": [{"id": "school-note", "need": "a note for school", "cues": ["note for (the )?school", "school note"]}])",
    R"(, "anticipate": [{"id": "after-hours", "need": "what to do tonight", "cues": ["after[- ]hours", "on[- ]call"]}])",
};

// The i-th generated line: the same few texts, but every line differs (id and a number).
void make_line(std::size_t i, std::string& line) {
    line = R"({"id": "r)" + std::to_string(i) + R"(", "context": ")" + contexts[i % contexts.size()] +
           " Day " + std::to_string(i % 97) + R"(.", "response": ")" + responses[i % responses.size()] +
           " See you in " + std::to_string(i % 13 + 1) + R"( days.")" + needs[i % needs.size()] + "}";
}

struct Run {
    std::size_t lines = 0;
    double seconds = 0;
    long peak_kib = 0;
    double allocations_per_line = 0;  // inside Scorer::score only, after the first 100 lines
};

Run score_lines(Scorer& scorer, std::size_t count) {
    ScoreItem item;
    ResponseScore score;
    std::string line;
    std::string error;
    std::string output;
    std::size_t bytes = 0;
    std::size_t allocations = 0;
    std::size_t counted = 0;
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < count; ++i) {
        make_line(i, line);
        if (!parse_score_line(line, item, error)) {
            std::fprintf(stderr, "encounter_bench: generated line %zu refused: %s\n", i, error.c_str());
            std::exit(2);
        }
        const std::size_t before = g_allocations.load(std::memory_order_relaxed);
        scorer.score(ScoreRequest{item.context, item.response, &item.needs, item.kind}, score);
        if (i >= 100) {  // the first lines grow the buffers that the rest reuse
            allocations += g_allocations.load(std::memory_order_relaxed) - before;
            ++counted;
        }
        output = score_to_json(item.id, score).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
        bytes += output.size();  // keeps the work from being optimized away
    }
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    if (bytes == 0) std::exit(2);
    return Run{count, elapsed.count(), peak_rss_kib(),
               counted > 0 ? static_cast<double>(allocations) / static_cast<double>(counted) : 0};
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    const bool check = !args.empty() && args.front() == "--check";
    if (check) args.erase(args.begin());
    std::vector<std::size_t> sizes;
    for (const std::string& arg : args) sizes.push_back(std::strtoull(arg.c_str(), nullptr, 10));
    if (sizes.empty()) sizes = {10000, 100000};
    if (check && sizes.size() != 2) {
        std::fprintf(stderr, "usage: encounter_bench [N...] | --check N1 N2\n");
        return 2;
    }

    DiagnosticList findings;
    const BundledData data = load_bundled_data(ENCOUNTER_DATA_DIR, findings);
    const Models models(data.lexicons);
    const LocaleModels* english = models.find("en");
    if (!english || findings.count(Severity::error) > 0) {
        std::fprintf(stderr, "encounter_bench: cannot load %s\n", ENCOUNTER_DATA_DIR);
        return 2;
    }
    Scorer scorer(data.rubrics.for_locale("en"), *english);
    std::printf("peak memory with data loaded: %.1f MiB\n", static_cast<double>(peak_rss_kib()) / 1024);

    std::vector<Run> runs;
    for (const std::size_t size : sizes) {
        const Run run = score_lines(scorer, size);
        std::printf("%8zu lines  %6.2f s  %8.0f lines/s  peak memory %.1f MiB", run.lines, run.seconds,
                    static_cast<double>(run.lines) / run.seconds, static_cast<double>(run.peak_kib) / 1024);
        if (ENCOUNTER_COUNT_ALLOCATIONS) std::printf("  %.1f allocations/line in score", run.allocations_per_line);
        std::printf("\n");
        runs.push_back(run);
    }
    if (!check) return 0;
    const long growth = runs[1].peak_kib - runs[0].peak_kib;
    const bool flat = growth <= 4096 || growth * 10 <= runs[0].peak_kib;
    std::printf("peak memory grew by %ld KiB from %zu to %zu lines: %s\n", growth, runs[0].lines, runs[1].lines,
                flat ? "flat" : "NOT FLAT");
    return flat ? 0 : 1;
}
