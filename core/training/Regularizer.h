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
// g += 2 l2 W + l1 sign(W) on weights.
void addPenaltyGradients(std::vector<Param>& params, const RegularizationSpec& reg);
// Global L2 norm over every parameter's gradient.
double gradientNorm(const std::vector<Param>& params);
// clipValue: clamp each component; clipNorm: scale all by min(1, c / (||g|| + 1e-6)).
void clipGradients(std::vector<Param>& params, const RegularizationSpec& reg);
// Rescales each unit's incoming weights (a row of W) to norm <= maxNorm.
void applyMaxNorm(std::vector<Param>& params, const RegularizationSpec& reg);

}  // namespace nnlab
