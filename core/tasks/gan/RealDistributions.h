#pragma once
// The real data of the 2-D GAN: distributions of points in the plane's square
// [-1, 1]^2, sampled from the experiment's Rng (a seed gives the same points
// everywhere). Positions and spreads of the first four are GAN Lab's
// (../shared/parity.md section 2) in its unit square, mapped by x -> 2x - 1:
// centred data and a square a tanh output covers, so both networks start
// with their kinks among the points. The others are nnlab's own, drawn to fit.
#include "Types.h"
#include "random/Rng.h"

#include <string>
#include <vector>

namespace nnlab {

// The user's drawing: its points (the experiment's "gan.points").
inline const char* const kDrawnDistribution = "drawn";

struct RealDistributionInfo {
    const char* name;   // "two_moons": the file's "gan.distribution"
    const char* label;  // "Two moons" (QT_TRANSLATE_NOOP context "RealDistribution")
    // Fills every row of out (n, 2) in the unit square; drawn: the user's points
    // in the unit square (empty otherwise).
    void (*sample)(Rng& rng, MatrixOut out, const Matrix& drawn);
};

// In picker order: line, gaussians (the default), ring, disjoint, two_moons,
// spiral, grid, gaussian, drawn.
const std::vector<RealDistributionInfo>& realDistributionTable();
const RealDistributionInfo& findRealDistribution(const std::string& name);  // throws SpecError

// n points of the named distribution in [-1, 1]^2 (drawn: the user's points are in
// the plane's coordinates too).
Matrix sampleRealDistribution(const std::string& name, Index n, Rng& rng, const Matrix& drawn);

}  // namespace nnlab
