// The race's formula surfaces, one block each: formula, source, gradient.
// Their views, start points and learning rates were chosen so that the
// default racers (SGD, momentum, RMSProp, Adam) finish visibly differently
// within about 200 steps; tests/core/tst_explorers_core.cpp checks every
// gradient against central differences.
#include "explorers/Surfaces.h"

#include "Error.h"
#include "explorers/NetworkSlice.h"
#include "spec/NameLookup.h"

#include <algorithm>
#include <cmath>

namespace nnlab {

// Ill-conditioned quadratic (the notes' elongated bowl, intro 000-33):
//   f = (x^2 + 25 y^2) / 2,   grad = (x, 25 y)
// Curvatures 1 and 25: SGD stable for lr < 2/25, creeping along x meanwhile;
// lr 0.05 zig-zags across the valley (y factor 1 - 1.25 = -0.25) and keeps
// PyTorch's Nesterov stable (it needs lr 25 < (2 + 2 mu) / (1 + 2 mu) = 1.36).
double quadraticValue(double x, double y) { return 0.5 * (x * x + 25.0 * y * y); }
Point2 quadraticGradient(double x, double y) { return {x, 25.0 * y}; }

// Rosenbrock (1960), the banana valley:
//   f = (1 - x)^2 + 100 (y - x^2)^2,   minimum f(1, 1) = 0
//   df/dx = -2 (1 - x) - 400 x (y - x^2),   df/dy = 200 (y - x^2)
double rosenbrockValue(double x, double y) {
    const double a = 1.0 - x, b = y - x * x;
    return a * a + 100.0 * b * b;
}
Point2 rosenbrockGradient(double x, double y) {
    const double b = y - x * x;
    return {-2.0 * (1.0 - x) - 400.0 * x * b, 200.0 * b};
}

// Beale (1958):
//   f = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2,   minimum f(3, 0.5) = 0
//   with t_k = c_k - x + x y^k:  df/dx = sum 2 t_k (y^k - 1),  df/dy = sum 2 t_k k x y^(k-1)
double bealeValue(double x, double y) {
    const double t1 = 1.5 - x + x * y, t2 = 2.25 - x + x * y * y, t3 = 2.625 - x + x * y * y * y;
    return t1 * t1 + t2 * t2 + t3 * t3;
}
Point2 bealeGradient(double x, double y) {
    const double y2 = y * y, y3 = y2 * y;
    const double t1 = 1.5 - x + x * y, t2 = 2.25 - x + x * y2, t3 = 2.625 - x + x * y3;
    return {2.0 * (t1 * (y - 1.0) + t2 * (y2 - 1.0) + t3 * (y3 - 1.0)),
            2.0 * x * (t1 + 2.0 * t2 * y + 3.0 * t3 * y2)};
}

// Himmelblau (1972), four minima of value 0: (3, 2), (-2.805118, 3.131312),
// (-3.779310, -3.283186), (3.584428, -1.848126):
//   f = (x^2 + y - 11)^2 + (x + y^2 - 7)^2
//   df/dx = 4x (x^2 + y - 11) + 2 (x + y^2 - 7),   df/dy = 2 (x^2 + y - 11) + 4y (x + y^2 - 7)
double himmelblauValue(double x, double y) {
    const double a = x * x + y - 11.0, b = x + y * y - 7.0;
    return a * a + b * b;
}
Point2 himmelblauGradient(double x, double y) {
    const double a = x * x + y - 11.0, b = x + y * y - 7.0;
    return {4.0 * x * a + 2.0 * b, 2.0 * a + 4.0 * y * b};
}

// A saddle with two minima (GBC 8.2.3: saddles, not local minima, slow high-dimensional descent):
//   f = x^2 / 2 + y^4 / 4 - y^2 / 2,   saddle (0, 0), minima (0, +-1) with f = -1/4
//   grad = (x, y^3 - y)
// Started just off y = 0, GD slides to the saddle and leaves it only as fast
// as y grows by (1 + lr) per step; started on y = 0 it never leaves.
double saddleValue(double x, double y) { return 0.5 * x * x + 0.25 * y * y * y * y - 0.5 * y * y; }
Point2 saddleGradient(double x, double y) { return {x, y * y * y - y}; }

const std::vector<FormulaSurfaceInfo>& surfaceTable() {
    // name, label, formula, axis names; view x, y; start; minima; min value; lr for SGD family, adaptive; log colours
    static const std::vector<FormulaSurfaceInfo> table = {
        {{"quadratic", "Elongated bowl",
          "f = &frac12;(x<sup>2</sup> + 25&thinsp;y<sup>2</sup>)", "x", "y",
          -10.0, 10.0, -4.0, 4.0, {-9.0, 2.5}, {{0.0, 0.0}}, 0.0, 0.05, 0.3, false},
         &quadraticValue, &quadraticGradient},
        {{"rosenbrock", "Rosenbrock",
          "f = (1 &minus; x)<sup>2</sup> + 100&thinsp;(y &minus; x<sup>2</sup>)<sup>2</sup>", "x", "y",
          -2.0, 2.0, -1.0, 3.0, {-1.2, 1.0}, {{1.0, 1.0}}, 0.0, 0.001, 0.05, true},
         &rosenbrockValue, &rosenbrockGradient},
        {{"beale", "Beale",
          "f = (1.5 &minus; x + xy)<sup>2</sup> + (2.25 &minus; x + xy<sup>2</sup>)<sup>2</sup> + "
          "(2.625 &minus; x + xy<sup>3</sup>)<sup>2</sup>",
          "x", "y",
          -4.5, 4.5, -4.5, 4.5, {1.0, 1.5}, {{3.0, 0.5}}, 0.0, 0.002, 0.05, true},
         &bealeValue, &bealeGradient},
        {{"himmelblau", "Himmelblau",
          "f = (x<sup>2</sup> + y &minus; 11)<sup>2</sup> + (x + y<sup>2</sup> &minus; 7)<sup>2</sup>", "x", "y",
          -5.0, 5.0, -5.0, 5.0, {0.0, -0.5},
          {{3.0, 2.0}, {-2.805118, 3.131312}, {-3.779310, -3.283186}, {3.584428, -1.848126}}, 0.0, 0.01, 0.1, true},
         &himmelblauValue, &himmelblauGradient},
        {{"saddle", "Saddle point",
          "f = &frac12;x<sup>2</sup> + &frac14;y<sup>4</sup> &minus; &frac12;y<sup>2</sup>", "x", "y",
          -2.5, 2.5, -2.0, 2.0, {-2.3, 0.01}, {{0.0, 1.0}, {0.0, -1.0}}, -0.25, 0.1, 0.05, false},
         &saddleValue, &saddleGradient},
    };
    return table;
}

namespace {

class FormulaSurface : public Surface {
public:
    explicit FormulaSurface(const FormulaSurfaceInfo& f) : m_f(f) {}
    const SurfaceInfo& info() const override { return m_f.info; }
    double value(double x, double y) override { return m_f.value(x, y); }
    Point2 gradient(double x, double y) override { return m_f.gradient(x, y); }

private:
    const FormulaSurfaceInfo& m_f;
};

}  // namespace

std::vector<std::string> surfaceNames() {
    std::vector<std::string> names;
    for (const auto& f : surfaceTable()) names.push_back(f.info.name);
    names.push_back(kNetworkSliceName);
    return names;
}

std::unique_ptr<Surface> makeSurface(const std::string& name) {
    for (const auto& f : surfaceTable())
        if (f.info.name == name) return std::make_unique<FormulaSurface>(f);
    if (name == kNetworkSliceName) return std::make_unique<NetworkSliceSurface>();
    throw SpecError(unknownNameMessage("surface", name, surfaceNames()));
}

double suggestedLearningRate(const SurfaceInfo& info, const std::string& optimizer) {
    if (optimizer == "sgd" || optimizer == "momentum" || optimizer == "nesterov") return info.sgdLr;
    if (optimizer == "adadelta") return 1.0;
    return info.adaptiveLr;
}

std::vector<double> sampleSurface(Surface& s, int nx, int ny) {
    const SurfaceInfo& in = s.info();
    std::vector<double> v(std::size_t(nx) * std::size_t(ny));
    for (int iy = 0; iy < ny; ++iy) {
        const double y = in.yMin + (in.yMax - in.yMin) * iy / std::max(1, ny - 1);
        for (int ix = 0; ix < nx; ++ix) {
            const double x = in.xMin + (in.xMax - in.xMin) * ix / std::max(1, nx - 1);
            v[std::size_t(iy) * std::size_t(nx) + std::size_t(ix)] = s.value(x, y);
        }
    }
    return v;
}

}  // namespace nnlab
