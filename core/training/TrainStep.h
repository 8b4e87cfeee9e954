#pragma once
// One supervised optimisation step on a prepared batch, shared by the
// SupervisedTask and the oracle replay so both run exactly the same rule.
#include "losses/Loss.h"
#include "model/Network.h"
#include "optimizers/Optimizer.h"
#include "experiment/TrainingSpec.h"

namespace nnlab {

struct StepBuffers {
    Matrix dPred;  // (maxBatch, outputs)
};

struct StepResult {
    double loss = 0.0;       // data loss + penalty, before the update
    double dataLoss = 0.0;
};

// Forward, loss, backward, penalty gradients. Leaves the gradients in the params.
StepResult computeGradients(Network& net, const Loss& loss, std::vector<Param>& params,
                            const RegularizationSpec& reg, MatrixIn x, MatrixIn y, StepBuffers& buffers, Pass& pass);
// Clipping, optimizer update, max-norm.
void applyUpdate(Optimizer& optimizer, std::vector<Param>& params, const RegularizationSpec& reg);

// Throws NumericError naming the first layer whose output is not finite, or
// the loss. Call after a forward pass.
void checkFiniteOutputs(const Network& net, double loss);

}  // namespace nnlab
