#pragma once
// The layer interface. Every buffer is allocated in reserve(); forward and
// backward only write into them, so a training step allocates nothing.
// A batch shorter than maxBatch uses the top rows of each buffer.
#include "Types.h"
#include "layers/Precision.h"
#include "spec/LayerSpec.h"
#include "spec/Param.h"
#include "random/Rng.h"

#include <memory>
#include <string>
#include <vector>

namespace nnlab {

struct Pass {
    bool training = true;
    Rng* rng = nullptr;  // dropout masks and other noise
};

class Layer {
public:
    virtual ~Layer() = default;

    const LayerSpec& spec() const { return m_spec; }
    const std::string& name() const { return m_spec.name; }

    // Per-sample output shape for a per-sample input shape; throws ShapeError
    // with a reason the editor can show.
    virtual Shape outputShape(const Shape& in) const = 0;
    // Allocates parameters (once) and every buffer for batches up to maxBatch.
    virtual void reserve(const Shape& in, Index maxBatch) = 0;
    // Draws parameters from the spec's initializers.
    virtual void initialize(Rng& rng) { (void)rng; }

    // x: (n, in.size()); writes output().
    virtual void forward(MatrixIn x, Pass& pass) = 0;
    // x: the forward input; dOut: dL/d(output). Writes parameter grads
    // (overwriting) and, if wantInputGrad, inputGrad().
    virtual void backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) = 0;

    // The last forward output / input gradient, n rows.
    MatrixIn output() const { return m_out.topRows(m_rows); }
    MatrixIn inputGrad() const { return m_dIn.topRows(m_rows); }
    Index rows() const { return m_rows; }
    // Pre-activation of the last forward (dense, maxout); empty otherwise.
    virtual const Matrix* preActivation() const { return nullptr; }

    virtual std::vector<Param> params() { return {}; }

    // Single precision for the heavy products (layers/Precision.h). Takes
    // effect at the next reserve() (Network sets it before the first);
    // layers without such products ignore it.
    void setPrecision(Precision p) { m_precision = p; }
    Precision precision() const { return m_precision; }
    // Running statistics and other state that is saved but not trained.
    virtual std::vector<Param> buffers() { return {}; }

protected:
    explicit Layer(LayerSpec spec) : m_spec(std::move(spec)) {}
    LayerSpec m_spec;
    Matrix m_out;   // (maxBatch, out)
    Matrix m_dIn;   // (maxBatch, in)
    Index m_rows = 0;
    Precision m_precision = Precision::Float64;
};

using LayerPtr = std::unique_ptr<Layer>;

}  // namespace nnlab
