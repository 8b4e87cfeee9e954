#include "common/MapColors.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace nnlab::MapColors {
namespace {

// Playground orange and blue, then four more that stay apart for most
// colour-vision deficiencies (Okabe-Ito green, reddish purple, vermillion, sky blue).
const QColor kClass[kMaxClassColors] = {QColor(0xf5, 0x93, 0x22), QColor(0x08, 0x77, 0xbd), QColor(0x00, 0x9e, 0x73),
                                        QColor(0xcc, 0x79, 0xa7), QColor(0xd5, 0x5e, 0x00), QColor(0x56, 0xb4, 0xe9)};
const QColor kLight(0xe8, 0xea, 0xeb);

QColor mix(const QColor& a, const QColor& b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

}  // namespace

QColor classColor(int k) { return kClass[((k % kMaxClassColors) + kMaxClassColors) % kMaxClassColors]; }

QColor classShade(int k, double confidence) { return mix(kLight, classColor(k), confidence); }

QColor valueColor(double v) {
    v = std::clamp(v, -1.0, 1.0);
    return v < 0 ? mix(kLight, classColor(0), -v) : mix(kLight, classColor(1), v);
}

QColor trainOutline() { return Qt::white; }
QColor testOutline() { return QColor(0x20, 0x20, 0x20); }

QCPColorGradient divergingGradient(bool discrete) {
    QCPColorGradient g;
    g.clearColorStops();
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    if (discrete) {
        g.setColorStopAt(0.0, classColor(0));
        g.setColorStopAt(0.4999, classColor(0));
        g.setColorStopAt(0.5, classColor(1));
        g.setColorStopAt(1.0, classColor(1));
        g.setLevelCount(2);
    } else {
        g.setColorStopAt(0.0, classColor(0));
        g.setColorStopAt(0.5, kLight);
        g.setColorStopAt(1.0, classColor(1));
        g.setLevelCount(30);  // Playground draws 30 shades
    }
    return g;
}

QCPColorGradient classGradient(int numClasses, bool discrete) {
    QCPColorGradient g;
    g.clearColorStops();
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    numClasses = std::max(1, numClasses);
    const double band = 1.0 / numClasses;
    for (int k = 0; k < numClasses; ++k) {
        const double lo = k * band, hi = (k + 1) * band - 1e-6;
        g.setColorStopAt(lo, discrete ? classColor(k) : classShade(k, 0.15));
        g.setColorStopAt(std::max(lo, hi), classColor(k));
    }
    g.setLevelCount(discrete ? numClasses * 2 : std::min(350, numClasses * 30));
    return g;
}

}  // namespace nnlab::MapColors
