#include "training/RunLog.h"

#include "Error.h"
#include "spec/NameLookup.h"

namespace nnlab {

std::vector<HistoryPoint> RunLog::takeHistory() {
    std::vector<HistoryPoint> out = m_history.since(m_historyTaken);
    m_historyTaken = m_history.pushed();
    return out;
}

std::vector<Note> RunLog::takeNotes() {
    std::vector<Note> out;
    out.swap(m_notes);
    return out;
}

void RunLog::clearHistory() {
    m_history.clear();
    m_historyTaken = 0;
}

void RunLog::adopt(const RunRecord& run, const std::vector<SeriesInfo>& series) {
    std::vector<std::string> keys;
    for (const SeriesInfo& s : series) keys.push_back(s.key);
    std::vector<std::size_t> slot;
    for (const std::string& key : run.series) {
        const int at = seriesIndex(series, key);
        if (at < 0) throw SpecError("run.history: " + unknownNameMessage("series", key, keys));
        slot.push_back(std::size_t(at));
    }
    for (const HistoryPoint& saved : run.history) {
        HistoryPoint p;
        p.epoch = saved.epoch;
        p.step = saved.step;
        for (std::size_t k = 0; k < slot.size(); ++k) p.values[slot[k]] = saved.values[k];
        m_history.push(p);
    }
}

}  // namespace nnlab
