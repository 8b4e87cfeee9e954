#pragma once
// How far the generated points are from the real ones, "by grid" as GAN Lab
// measures it: both point sets become histograms on a g x g grid over the
// plane's square, shares p (real) and q (generated), then with eps = 1e-4
// smoothing and log base 2 (bits):
//   KL(p || q) = sum (p + eps) log2((p + eps) / (q + eps))
//   JS(p, q)   = 1/2 sum (p + eps) log2((p + eps) / (m + eps))
//              + 1/2 sum (q + eps) log2((q + eps) / (m + eps)),   m = (p + q) / 2
// KL is large where G misses real mass; JS is symmetric and at most 1 bit
// (plus the smoothing's little). A point outside the square counts in the
// nearest edge cell, so no mass is lost.
#include "Types.h"

namespace nnlab {

constexpr double kDivergenceEps = 1e-4;

// Shares per cell (summing to 1), cell iy * g + ix over [lo, hi]^2.
Vector gridHistogram(MatrixIn points, int g, double lo, double hi);
double gridKlDivergence(const Vector& p, const Vector& q);
double gridJsDivergence(const Vector& p, const Vector& q);

}  // namespace nnlab
