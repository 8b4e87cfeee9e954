#pragma once
// A task's history and notes, kept the way the Task interface hands them out:
// the whole history, the points added since the last take (a snapshot's
// newHistory), the notes since the last take, and a saved run's history taken
// back in. The same bookkeeping for every kind, so a kind keeps one of these.
// Long runs are thinned (DownsampledHistory): the memory held stays bounded.
#include "experiment/DownsampledHistory.h"
#include "experiment/Experiment.h"
#include "training/Snapshot.h"

#include <vector>

namespace nnlab {

class RunLog {
public:
    const std::vector<HistoryPoint>& history() const { return m_history.points(); }
    void add(const HistoryPoint& point) { m_history.push(point); }
    void note(Note note) { m_notes.push_back(std::move(note)); }
    std::vector<HistoryPoint> takeHistory();
    std::vector<Note> takeNotes();
    // A reset: no points, and none left to take.
    void clearHistory();
    // A saved run's history, its values moved into the order of series;
    // throws SpecError "run.history: unknown series ..." for a key not in it.
    void adopt(const RunRecord& run, const std::vector<SeriesInfo>& series);

private:
    DownsampledHistory<HistoryPoint> m_history;
    std::uint64_t m_historyTaken = 0;  // m_history.pushed() at the last take
    std::vector<Note> m_notes;
};

}  // namespace nnlab
