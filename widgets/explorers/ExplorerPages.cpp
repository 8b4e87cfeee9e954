#include "explorers/ExplorerPages.h"

#include "explorers/ActivationExplorer.h"
#include "explorers/ConvolutionExplorer.h"
#include "explorers/DistributionExplorer.h"
#include "explorers/LossExplorer.h"

#include <QCoreApplication>

// The optimizer, learning-rate and capacity pages are another part of the
// issue; they join the factory as soon as their headers are in the tree.
#if __has_include("explorers/OptimizerRace.h")
#include "explorers/OptimizerRace.h"
#define NNLAB_HAVE_OPTIMIZER_RACE 1
#endif
#if __has_include("explorers/LearningRateExplorer.h")
#include "explorers/LearningRateExplorer.h"
#define NNLAB_HAVE_LEARNING_RATE_EXPLORER 1
#endif
#if __has_include("explorers/CapacityExplorer.h")
#include "explorers/CapacityExplorer.h"
#define NNLAB_HAVE_CAPACITY_EXPLORER 1
#endif

namespace nnlab {

QStringList explorerPageNames() {
    return {"activations", "losses", "optimizers", "learning-rate", "convolution", "capacity", "distributions"};
}

QString explorerPageTitle(const QString& name) {
    if (name == "activations") return QCoreApplication::translate("Explorer", "Activation functions");
    if (name == "losses") return QCoreApplication::translate("Explorer", "Loss functions");
    if (name == "optimizers") return QCoreApplication::translate("Explorer", "Optimizer race");
    if (name == "learning-rate") return QCoreApplication::translate("Explorer", "Learning rate");
    if (name == "convolution") return QCoreApplication::translate("Explorer", "Convolution and pooling");
    if (name == "capacity") return QCoreApplication::translate("Explorer", "Capacity and overfitting");
    if (name == "distributions") return QCoreApplication::translate("Explorer", "Probability distributions");
    return QString();
}

QWidget* createExplorerPage(const QString& name, QWidget* parent) {
    if (name == "activations") return new ActivationExplorer(parent);
    if (name == "losses") return new LossExplorer(parent);
    if (name == "convolution") return new ConvolutionExplorer(parent);
    if (name == "distributions") return new DistributionExplorer(parent);
#ifdef NNLAB_HAVE_OPTIMIZER_RACE
    if (name == "optimizers") return new OptimizerRace(parent);
#endif
#ifdef NNLAB_HAVE_LEARNING_RATE_EXPLORER
    if (name == "learning-rate") return new LearningRateExplorer(parent);
#endif
#ifdef NNLAB_HAVE_CAPACITY_EXPLORER
    if (name == "capacity") return new CapacityExplorer(parent);
#endif
    return nullptr;
}

}  // namespace nnlab
