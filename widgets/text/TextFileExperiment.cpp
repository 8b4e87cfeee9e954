#include "text/TextFileExperiment.h"

#include "data/TextData.h"

#include <algorithm>

namespace nnlab {

namespace {

constexpr Index kHiddenUnits = 96;
constexpr int kMostWindows = 20000;

bool readsSequences(const NetworkSpec& network) {
    if (network.layers.size() < 2) return false;
    const std::string& first = network.layers.front().type;
    return first == "rnn" || first == "lstm" || first == "gru";
}

}  // namespace

Experiment experimentForTextFile(const Experiment& current, const std::string& path) {
    Experiment next = current;
    next.data.generator = "text";
    next.data.textFile = path;
    next.data.problem = "auto";
    const std::u32string text = readTextFile(path);
    // Checks length and vocabulary with one window, before anything is changed.
    const int characters = textDataset(text, next.data.textWindow, 1, path).numClasses;
    // Every window the size limit allows, up to kMostWindows.
    const long long perWindow = (long long)next.data.textWindow * characters;
    next.data.points = int(std::max<long long>(1, std::min<long long>(kMostWindows, kMaxDataValues / perWindow)));

    if (!readsSequences(next.network)) {
        LayerSpec lstm;
        lstm.type = "lstm";
        lstm.name = "lstm";
        lstm.units = kHiddenUnits;
        LayerSpec out;
        out.name = "next_character";
        next.network.layers = {lstm, out};
        next.optimizer = NamedSpec{"adam", {{"lr", 0.01}}};
        next.regularization.clipNorm = 1.0;
        next.batchSize = 32;
    }
    LayerSpec& output = next.network.layers.back();
    output.type = "dense";
    output.units = characters;
    output.activation = NamedSpec("softmax");
    if (next.loss.name != "cce" && next.loss.name != "sparse_cce") next.loss = NamedSpec("sparse_cce");
    return next;
}

}  // namespace nnlab
