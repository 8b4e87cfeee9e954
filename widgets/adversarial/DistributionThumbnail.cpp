#include "adversarial/DistributionThumbnail.h"

#include "adversarial/AdversarialPicture.h"
#include "Error.h"
#include "experiment/ExperimentPath.h"
#include "tasks/TaskRegistry.h"
#include "training/Capabilities.h"

#include <QPainter>

#include <algorithm>

namespace nnlab {
namespace {
constexpr Index kThumbnailPoints = 400;
}

QImage distributionThumbnail(const Experiment& e, const std::string& distribution, int side) {
    Matrix points;
    double lo = -1.0, hi = 1.0;
    try {
        Experiment one = e;
        setByPath(one, one.kind + ".distribution", distribution);
        std::unique_ptr<Task> task = makeTask(one);
        SampleGenerator* samples = task->sampleGenerator();
        if (!samples || samples->sampleShape() != Shape{2}) return QImage();  // not points of the plane
        points = samples->realSamples(kThumbnailPoints);
        lo = samples->sampleLo();
        hi = samples->sampleHi();
    } catch (const Error&) {
        return QImage();
    }
    if (points.cols() != 2 || hi <= lo) return QImage();
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(250, 250, 250));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(adversarial::kRealColour);
    const double dot = std::max(0.8, side / 48.0);
    const double span = hi - lo;
    for (Index i = 0; i < points.rows(); ++i)
        painter.drawEllipse(QPointF((points(i, 0) - lo) / span * side, side - (points(i, 1) - lo) / span * side), dot, dot);
    painter.setPen(QPen(QColor(170, 170, 170), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(0.5, 0.5, side - 1, side - 1));
    return image;
}

}  // namespace nnlab
