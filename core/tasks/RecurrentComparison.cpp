#include "tasks/RecurrentComparison.h"

#include "tasks/TaskRegistry.h"
#include "training/SequenceResultNames.h"

#include <exception>

namespace nnlab {
namespace {

bool isRecurrentType(const std::string& type) { return type == "rnn" || type == "lstm" || type == "gru"; }

const Payload* findPayload(const Snapshot& s, const std::string& name) {
    for (const Payload& p : s.payload)
        if (p.name == name) return &p;
    return nullptr;
}

// The first recurrent cell's gradient payload: its name starts with the prefix.
const Payload* firstGradient(const Snapshot& s) {
    const std::string prefix = sequence_results::kGradPrefix;
    for (const Payload& p : s.payload)
        if (p.name.compare(0, prefix.size(), prefix) == 0) return &p;
    return nullptr;
}

}  // namespace

Experiment withOtherRecurrentCell(const Experiment& experiment, std::string* otherType) {
    Experiment other = experiment;
    other.weights.reset();
    other.run.reset();
    std::string first;
    for (LayerSpec& layer : other.network.layers) {
        if (!isRecurrentType(layer.type)) continue;
        layer.type = layer.type == "rnn" ? "lstm" : "rnn";
        if (first.empty()) first = layer.type;
    }
    if (otherType) *otherType = first;
    return other;
}

RecurrentComparison compareRecurrentCell(const Experiment& experiment, std::uint64_t steps, long maxSequences) {
    RecurrentComparison result;
    try {
        const Experiment other = withOtherRecurrentCell(experiment, &result.cellType);
        if (result.cellType.empty()) return result;
        std::unique_ptr<Task> task = makeTask(other);
        for (; result.steps < steps && !task->finished(); ++result.steps) task->step();
        SnapshotOptions options;
        options.weights = false;
        options.sequenceSample = 0;
        for (long k = 0; k < maxSequences; ++k) {
            options.sequenceSample = k;
            Snapshot s;
            task->fillSnapshot(s, options);
            const Payload* info = findPayload(s, sequence_results::kInfo);
            const Payload* grad = firstGradient(s);
            const Payload* loss = findPayload(s, sequence_results::kLoss);
            if (!info || !grad || !loss) break;
            const long count = std::min(maxSequences, long(info->values(0, 1)));
            if (k == 0) {
                result.layer = grad->name.substr(std::string(sequence_results::kGradPrefix).size());
                result.gradients.resize(count, grad->values.cols());
            }
            result.gradients.row(k) = grad->values.row(0);
            result.meanLoss += loss->values(0, 0) / double(count);
            if (k + 1 >= count) break;
        }
    } catch (const std::exception& e) {
        result = RecurrentComparison{};
        result.error = e.what();
    }
    return result;
}

}  // namespace nnlab
