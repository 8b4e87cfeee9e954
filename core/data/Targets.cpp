// Target encodings for the losses, from (n, 1) class indices y:
//   OneHot:       T[i, k] = 1 if y_i = k else 0        (n, K)
//   Binary01:     t_i = y_i                            (n, 1), K = 2
//   PlusMinusOne: t_i = 2 y_i - 1  (class 1 -> +1)     (n, 1), K = 2
// Class 1 is Playground's +1, so PlusMinusOne gives its labels back.
#include "data/Dataset.h"

#include "Error.h"
#include "data/Functions.h"

#include <cmath>

namespace nnlab {

Matrix encodeTargets(const Matrix& targets, int numClasses, TargetEncoding encoding) {
    if (encoding == TargetEncoding::Value) return targets;
    if (targets.cols() != 1)
        throw DataError("targets: class labels need one column, got " + std::to_string(targets.cols()) +
                        " (a class at every time step is not supported)");
    if (numClasses < 2)
        throw SpecError("targets: this encoding needs class labels, but the data is a regression");
    if ((encoding == TargetEncoding::Binary01 || encoding == TargetEncoding::PlusMinusOne) && numClasses != 2)
        throw SpecError("targets: this loss takes 2 classes, the data has " + std::to_string(numClasses));
    for (Index i = 0; i < targets.rows(); ++i) {
        const double y = targets(i, 0);
        if (!(y >= 0 && y < numClasses && y == std::floor(y)))
            throw DataError("targets[" + std::to_string(i) + "]: class " + formatNumber(y) + " is outside 0.." +
                            std::to_string(numClasses - 1));
    }
    switch (encoding) {
    case TargetEncoding::OneHot: {
        Matrix t = Matrix::Zero(targets.rows(), numClasses);
        for (Index i = 0; i < targets.rows(); ++i) t(i, Index(targets(i, 0))) = 1.0;
        return t;
    }
    case TargetEncoding::PlusMinusOne:
        return (2.0 * targets.array() - 1.0).matrix();
    case TargetEncoding::Value:
    case TargetEncoding::ClassIndex:
    case TargetEncoding::Binary01:
        break;
    }
    return targets;
}

}  // namespace nnlab
