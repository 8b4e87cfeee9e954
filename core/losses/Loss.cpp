#include "losses/Loss.h"

#include "Error.h"
#include "spec/NameLookup.h"

#include <cmath>
#include <cstring>
#include <sstream>

namespace nnlab {

const LossInfo& findLoss(const std::string& name) {
    std::vector<std::string> known;
    for (const auto& info : lossTable()) {
        if (name == info.name) return info;
        known.emplace_back(info.name);
    }
    throw SpecError(unknownNameMessage("loss", name, known));
}

namespace {
std::string number(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}
std::string numberText(double v) { return number(v); }
}  // namespace

Loss::Loss(const NamedSpec& spec) : m_info(&findLoss(spec.name)) {
    for (const auto& [key, value] : spec.params) {
        bool found = false;
        for (const auto& def : m_info->params) found = found || key == def.key;
        if (!found) throw SpecError("loss \"" + spec.name + "\" has no parameter \"" + key + "\"");
    }
    for (std::size_t i = 0; i < m_info->params.size(); ++i) {
        m_params[i] = spec.get(m_info->params[i].key, m_info->params[i].defaultValue);
        // Every loss parameter is a scale (huber's delta): 0 makes loss and gradient 0, below 0 the loss is negative.
        if (!(m_params[i] > 0.0) || !std::isfinite(m_params[i]))
            throw SpecError(spec.name + " " + m_info->params[i].key + " = " + numberText(m_params[i]) +
                            " must be a finite number > 0 (with 0 nothing learns, below 0 the loss is negative)");
    }
}


void Loss::checkTarget(MatrixIn target, Index outputs) const {
    const std::string place = std::string("loss \"") + m_info->name + "\": ";
    const Index width = m_info->target == TargetKind::ClassIndex ? 1 : outputs;
    if (target.cols() != width)
        throw ShapeError(place + "target has " + std::to_string(target.cols()) + " columns, expected " +
                         std::to_string(width) +
                         (m_info->target == TargetKind::ClassIndex ? " (one class index per row)"
                                                                   : " (one per network output)"));
    const bool probability = std::strcmp(m_info->name, "bce") == 0;
    for (Index i = 0; i < target.rows(); ++i)
        for (Index j = 0; j < target.cols(); ++j) {
            const double v = target(i, j);
            const std::string where = place + "target row " + std::to_string(i) + " is " + number(v);
            if (!std::isfinite(v)) throw DataError(where + ", not a finite number");
            switch (m_info->target) {
            case TargetKind::ClassIndex:
                if (v < 0.0 || v >= double(outputs) || v != std::floor(v))
                    throw DataError(where + ", not a class index in 0.." + std::to_string(outputs - 1));
                break;
            case TargetKind::PlusMinusOne:
                if (v != 1.0 && v != -1.0) throw DataError(where + ", expected -1 or +1");
                break;
            case TargetKind::Values:
                if (probability && (v < 0.0 || v > 1.0)) throw DataError(where + ", not a probability in [0, 1]");
                break;
            }
        }
}

}  // namespace nnlab
