#include "training/TextSampling.h"

#include "Error.h"
#include "data/Functions.h"
#include "data/TextData.h"
#include "data/Utf8.h"
#include "training/Capabilities.h"

#include <cmath>

namespace nnlab {

namespace {

// The network's output as a distribution: a softmax layer's output is one
// already; any other output (a linear layer's scores) is put through a softmax.
RowVector asDistribution(const RowVector& out) {
    const bool distribution = (out.array() >= 0.0).all() && std::abs(out.sum() - 1.0) < 1e-6;
    if (distribution) return out;
    const RowVector e = (out.array() - out.maxCoeff()).exp().matrix();
    return e / e.sum();
}

}  // namespace

RowVector applyTemperature(const RowVector& p, double temperature) {
    Index best = 0;
    p.maxCoeff(&best);
    RowVector q = RowVector::Zero(p.size());
    if (temperature <= kMinTemperature) {
        q(best) = 1.0;
        return q;
    }
    const double top = std::log(p(best));
    for (Index k = 0; k < p.size(); ++k) q(k) = p(k) > 0.0 ? std::exp((std::log(p(k)) - top) / temperature) : 0.0;
    return q / q.sum();  // q(best) = 1, so the sum is at least 1
}

Index drawClass(const RowVector& p, Rng& rng) {
    const double u = uniform01(rng) * p.sum();
    double cumulative = 0.0;
    for (Index k = 0; k < p.size(); ++k) {
        cumulative += p(k);
        if (u < cumulative) return k;
    }
    Index last = p.size() - 1;  // rounding left u at the very top: the last class with any weight
    while (last > 0 && p(last) <= 0.0) --last;
    return last;
}

std::string sampleText(NetworkModel& model, const TextSampleRequest& request, Rng& rng) {
    const Dataset& data = model.dataset();
    const Shape& shape = data.sampleShape;
    if (shape.dims.size() != 2 || shape.dims[1] != Index(data.classNames.size()))
        throw SpecError("data.generator: writing text needs a network trained on a text data set (generator \"text\")");
    if (!(request.temperature >= 0.0 && request.temperature <= kMaxTemperature))
        throw SpecError("temperature: expected 0 to " + formatNumber(kMaxTemperature) + ", got " +
                        formatNumber(request.temperature));
    if (request.length < 0 || request.length > 100000)
        throw SpecError("length: expected 0 to 100000 characters, got " + std::to_string(request.length));
    const TextVocabulary vocabulary = vocabularyFromClassNames(data.classNames);
    const int window = int(shape.dims[0]);
    std::u32string context = decodeUtf8(request.seedText, "seed text");
    std::u32string written;
    Matrix input(1, shape.size());
    for (int i = 0; i < request.length; ++i) {
        encodeTextWindow(vocabulary, context, window, input.row(0));
        const RowVector p = asDistribution(model.predictPoints(input).row(0));
        const char32_t next = vocabulary.chars[std::size_t(drawClass(applyTemperature(p, request.temperature), rng))];
        written.push_back(next);
        context.push_back(next);
        if (context.size() > std::size_t(2 * window)) context.erase(0, context.size() - std::size_t(window));
    }
    return encodeUtf8(written);
}

}  // namespace nnlab
