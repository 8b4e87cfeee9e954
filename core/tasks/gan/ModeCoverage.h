#pragma once
// Which of the real distribution's modes the generator reaches: the evidence
// of mode collapse. The distributions made of separate blobs have their
// modes' centres here (gaussian 1, gaussians 2, disjoint 3, grid 9; the ring
// counts as 8 arcs around its ellipse); the others (line, moons, spiral, a
// drawing) are one connected shape and have none.
//
// Every point, real or generated, belongs to the nearest centre. A mode's
// reach is the distance within which 95 % of its own real points lie; a
// generated point beyond its nearest mode's reach is near no mode. A mode is
// covered when its share of the generated points is at least a fifth of its
// share of the real ones (half a mixture's 50 % is 10 %; a ninth is 2.2 %).
#include "Types.h"

#include <string>
#include <vector>

namespace nnlab {

struct ModeCoverage {
    int modes = 0;     // 0: the distribution has no separate modes
    int covered = 0;
    std::vector<double> realShare, fakeShare;  // per mode, of all real / generated points
    double fakeOutside = 0.0;                  // share of generated points near no mode
};

constexpr double kCoveredShareRatio = 0.2;

// The modes' centres in the plane [-1, 1]^2 (empty for a connected shape).
Matrix realModeCentres(const std::string& distribution);

// Coverage of the given distribution's modes by fake, measured against real.
ModeCoverage measureModeCoverage(const std::string& distribution, MatrixIn real, MatrixIn fake);

}  // namespace nnlab
