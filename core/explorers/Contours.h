#pragma once
// Level lines of a sampled surface by marching squares (Lorensen & Cline's
// cube idea in 2-D): in each grid cell the level crosses the edges whose ends
// lie on opposite sides, at the linearly interpolated point; a cell crossed
// on all four edges (a saddle cell) is resolved by the mean of its corners.
#include "explorers/Surfaces.h"

#include <vector>

namespace nnlab {

// values: nx * ny samples at grid points spanning [xMin, xMax] x [yMin, yMax]
// edges included, index iy * nx + ix (sampleSurface()'s layout).
// Returns segments as point pairs, each pair followed by a NaN point, so the
// list can be drawn as one polyline with gaps.
std::vector<Point2> contourLines(const std::vector<double>& values, int nx, int ny, double xMin, double xMax,
                                 double yMin, double yMax, const std::vector<double>& levels);

// n levels evenly spaced strictly inside (low, high).
std::vector<double> evenLevels(double low, double high, int n);

}  // namespace nnlab
