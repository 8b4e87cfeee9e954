#include "adversarial/AdversarialPicture.h"

#include <algorithm>
#include <cmath>

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

std::vector<double> manifoldCellDensity(const Matrix& manifold, const Matrix& weight, int n) {
    if (n < 2 || manifold.rows() != Index(n) * n || manifold.cols() < 2) return {};
    const bool weighted = weight.rows() == manifold.rows();
    std::vector<double> density;
    density.reserve(std::size_t(n - 1) * std::size_t(n - 1));
    for (int r = 0; r + 1 < n; ++r)
        for (int c = 0; c + 1 < n; ++c) {
            const Index corner[4] = {Index(r) * n + c, Index(r) * n + c + 1, Index(r + 1) * n + c + 1, Index(r + 1) * n + c};
            // The shoelace formula over the quad's corners, in order round it.
            double twiceArea = 0.0, mass = 0.0;
            for (int k = 0; k < 4; ++k) {
                const Index a = corner[k], b = corner[(k + 1) % 4];
                twiceArea += manifold(a, 0) * manifold(b, 1) - manifold(b, 0) * manifold(a, 1);
                mass += weighted ? weight(a, 0) / 4.0 : 0.25;
            }
            density.push_back(mass / std::max(std::abs(twiceArea) / 2.0, 1e-12));
        }
    std::vector<double> sorted = density;
    const std::size_t at = std::min(sorted.size() - 1, std::size_t(0.95 * double(sorted.size())));
    std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(at), sorted.end());
    const double reference = std::max(sorted[at], 1e-300);
    for (double& d : density) d = std::min(1.0, d / reference);
    return density;
}

}  // namespace nnlab::adversarial
