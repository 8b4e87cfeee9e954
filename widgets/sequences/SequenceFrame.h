#pragma once
// A snapshot's sequence payloads (core/training/SequenceResultNames.h) read
// into one value the Sequences dock's plots draw: the chosen validation
// sequence and, per recurrent cell, its hidden states, gates and |dL/dh_t|.
#include "training/Snapshot.h"

#include <string>
#include <vector>

namespace nnlab {

struct SequenceCellFrame {
    std::string name;  // "lstm", "bi/forward"
    Matrix hidden;     // (H, T)
    Matrix gates;      // (G*H, T); empty for a plain RNN
    Matrix gradient;   // (1, T)
    int gateCount() const { return hidden.rows() > 0 ? int(gates.rows() / hidden.rows()) : 0; }
};

struct SequenceFrame {
    bool valid = false;  // the snapshot had sequence payloads
    long sample = 0, sampleCount = 0;
    Index steps = 0, features = 0, outputs = 0;
    bool manyToMany = false;
    Matrix inputs, prediction, target;  // (T, F); (T or 1, K); as prediction
    double loss = 0.0;
    std::vector<SequenceCellFrame> cells;
    std::uint64_t step = 0;  // training step of the snapshot
};

SequenceFrame readSequenceFrame(const Snapshot& snapshot);

}  // namespace nnlab
