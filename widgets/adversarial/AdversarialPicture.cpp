#include "adversarial/AdversarialPicture.h"

#include <algorithm>

namespace nnlab::adversarial {

const Payload* findPayload(const Snapshot& s, const char* name) {
    for (const Payload& p : s.payload)
        if (p.name == name) return &p;
    return nullptr;
}

QRgb heatColour(double p) {
    p = std::clamp(p, 0.0, 1.0);
    const QColor fake(217, 214, 235), real(204, 235, 224), middle(245, 245, 245);
    const QColor& from = p < 0.5 ? fake : middle;
    const QColor& to = p < 0.5 ? middle : real;
    const double t = p < 0.5 ? p / 0.5 : (p - 0.5) / 0.5;
    return qRgb(int(from.red() + t * (to.red() - from.red())), int(from.green() + t * (to.green() - from.green())),
                int(from.blue() + t * (to.blue() - from.blue())));
}

QImage heatImage(const Snapshot& s, double* lo, double* hi) {
    const Payload* grid = findPayload(s, "grid");
    const Payload* heat = findPayload(s, "d_grid");
    if (!grid || !heat || grid->values.cols() < 3) return QImage();
    const int g = int(grid->values(0, 0));
    if (g <= 0 || heat->values.rows() != Index(g) * g) return QImage();
    if (lo) *lo = grid->values(0, 1);
    if (hi) *hi = grid->values(0, 2);
    QImage image(g, g, QImage::Format_RGB32);
    // Row iy*g+ix from the bottom (y up); the image's rows go down.
    for (int iy = 0; iy < g; ++iy)
        for (int ix = 0; ix < g; ++ix) image.setPixel(ix, g - 1 - iy, heatColour(heat->values(Index(iy) * g + ix, 0)));
    return image;
}

}  // namespace nnlab::adversarial
