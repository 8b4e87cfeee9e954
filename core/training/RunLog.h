#pragma once
// A task's history and notes, kept the way the Task interface hands them out:
// the whole history, the points added since the last take (a snapshot's
// newHistory), the notes since the last take, and a saved run's history taken
// back in. The same bookkeeping for every kind, so a kind keeps one of these.
#include "experiment/Experiment.h"
#include "training/Snapshot.h"

#include <vector>

namespace nnlab {

class RunLog {
public:
    const std::vector<HistoryPoint>& history() const { return m_history; }
    void reserve(std::size_t points) { m_history.reserve(points); }
    void add(const HistoryPoint& point) { m_history.push_back(point); }
    void note(Note note) { m_notes.push_back(std::move(note)); }
    std::vector<HistoryPoint> takeHistory();
    std::vector<Note> takeNotes();
    // A reset: no points, and none left to take.
    void clearHistory();
    // A saved run's history, its values moved into the order of series;
    // throws SpecError "run.history: unknown series ..." for a key not in it.
    void adopt(const RunRecord& run, const std::vector<SeriesInfo>& series);

private:
    std::vector<HistoryPoint> m_history;
    std::size_t m_historyTaken = 0;
    std::vector<Note> m_notes;
};

}  // namespace nnlab
