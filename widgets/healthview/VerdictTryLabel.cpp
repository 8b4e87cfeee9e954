// The words on a "Try this" button and on its Edit > Undo entry: what the
// remedy's changes do ("Switch the 6 hidden layers to ReLU with He uniform
// initialisation"), worded here through tr() from the TryChange list, so a
// student sees the change before clicking and can find it in the undo list.
#include "healthview/VerdictList.h"
#include "playground/NetworkEdits.h"

#include <QLocale>
#include <QRegularExpression>

#include <map>
#include <set>

namespace nnlab {
namespace {

// "network.layers[3].activation" -> layer 3, field "activation"; else layer -1.
int layerOf(const std::string& target, QString* field) {
    static const QRegularExpression path(QStringLiteral("^network\\.layers\\[(\\d+)\\]\\.(\\w+)$"));
    const QRegularExpressionMatch m = path.match(QString::fromStdString(target));
    if (!m.hasMatch()) return -1;
    *field = m.captured(2);
    return m.captured(1).toInt();
}

}  // namespace

QString VerdictList::tryLabel(const Remedy& remedy, int layerCount) {
    const QString adversarial = adversarialTryLabel(remedy);
    if (!adversarial.isEmpty()) return adversarial;
    std::map<QString, std::set<int>> layersBy;  // "activation=relu" -> layers
    QStringList clauses;
    for (const TryChange& c : remedy.tryThis) {
        const QString number = QLocale().toString(c.number, 'g', 3);
        QString field;
        const int layer = c.kind == "set" ? layerOf(c.target, &field) : -1;
        if (layer >= 0) {
            layersBy[field + QLatin1Char('=') + QString::fromStdString(c.text)].insert(layer);
        } else if (c.kind == "hyper" && (c.target == "lr" || c.target == "optimizer.lr")) {
            clauses << tr("Set the learning rate to %1").arg(number);
        } else if (c.kind == "hyper" && (c.target == "clip_norm" || c.target == "regularization.clip_norm")) {
            clauses << tr("Clip the gradient norm at %1").arg(number);
        } else if (c.kind == "hyper" && (c.target == "clip_value" || c.target == "regularization.clip_value")) {
            clauses << tr("Clip each gradient at \u00b1%1").arg(number);
        } else if (c.kind == "hyper") {
            clauses << tr("Set %1 to %2").arg(QString::fromStdString(c.target), number);
        } else if (c.target == "optimizer.name") {
            clauses << tr("Switch the optimizer to %1").arg(QString::fromStdString(c.text));
        } else {
            clauses << tr("Set %1 to %2").arg(QString::fromStdString(c.target), QString::fromStdString(c.text));
        }
    }
    // Which layers, in words: "the 6 hidden layers", "hidden layer 2", "layers 1 and 3".
    auto which = [layerCount](const std::set<int>& layers) {
        bool hidden = layerCount > 0;
        for (int l : layers) hidden = hidden && l + 1 < layerCount;
        if (layers.size() == 1) {
            const int l = *layers.begin() + 1;
            if (layerCount > 0 && l == layerCount) return tr("the output layer");
            return hidden ? tr("hidden layer %1").arg(l) : tr("layer %1").arg(l);
        }
        const int n = int(layers.size());
        if (hidden && n == layerCount - 1) return tr("the %1 hidden layers").arg(n);
        return hidden ? tr("%1 hidden layers").arg(n) : tr("%1 layers").arg(n);
    };
    std::set<QString> used;
    for (const auto& [key, layers] : layersBy) {
        if (!key.startsWith(QLatin1String("activation="))) continue;
        const std::string activation = key.mid(11).toStdString();
        used.insert(key);
        // The same layers re-initialised too: one sentence for the pair.
        QString init;
        for (const auto& [other, otherLayers] : layersBy)
            if (other.startsWith(QLatin1String("weight_init=")) && otherLayers == layers) {
                init = other;
                used.insert(other);
                break;
            }
        const QString act = NetworkEdits::activationLabel(activation);
        clauses << (init.isEmpty() ? tr("Switch %1 to %2").arg(which(layers), act)
                                   : tr("Switch %1 to %2 with %3 initialisation")
                                         .arg(which(layers), act, NetworkEdits::initializerLabel(init.mid(12).toStdString())));
    }
    for (const auto& [key, layers] : layersBy) {
        if (used.count(key)) continue;
        const int eq = int(key.indexOf(QLatin1Char('=')));
        const QString field = key.left(eq);
        const std::string value = key.mid(eq + 1).toStdString();
        if (field == QLatin1String("weight_init"))
            clauses << tr("Initialise the weights of %1 with %2").arg(which(layers), NetworkEdits::initializerLabel(value));
        else if (field == QLatin1String("bias_init"))
            clauses << tr("Initialise the biases of %1 with %2").arg(which(layers), NetworkEdits::initializerLabel(value));
        else
            clauses << tr("Set %1 of %2 to %3").arg(field, which(layers), QString::fromStdString(value));
    }
    // Each clause is a whole sentence of its own; none is built from pieces.
    return clauses.join(QStringLiteral("; "));
}

}  // namespace nnlab
