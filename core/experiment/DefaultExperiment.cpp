// The experiment the lab opens with: the spiral, two tanh layers of 8 and all
// seven Playground features, Adam: it learns visibly
// within seconds at full speed.
#include "experiment/Experiment.h"

namespace nnlab {

Experiment defaultExperiment() {
    Experiment e;
    e.title = "Spiral, two hidden layers";
    e.data.generator = "spiral";
    e.data.points = 500;
    e.data.noise = 0.0;
    e.data.trainRatio = 0.5;
    e.features = {"x1", "x2", "x1_sq", "x2_sq", "x1_x2", "sin_x1", "sin_x2"};
    LayerSpec hidden;
    hidden.type = "dense";
    hidden.units = 8;
    hidden.activation = NamedSpec("tanh");
    hidden.weightInit = NamedSpec("glorot_uniform");
    LayerSpec second = hidden;
    LayerSpec output;
    output.type = "dense";
    output.units = 1;
    output.activation = NamedSpec("sigmoid");
    output.weightInit = NamedSpec("glorot_uniform");
    hidden.name = "dense_1";
    second.name = "dense_2";
    output.name = "output";
    e.network.layers = {hidden, second, output};
    e.loss = NamedSpec("bce");
    e.optimizer = NamedSpec("adam", {{"lr", 0.01}});
    e.batchSize = 10;
    e.epochs = 1000;
    e.seed = 1;
    return e;
}

}  // namespace nnlab
