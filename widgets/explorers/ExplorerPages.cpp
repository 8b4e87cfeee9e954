#include "explorers/ExplorerPages.h"

#include "healthview/InitializationView.h"
#include "explorers/ActivationExplorer.h"
#include "explorers/CapacityExplorer.h"
#include "explorers/ConvolutionExplorer.h"
#include "explorers/DistributionExplorer.h"
#include "explorers/LearningRateExplorer.h"
#include "explorers/LossExplorer.h"
#include "explorers/OptimizerRace.h"

#include <QCoreApplication>

namespace nnlab {

QStringList explorerPageNames() {
    return {"activations", "losses", "optimizers", "learning-rate", "convolution", "capacity", "distributions", "initialization"};
}

QString explorerPageTitle(const QString& name) {
    if (name == "activations") return QCoreApplication::translate("Explorer", "Activation functions");
    if (name == "losses") return QCoreApplication::translate("Explorer", "Loss functions");
    if (name == "optimizers") return QCoreApplication::translate("Explorer", "Optimizer race");
    if (name == "learning-rate") return QCoreApplication::translate("Explorer", "Learning rate");
    if (name == "convolution") return QCoreApplication::translate("Explorer", "Convolution and pooling");
    if (name == "capacity") return QCoreApplication::translate("Explorer", "Capacity and overfitting");
    if (name == "distributions") return QCoreApplication::translate("Explorer", "Probability distributions");
    if (name == "initialization") return QCoreApplication::translate("Explorer", "Initialisation through a deep net");
    return QString();
}

QWidget* createExplorerPage(const QString& name, QWidget* parent) {
    if (name == "activations") return new ActivationExplorer(parent);
    if (name == "losses") return new LossExplorer(parent);
    if (name == "convolution") return new ConvolutionExplorer(parent);
    if (name == "distributions") return new DistributionExplorer(parent);
    // The window's Initialisation dock, full size: naive vs Glorot vs He through 20 layers.
    if (name == "initialization") return new InitializationView(parent);
    if (name == "optimizers") return new OptimizerRace(parent);
    if (name == "learning-rate") return new LearningRateExplorer(parent);
    if (name == "capacity") return new CapacityExplorer(parent);
    return nullptr;
}

void advanceExplorerPage(QWidget* page, int steps) {
    if (auto* race = qobject_cast<OptimizerRace*>(page)) race->stepRace(steps);
}

}  // namespace nnlab
