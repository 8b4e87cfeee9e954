#pragma once
// The initialisation view (curriculum 000-29, 003-30, GBC §8.4): before any
// training, push a batch of standard-normal inputs through a deep plain net
// and a standard-normal output gradient back, and report per layer how the
// activations and the backpropagated gradients are spread. With ReLU, He
// keeps the activation std flat across depth, Glorot shrinks it by about
// sqrt(1/2) per layer and N(0, 0.05^2) ("naive") collapses it toward 0.
#include "health/LayerHealth.h"
#include "spec/NamedSpec.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nnlab {

struct InitProfileSpec {
    int depth = 10;                      // dense layers, all width -> width
    Index width = 64;
    NamedSpec activation{"relu"};
    NamedSpec weightInit{"he_normal"};
    Index samples = 256;
    std::uint64_t seed = 1;
};

struct InitLayerProfile {
    double activationMean = 0.0, activationStd = 0.0;  // the layer's outputs
    double gradientStd = 0.0;      // std of dL/d(input of the layer): the signal going back
    double weightGradNorm = 0.0;   // ||dL/dW||
    double saturatedFraction = 0.0, deadFraction = 0.0;  // as in LayerHealth (one batch)
    Histogram activations;         // linear, the same range for every layer of the profile
    Histogram gradients;           // log10 |dL/d input|
};

// Throws SpecError for an unknown activation or initializer, ShapeError for
// depth or width < 1.
std::vector<InitLayerProfile> initializationProfile(const InitProfileSpec& spec);

}  // namespace nnlab
