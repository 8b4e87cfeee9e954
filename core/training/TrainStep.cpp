#include "training/TrainStep.h"

#include "Error.h"
#include "training/Regularizer.h"

#include <cmath>

namespace nnlab {

StepResult computeGradients(Network& net, const Loss& loss, std::vector<Param>& params,
                            const RegularizationSpec& reg, MatrixIn x, MatrixIn y, StepBuffers& buffers, Pass& pass) {
    MatrixIn pred = net.forward(x, pass);
    StepResult result;
    result.dataLoss = loss.value(pred, y);
    result.loss = result.dataLoss + penalty(params, reg);
    auto dPred = buffers.dPred.topRows(pred.rows());
    loss.gradient(pred, y, dPred);
    net.backward(x, dPred, false);
    addPenaltyGradients(params, reg);
    return result;
}

void applyUpdate(Optimizer& optimizer, std::vector<Param>& params, const RegularizationSpec& reg) {
    clipGradients(params, reg);
    optimizer.step();
    applyL1Proximal(params, reg, optimizer.learningRate());
    applyMaxNorm(params, reg);
}

void checkFiniteOutputs(const Network& net, double loss) {
    if (std::isfinite(loss)) return;
    for (std::size_t i = 0; i < net.size(); ++i) {
        if (!net.layer(i).output().allFinite())
            throw NumericError(net.layer(i).name() +
                               ": the output became NaN or infinite (exploding activations; lower the learning "
                               "rate or add gradient clipping)");
    }
    throw NumericError("loss: the loss is NaN or infinite although every layer's output is finite "
                       "(log of 0 or a target outside the loss's range)");
}

}  // namespace nnlab
