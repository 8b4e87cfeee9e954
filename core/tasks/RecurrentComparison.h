#pragma once
// "The same task with the other cell": a plain RNN where the experiment has
// an LSTM or a GRU, an LSTM where it has a plain RNN, trained from scratch on
// the same data (same seeds) for a number of steps, then its gradient through
// time |dL/dh_t| for every validation sequence (the Sequences dock draws it
// beside the run's own curve: Bengio et al. 1994's fading gradient against
// the LSTM's carousel). Runs any kind through the task registry; slow (it
// trains), so the GUI runs it off its thread.
#include "experiment/Experiment.h"

#include <cstdint>
#include <string>

namespace nnlab {

struct RecurrentComparison {
    std::string cellType;      // the other cell: "rnn" or "lstm"; empty if the network has no recurrent layer
    std::string layer;         // the first recurrent cell's payload name (SequenceResults: "<name>", "<name>/forward")
    std::uint64_t steps = 0;   // steps trained
    Matrix gradients;          // (sequences, T): |dL/dh_t| of the first recurrent cell, one row per validation sequence
    double meanLoss = 0.0;     // mean loss over those sequences after training
    std::string error;         // the build or a step failed: its message; the rest is empty
};

// The experiment with every rnn layer made an lstm and every lstm or gru
// layer an rnn (units and options kept), without saved weights or run.
// otherType: the type the first recurrent layer gets; empty if there is none.
Experiment withOtherRecurrentCell(const Experiment& experiment, std::string* otherType = nullptr);

// Trains withOtherRecurrentCell(experiment) for `steps` steps, then measures
// at most maxSequences validation sequences. Never throws.
RecurrentComparison compareRecurrentCell(const Experiment& experiment, std::uint64_t steps, long maxSequences = 400);

}  // namespace nnlab
