#include "sequences/SequenceFrame.h"

#include "training/SequenceResultNames.h"

#include <cstring>

namespace nnlab {
namespace {

bool startsWith(const std::string& s, const char* prefix) { return s.compare(0, std::strlen(prefix), prefix) == 0; }

SequenceCellFrame& cellNamed(SequenceFrame& f, const std::string& name) {
    for (SequenceCellFrame& c : f.cells)
        if (c.name == name) return c;
    f.cells.push_back(SequenceCellFrame{name, {}, {}, {}});
    return f.cells.back();
}

}  // namespace

SequenceFrame readSequenceFrame(const Snapshot& snapshot) {
    namespace names = sequence_results;
    SequenceFrame f;
    f.step = snapshot.step;
    for (const Payload& p : snapshot.payload) {
        if (p.name == names::kInfo && p.values.cols() >= 6) {
            f.valid = true;
            f.sample = long(p.values(0, 0));
            f.sampleCount = long(p.values(0, 1));
            f.steps = Index(p.values(0, 2));
            f.features = Index(p.values(0, 3));
            f.outputs = Index(p.values(0, 4));
            f.manyToMany = p.values(0, 5) != 0.0;
        } else if (p.name == names::kInputs) {
            f.inputs = p.values;
        } else if (p.name == names::kPrediction) {
            f.prediction = p.values;
        } else if (p.name == names::kTarget) {
            f.target = p.values;
        } else if (p.name == names::kLoss && p.values.size() > 0) {
            f.loss = p.values(0, 0);
        } else if (startsWith(p.name, names::kHiddenPrefix)) {
            cellNamed(f, p.name.substr(std::strlen(names::kHiddenPrefix))).hidden = p.values;
        } else if (startsWith(p.name, names::kGatePrefix)) {
            cellNamed(f, p.name.substr(std::strlen(names::kGatePrefix))).gates = p.values;
        } else if (startsWith(p.name, names::kGradPrefix)) {
            cellNamed(f, p.name.substr(std::strlen(names::kGradPrefix))).gradient = p.values;
        }
    }
    return f;
}

}  // namespace nnlab
