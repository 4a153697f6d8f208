// `./run eval`: how well the classifier and the scorer agree with the labelled sets in
// eval/ (written before tuning; the test split is never tuned on). Prints accuracy,
// confusion matrices and calibration for kinds; exact, within-one agreement and
// quadratic weighted kappa per criterion for scores; then, for the splits a second rater
// labelled too, how far the two raters agree.
//   encounter_eval DATA_DIR EVAL_DIR [classify|score|all] [SPLIT|all]
#include "metrics.hpp"
#include "score_items.hpp"
#include "training_files.hpp"

#include <encounter/classifier.hpp>
#include <encounter/data_dir.hpp>
#include <encounter/json_source.hpp>
#include <encounter/models.hpp>
#include <encounter/scorer.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

using namespace encounter;

namespace {

std::vector<Json> read_jsonl(const std::string& path) {
    std::vector<Json> items;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty()) items.push_back(Json::parse(line));
    }
    return items;
}

// The splits of one folder of labelled data, by name (the file is NAME.jsonl): `which` is
// "all" (every dev*.jsonl in name order, then the test split) or one split's name ("dev3",
// "test"). A new author's file is evaluated as soon as it is there.
std::vector<std::string> splits_in(const std::filesystem::path& folder, const std::string& which) {
    if (which != "all") return {which};
    std::vector<std::string> splits;
    for (const auto& file : eval::dev_files(folder)) splits.push_back(file.stem().string());
    splits.push_back("test");
    return splits;
}

bool evaluate_classifier(const BundledData& data, const std::string& eval_dir, const std::string& which,
                         bool verbose) {
    const Models models(data.lexicons);
    const LocaleModels* english = models.find("en");
    if (!english) {
        std::cerr << "encounter_eval: no kinds or language lexicon for en\n";
        return false;
    }
    const KindClassifier& classifier = english->patient_kinds;
    bool targets_met = true;
    for (const std::string& split : splits_in(eval_dir + "/classify", which)) {
        const auto items = read_jsonl(eval_dir + "/classify/" + split + ".jsonl");
        std::vector<int> labels;
        std::vector<int> predictions;
        struct Bucket { std::size_t count = 0, correct = 0; };
        std::map<int, Bucket> buckets;  // confidence tenth -> tally
        std::size_t confident = 0, confident_correct = 0;
        for (const Json& item : items) {
            std::vector<std::string> lines = item["lines"].get<std::vector<std::string>>();
            std::vector<std::string_view> views(lines.begin(), lines.end());
            const KindReading reading = classifier.classify(views);
            const int label = static_cast<int>(*parse_kind(item["kind"].get<std::string>()));
            const int predicted = static_cast<int>(reading.kind);
            labels.push_back(label);
            predictions.push_back(predicted);
            const int tenth = std::min(9, static_cast<int>(reading.confidence * 10));
            buckets[tenth].count++;
            buckets[tenth].correct += label == predicted;
            if (reading.confidence >= 0.8) {
                ++confident;
                confident_correct += label == predicted;
            }
            if (verbose && label != predicted) {
                std::printf("  miss %s: labelled %s, read %s (%.2f) raw %.1f/%.1f/%.1f\n",
                            item["id"].get<std::string>().c_str(),
                            std::string(to_string(all_kinds[static_cast<std::size_t>(label)])).c_str(),
                            std::string(to_string(reading.kind)).c_str(), reading.confidence,
                            reading.raw[0], reading.raw[1], reading.raw[2]);
            }
        }
        const eval::Agreement result = eval::agreement(labels, predictions, 3);
        std::printf("kind classifier, %s split (%zu encounters)\n", split.c_str(), result.count);
        std::printf("  accuracy %.1f%%\n", 100 * result.exact);
        double lowest_recall = 1;
        for (std::size_t k = 0; k < 3; ++k) {
            std::size_t row = 0;
            for (std::size_t count : result.confusion[k]) row += count;
            const double recall = row ? static_cast<double>(result.confusion[k][k]) / static_cast<double>(row) : 0;
            lowest_recall = std::min(lowest_recall, recall);
            std::printf("  recall %-6s %.1f%%\n", std::string(to_string(all_kinds[k])).c_str(), 100 * recall);
        }
        std::printf("%s", eval::confusion_table(result.confusion, {"first", "second", "third"}).c_str());
        std::printf("  calibration (confidence bucket: count, accuracy)\n");
        for (const auto& [tenth, bucket] : buckets) {
            std::printf("    %.1f-%.1f: %3zu  %5.1f%%\n", tenth / 10.0, (tenth + 1) / 10.0, bucket.count,
                        100.0 * static_cast<double>(bucket.correct) / static_cast<double>(bucket.count));
        }
        const double confident_accuracy =
            confident ? static_cast<double>(confident_correct) / static_cast<double>(confident) : 1.0;
        std::printf("  at confidence >= 0.8: %zu of %zu, accuracy %.1f%%\n\n", confident, result.count,
                    100 * confident_accuracy);
        if (split == "test") {
            targets_met = targets_met && result.exact >= 0.9 && lowest_recall >= 0.85 &&
                          confident_accuracy >= 0.95;
        }
    }
    return targets_met;
}

const std::vector<std::string> criterion_names{
    "empathy.acknowledge", "empathy.understand", "empathy.explore", "empathy.respect",
    "anticipation.needs", "anticipation.next-steps", "kind-fit.fit"};

bool evaluate_scorer(const BundledData& data, const std::string& eval_dir, const std::string& which,
                     bool verbose) {
    const Models models(data.lexicons);
    const LocaleModels* english = models.find("en");
    if (!english) {
        std::cerr << "encounter_eval: no lexicons for en\n";
        return false;
    }
    Scorer scorer(data.rubrics.for_locale("en"), *english);
    bool targets_met = true;
    for (const std::string& split : splits_in(eval_dir + "/score", which)) {
        const auto items = eval::read_score_items(eval_dir + "/score/" + split + ".jsonl");
        std::map<std::string, std::pair<std::vector<int>, std::vector<int>>> by_criterion;
        ResponseScore result;
        for (const eval::ScoreItem& item : items) {
            ScoreRequest request{item.context, item.response, &item.needs, item.kind};
            scorer.score(request, result);
            for (const std::string& name : criterion_names) {
                const CriterionScore* got = result.find(name);
                const int label = item.labels.at(name);
                const int predicted = got ? got->level : 0;
                by_criterion[name].first.push_back(label);
                by_criterion[name].second.push_back(predicted);
                if (verbose && label != predicted) {
                    std::printf("  %s %s: labelled %d, scored %d | %s\n", item.id.c_str(), name.c_str(), label,
                                predicted, item.response.c_str());
                }
            }
        }
        std::printf("scorer, %s split (%zu responses)\n", split.c_str(), items.size());
        std::printf("  %-24s %7s %10s %7s\n", "criterion", "exact", "within-1", "kappa");
        std::string tables;
        for (const std::string& name : criterion_names) {
            const auto& [labels, predictions] = by_criterion[name];
            const eval::Agreement agreement = eval::agreement(labels, predictions, 3);
            std::printf("  %-24s %6.1f%% %9.1f%% %7.2f\n", name.c_str(), 100 * agreement.exact,
                        100 * agreement.within_one, agreement.kappa);
            tables += "    " + name + "\n" + eval::confusion_table(agreement.confusion, {"0", "1", "2"});
            if (split == "test") {
                targets_met = targets_met && agreement.exact >= 0.8 && agreement.kappa >= 0.7 &&
                              agreement.within_one >= 0.98;
            }
        }
        std::printf("  confusion matrices (rows: rater's level, columns: scorer's level)\n%s\n", tables.c_str());
    }
    return targets_met;
}

// How far two people agree: for each file in EVAL_DIR/score/second-rater/, a second rater's
// labels (by id) against the author's in the split of the same name. The scorer's numbers
// mean most beside this: no one should expect a program to agree with a rater better than
// another rater does.
void report_rater_agreement(const std::string& eval_dir) {
    const std::filesystem::path folder = std::filesystem::path(eval_dir) / "score" / "second-rater";
    if (!std::filesystem::is_directory(folder)) return;
    // Only dev splits are labelled twice: reading the test split's answers would spend it.
    for (const auto& file : eval::dev_files(folder)) {
        std::map<std::string, Json> second;
        for (Json& item : read_jsonl(file.string())) second[item.at("id").get<std::string>()] = item.at("labels");
        const auto items = eval::read_score_items(eval_dir + "/score/" + file.filename().string());
        std::printf("raters, %s split: the author against a second rater (%zu responses)\n",
                    file.stem().string().c_str(), second.size());
        std::printf("  %-24s %7s %10s %7s\n", "criterion", "exact", "within-1", "kappa");
        for (const std::string& name : criterion_names) {
            std::vector<int> author, other;
            for (const eval::ScoreItem& item : items) {
                const auto found = second.find(item.id);
                if (found == second.end()) continue;
                author.push_back(item.labels.at(name));
                other.push_back(found->second.at(name).get<int>());
            }
            const eval::Agreement agreement = eval::agreement(author, other, 3);
            std::printf("  %-24s %6.1f%% %9.1f%% %7.2f\n", name.c_str(), 100 * agreement.exact,
                        100 * agreement.within_one, agreement.kappa);
        }
        std::printf("\n");
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: encounter_eval DATA_DIR EVAL_DIR [classify|score|all] [SPLIT|all] [-v]\n"
                     "  SPLIT names a file of EVAL_DIR/classify or EVAL_DIR/score (dev3, test); all means every\n"
                     "  dev*.jsonl, then test\n";
        return 2;
    }
    const std::string data_dir = argv[1];
    const std::string eval_dir = argv[2];
    const std::string what = argc > 3 ? argv[3] : "all";
    const std::string which = argc > 4 ? argv[4] : "all";
    const bool verbose = argc > 5 && std::string(argv[5]) == "-v";

    DiagnosticList problems;
    const BundledData data = load_bundled_data(data_dir, problems);
    for (const Diagnostic& problem : problems.items()) std::cerr << format_diagnostic(problem) << '\n';
    bool met = which == "test" || which == "all";
    try {
        if (what == "classify" || what == "all") met = evaluate_classifier(data, eval_dir, which, verbose) && met;
        if (what == "score" || what == "all") met = evaluate_scorer(data, eval_dir, which, verbose) && met;
        if ((what == "score" || what == "all") && which == "all") report_rater_agreement(eval_dir);
    } catch (const std::exception& error) {
        std::cerr << "encounter_eval: " << error.what() << '\n';
        return 2;
    }
    std::printf("targets on the test split: %s\n", met ? "met" : "NOT met");
    return 0;
}
