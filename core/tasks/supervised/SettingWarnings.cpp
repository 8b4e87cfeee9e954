#include "tasks/supervised/SettingWarnings.h"

namespace nnlab {

std::vector<std::string> settingWarnings(const Experiment& e, Index outputs) {
    std::vector<std::string> out;
    if (e.network.layers.empty()) return out;
    const std::size_t last = e.network.layers.size() - 1;
    const std::string& activation = e.network.layers[last].activation.name;
    const std::string& loss = e.loss.name;
    if (outputs == 1 && activation == "softmax")
        out.push_back("network.layers[" + std::to_string(last) +
                      "].activation: softmax on one output is always 1 (it divides the output by itself), so the "
                      "loss cannot change and nothing is learnt; use sigmoid for two classes, or one output per class");
    if (outputs == 1 && loss == "cce")
        out.push_back("loss: cce on one output scores only the targets of class 1 (class 0 adds 0 to the loss), so "
                      "the network learns to answer 1 everywhere; use bce with one sigmoid output, or cce with one "
                      "softmax output per class");
    return out;
}

}  // namespace nnlab
