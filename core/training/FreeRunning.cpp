#include "training/FreeRunning.h"

#include "Error.h"
#include "training/Capabilities.h"

namespace nnlab {

Shape freeRunningShape(NetworkModel& model) {
    const Dataset& data = model.dataset();
    const Shape& shape = data.sampleShape;
    if (shape.dims.size() != 2 || shape.size() != data.points.cols())
        throw SpecError("data: free-running prediction needs sequences (samples of T steps x F features), the data set's "
                        "samples have " + std::to_string(data.points.cols()) + " values without time steps");
    if (data.kind != ProblemKind::Regression)
        throw SpecError("data: free-running prediction needs a regression (the next values), this data set is a "
                        "classification");
    const Index outputs = model.network().outputShape().size();
    if (outputs != shape.dims[1])
        throw SpecError("network: free-running prediction feeds the outputs back as the next step, so it needs " +
                        std::to_string(shape.dims[1]) + " output" + (shape.dims[1] == 1 ? "" : "s") +
                        " (one per feature), this network has " + std::to_string(outputs));
    return shape;
}

Matrix freeRun(NetworkModel& model, const Matrix& seed, Index steps) {
    const Shape shape = freeRunningShape(model);
    const Index window = shape.dims[0], features = shape.dims[1];
    if (seed.cols() != features)
        throw DataError("seed: " + std::to_string(seed.cols()) + " values per time step, the network takes " +
                        std::to_string(features));
    if (seed.rows() < window)
        throw DataError("seed: " + std::to_string(seed.rows()) + " time steps, the network's window is " +
                        std::to_string(window) + " steps");
    if (!seed.allFinite()) throw DataError("seed: a value is not a finite number");
    // The window as one sample row, time-major: step t's features at t*F.
    Matrix row(1, window * features);
    for (Index t = 0; t < window; ++t) row.middleCols(t * features, features) = seed.row(seed.rows() - window + t);
    Matrix out(steps, features);
    for (Index k = 0; k < steps; ++k) {
        const Matrix next = model.predictPoints(row);
        out.row(k) = next.row(0);
        // Slide: drop the oldest step, append the prediction.
        row.leftCols((window - 1) * features) = row.rightCols((window - 1) * features).eval();
        row.rightCols(features) = next.row(0);
    }
    return out;
}

Matrix seedFromData(NetworkModel& model, Index sample) {
    const Shape shape = freeRunningShape(model);
    const PreparedData& p = model.data();
    const Matrix& points = p.testPoints.rows() > 0 ? p.testPoints : p.trainPoints;
    const char* set = p.testPoints.rows() > 0 ? "test" : "training";
    if (sample < 0 || sample >= points.rows())
        throw SpecError("sample: " + std::to_string(sample) + " is outside 0.." + std::to_string(points.rows() - 1) +
                        " (the " + set + " set has " + std::to_string(points.rows()) + " sequences)");
    Matrix seed(shape.dims[0], shape.dims[1]);
    for (Index t = 0; t < shape.dims[0]; ++t) seed.row(t) = points.row(sample).segment(t * shape.dims[1], shape.dims[1]);
    return seed;
}

}  // namespace nnlab
