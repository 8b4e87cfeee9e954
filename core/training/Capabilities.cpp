#include "training/Capabilities.h"

#include "Error.h"
#include "training/Task.h"

namespace nnlab {

NetworkModel& requireNetwork(Task& task, const std::string& purpose) {
    if (NetworkModel* model = task.networkModel()) return *model;
    throw SpecError("kind: a \"" + task.experiment().kind + "\" model has no network to " + purpose);
}

}  // namespace nnlab
