// Finding and loading the bundled data folder.
#include <encounter/data_dir.hpp>
#include <encounter/document.hpp>

#include <algorithm>
#include <system_error>

namespace encounter {
namespace {

bool looks_like_data_dir(const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::is_directory(dir / "rubrics", ec) ||
           std::filesystem::is_directory(dir / "scripts", ec);
}

// Loads every file under `folder`, keeping only those free of errors.
template <typename Keep>
void load_folder(const std::filesystem::path& folder, DiagnosticSink& sink, Keep keep) {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) return;
    for (const auto& file : json_files_under(folder, sink)) {
        DiagnosticList findings;
        Document document = load_document(file, findings);
        for (const Diagnostic& diagnostic : findings.items()) sink.report(diagnostic);
        if (findings.count(Severity::error) == 0) keep(std::move(document));
    }
}

}  // namespace

std::optional<std::filesystem::path> find_data_dir(const std::optional<std::string>& option,
                                                   const char* environment,
                                                   const std::filesystem::path& executable) {
    if (option) return std::filesystem::path(*option);
    if (environment && *environment) return std::filesystem::path(environment);
    const auto exe_dir = executable.parent_path();
    const std::filesystem::path candidates[] = {
        exe_dir / "data",
        exe_dir.parent_path() / "data",
        exe_dir.parent_path() / "share" / "encounter" / "data",
        std::filesystem::path(ENCOUNTER_INSTALL_DATADIR),
    };
    for (const auto& candidate : candidates) {
        if (looks_like_data_dir(candidate)) return candidate;
    }
    return std::nullopt;
}

BundledData load_bundled_data(const std::filesystem::path& root, DiagnosticSink& sink) {
    BundledData data;
    data.root = root;
    load_folder(root / "rubrics", sink, [&](Document document) {
        if (document.rubric) data.rubrics.add(std::move(*document.rubric));
    });
    load_folder(root / "lexicons", sink, [&](Document document) {
        if (document.lexicon) data.lexicons.push_back(std::move(*document.lexicon));
    });
    load_folder(root / "scripts", sink, [&](Document document) {
        if (document.script) data.scripts.push_back(std::move(*document.script));
    });
    std::sort(data.scripts.begin(), data.scripts.end(),
              [](const Script& a, const Script& b) { return a.id < b.id; });
    return data;
}

const Lexicon* BundledData::find_lexicon(std::string_view locale, std::string_view id) const {
    for (const Lexicon& lexicon : lexicons) {
        if (lexicon.locale == locale && lexicon.id == id) return &lexicon;
    }
    return nullptr;
}

const Script* BundledData::find_script(std::string_view id) const {
    for (const Script& script : scripts) {
        if (script.id == id) return &script;
    }
    return nullptr;
}

}  // namespace encounter
