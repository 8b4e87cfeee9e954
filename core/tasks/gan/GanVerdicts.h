#pragma once
// The verdict panel GAN Lab lacks: what goes wrong in a GAN run, with its
// evidence and a one-click remedy (health/Verdict.h), read from the run's
// history (GanSeries.h) and the latest mode coverage (ModeCoverage.h).
//
// mode_collapse       the generator reaches some of the real modes but not
//                     all (1 <= covered < modes), with at most kCollapseOutside
//                     of its samples near no mode, for kCollapseEpochs epochs
//                     in a row, after kSettleEpochs epochs of training.
//                     Evidence: mode_coverage {covered, modes}; mode_shares
//                     {generated share per mode..., real share per mode...}.
//                     Remedies: lower G's learning rate (halved); one more
//                     discriminator step per iteration (D punishes the
//                     crowded mode sooner); reset (advice).
// oscillation         over the last kOscWindow epochs, D(real) - D(fake)
//                     goes up and down without a trend: at least kOscTurns
//                     changes of direction, the spread around the fitted
//                     line >= kOscSpread, and that line moves less over the
//                     window than the values spread (max - min of the
//                     residuals). Evidence: gap_oscillation {turns, epochs,
//                     spread}. Remedies: halve both learning rates; one-sided
//                     label smoothing (real label 0.9).
// discriminator_wins  D tells every sample apart: over the last two epochs
//                     mean D(fake) <= kWinFake and D(real) >= kWinReal.
//                     Evidence: d_fake_low {D(fake), D(real), the epoch D(fake)
//                     first fell under kWinFake}; under the minimax loss also
//                     generator_gradient {|dL_G/dlogit| now = D(fake),
//                     the non-saturating loss's 1 - D(fake)}: G's gradient
//                     vanishes with D(fake). Remedies: the non-saturating
//                     loss (minimax only); halve D's learning rate; one more
//                     generator step per iteration; label smoothing.
#include "health/Verdict.h"
#include "tasks/gan/GanSettings.h"
#include "tasks/gan/ModeCoverage.h"

#include <vector>

namespace nnlab {

constexpr int kSettleEpochs = 8;
constexpr double kCollapseOutside = 0.5;
constexpr int kCollapseEpochs = 3;
constexpr int kOscWindow = 12;
constexpr int kOscTurns = 4;
constexpr double kOscSpread = 0.04;
constexpr double kWinFake = 0.1, kWinReal = 0.7;

// history: one point per epoch, values in ganSeries() order. coverage: of the
// latest epoch's generated points; collapsedEpochs: how many epochs in a row,
// up to the latest, had some but not all modes covered.
std::vector<Verdict> diagnoseGan(const GanSettings& settings, const std::vector<HistoryPoint>& history,
                                 const ModeCoverage& coverage, int collapsedEpochs);

// Is this coverage a collapse (some modes reached, not all)?
bool isPartialCoverage(const ModeCoverage& coverage);

}  // namespace nnlab
