#include "SessionTypes.h"

namespace nnlab {

RunRecord runRecordOf(const RunState& state) {
    RunRecord run{state.step, state.epoch, {}, state.history};
    for (const SeriesInfo& s : state.series) run.series.push_back(s.key);
    return run;
}

void registerSessionMetaTypes() {
    // Queued connections copy arguments through QMetaType; names must match
    // the signal signatures.
    qRegisterMetaType<nnlab::Command>("nnlab::Command");
    qRegisterMetaType<nnlab::Experiment>("nnlab::Experiment");
    qRegisterMetaType<nnlab::SnapshotPtr>("nnlab::SnapshotPtr");
    qRegisterMetaType<nnlab::DataFramePtr>("nnlab::DataFramePtr");
    qRegisterMetaType<nnlab::RunStatePtr>("nnlab::RunStatePtr");
}

}  // namespace nnlab
