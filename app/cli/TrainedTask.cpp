#include "TrainedTask.h"

#include "Error.h"
#include "experiment/ExperimentJson.h"

std::unique_ptr<nnlab::Task> trainedTask(const std::string& file, const std::string& purpose) {
    const nnlab::Experiment experiment = nnlab::readExperimentFile(file);
    if (!experiment.weights)
        throw nnlab::SpecError(file + ": no trained weights to " + purpose + " (train it first: nnlab-cli train " + file +
                               " --out DIR, then use DIR/trained.json)");
    return nnlab::makeTask(experiment);
}
