// Loading a data file: read, check UTF-8, parse with positions, dispatch on "format".
#include <encounter/document.hpp>
#include <encounter/json_source.hpp>
#include <encounter/schema.hpp>

#include <algorithm>
#include <system_error>

namespace encounter {

Document load_document(const std::filesystem::path& path, DiagnosticSink& sink) {
    ReadResult read = read_file(path);
    if (!read.ok()) {
        Document document;
        document.path = path.string();
        document.unreadable = true;
        sink.report(Diagnostic{Location{path.string()}, Severity::error, read.error,
                               "file-unreadable"});
        return document;
    }
    return load_document_text(path.string(), std::move(read.text), sink);
}

Document load_document_text(std::string path, std::string text, DiagnosticSink& sink) {
    Document document;
    document.path = path;
    auto source = std::make_shared<const SourceText>(std::move(path), std::move(text));
    auto json = JsonSource::parse(source, sink);
    if (!json) return document;
    const Json& root = json->root();
    const Json* format = member(root, "format");
    if (!root.is_object()) {
        sink.report(json->finding("", Severity::error,
                                  "expected a JSON object with a \"format\" field", "format-missing"));
        return document;
    }
    if (!format) {
        sink.report(json->finding("", Severity::error,
                                  "missing \"format\": say \"" + std::string(script_format) +
                                      "\", \"" + std::string(rubric_format) + "\" or \"" +
                                      std::string(lexicon_format) + "\"",
                                  "format-missing"));
        return document;
    }
    const std::string name = format->is_string() ? format->get<std::string>() : format->dump();
    if (name == script_format) {
        document.script = read_script(json, sink);
    } else if (name == rubric_format) {
        document.rubric = read_rubric(json, sink);
    } else if (name == lexicon_format) {
        document.lexicon = read_lexicon(json, sink);
    } else {
        sink.report(json->finding("/format", Severity::error,
                                  "unknown format " + (format->is_string() ? "\"" + name + "\"" : name) +
                                      "; expected \"" + std::string(script_format) + "\", \"" +
                                      std::string(rubric_format) + "\" or \"" +
                                      std::string(lexicon_format) + "\"",
                                  "format-unknown"));
    }
    return document;
}

std::vector<std::filesystem::path> json_files_under(const std::filesystem::path& root,
                                                    DiagnosticSink& sink) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(root, ec)) return {root};
    std::vector<fs::path> files;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        sink.report(Diagnostic{Location{root.string()}, Severity::error,
                               "cannot read folder: " + ec.message(), "file-unreadable"});
        return files;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) {
            sink.report(Diagnostic{Location{root.string()}, Severity::error,
                                   "cannot read folder: " + ec.message(), "file-unreadable"});
            break;
        }
        std::error_code type_error;
        if (it->path().extension() == ".json" && !it->is_directory(type_error)) {
            files.push_back(it->path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace encounter
