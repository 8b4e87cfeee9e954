#include "playground/AllHiddenLayersBox.h"

#include "playground/ExperimentDocument.h"
#include "playground/NetworkEdits.h"
#include "activations/Activation.h"
#include "initializers/Initializer.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QSignalBlocker>
#include <QStatusTipEvent>

namespace nnlab {
namespace {

QComboBox* makeCombo(QWidget* parent, const QString& name, const QString& tip) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setToolTip(tip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    // Shown while the hidden layers differ (index -1).
    combo->setPlaceholderText(AllHiddenLayersBox::tr("mixed"));
    return combo;
}

}  // namespace

AllHiddenLayersBox::AllHiddenLayersBox(ExperimentDocument* doc, QWidget* parent)
    : QGroupBox(tr("All hidden layers"), parent), m_doc(doc) {
    setObjectName(QStringLiteral("allHiddenLayers"));
    m_activation = makeCombo(this, QStringLiteral("allHiddenActivation"),
                             tr("Set the activation of every hidden layer at once; one step to undo."));
    for (const ActivationInfo& info : activationTable())
        if (info.backward)  // a function backpropagation cannot train through is a per-layer choice
            m_activation->addItem(QCoreApplication::translate("Activation", info.label), QString::fromLatin1(info.name));
    m_weightInit = makeCombo(this, QStringLiteral("allHiddenWeightInit"),
                             tr("Set the weight initializer of every hidden layer at once; the layers it changes "
                                "start again from new weights."));
    for (const InitializerInfo& info : initializerTable())
        m_weightInit->addItem(QCoreApplication::translate("Initializer", info.label), QString::fromLatin1(info.name));

    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Activation"), m_activation);
    form->addRow(tr("Weight initializer"), m_weightInit);

    auto apply = [this](const NetworkEdit& edit) {
        if (!edit.ok()) {
            QStatusTipEvent tip(edit.error);
            QCoreApplication::sendEvent(this, &tip);
            refresh();
            return;
        }
        if (edit.next.network.layers == m_doc->experiment().network.layers) return;
        m_doc->change(edit.next, edit.description);
    };
    connect(m_activation, qOverload<int>(&QComboBox::activated), this, [this, apply](int i) {
        apply(NetworkEdits::setHiddenActivations(m_doc->experiment(),
                                                 NamedSpec(m_activation->itemData(i).toString().toStdString())));
    });
    connect(m_weightInit, qOverload<int>(&QComboBox::activated), this, [this, apply](int i) {
        apply(NetworkEdits::setHiddenWeightInits(m_doc->experiment(),
                                                 NamedSpec(m_weightInit->itemData(i).toString().toStdString())));
    });
    connect(m_doc, &ExperimentDocument::experimentChanged, this, &AllHiddenLayersBox::refresh);
    refresh();
}

void AllHiddenLayersBox::refresh() {
    const Experiment& e = m_doc->experiment();
    const bool any = !NetworkEdits::hiddenLayers(e).empty();
    setEnabled(any);
    setToolTip(any ? QString() : tr("The network has no hidden layer; add one with + on the canvas."));
    const QSignalBlocker a(m_activation), w(m_weightInit);
    m_activation->setCurrentIndex(m_activation->findData(QString::fromStdString(NetworkEdits::sharedHiddenActivation(e))));
    m_weightInit->setCurrentIndex(m_weightInit->findData(QString::fromStdString(NetworkEdits::sharedHiddenWeightInit(e))));
}

}  // namespace nnlab
