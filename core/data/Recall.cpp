// Recall after a delay: a copy-memory task in the spirit of Hochreiter &
// Schmidhuber 1997 (section 5, long time lags) and Arjovsky, Shah & Bengio
// 2016 (the copying problem), cut down to the engine's many-to-one heads:
// instead of copying all symbols back, the network names one of them, chosen
// by the cue.
//
//   steps 0 .. S-1        S = kRecallShown (2) symbols s_j, each one of K = classes,
//                          one-hot in channels 0 .. K-1
//   steps S .. S+delay-1  blank (zeros; noise: Gaussian noise of that standard
//                          deviation on every channel, a distraction while waiting)
//   step  S + delay       the cue: channel K + j set, asking for symbol j
//   target                s_j, a class 0 .. K-1 (softmax + cce or sparse_cce)
//
// Shape {S + delay + 1, K + S}. The first symbol lies delay + S steps before
// the cue, so the delay is how far a network must carry it. Classes are
// shared out evenly (classShare), so without memory nothing beats 1/K:
// the chance level is an accuracy of 1/K and a cross-entropy of ln K (the
// uniform prediction).
// Blank steps leave a plain RNN's state undisturbed, so it keeps a single
// symbol across a long delay with ease; two symbols and a cue that picks one
// are what it loses (measured in docs/benchmarks.md), and noise on the blank
// steps makes the wait harder still.
#include "data/Functions.h"

namespace nnlab {

void recallGenerate(Dataset& d, double noise, Rng& rng) {
    const Index steps = d.sampleShape.dims[0], channels = d.sampleShape.dims[1];
    const int classes = d.numClasses;
    const Index shown = kRecallShown, cueStep = steps - 1;
    d.points.setZero();
    Index i = 0;
    for (int k = 0; k < classes; ++k)
        for (Index n = 0; n < classShare(d.size(), classes, k); ++n, ++i) {
            const Index asked = Index(uniformIndex(rng, std::uint64_t(shown)));
            for (Index j = 0; j < shown; ++j) {
                const Index symbol = j == asked ? k : Index(uniformIndex(rng, std::uint64_t(classes)));
                d.points(i, j * channels + symbol) = 1.0;
            }
            if (noise > 0.0)
                for (Index t = shown; t < cueStep; ++t)
                    for (Index c = 0; c < channels; ++c) d.points(i, t * channels + c) = normal(rng, 0.0, noise);
            d.points(i, cueStep * channels + classes + asked) = 1.0;
            d.targets(i, 0) = double(k);
        }
}

}  // namespace nnlab
