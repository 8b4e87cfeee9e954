#pragma once
// Writing text with a network trained on a text data set (data/TextData.h):
// the network reads the last T characters, gives the probabilities of the
// next one, a character is drawn from them at a temperature, appended, and
// the window moves on (Karpathy's char-rnn sampling, many-to-one here).
#include "Types.h"
#include "random/Rng.h"

#include <string>

namespace nnlab {

class NetworkModel;

// Below this temperature a draw is the most likely character (argmax).
constexpr double kMinTemperature = 1e-3;
constexpr double kMaxTemperature = 10.0;

// Softmax with a temperature tau over a distribution p (Hinton et al. 2015,
// "distillation", eq. 1, with logits z = log p):
//   q_k = exp(log p_k / tau) / sum_j exp(log p_j / tau) = p_k^(1/tau) / sum_j p_j^(1/tau)
// tau = 1 gives p back, tau > 1 flattens it, tau < 1 sharpens it; at or below
// kMinTemperature the result is one-hot at the first most likely class.
// Computed as exp((log p_k - max log p) / tau) so that 1/tau = 1000 does not overflow.
RowVector applyTemperature(const RowVector& probabilities, double temperature);

// A class drawn from a distribution by the inverse of its cumulative sum (one uniform01 draw).
Index drawClass(const RowVector& probabilities, Rng& rng);

struct TextSampleRequest {
    std::string seedText;      // UTF-8; characters the text never had are read as empty steps
    double temperature = 1.0;  // kMinTemperature .. kMaxTemperature
    int length = 200;          // characters to write
};

// The characters the network writes after the seed text (UTF-8, the seed not
// included). SpecError when the model's data is not a text data set, or the
// temperature or length is out of range.
std::string sampleText(NetworkModel& model, const TextSampleRequest& request, Rng& rng);

}  // namespace nnlab
