#include "tasks/supervised/HiddenSpace.h"

#include "training/HiddenSpaceNames.h"

#include <algorithm>

namespace nnlab {

void fillHiddenSpace(Network& network, const PreparedData& data, Index chunk, Pass pass, std::vector<Payload>& out) {
    const Index n = std::min<Index>(data.trainX.rows(), kHiddenSpaceMaxPoints);
    if (n == 0) return;
    std::vector<std::size_t> flat;
    for (std::size_t i = 0; i < network.size(); ++i)
        if (network.shapeAfter(i).dims.size() == 1) flat.push_back(i);
    if (flat.empty()) return;
    const std::size_t first = out.size();
    out.push_back({kHiddenSpaceLabels, data.trainLabels.topRows(n)});
    for (std::size_t i : flat) out.push_back({hiddenSpacePointsName(i), Matrix(n, network.shapeAfter(i).size())});
    for (Index begin = 0; begin < n; begin += chunk) {
        const Index rows = std::min(chunk, n - begin);
        network.forward(data.trainX.middleRows(begin, rows), pass);
        for (std::size_t k = 0; k < flat.size(); ++k)
            out[first + 1 + k].values.middleRows(begin, rows) = network.layer(flat[k]).output();
    }
}

}  // namespace nnlab
