// `encounter list`: the bundled scripts, for choosing one to rehearse.
#include "cli/context.hpp"

#include <nlohmann/json.hpp>

#include <encounter/models.hpp>

#include <algorithm>
#include <cmath>
#include <ostream>

namespace encounter::cli {
namespace {

nlohmann::ordered_json script_json(const Script& script, const std::optional<KindReading>& reading) {
    nlohmann::ordered_json object;
    object["id"] = script.id;
    object["title"] = script.title;
    object["locale"] = script.locale;
    object["declared"] = script.declared_kind ? nlohmann::ordered_json(std::string(to_string(*script.declared_kind)))
                                              : nlohmann::ordered_json(nullptr);
    object["classified"] = reading ? nlohmann::ordered_json(std::string(to_string(reading->kind)))
                                   : nlohmann::ordered_json(nullptr);
    object["confidence"] = reading ? nlohmann::ordered_json(std::round(reading->confidence * 100) / 100)
                                   : nlohmann::ordered_json(nullptr);
    object["steps"] = script.steps.size();
    object["file"] = script.source->path();
    return object;
}

std::string pad(const std::string& text, std::size_t width) {
    const std::size_t shown = count_code_points(text);
    return shown >= width ? text : text + std::string(width - shown, ' ');
}

}  // namespace

Runner add_list_command(CLI::App& parent) {
    auto format = std::make_shared<OutputFormat>(OutputFormat::text);
    CLI::App* command = parent.add_subcommand("list", "Show the bundled scripts you can rehearse");
    add_format_option(*command, *format);
    command->footer("Examples:\n  encounter list\n  encounter list --format jsonl");

    return [format](Context& context) {
        const BundledData data = context.load_bundled();
        const Models models(data.lexicons);
        std::vector<std::optional<KindReading>> readings;
        for (const Script& script : data.scripts) {
            const LocaleModels* locale = models.find(script.locale);
            readings.push_back(locale ? std::optional<KindReading>(classify_script(script, locale->patient_kinds))
                                      : std::nullopt);
        }
        std::ostream& out = context.io.out;
        constexpr auto handler = nlohmann::ordered_json::error_handler_t::replace;
        switch (*format) {
            case OutputFormat::text: {
                std::size_t id_width = 2;
                for (const Script& script : data.scripts) {
                    id_width = std::max(id_width, count_code_points(script.id));
                }
                out << paint(pad("ID", id_width) + "  DECLARED  CLASSIFIED  LOCALE  TITLE", Style::bold, context.color)
                    << '\n';
                for (std::size_t i = 0; i < data.scripts.size(); ++i) {
                    const Script& script = data.scripts[i];
                    const std::string declared =
                        script.declared_kind ? std::string(to_string(*script.declared_kind)) : "-";
                    const std::string classified = readings[i] ? std::string(to_string(readings[i]->kind)) : "-";
                    out << pad(script.id, id_width) << "  " << pad(declared, 8) << "  " << pad(classified, 10) << "  "
                        << pad(script.locale, 6) << "  " << script.title << '\n';
                }
                if (data.scripts.empty()) context.log.warn("no bundled scripts found");
                break;
            }
            case OutputFormat::json: {
                nlohmann::ordered_json array = nlohmann::ordered_json::array();
                for (std::size_t i = 0; i < data.scripts.size(); ++i) array.push_back(script_json(data.scripts[i], readings[i]));
                out << array.dump(2, ' ', false, handler) << '\n';
                break;
            }
            case OutputFormat::jsonl:
                for (std::size_t i = 0; i < data.scripts.size(); ++i) {
                    out << script_json(data.scripts[i], readings[i]).dump(-1, ' ', false, handler) << '\n';
                }
                break;
        }
        return data.root.empty() ? ExitCode::bad_input : ExitCode::ok;
    };
}

}  // namespace encounter::cli
