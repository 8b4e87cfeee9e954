#pragma once
// Two-parameter loss surfaces for the optimizer race: a value and its exact
// gradient at (x, y). The formula surfaces are a table (surfaceTable(), GUI
// order); the slice of a real network's loss lives in NetworkSlice.h and the
// linear-regression MSE of the batch/stochastic panel in BatchRace.h. Both
// implement the same Surface interface, so the race does not care which.
#include <memory>
#include <string>
#include <vector>

namespace nnlab {

struct Point2 {
    double x = 0.0, y = 0.0;
};

struct SurfaceInfo {
    std::string name;     // "rosenbrock": stable key
    std::string label;    // "Rosenbrock" (translated by the GUI, context "Surface")
    std::string formula;  // rich text, e.g. "f = (1 &minus; x)<sup>2</sup> + ..."
    std::string xName = "x", yName = "y";  // axis names: "w" and "b" for a line, "a" and "b" for a slice
    double xMin = -1.0, xMax = 1.0, yMin = -1.0, yMax = 1.0;  // the view
    Point2 start;                 // where the racers start by default
    std::vector<Point2> minima;   // marked on the map
    double minValue = 0.0;        // f at the global minimum: the loss plot shows f - minValue
    double sgdLr = 0.01;          // a learning rate for sgd / momentum / nesterov that makes a fair race here
    double adaptiveLr = 0.01;     // the same for AdaGrad, RMSProp and the Adam family
    bool logColour = false;       // values span decades: colour by log(1 + f - minValue)
};

class Surface {
public:
    virtual ~Surface() = default;
    virtual const SurfaceInfo& info() const = 0;
    // Not const: the network slice runs a forward pass through its own buffers.
    virtual double value(double x, double y) = 0;
    // (df/dx, df/dy).
    virtual Point2 gradient(double x, double y) = 0;
};

// A surface given by a closed formula.
struct FormulaSurfaceInfo {
    SurfaceInfo info;
    double (*value)(double x, double y);
    Point2 (*gradient)(double x, double y);
};

// The formula surfaces in GUI order: quadratic, rosenbrock, beale, himmelblau, saddle.
const std::vector<FormulaSurfaceInfo>& surfaceTable();
// Every surface name makeSurface() knows: the table's, then "network_slice".
std::vector<std::string> surfaceNames();
// Throws SpecError for an unknown name (listing the known ones).
std::unique_ptr<Surface> makeSurface(const std::string& name);

// The learning rate info suggests for an optimizer of the table: sgdLr for the
// SGD family, adaptiveLr for the adaptive ones, 1 for AdaDelta (its own scale).
double suggestedLearningRate(const SurfaceInfo& info, const std::string& optimizer);

// The formulas, exposed for the tests.
double quadraticValue(double x, double y);
Point2 quadraticGradient(double x, double y);
double rosenbrockValue(double x, double y);
Point2 rosenbrockGradient(double x, double y);
double bealeValue(double x, double y);
Point2 bealeGradient(double x, double y);
double himmelblauValue(double x, double y);
Point2 himmelblauGradient(double x, double y);
double saddleValue(double x, double y);
Point2 saddleGradient(double x, double y);

// Values of s at nx-by-ny grid points spanning [xMin, xMax] x [yMin, yMax]
// edges included (QCPColorMapData's cell centres), index iy * nx + ix.
std::vector<double> sampleSurface(Surface& s, int nx, int ny);

}  // namespace nnlab
