#pragma once
// What a recurrent network shows of one chosen validation sequence (the
// Sequences dock; names in training/SequenceResultNames.h): its inputs, the
// prediction against the target, every recurrent layer's hidden states and
// gate activations over the time steps, and |dL/dh_t| at every step, the
// gradient that fades through time in a plain RNN (Bengio et al. 1994;
// Pascanu et al. 2013) and that an LSTM's cell keeps alive.
//
// Computed on a probe: a copy of the network for one sample, its parameters
// copied from the live one each time. So the live model's buffers, gradients
// and optimizer are never touched between two training steps, and the
// payload's numbers are exactly those of a forward and backward of that one
// sequence (inference mode: no dropout).
#include "Types.h"
#include "losses/Loss.h"
#include "model/Network.h"
#include "training/SequenceResultNames.h"
#include "training/Snapshot.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace nnlab {

class Recurrent;

// True if the network has an rnn, lstm or gru layer (bidirectional ones too).
bool hasRecurrentLayer(Network& network);

// The recurrent cells of a network with the names the payloads use: a
// bidirectional layer gives "<name>/forward" and "<name>/backward".
struct RecurrentCell {
    std::string name;
    Recurrent* cell = nullptr;
    bool reversed = false;  // reads the sequence backwards: its step t is input step T-1-t
};
std::vector<RecurrentCell> recurrentCells(Network& network);

// |dL/dh_t| per step of sample `row` of a cell's last backward (hiddenGrads),
// in input time order: (1, T).
Matrix gradientThroughTime(const RecurrentCell& cell, Index row = 0);

class SequenceResults {
public:
    // x, y: the rows to choose from (network inputs, encoded targets); sample
    // is clamped into them. revision: the live network's structure revision
    // (a new one rebuilds the probe). Appends nothing without a recurrent
    // layer or without rows.
    void add(Network& live, std::uint64_t revision, const Loss& loss, MatrixIn x, MatrixIn y, Index sample,
             std::vector<Payload>& out);

private:
    std::unique_ptr<Network> m_probe;
    std::uint64_t m_revision = 0;
    Matrix m_dOut;
};

}  // namespace nnlab
