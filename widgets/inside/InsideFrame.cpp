#include "inside/InsideFrame.h"

#include "activations/Activation.h"

#include <QCoreApplication>

#include <cmath>
#include <map>
#include <string>

namespace nnlab {

using namespace inside_view;

std::optional<InsideFrame> InsideFrame::from(const Snapshot& snapshot) {
    std::map<std::string, const Matrix*> named;
    for (const Payload& p : snapshot.payload)
        if (p.name.rfind("inside_", 0) == 0) named[p.name] = &p.values;
    auto stagesIt = named.find(kStages);
    if (stagesIt == named.end()) return std::nullopt;
    const Matrix& info = *stagesIt->second;
    InsideFrame f;
    for (Index s = 0; s < info.rows(); ++s) {
        auto values = named.find(kStagePrefix + std::to_string(s));
        if (values == named.end()) return std::nullopt;
        InsideStage st;
        st.layer = int(info(s, kLayer));
        st.kind = StageKind(int(info(s, kKind)));
        st.activation = int(info(s, kActivation));
        st.channels = int(info(s, kChannels));
        st.height = int(info(s, kHeight));
        st.width = int(info(s, kWidth));
        st.kernel = int(info(s, kKernel));
        st.stride = std::max(1, int(info(s, kStride)));
        st.padding = int(info(s, kPadding));
        st.dilation = std::max(1, int(info(s, kDilation)));
        st.values = values->second->row(0);
        if (st.values.size() != Index(st.channels) * st.height * st.width) return std::nullopt;
        if (st.layer >= 0 && std::size_t(st.layer) < snapshot.layers.size())
            st.layerName = QString::fromStdString(snapshot.layers[std::size_t(st.layer)].name);
        f.stages.push_back(std::move(st));
    }
    if (auto it = named.find(kImage); it != named.end()) f.image = *it->second;
    if (auto it = named.find(kProbabilities); it != named.end() && it->second->rows() > 0)
        f.probabilities = it->second->row(0);
    // The worker recomputes the maps a few times a second but copies the
    // weights into every snapshot: maps from an earlier step than the weights
    // would not add up with them (the formula's sum beside another value).
    if (auto it = named.find(kSource); it != named.end() && it->second->cols() >= 4 &&
                                       std::uint64_t((*it->second)(0, 3)) != snapshot.step)
        return std::nullopt;
    if (auto it = named.find(kSource); it != named.end() && it->second->cols() >= 3) {
        f.testIndex = int((*it->second)(0, 0));
        f.trueClass = int((*it->second)(0, 1));
        f.predicted = int((*it->second)(0, 2));
    }
    auto parts = named.find(kUnitParts);
    auto unit = named.find(kUnitInfo);
    if (parts != named.end() && unit != named.end() && unit->second->cols() >= 3) {
        f.unitParts = *parts->second;
        f.unitStage = int((*unit->second)(0, 0));
        f.unit = int((*unit->second)(0, 1));
        f.unitBias = (*unit->second)(0, 2);
    }
    f.layers = snapshot.layers;
    return f;
}

QString InsideFrame::stageTitle(int stage) const {
    const InsideStage& st = stages[std::size_t(stage)];
    switch (st.kind) {
    case kInput: return QCoreApplication::translate("LookInside", "input");
    case kActivationStage: {
        const std::vector<ActivationInfo>& table = activationTable();
        if (st.activation >= 0 && std::size_t(st.activation) < table.size())
            return QString::fromUtf8(table[std::size_t(st.activation)].name);
        return QCoreApplication::translate("LookInside", "activation");
    }
    case kDense:
        return stage + 1 < int(stages.size()) && stages[std::size_t(stage) + 1].kind == kActivationStage
                   ? QCoreApplication::translate("LookInside", "logits")
                   : st.layerName;
    default: return st.layerName;
    }
}

}  // namespace nnlab
