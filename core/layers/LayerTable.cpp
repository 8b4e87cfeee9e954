#include "layers/LayerTable.h"

#include "Error.h"
#include "layers/BatchNorm.h"
#include "layers/Bidirectional.h"
#include "layers/BatchNorm2d.h"
#include "layers/Conv2d.h"
#include "layers/ConvTranspose2d.h"
#include "layers/Dense.h"
#include "layers/Dropout.h"
#include "layers/Flatten.h"
#include "layers/Gru.h"
#include "layers/GlobalAvgPool.h"
#include "layers/GlobalMaxPool.h"
#include "layers/LayerNorm.h"
#include "layers/Lstm.h"
#include "layers/Maxout.h"
#include "layers/PRelu.h"
#include "layers/Pool2d.h"
#include "layers/Reshape.h"
#include "layers/Rnn.h"
#include "spec/NameLookup.h"

namespace nnlab {
namespace {

template <class T>
LayerPtr create(const LayerSpec& spec) {
    return std::make_unique<T>(spec);
}

// rnn, lstm, gru: one direction, or a Bidirectional wrapper around two cells.
template <class Cell>
LayerPtr createRecurrent(const LayerSpec& spec) {
    if (spec.choice("direction", "forward") == "bidirectional") return std::make_unique<Bidirectional>(spec, &create<Cell>);
    return std::make_unique<Cell>(spec);
}

std::vector<ChoiceDef> recurrentChoices() {
    return {{"direction", {"forward", "bidirectional"}, "read the sequence forwards, or both ways"},
            {"merge", {"concat", "sum", "multiply"}, "how the two directions are joined (bidirectional)"}};
}

// The simple cell's own choice besides the shared ones.
std::vector<ChoiceDef> rnnChoices() {
    std::vector<ChoiceDef> choices = recurrentChoices();
    choices.push_back({"nonlinearity", {"tanh", "relu"}, "the cell's nonlinearity (relu lets gradients explode through time)"});
    return choices;
}

std::vector<ParamDef> recurrentOptions() {
    return {{"return_sequences", Recurrent::kDefaultReturnSequences, "output every step (1) or the last (0)"},
            {"truncate", Recurrent::kDefaultTruncate, "backpropagation through time: steps per chunk (0: all)"}};
}

}  // namespace

const std::vector<LayerInfo>& layerTable() {
    static const std::vector<LayerInfo> table = {
        {"dense", "Dense (fully connected)", &create<Dense>, {}, true, true},
        {"dropout", "Dropout", &create<Dropout>, {{"rate", Dropout::kDefaultRate, "drop rate"}}, false, false},
        {"batchnorm", "Batch normalisation", &create<BatchNorm>,
         {{"momentum", BatchNorm::kDefaultMomentum, "momentum (weight of the new batch)"}, {"eps", BatchNorm::kDefaultEps, "epsilon"}},
         false, false},
        {"layernorm", "Layer normalisation", &create<LayerNorm>, {{"eps", LayerNorm::kDefaultEps, "epsilon"}}, false, false},
        {"prelu", "PReLU (learned slopes)", &create<PRelu>, {{"init", PRelu::kDefaultInit, "initial slope"}}, false, false},
        {"maxout", "Maxout", &create<Maxout>, {{"pieces", Maxout::kDefaultPieces, "pieces per unit (k)"}}, true, true},
        // Image layers: input {C, H, W}, rows NCHW-flattened; units = output channels.
        {"conv2d", "2-D convolution", &create<Conv2d>,
         {{"kernel", Conv2d::kDefaultKernel, "kernel size"}, {"stride", Conv2d::kDefaultStride, "stride"},
          {"padding", Conv2d::kDefaultPadding, "zero padding"}, {"dilation", Conv2d::kDefaultDilation, "dilation"}},
         true, true},
        {"conv_transpose2d", "2-D transposed convolution", &create<ConvTranspose2d>,
         {{"kernel", ConvTranspose2d::kDefaultKernel, "kernel size"}, {"stride", ConvTranspose2d::kDefaultStride, "stride"},
          {"padding", ConvTranspose2d::kDefaultPadding, "padding (cropped from the output)"},
          {"output_padding", ConvTranspose2d::kDefaultOutputPadding, "output padding"},
          {"dilation", ConvTranspose2d::kDefaultDilation, "dilation"}},
         true, true},
        {"maxpool2d", "2-D max pooling", &create<MaxPool2d>,
         {{"kernel", Pool2d::kDefaultKernel, "window size"}, {"stride", Pool2d::kDefaultStride, "stride"},
          {"padding", Pool2d::kDefaultPadding, "padding"}},
         false, false},
        {"avgpool2d", "2-D average pooling", &create<AvgPool2d>,
         {{"kernel", Pool2d::kDefaultKernel, "window size"}, {"stride", Pool2d::kDefaultStride, "stride"},
          {"padding", Pool2d::kDefaultPadding, "padding (zeros)"},
          {"count_include_pad", AvgPool2d::kDefaultCountIncludePad, "count the padded zeros in the average (1) or not (0)"}},
         false, false},
        {"global_avgpool", "Global average pooling", &create<GlobalAvgPool>, {}, false, false},
        {"global_maxpool", "Global max pooling", &create<GlobalMaxPool>, {}, false, false},
        {"flatten", "Flatten", &create<Flatten>, {}, false, false},
        // A vector into an image {C, H, W} (a generator's dense layer into its convolutions).
        {"reshape", "Reshape to an image", &create<Reshape>,
         {{"channels", Reshape::kDefaultChannels, "channels (0: as many as the values fill)"},
          {"height", Reshape::kDefaultHeight, "height"}, {"width", Reshape::kDefaultWidth, "width"}},
         false, false},
        {"batchnorm2d", "Batch normalisation per channel", &create<BatchNorm2d>,
         {{"momentum", BatchNorm2d::kDefaultMomentum, "momentum (weight of the new batch)"}, {"eps", BatchNorm2d::kDefaultEps, "epsilon"}},
         false, false},
        // Sequence layers: input {T, F}; units = hidden size H; output {T, H} or {H}.
        {"rnn", "Simple recurrent (tanh or ReLU)", &createRecurrent<Rnn>, recurrentOptions(), true, false, rnnChoices()},
        {"lstm", "LSTM", &createRecurrent<Lstm>, recurrentOptions(), true, false, recurrentChoices()},
        {"gru", "GRU", &createRecurrent<Gru>, recurrentOptions(), true, false, recurrentChoices()},
    };
    return table;
}

const LayerInfo& findLayer(const std::string& type) {
    std::vector<std::string> known;
    for (const auto& info : layerTable()) {
        if (type == info.type) return info;
        known.emplace_back(info.type);
    }
    throw SpecError(unknownNameMessage("layer type", type, known));
}

LayerPtr makeLayer(const LayerSpec& spec) {
    const LayerInfo& info = findLayer(spec.type);
    // A misspelt option would otherwise fall back to its default unnoticed.
    for (const auto& option : spec.options) {
        bool found = false;
        for (const auto& def : info.options) found = found || option.first == def.key;
        if (!found) {
            std::string known;
            for (const auto& def : info.options) known += (known.empty() ? "" : ", ") + std::string(def.key);
            throw SpecError("layer type \"" + spec.type + "\" has no option \"" + option.first + "\" (known: " +
                            (known.empty() ? "none" : known) + ")");
        }
    }
    for (const auto& [key, value] : spec.choices) {
        const ChoiceDef* def = nullptr;
        for (const ChoiceDef& c : info.choices) def = key == c.key ? &c : def;
        if (!def) {
            std::string known;
            for (const ChoiceDef& c : info.choices) known += (known.empty() ? "" : ", ") + std::string(c.key);
            throw SpecError("layer type \"" + spec.type + "\" has no option \"" + key + "\" (known: " +
                            (known.empty() ? "none" : known) + ")");
        }
        if (!def->allows(value)) throw SpecError(std::string(def->key) + ": " + def->refusal(value));
    }
    return info.create(spec);
}

}  // namespace nnlab
