#include "tasks/supervised/ImageResults.h"

#include "model/Network.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace nnlab {
namespace {

constexpr Index kChunk = 256;

Matrix forwardInChunks(Network& network, const Matrix& x, Pass& pass) {
    Matrix out(x.rows(), network.outputShape().size());
    for (Index begin = 0; begin < x.rows(); begin += kChunk) {
        const Index n = std::min(kChunk, x.rows() - begin);
        out.middleRows(begin, n) = network.forward(x.middleRows(begin, n), pass);
    }
    return out;
}

Index predicted(const Matrix& probabilities, Index row) {
    Index best = 0;
    probabilities.row(row).maxCoeff(&best);
    return best;
}

Payload rowsOf(const char* name, const Matrix& from, const std::vector<Index>& rows) {
    Payload p{name, Matrix(Index(rows.size()), from.cols())};
    for (std::size_t i = 0; i < rows.size(); ++i) p.values.row(Index(i)) = from.row(rows[i]);
    return p;
}

}  // namespace

Matrix classProbabilities(const Matrix& outputs) {
    if (outputs.cols() == 1) {
        Matrix p(outputs.rows(), 2);
        p.col(1) = outputs.col(0).cwiseMax(0.0).cwiseMin(1.0);
        p.col(0) = 1.0 - p.col(1).array();
        return p;
    }
    Matrix p = outputs;
    for (Index r = 0; r < p.rows(); ++r) {
        const bool distribution = p.row(r).minCoeff() >= 0.0 && std::abs(p.row(r).sum() - 1.0) < 1e-6;
        if (distribution) continue;
        // Logits (a linear output): the softmax the loss would apply.
        const double top = p.row(r).maxCoeff();
        p.row(r) = (p.row(r).array() - top).exp().matrix();
        p.row(r) /= p.row(r).sum();
    }
    return p;
}

void addImageResults(Network& network, const Shape& imageShape, const Matrix& images, const Matrix& x,
                     const Matrix& labels, int classes, Pass pass, std::vector<Payload>& out,
                     const ImageResultLimits& limits) {
    const Index n = std::min(x.rows(), limits.evaluated);
    if (n == 0 || classes < 2) return;
    const Matrix probabilities = classProbabilities(forwardInChunks(network, x.topRows(n), pass));
    const int k = std::max<int>(classes, int(probabilities.cols()));

    Payload shape{image_results::kShape, Matrix(1, 3)};
    for (int i = 0; i < 3; ++i)
        shape.values(0, i) = i < int(imageShape.dims.size()) ? double(imageShape.dims[std::size_t(i)]) : 1.0;
    out.push_back(std::move(shape));

    std::vector<Index> gallery(std::size_t(std::min(n, limits.gallery)));
    std::iota(gallery.begin(), gallery.end(), Index(0));
    out.push_back(rowsOf(image_results::kGalleryInputs, images, gallery));
    out.push_back(rowsOf(image_results::kGalleryLabels, labels, gallery));
    out.push_back(rowsOf(image_results::kGalleryProbabilities, probabilities, gallery));

    Payload confusion{image_results::kConfusion, Matrix::Zero(k, k)};
    std::vector<Index> mistakes;
    for (Index r = 0; r < n; ++r) {
        const Index truth = std::clamp<Index>(Index(std::lround(labels(r, 0))), 0, k - 1);
        const Index guess = predicted(probabilities, r);
        confusion.values(truth, guess) += 1.0;
        if (guess != truth) mistakes.push_back(r);
    }
    out.push_back(std::move(confusion));

    // The most confident mistakes first: the least probability left for the true class.
    auto trueProbability = [&](Index r) {
        const Index truth = std::clamp<Index>(Index(std::lround(labels(r, 0))), 0, probabilities.cols() - 1);
        return probabilities(r, truth);
    };
    std::stable_sort(mistakes.begin(), mistakes.end(),
                     [&](Index a, Index b) { return trueProbability(a) < trueProbability(b); });
    if (Index(mistakes.size()) > limits.worst) mistakes.resize(std::size_t(limits.worst));
    out.push_back(rowsOf(image_results::kWorstInputs, images, mistakes));
    out.push_back(rowsOf(image_results::kWorstLabels, labels, mistakes));
    out.push_back(rowsOf(image_results::kWorstProbabilities, probabilities, mistakes));
}

}  // namespace nnlab
