#include "tasks/supervised/StepTargets.h"

#include "Error.h"

namespace nnlab {

void checkStepTargets(const Experiment& experiment, const Shape& output, Index targetColumns) {
    const std::string last = "network.layers[" + std::to_string(experiment.network.layers.size() - 1) + "]";
    const bool perStepOutput = output.dims.size() == 2;
    if (perStepOutput && targetColumns == 1)
        throw ShapeError(last + ": the network answers at every time step (output " + output.toString() +
                         "), but the data has one target per sequence; set return_sequences 0 on the last "
                         "recurrent layer (many-to-one), or use data with a target at every step (sines_steps)");
    if (!perStepOutput && targetColumns > 1 && output.size() == 1)
        throw ShapeError(last + ": the data has a target at each of its " + std::to_string(targetColumns) +
                         " steps, so the network must answer at every step: set return_sequences 1 on the last "
                         "recurrent layer and end with a dense layer (applied at every step); this network gives " +
                         output.toString());
    if (perStepOutput && output.size() != targetColumns)
        throw ShapeError(last + ": the network gives " + output.toString() + " (steps x units) but the data has " +
                         std::to_string(targetColumns) + " target values per sequence");
}

}  // namespace nnlab
