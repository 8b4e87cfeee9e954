#pragma once
// A stack of layers built from a NetworkSpec. Forward and backward walk the
// stack over preallocated buffers; a step allocates nothing.
#include "layers/BandwiseLayer.h"
#include "spec/LayerSpec.h"

#include <vector>

namespace nnlab {

class Network {
public:
    // Builds every layer and checks shapes; throws ShapeError/SpecError whose
    // message starts with "network.layers[i]: ". `precision`: of the heavy
    // products (layers/Precision.h; the experiment's training.precision).
    Network(const NetworkSpec& spec, const Shape& input, Index maxBatch, Precision precision = Precision::Float64);

    void initialize(Rng& rng);
    // Grows the buffers if a larger batch comes (outside the training step).
    void reserve(Index maxBatch);
    Index maxBatch() const { return m_maxBatch; }
    Precision precision() const { return m_precision; }
    // training.threads: the dense layers' large products on two threads (Dense::setProductThreads).
    void setProductThreads(int threads);

    MatrixIn forward(MatrixIn x, Pass& pass);
    // dOut = dL/d(output of the last forward). Fills every parameter grad;
    // the network input's grad only if wantInputGrad (GAN, saliency). The
    // input gradients of the layers inside a stretch of bandwise layers, but
    // its first, stay in band buffers: their inputGrad() is not of this pass.
    void backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad = false);
    MatrixIn output() const { return m_layers.back()->output(); }

    std::vector<Param> params();
    std::size_t parameterCount();
    std::size_t size() const { return m_layers.size(); }
    Layer& layer(std::size_t i) { return *m_layers[i]; }
    const Layer& layer(std::size_t i) const { return *m_layers[i]; }
    const Shape& inputShape() const { return m_input; }
    const Shape& outputShape() const { return m_shapes.back(); }
    const Shape& shapeAfter(std::size_t i) const { return m_shapes[i + 1]; }
    const NetworkSpec& spec() const { return m_spec; }

private:
    // A stretch of two or more BandwiseLayers runs band by band, kBandBytes of
    // its widest map per band, so that a band's maps stay in the cache from
    // one layer to the next (BandwiseLayer.h).
    static constexpr Index kBandBytes = 256 * 1024;
    MatrixIn inputOf(std::size_t i, MatrixIn x) const;
    std::size_t bandwiseEnd(std::size_t begin) const;  // end of the stretch that starts at begin
    std::size_t bandwiseBegin(std::size_t end) const;   // start of the stretch that ends at end
    Index bandRows(std::size_t begin, std::size_t end) const;

    NetworkSpec m_spec;
    Shape m_input;
    std::vector<Shape> m_shapes;  // m_shapes[0] = input, m_shapes[i+1] = after layer i
    std::vector<LayerPtr> m_layers;
    std::vector<BandwiseLayer*> m_bandwise;  // per layer: itself if bandwise, else nullptr
    Index m_maxBatch = 0;
    Precision m_precision;
};

}  // namespace nnlab
