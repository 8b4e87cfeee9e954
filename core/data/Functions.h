#pragma once
// Declarations of every data generator (one .cpp per formula, GeneratorTable.cpp
// lists them). Each fills d.points (n, 2) and d.targets (n, 1), already sized,
// for d.numClasses classes (0 for regression).
#include "data/Dataset.h"

#include <string>

namespace nnlab {

#define NNLAB_GENERATOR(name) void name##Generate(Dataset& d, double noise, Rng& rng);

NNLAB_GENERATOR(circle)
NNLAB_GENERATOR(xor)
NNLAB_GENERATOR(gaussian)
NNLAB_GENERATOR(spiral)
NNLAB_GENERATOR(moons)
NNLAB_GENERATOR(checkerboard)
NNLAB_GENERATOR(blobs)
NNLAB_GENERATOR(multiSpiral)
NNLAB_GENERATOR(regPlane)
NNLAB_GENERATOR(regGaussian)
NNLAB_GENERATOR(bars)
NNLAB_GENERATOR(adding)
NNLAB_GENERATOR(sines)
NNLAB_GENERATOR(sinesSteps)
NNLAB_GENERATOR(recall)
NNLAB_GENERATOR(simple)
NNLAB_GENERATOR(randomLabels)
NNLAB_GENERATOR(digits)

#undef NNLAB_GENERATOR

// Default sequence lengths of the sequence sets (their sampleShape {T, F} in
// the table); data.steps changes them (sampleShapeFor).
constexpr Index kAddingSteps = 30;
constexpr Index kSinesSteps = 20;
constexpr Index kMinSequenceSteps = 2;  // adding: one marker in each half

// recall (Recall.cpp): kRecallShown symbols, then data.delay blank steps, then
// the cue; one step holds a symbol's one-hot code (K = classes channels) and
// the cue's (kRecallShown channels).
constexpr Index kRecallShown = 2;
inline Shape recallShape(Index delay, int classes) { return Shape{kRecallShown + delay + 1, Index(classes) + kRecallShown}; }

// Points of class k when n points are shared out among K classes as evenly as
// possible: n / K, plus one for the first n % K classes.
Index classShare(Index n, int numClasses, int k);

// Playground's Gaussian variance for a noise level: d3 linear scale
// [0, 0.5] -> [0.5, 4], not clamped.
double playgroundVariance(double noise);

// `wanted` of n rows (all for 0 or more than n), drawn with rng, in ascending
// order: the subsets of image sets (data.subset, data.test_subset).
std::vector<Index> subsetRows(Index n, int wanted, Rng& rng);

// Shortest text that reads back as v ("3", "0.25", "1e-07"), for messages and
// class names; locale-independent.
std::string formatNumber(double v);

}  // namespace nnlab
