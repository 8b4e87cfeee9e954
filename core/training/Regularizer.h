#pragma once
// Penalties, gradient clipping and weight constraints, in the order of
// ../shared/oracle/README.md: penalty gradients are added to the data
// gradients, then clipping, then the optimizer, then max-norm.
#include "spec/Param.h"
#include "experiment/TrainingSpec.h"

#include <vector>

namespace nnlab {

// l2 * sum W^2 + l1 * sum |W| over weights (isWeight) only.
double penalty(const std::vector<Param>& params, const RegularizationSpec& reg);
// g += 2 l2 W, and + l1 sign(W) unless reg.l1Proximal, on weights.
void addPenaltyGradients(std::vector<Param>& params, const RegularizationSpec& reg);
// reg.l1Proximal: the L1 step after the optimizer's, w = sign(w) max(|w| - lr l1, 0)
// on weights, so it lands on exactly 0 instead of crossing it.
void applyL1Proximal(std::vector<Param>& params, const RegularizationSpec& reg, double lr);
// Global L2 norm over every parameter's gradient.
double gradientNorm(const std::vector<Param>& params);
// clipValue: clamp each component; clipNorm: scale all by min(1, c / (||g|| + 1e-6)).
void clipGradients(std::vector<Param>& params, const RegularizationSpec& reg);
// Rescales each unit's incoming weights (a row of W) to norm <= maxNorm.
void applyMaxNorm(std::vector<Param>& params, const RegularizationSpec& reg);

}  // namespace nnlab
