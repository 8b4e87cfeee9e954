#pragma once
// A real network's loss on a plane through weight space (Li et al. 2018,
// "Visualizing the Loss Landscape of Neural Nets", sec. 4):
//   f(a, b) = L(w0 + a d1 + b d2)
//   df/da = <grad L(w), d1>,   df/db = <grad L(w), d2>   (chain rule; backprop gives grad L)
// w0: a small supervised net (circle data, 2-6-1 tanh/sigmoid, BCE)
// trained full-batch with Adam; d1, d2: Gaussian directions with filter
// normalisation, each row of a direction (one unit's incoming weights, or
// the bias vector) scaled to the norm of the same row of w0, so a = 1 means
// a change as large as the weights themselves.
#include "explorers/Surfaces.h"
#include "tasks/TaskRegistry.h"
#include "training/Capabilities.h"
#include "training/TrainStep.h"

#include <cstdint>
#include <memory>

namespace nnlab {

constexpr const char* kNetworkSliceName = "network_slice";

class NetworkSliceSurface : public Surface {
public:
    // seed: the experiment's and the directions'; trainEpochs full-batch Adam steps give w0.
    explicit NetworkSliceSurface(std::uint64_t seed = 3, int trainEpochs = 300);
    ~NetworkSliceSurface() override;

    const SurfaceInfo& info() const override { return m_info; }
    double value(double a, double b) override;
    Point2 gradient(double a, double b) override;

    // The experiment w0 was trained from (for a caption: data, layers, loss).
    const Experiment& experiment() const { return m_task->experiment(); }
    std::size_t parameterCount() const;

private:
    void setWeights(double a, double b);

    std::unique_ptr<Task> m_task;
    NetworkModel* m_model;  // the task's network (a supervised task always has one)
    std::unique_ptr<Loss> m_loss;
    std::vector<Param> m_params;
    std::vector<Matrix> m_w0, m_d1, m_d2;
    StepBuffers m_buffers;
    Rng m_rng;
    SurfaceInfo m_info;
};

}  // namespace nnlab
