#pragma once
// The engine's supervised step on a fixed table (x, y), in SupervisedTask::step's
// order and with its calls (gather, computeGradients, checkFiniteStep,
// applyUpdate), for the large cases: SupervisedTask itself reads 2-D points or
// CSV files, hence the loop here. infer() is the forward pass alone.
#include "losses/Loss.h"
#include "model/Network.h"
#include "optimizers/Optimizer.h"
#include "random/Rng.h"
#include "training/TrainStep.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace nnlab::bench {

class EngineLoop {
public:
    // Adam with learning rate lr on `loss` (softmax + cce by default, "mse" for
    // the LSTM's regression head); weights drawn from seed; `precision` of the
    // heavy products (an experiment's training.precision).
    EngineLoop(const NetworkSpec& spec, const Shape& input, Index batch, const Matrix& x, const Matrix& y, double lr,
               std::uint64_t seed, const std::string& loss = "cce", Precision precision = Precision::Float64);
    Index step();   // one training step on the next batch (reshuffles per epoch); returns its samples
    Index infer();  // the forward pass (inference mode) on the first batch of x; returns batch
    double lastLoss() const { return m_lastLoss; }

private:
    const Matrix& m_x;
    const Matrix& m_y;
    Index m_batch;
    Rng m_rng;
    Network m_net;
    Loss m_loss;
    std::unique_ptr<Optimizer> m_optimizer;
    std::vector<Param> m_params;
    RegularizationSpec m_reg;
    std::vector<Index> m_order;
    Matrix m_batchX, m_batchY;
    StepBuffers m_buffers;
    Index m_cursor = 0;
    std::uint64_t m_step = 0;
    double m_lastLoss = 0.0;
};

// Rows of U(0,1) inputs and random one-hot classes, from a fixed seed.
void randomTable(Index rows, Index inputs, int classes, std::uint64_t seed, Matrix& x, Matrix& y);

}  // namespace nnlab::bench
