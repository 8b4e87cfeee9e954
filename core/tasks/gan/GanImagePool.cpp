#include "tasks/gan/GanImagePool.h"

#include "Error.h"
#include "data/Dataset.h"

namespace nnlab {

Matrix loadGanImages(const GanImages& images, double lo, double hi) {
    DataSpec spec;
    spec.generator = images.source;
    spec.points = images.samples;
    spec.noise = images.noise;
    spec.seed = images.seed;
    spec.trainRatio = 1.0;  // every image is a real sample; nothing is held out
    if (findGenerator(images.source).source == DataSource::Idx) {
        spec.subset = images.samples;
        spec.testSubset = 1;  // the test files are not used: read as few as allowed
    }
    try {
        Matrix pool = loadData(spec).split.trainX;
        return ((hi - lo) * pool.array() + lo).matrix();
    } catch (const SpecError& e) {
        throw SpecError("gan.images: " + std::string(e.what()));
    } catch (const DataError& e) {
        throw DataError("gan.images: " + std::string(e.what()));
    }
}

}  // namespace nnlab
