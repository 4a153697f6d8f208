// The rehearsal loop: patient line, answer, score, transcript, feedback, next step.
#include "cli/rehearse_session.hpp"
#include "cli/highlight.hpp"
#include "cli/score_report.hpp"
#include "cli/terminal.hpp"

#include <chrono>
#include <ctime>
#include <iostream>

namespace encounter::cli {
namespace {

constexpr const char* session_help =
    "  Type your answer and press Enter. End a line with \\ to go on to the next line.\n"
    "  :hint    what this patient may need that you could offer unasked\n"
    "  :model   an exemplary answer to this step (it does not count as yours)\n"
    "  :repeat  show the patient's words again\n"
    "  :skip    move on without answering\n"
    "  :quit    stop here; the transcript is saved and can be resumed\n"
    "  :help    this list\n";

std::string now_utc() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm parts{};
    gmtime_r(&now, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

class Session {
public:
    Session(SessionSetup& setup, LineReader& reader, Io& io)
        : m_setup(setup), m_reader(reader), m_io(io), m_rehearsal(*setup.script, *setup.scorer),
          m_turns(setup.earlier_turns) {}

    ExitCode run() {
        if (!m_setup.start_step.empty()) m_rehearsal.go_to(m_setup.start_step);
        while (const Step* step = m_rehearsal.current()) {
            show_patient(*step);
            const auto outcome = take_turn(*step);
            if (outcome != Outcome::answered) {
                if (outcome == Outcome::failed) return ExitCode::bad_input;
                return stop_early();
            }
        }
        return finish();
    }

private:
    enum class Outcome { answered, stopped, failed };

    std::ostream& out() { return m_io.out; }

    void show_patient(const Step& step) {
        const PatientProfile& patient = m_setup.script->patient;
        const std::string name = patient.name.empty() ? "Patient" : patient.name;
        out() << '\n' << paint(name + ":", Style::cyan, m_setup.color) << " " << step.patient << '\n';
    }

    Outcome take_turn(const Step& step) {
        while (true) {
            auto answer = m_reader.read_answer("you> ", "...> ");
            if (!answer) return Outcome::stopped;  // Ctrl-D
            const std::string trimmed = trim(*answer);
            if (trimmed.empty()) continue;
            if (trimmed == ":help" || trimmed == ":?") {
                out() << session_help;
            } else if (trimmed == ":hint") {
                show_hint(step);
            } else if (trimmed == ":model") {
                out() << (step.model.empty() ? "  (this step has no model answer)" : "  Model answer: " + step.model) << '\n';
            } else if (trimmed == ":repeat") {
                show_patient(step);
            } else if (trimmed == ":skip") {
                return record_skip(step) ? Outcome::answered : Outcome::failed;
            } else if (trimmed == ":quit" || trimmed == ":q") {
                return Outcome::stopped;
            } else if (trimmed.front() == ':' && trimmed.find(' ') == std::string::npos) {
                out() << "  unknown command " << trimmed << "; :help lists them\n";
            } else {
                return record_answer(step, *answer) ? Outcome::answered : Outcome::failed;
            }
        }
    }

    static std::string trim(const std::string& text) {
        const auto begin = text.find_first_not_of(" \t\n");
        if (begin == std::string::npos) return {};
        return text.substr(begin, text.find_last_not_of(" \t\n") - begin + 1);
    }

    void show_hint(const Step& step) {
        if (step.anticipate.empty()) {
            out() << "  Nothing in particular to anticipate here: listen and respond.\n";
            return;
        }
        out() << "  Think about what this patient will need before they ask:\n";
        for (const AnticipatedNeed& need : step.anticipate) {
            out() << "  - " << (need.need.empty() ? need.id : need.need) << '\n';
        }
    }

    bool record_answer(const Step& step, const std::string& answer) {
        const ResponseScore& score = m_rehearsal.answer(answer);
        nlohmann::ordered_json line = score_to_json(step.id, score);
        line.erase("id");
        nlohmann::ordered_json turn;
        turn["type"] = "turn";
        turn["turn"] = m_turns.size() + 1;
        turn["step"] = step.id;
        turn["patient"] = step.patient;
        turn["response"] = answer;
        for (auto& [key, value] : line.items()) turn[key] = value;
        nlohmann::ordered_json needs = nlohmann::ordered_json::array();
        for (const NeedScore& need : score.needs) needs.push_back({{"id", need.id}, {"met", need.met}});
        turn["needs"] = needs;
        turn["next"] = m_rehearsal.last_target();
        turn["at"] = now_utc();
        if (!write(turn, &answer)) return false;
        m_turns.push_back(make_turn_record(step.id, answer, score));
        if (m_setup.feedback == FeedbackTiming::each) show_feedback(step, answer, score);
        return true;
    }

    bool record_skip(const Step& step) {
        m_rehearsal.skip();
        nlohmann::ordered_json turn{{"type", "turn"}, {"turn", m_turns.size() + 1}, {"step", step.id},
                                    {"patient", step.patient}, {"skipped", true},
                                    {"next", m_rehearsal.last_target()}, {"at", now_utc()}};
        if (!write(turn, nullptr)) return false;
        TurnRecord record;
        record.step = step.id;
        record.skipped = true;
        m_turns.push_back(std::move(record));
        return true;
    }

    // Writes a line durably. When the disk refuses, the answer stays on screen and the
    // clinician can name another file to save the whole transcript to.
    bool write(const nlohmann::ordered_json& line, const std::string* answer) {
        std::string error;
        m_setup.written.push_back(line);
        if (m_setup.transcript->append(line, error)) return true;
        m_io.err << "encounter: error: " << error << '\n';
        if (answer) m_io.err << "Your answer was:\n  " << *answer << '\n';
        while (true) {
            auto path = m_reader.read_answer("save the transcript to (a file path, empty to give up)> ", "...> ");
            if (!path || trim(*path).empty()) {
                m_io.err << "encounter: the transcript could not be saved\n";
                return false;
            }
            std::string open_error;
            auto elsewhere = TranscriptWriter::open(trim(*path), false, open_error);
            bool saved = elsewhere.has_value();
            for (std::size_t i = 0; saved && i < m_setup.written.size(); ++i) {
                saved = elsewhere->append(m_setup.written[i], open_error);
            }
            if (saved) {
                *m_setup.transcript = std::move(*elsewhere);
                out() << "  saved to " << m_setup.transcript->path() << "; the rehearsal goes on there\n";
                return true;
            }
            m_io.err << "encounter: error: " << open_error << '\n';
        }
    }

    void show_feedback(const Step& step, const std::string& answer, const ResponseScore& score) {
        out() << '\n';
        write_score_text(out(), "Your answer", answer, score, ReportOptions{m_setup.color, true, 2});
        if (!step.model.empty()) out() << "  " << paint("A model answer:", Style::dim, m_setup.color) << " " << step.model << '\n';
    }

    ExitCode stop_early() {
        out() << "\nStopped. Your answers so far are saved in " << m_setup.transcript->path()
              << "\nContinue later with: encounter rehearse --resume " << m_setup.transcript->path() << '\n';
        return ExitCode::ok;
    }

    ExitCode finish() {
        const EncounterSummary summary = summarize(m_turns, m_setup.rubrics);
        std::string error;
        nlohmann::ordered_json line = summary_to_json(summary);
        line["ended"] = now_utc();
        if (!write(line, nullptr)) return ExitCode::bad_input;
        if (m_setup.feedback != FeedbackTiming::none) show_summary(summary);
        out() << "\nTranscript: " << m_setup.transcript->path() << '\n';
        return ExitCode::ok;
    }

    void show_summary(const EncounterSummary& summary) {
        const bool color = m_setup.color;
        out() << '\n' << paint("The encounter is over.", Style::bold, color) << " " << summary.answered << " answered";
        if (summary.skipped) out() << ", " << summary.skipped << " skipped";
        out() << ".\n";
        for (const Rubric* rubric : m_setup.rubrics) {
            const auto average = summary.rubric_averages.find(rubric->id);
            if (average == summary.rubric_averages.end()) continue;
            out() << "  " << rubric->id << ": " << static_cast<int>(average->second + 0.5) << "/100\n";
        }
        for (const auto& [name, average] : summary.criterion_averages) {
            char text[16];
            std::snprintf(text, sizeof text, "%.1f", average);
            out() << "    " << name << " " << text << '\n';
        }
        if (summary.strongest) out() << "  Strongest moment (" << summary.strongest->step << "): \"" << summary.strongest->response << "\"\n";
        if (summary.weakest) out() << "  Weakest moment (" << summary.weakest->step << "): \"" << summary.weakest->response << "\"\n";
        if (m_setup.feedback == FeedbackTiming::end) {
            for (const TurnRecord& turn : m_turns) {
                if (turn.skipped) continue;
                out() << "  " << turn.step << ":";
                for (const auto& [rubric, score] : turn.rubric_scores) out() << " " << rubric << " " << score;
                out() << '\n';
            }
        }
        if (!summary.practise.empty()) {
            out() << "  To practise next:\n";
            for (const PractiseItem& item : summary.practise) out() << "  - " << item.advice << " (" << item.criterion << ")\n";
        }
    }

    SessionSetup& m_setup;
    LineReader& m_reader;
    Io& m_io;
    Rehearsal m_rehearsal;
    std::vector<TurnRecord> m_turns;
};

}  // namespace

ExitCode run_session(SessionSetup& setup, LineReader& reader, Io& io) {
    Session session(setup, reader, io);
    return session.run();
}

}  // namespace encounter::cli
