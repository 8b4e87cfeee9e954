// Marching squares; see Contours.h.
#include "explorers/Contours.h"

#include <cmath>
#include <limits>

namespace nnlab {

std::vector<Point2> contourLines(const std::vector<double>& values, int nx, int ny, double xMin, double xMax,
                                 double yMin, double yMax, const std::vector<double>& levels) {
    std::vector<Point2> out;
    if (nx < 2 || ny < 2 || values.size() < std::size_t(nx) * std::size_t(ny)) return out;
    const double dx = (xMax - xMin) / (nx - 1), dy = (yMax - yMin) / (ny - 1);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    auto at = [&](int ix, int iy) { return values[std::size_t(iy) * std::size_t(nx) + std::size_t(ix)]; };
    for (double level : levels) {
        for (int iy = 0; iy + 1 < ny; ++iy) {
            for (int ix = 0; ix + 1 < nx; ++ix) {
                // Corners counter-clockwise from bottom-left; edges bottom, right, top, left.
                const double v[4] = {at(ix, iy), at(ix + 1, iy), at(ix + 1, iy + 1), at(ix, iy + 1)};
                if (!std::isfinite(v[0]) || !std::isfinite(v[1]) || !std::isfinite(v[2]) || !std::isfinite(v[3]))
                    continue;
                const double cx[4] = {xMin + ix * dx, xMin + (ix + 1) * dx, xMin + (ix + 1) * dx, xMin + ix * dx};
                const double cy[4] = {yMin + iy * dy, yMin + iy * dy, yMin + (iy + 1) * dy, yMin + (iy + 1) * dy};
                Point2 cross[4];
                bool has[4] = {false, false, false, false};
                int count = 0;
                for (int e = 0; e < 4; ++e) {
                    const int a = e, b = (e + 1) % 4;
                    if ((v[a] >= level) == (v[b] >= level)) continue;
                    const double t = (level - v[a]) / (v[b] - v[a]);
                    cross[e] = {cx[a] + t * (cx[b] - cx[a]), cy[a] + t * (cy[b] - cy[a])};
                    has[e] = true;
                    ++count;
                }
                auto emit = [&](int e1, int e2) {
                    out.push_back(cross[e1]);
                    out.push_back(cross[e2]);
                    out.push_back({nan, nan});
                };
                if (count == 2) {
                    int first = -1, second = -1;
                    for (int e = 0; e < 4; ++e)
                        if (has[e]) (first < 0 ? first : second) = e;
                    emit(first, second);
                } else if (count == 4) {
                    // Saddle cell: corners 0 and 2 on one side, 1 and 3 on the other. If the
                    // centre sides with corner 0, the lines cut off corners 1 and 3.
                    const double centre = 0.25 * (v[0] + v[1] + v[2] + v[3]);
                    if ((centre >= level) == (v[0] >= level)) {
                        emit(0, 1);  // around corner 1 (bottom-right)
                        emit(2, 3);  // around corner 3 (top-left)
                    } else {
                        emit(3, 0);  // around corner 0
                        emit(1, 2);  // around corner 2
                    }
                }
            }
        }
    }
    return out;
}

std::vector<double> evenLevels(double low, double high, int n) {
    std::vector<double> levels;
    for (int i = 1; i <= n; ++i) levels.push_back(low + (high - low) * i / (n + 1));
    return levels;
}

}  // namespace nnlab
