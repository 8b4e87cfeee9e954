#include "SessionTypes.h"

namespace nnlab {

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
