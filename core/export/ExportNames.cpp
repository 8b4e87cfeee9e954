#include "export/ExportNames.h"

#include "layers/LayerTable.h"
#include "training/Capabilities.h"

#include <cstring>

namespace nnlab {

ExportNames exportNames(NetworkModel& task) {
    ExportNames n;
    const Dataset& data = task.dataset();
    n.points = data.inputNames;
    if (n.points.size() != std::size_t(data.points.cols())) {
        n.points.clear();
        for (Index i = 0; i < data.points.cols(); ++i) n.points.push_back("x" + std::to_string(i + 1));
    }
    n.features = task.activeFeatures();
    n.inputs = n.features.empty() ? n.points : n.features;
    const Index outputs = task.network().outputShape().size();
    if (data.kind == ProblemKind::Classification && outputs == data.numClasses && outputs > 1 &&
        data.classNames.size() == std::size_t(outputs)) {
        n.outputs = data.classNames;
    } else if (outputs == 1) {
        n.outputs = {"output"};
    } else {
        for (Index i = 0; i < outputs; ++i) n.outputs.push_back("output_" + std::to_string(i + 1));
    }
    return n;
}

double layerOption(const Layer& layer, const char* key) {
    double fallback = 0.0;
    for (const ParamDef& def : findLayer(layer.spec().type).options)
        if (std::strcmp(def.key, key) == 0) fallback = def.defaultValue;
    return layer.spec().option(key, fallback);
}

}  // namespace nnlab
