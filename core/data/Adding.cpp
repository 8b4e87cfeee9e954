// The adding problem (Hochreiter & Schmidhuber 1997, experiment 4; in the form
// of Le, Jaitly & Hinton 2015): a sequence of T steps (data.steps, default
// kAddingSteps; d.sampleShape {T, 2} says it) of two
// features, a value v_t ~ U(0, 1) and a marker m_t in {0, 1}. Exactly two
// steps are marked, one in each half of the sequence; the target is the sum
// of the two marked values (0..2). Predicting the mean, 1, gives an MSE of
// 1/6 (the variance of a sum of two U(0, 1)): the chance level. The first
// marker lies up to T steps back, so a network must carry it across the
// whole sequence. noise: Gaussian noise of that standard deviation on the
// unmarked values only (the target stays exact).
#include "data/Functions.h"

namespace nnlab {

void addingGenerate(Dataset& d, double noise, Rng& rng) {
    const Index steps = d.sampleShape.dims[0], half = steps / 2;
    for (Index i = 0; i < d.size(); ++i) {
        const Index first = Index(uniformIndex(rng, std::uint64_t(half)));
        const Index second = half + Index(uniformIndex(rng, std::uint64_t(steps - half)));
        double sum = 0.0;
        for (Index t = 0; t < steps; ++t) {
            const bool marked = t == first || t == second;
            double v = uniform01(rng);
            if (marked)
                sum += v;
            else if (noise > 0.0)
                v += normal(rng, 0.0, noise);
            d.points(i, 2 * t) = v;
            d.points(i, 2 * t + 1) = marked ? 1.0 : 0.0;
        }
        d.targets(i, 0) = sum;
    }
}

}  // namespace nnlab
