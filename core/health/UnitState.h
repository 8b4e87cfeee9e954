#pragma once
// Per-unit marks for the network canvas, read from LayerHealth's per-unit
// records (HealthRecorder fills them at every recorded step):
//   Dead       f'(z) = 0 on kDeadSamples samples in a row, the rule of
//              persistentDeadFraction: the unit outputs 0 (ReLU) for every
//              example and passes no gradient back
//   Saturated  f'(z) below kSaturatedSlope of its peak on at least
//              kUnitSaturatedShare of the batch: stuck near a limit of its
//              sigmoid/tanh, learning almost nothing
// A layer without per-unit records (no activation measured) is all Normal.
#include "health/LayerHealth.h"

namespace nnlab {

enum class UnitState { Normal, Dead, Saturated };

// A layer with at least this share of its units dead has a dead_relu verdict
// (Diagnosis.cpp); fewer dead units are harmless while the others carry the
// signal, and the canvas says so.
constexpr double kDeadLayerShare = 0.5;

// Most of the batch, not all of it: one sample in the linear range does not
// make a stuck unit healthy.
constexpr double kUnitSaturatedShare = 0.9;

inline UnitState unitState(const LayerHealth& h, Index unit) {
    const std::size_t u = std::size_t(unit);
    if (unit >= 0 && u < h.unitQuiet.size() && h.unitQuiet[u] >= kDeadSamples) return UnitState::Dead;
    if (unit >= 0 && u < h.unitSaturated.size() && h.unitSaturated[u] >= kUnitSaturatedShare) return UnitState::Saturated;
    return UnitState::Normal;
}

}  // namespace nnlab
