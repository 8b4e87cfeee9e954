// The canvas's context menu: the same edits as the buttons and keys, plus
// activation, batch normalisation and dropout. An impossible edit is shown
// greyed with its reason as tooltip and status tip.
#include "playground/NetworkCanvas.h"

#include "playground/ExperimentDocument.h"
#include "playground/NetworkEdits.h"
#include "playground/NetworkScene.h"
#include "activations/Activation.h"

#include <QContextMenuEvent>
#include <QLocale>
#include <QMenu>

namespace nnlab {

QAction* NetworkCanvas::addEditAction(QMenu* menu, const QString& text, const NetworkEdit& edit,
                                      const QString& objectName) {
    QAction* action = menu->addAction(text);
    action->setObjectName(objectName);
    if (!edit.ok()) {
        action->setEnabled(false);
        action->setToolTip(edit.error);
        action->setStatusTip(edit.error);
        return action;
    }
    const Experiment next = edit.next;
    const QString description = edit.description;
    connect(action, &QAction::triggered, this, [this, next, description] {
        applyEdit(NetworkEdit{next, description, QString()});
    });
    return action;
}

void NetworkCanvas::addActivationMenu(QMenu* menu, int layer) {
    const Experiment& e = m_doc->experiment();
    QMenu* sub = menu->addMenu(tr("Activation"));
    sub->setObjectName(QStringLiteral("activationMenu"));
    sub->setToolTipsVisible(true);
    const std::string current = e.network.layers[std::size_t(layer)].activation.name;
    for (const ActivationInfo& info : activationTable()) {
        QString label = QCoreApplication::translate("Activation", info.label);
        QString why;
        if (!info.backward) {
            label += tr(" (no gradient)");
            why = tr("Backpropagation cannot train through it: %1.")
                      .arg(info.whyNoGradient ? QCoreApplication::translate("Activation", info.whyNoGradient)
                                              : tr("it has no usable derivative"));
        }
        QAction* a = addEditAction(sub, label, NetworkEdits::setActivation(e, layer, NamedSpec(info.name)),
                                   QStringLiteral("activation:%1").arg(QLatin1String(info.name)));
        a->setCheckable(true);
        a->setChecked(current == info.name);
        if (!why.isEmpty()) {
            a->setToolTip(why);
            a->setStatusTip(why);
        }
    }
}

void NetworkCanvas::fillLayerMenu(QMenu* menu, int layer) {
    const Experiment& e = m_doc->experiment();
    const int owner = NetworkEdits::ownerOf(e, layer);
    const int out = NetworkEdits::outputLayer(e);
    const bool chip = layer >= 0 && !NetworkEdits::isWeighted(e.network.layers[std::size_t(layer)]);

    if (layer < 0) {
        addEditAction(menu, tr("Add hidden layer after the inputs"), NetworkEdits::addLayerAfter(e, -1),
                      QStringLiteral("addLayerAfterAction"));
        QAction* drop = addEditAction(menu, tr("Dropout on the inputs"),
                                      NetworkEdits::setChip(e, -1, "dropout", !NetworkEdits::hasChip(e, -1, "dropout")),
                                      QStringLiteral("dropoutAction"));
        drop->setCheckable(true);
        drop->setChecked(NetworkEdits::hasChip(e, -1, "dropout"));
        return;
    }
    if (chip) {
        const LayerSpec& l = e.network.layers[std::size_t(layer)];
        addEditAction(menu, tr("Remove %1").arg(NetworkEdits::layerName(e, layer)), NetworkEdits::removeLayer(e, layer),
                      QStringLiteral("removeLayerAction"));
        if (l.type == "dropout") {
            QMenu* rates = menu->addMenu(tr("Drop rate"));
            rates->setObjectName(QStringLiteral("dropRateMenu"));
            for (double r : {0.1, 0.2, 0.3, 0.5, 0.8}) {
                QAction* a = addEditAction(rates, QLocale().toString(r), NetworkEdits::setOption(e, layer, "rate", r),
                                           QStringLiteral("rate:%1").arg(r));
                a->setCheckable(true);
                a->setChecked(l.option("rate", 0.5) == r);
            }
        }
        menu->addSeparator();
        addEditAction(menu, tr("Add hidden layer after"), NetworkEdits::addLayerAfter(e, layer),
                      QStringLiteral("addLayerAfterAction"));
        return;
    }

    addEditAction(menu, tr("Add neuron"), NetworkEdits::addNeuron(e, layer), QStringLiteral("addNeuronAction"))
        ->setShortcut(QKeySequence(Qt::Key_Plus));
    addEditAction(menu, tr("Remove neuron"), NetworkEdits::removeNeuron(e, layer), QStringLiteral("removeNeuronAction"))
        ->setShortcut(QKeySequence(Qt::Key_Minus));
    menu->addSeparator();
    addEditAction(menu, tr("Add hidden layer before"), NetworkEdits::addLayerBefore(e, layer),
                  QStringLiteral("addLayerBeforeAction"));
    addEditAction(menu, tr("Add hidden layer after"), NetworkEdits::addLayerAfter(e, layer),
                  QStringLiteral("addLayerAfterAction"))
        ->setShortcut(QKeySequence(Qt::Key_Insert));
    addEditAction(menu, tr("Remove layer"), NetworkEdits::removeLayer(e, layer), QStringLiteral("removeLayerAction"))
        ->setShortcut(QKeySequence(Qt::Key_Delete));
    menu->addSeparator();
    addActivationMenu(menu, owner);
    if (owner == out) {
        const bool follows = NetworkEdits::outputFollowsTask(e);
        QAction* a = addEditAction(menu, tr("Output follows the task"), NetworkEdits::setOutputFollowsTask(e, true),
                                   QStringLiteral("followTaskAction"));
        a->setCheckable(true);
        a->setChecked(follows);
        a->setToolTip(tr("The data and the loss choose the output width and activation."));
        if (follows) a->setEnabled(false);  // override it by choosing another activation
        return;
    }
    for (const char* type : {"batchnorm", "dropout"}) {
        const bool on = NetworkEdits::hasChip(e, owner, type);
        QAction* a = addEditAction(menu, std::string(type) == "batchnorm" ? tr("Batch normalisation after this layer")
                                                                          : tr("Dropout after this layer"),
                                   NetworkEdits::setChip(e, owner, type, !on),
                                   QStringLiteral("%1Action").arg(QLatin1String(type)));
        a->setCheckable(true);
        a->setChecked(on);
    }
}

void NetworkCanvas::fillBackgroundMenu(QMenu* menu) {
    const Experiment& e = m_doc->experiment();
    addEditAction(menu, tr("Add hidden layer"), NetworkEdits::addHiddenLayerAtEnd(e), QStringLiteral("addLayerAction"))
        ->setShortcut(QKeySequence(Qt::Key_Insert));
    addEditAction(menu, tr("Remove last hidden layer"), NetworkEdits::removeLastHiddenLayer(e),
                  QStringLiteral("removeLastLayerAction"));
    menu->addSeparator();
    QAction* fit = menu->addAction(tr("Fit to view"));
    fit->setObjectName(QStringLiteral("fitAction"));
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(fit, &QAction::triggered, this, [this] {
        m_autoFit = true;
        fitToView();
    });
}

void NetworkCanvas::contextMenuEvent(QContextMenuEvent* event) {
    closeWeightEditor();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("canvasMenu"));
    menu.setToolTipsVisible(true);
    QGraphicsItem* item = interactiveItemAt(event->pos());
    if (item && item->type() != kButtonItemType) {
        const int layer = item->data(kLayerDataKey).toInt();
        selectLayer(layer);
        fillLayerMenu(&menu, layer);
    } else {
        fillBackgroundMenu(&menu);
    }
    menu.exec(event->globalPos());
    event->accept();
}

}  // namespace nnlab
