// sampleShapeFor(): the per-sample shape of a generated set once data.steps
// and data.delay are applied. The table keeps each set's default shape; the
// settings only change T (and, for recall, F follows the classes). A set
// ignores the setting it does not use, as fixed sets ignore data.classes:
// switching from a 50-step adding problem to the spiral keeps steps 50 in the
// file, and that must not make the switch fail.
#include "data/Dataset.h"

#include "Error.h"
#include "data/Functions.h"
#include "data/ImageFolder.h"

namespace nnlab {

Shape sampleShapeFor(const GeneratorInfo& info, const DataSpec& spec) {
    // An image folder's images take the size its settings ask for.
    if (info.source == DataSource::ImageFolder) return imageFolderShape(spec);
    switch (info.length) {
    case SequenceLength::Fixed:
        return info.sampleShape;
    case SequenceLength::Steps: {
        const Index steps = spec.steps == 0 ? info.sampleShape.dims[0] : Index(spec.steps);
        if (steps < kMinSequenceSteps || steps > kMaxSteps)
            throw SpecError("data.steps: " + std::string(info.name) + " takes " + std::to_string(kMinSequenceSteps) +
                            " to " + std::to_string(kMaxSteps) + " steps (0: its own " +
                            std::to_string(info.sampleShape.dims[0]) + "), got " + std::to_string(spec.steps));
        return Shape{steps, info.sampleShape.dims[1]};
    }
    case SequenceLength::Delay:  // data.steps does not apply: the length follows from the delay
        if (spec.delay < 0 || spec.delay > kMaxSteps)
            throw SpecError("data.delay: expected 0 to " + std::to_string(kMaxSteps) + " blank steps, got " +
                            std::to_string(spec.delay));
        return recallShape(spec.delay, info.supportsClasses ? spec.classes : info.minClasses);
    }
    return info.sampleShape;
}

}  // namespace nnlab
