#pragma once
// Many-to-one against many-to-many: the network's output shape and the data's
// targets must agree on whether there is an answer per sequence or per step.
#include "Types.h"
#include "experiment/Experiment.h"

namespace nnlab {

// output: the network's per-sample output shape ({O}, or {T, O} after a dense
// layer at every step); targetColumns: the data's target columns (1, or T per
// step). Throws ShapeError naming the field and the fix when they disagree.
void checkStepTargets(const Experiment& experiment, const Shape& output, Index targetColumns);

}  // namespace nnlab
