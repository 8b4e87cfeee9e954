#include "playground/LayerInspector.h"

#include "playground/AllHiddenLayersBox.h"
#include "playground/ExperimentDocument.h"
#include "playground/NetworkEdits.h"
#include "activations/Activation.h"
#include "initializers/Initializer.h"
#include "layers/LayerTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

constexpr int kMergeBase = 0x4c490000;  // "LI": the inspector's merge keys
enum Field { kUnits = 1, kActivationParam = 2, kWeightParam = 8, kBiasParam = 12, kOption = 16, kDropRate = 24 };

QString capitalised(QString s) {
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}

// Long labels ("Glorot (Xavier) uniform") must not make the dock wide.
QComboBox* narrowCombo(QWidget* parent, const QString& name) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    return combo;
}

}  // namespace

LayerInspector::LayerInspector(ExperimentDocument* doc, QWidget* parent) : QWidget(parent), m_doc(doc) {
    setObjectName(QStringLiteral("layerInspector"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // the form wraps to the dock's width
    outer->addWidget(scroll);
    auto* inner = new QWidget(scroll);
    auto* layout = new QVBoxLayout(inner);
    m_title = new QLabel(inner);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_subtitle = new QLabel(inner);
    m_subtitle->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_subtitle->setWordWrap(true);
    m_message = new QLabel(inner);
    m_message->setObjectName(QStringLiteral("inspectorMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fff4e0; border: 1px solid #f5a742; padding: 4px; }"));
    m_message->hide();
    m_sizeWarning = new QLabel(inner);
    m_sizeWarning->setObjectName(QStringLiteral("inspectorSizeWarning"));
    m_sizeWarning->setWordWrap(true);
    m_sizeWarning->setStyleSheet(m_message->styleSheet());
    m_sizeWarning->hide();
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_message);
    layout->addWidget(m_sizeWarning);
    m_form = new QWidget(inner);
    layout->addWidget(m_form);
    layout->addWidget(new AllHiddenLayersBox(doc, inner));
    layout->addStretch(1);
    scroll->setWidget(inner);

    connect(m_doc, &ExperimentDocument::experimentChanged, this, &LayerInspector::onExperimentChanged);
    refresh();
}

void LayerInspector::setLayer(int layer) {
    const Experiment& e = m_doc->experiment();
    if (layer >= int(e.network.layers.size()) || layer < -2) layer = -2;
    if (layer != m_layer) {
        m_unlockOutput = false;
        m_message->hide();
    }
    m_layer = layer;
    m_layerName = layer >= 0 ? e.network.layers[std::size_t(layer)].name : std::string();
    refresh();
}

void LayerInspector::onExperimentChanged() {
    // Stay on the same layer when others are inserted or removed before it.
    const Experiment& e = m_doc->experiment();
    if (m_layer >= 0 && !m_layerName.empty()) {
        int found = -2;
        for (std::size_t i = 0; i < e.network.layers.size(); ++i)
            if (e.network.layers[i].name == m_layerName) found = int(i);
        m_layer = found;
    }
    if (m_layer >= int(e.network.layers.size())) m_layer = -2;
    refresh();
}

int LayerInspector::mergeKey(int field) const {
    return kMergeBase + (std::max(0, m_layer) << 6) + field;
}

void LayerInspector::push(const NetworkEdit& edit, int field) {
    if (!edit.ok()) {
        showMessage(edit.error);
        updateValues();  // put the refused value back
        return;
    }
    m_message->hide();
    const Experiment& e = m_doc->experiment();
    if (edit.next.network.layers == e.network.layers) {
        refresh();
        return;
    }
    // A new type renames the layer; inspector edits never move it.
    if (m_layer >= 0 && m_layer < int(edit.next.network.layers.size()))
        m_layerName = edit.next.network.layers[std::size_t(m_layer)].name;
    m_doc->change(edit.next, edit.description, field ? mergeKey(field) : 0);
}

void LayerInspector::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->show();
}

QString LayerInspector::formKey() const {
    const Experiment& e = m_doc->experiment();
    QString key = QString::number(m_layer);
    if (m_layer < 0) return key + QString::number(int(e.features.size()));
    const LayerSpec& l = e.network.layers[std::size_t(m_layer)];
    key += QString::fromStdString("|" + l.type + "|" + l.activation.name + "|" + l.weightInit.name + "|" +
                                  l.biasInit.name + "|" + l.name);
    key += NetworkEdits::hasChip(e, m_layer, "batchnorm") ? "|bn" : "|-";
    key += NetworkEdits::hasChip(e, m_layer, "dropout") ? "|do" : "|-";
    if (m_layer == NetworkEdits::outputLayer(e))
        key += QStringLiteral("|out%1%2%3")
                   .arg(NetworkEdits::outputFollowsTask(e))
                   .arg(m_unlockOutput)
                   .arg(NetworkEdits::taskOutput(e).unitsKnown);
    return key;
}

void LayerInspector::refresh() {
    const QString size = NetworkEdits::sizeWarning(m_doc->experiment());
    m_sizeWarning->setText(size);
    m_sizeWarning->setVisible(!size.isEmpty());
    const QString key = formKey();
    if (key != m_formKey) {
        m_formKey = key;
        rebuildForm();
        m_form->show();  // now, not when the layout's queued show comes
    }
    updateValues();
}

// ---- building the form -------------------------------------------------------

void LayerInspector::rebuildForm() {
    // The old form may be the sender of the edit that got us here: delete it later.
    QWidget* old = m_form;
    m_form = new QWidget(old->parentWidget());
    static_cast<QVBoxLayout*>(old->parentWidget()->layout())->replaceWidget(old, m_form);
    old->hide();
    old->deleteLater();
    m_type = nullptr;
    m_units = nullptr;
    m_activation = nullptr;
    m_gradientWarning = nullptr;
    m_weightInit = m_biasInit = nullptr;
    m_batchNorm = m_dropout = m_followTask = nullptr;
    m_dropRate = nullptr;
    m_activationParams.clear();
    m_weightParams.clear();
    m_biasParams.clear();
    m_options.clear();

    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 4, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const Experiment& e = m_doc->experiment();
    if (m_layer == -2) {
        m_title->setText(tr("No layer selected"));
        m_subtitle->setText(tr("Click a layer on the network to edit it here."));
        return;
    }
    if (m_layer == -1) {
        m_title->setText(tr("Input features"));
        QStringList names;
        for (const std::string& f : e.features) names << NetworkEdits::featureLabel(f);
        m_subtitle->setText(e.features.empty() ? tr("The data's columns are fed as they are; choose them in the data panel.")
                                                : tr("%1; choose the features in the data panel.").arg(names.join(QStringLiteral(", "))));
        return;
    }
    const LayerSpec& l = e.network.layers[std::size_t(m_layer)];
    m_title->setText(m_layer == NetworkEdits::outputLayer(e) ? tr("Output layer")
                                                             : capitalised(NetworkEdits::layerName(e, m_layer)));
    m_subtitle->setText(tr("%1, named \"%2\" in the experiment file.")
                            .arg(NetworkEdits::layerTypeLabel(l.type),
                                 QString::fromStdString(l.name.empty() ? l.type : l.name)));
    addTypeRow(form);
    if (NetworkEdits::isWeighted(l)) addUnitsRow(form);
    if (NetworkEdits::hasActivation(l)) addActivationRows(form);
    if (NetworkEdits::isWeighted(l)) {
        addInitializerRows(form, false);
        addInitializerRows(form, true);
    }
    addOptionRows(form, m_layer, m_options, kOption);
    if (m_layer == NetworkEdits::outputLayer(e)) addOutputRows(form);
    else if (NetworkEdits::isWeighted(l)) addChipRows(form);
}

void LayerInspector::addTypeRow(QFormLayout* form) {
    const Experiment& e = m_doc->experiment();
    m_type = narrowCombo(m_form, QStringLiteral("typeCombo"));
    m_type->setToolTip(tr("The kind of layer; a new kind starts from freshly initialised parameters."));
    auto* model = qobject_cast<QStandardItemModel*>(m_type->model());
    for (const LayerInfo& info : layerTable()) {
        m_type->addItem(QCoreApplication::translate("Layer", info.label), QString::fromLatin1(info.type));
        if (!model || info.type == e.network.layers[std::size_t(m_layer)].type) continue;
        // Greyed out with the reason, rather than offered and then refused.
        const NetworkEdit edit = NetworkEdits::setLayerType(e, m_layer, info.type);
        if (!edit.ok()) {
            QStandardItem* item = model->item(m_type->count() - 1);
            item->setEnabled(false);
            item->setToolTip(edit.error);
        }
    }
    connect(m_type, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int i) {
        push(NetworkEdits::setLayerType(m_doc->experiment(), m_layer, m_type->itemData(i).toString().toStdString()));
    });
    form->addRow(tr("Type"), m_type);
}

void LayerInspector::addUnitsRow(QFormLayout* form) {
    const Experiment& e = m_doc->experiment();
    m_units = new QSpinBox(m_form);
    m_units->setObjectName(QStringLiteral("unitsSpin"));
    m_units->setRange(1, 1000000);
    m_units->setKeyboardTracking(false);
    m_units->setToolTip(tr("How many neurons this layer has."));
    if (m_layer == NetworkEdits::outputLayer(e) && NetworkEdits::taskOutput(e).unitsKnown) {
        m_units->setEnabled(false);
        m_units->setToolTip(tr("The task fixes the number of outputs: one per class for softmax, else one."));
    }
    connect(m_units, qOverload<int>(&QSpinBox::valueChanged), this,
            [this](int v) { push(NetworkEdits::setUnits(m_doc->experiment(), m_layer, v), kUnits); });
    form->addRow(tr("Neurons"), m_units);
}

void LayerInspector::addActivationRows(QFormLayout* form) {
    const Experiment& e = m_doc->experiment();
    const LayerSpec& l = e.network.layers[std::size_t(m_layer)];
    m_activation = narrowCombo(m_form, QStringLiteral("activationCombo"));
    m_activation->setToolTip(tr("The function each neuron applies to its weighted sum."));
    const ActivationInfo* chosen = nullptr;
    for (const ActivationInfo& info : activationTable()) {
        QString label = QCoreApplication::translate("Activation", info.label);
        if (!info.backward) label += tr(" (no gradient)");
        m_activation->addItem(label, QString::fromLatin1(info.name));
        if (!info.backward) {
            const QString why = tr("Backpropagation cannot train through it: %1.")
                                    .arg(info.whyNoGradient ? QCoreApplication::translate("Activation", info.whyNoGradient)
                                                            : tr("it has no usable derivative"));
            m_activation->setItemData(m_activation->count() - 1, why, Qt::ToolTipRole);
            m_activation->setItemData(m_activation->count() - 1, QColor(0xb0, 0x60, 0x00), Qt::ForegroundRole);
        }
        if (l.activation.name == info.name) chosen = &info;
    }
    const bool output = m_layer == NetworkEdits::outputLayer(e);
    if (output && NetworkEdits::outputFollowsTask(e) && !m_unlockOutput) {
        m_activation->setEnabled(false);
        m_activation->setToolTip(tr("Untick \"output follows the task\" to choose the output activation yourself."));
    }
    connect(m_activation, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int i) {
        push(NetworkEdits::setActivation(m_doc->experiment(), m_layer,
                                         NamedSpec(m_activation->itemData(i).toString().toStdString())));
    });
    form->addRow(tr("Activation"), m_activation);
    if (chosen && !chosen->backward) {
        m_gradientWarning = new QLabel(m_form);
        m_gradientWarning->setObjectName(QStringLiteral("gradientWarning"));
        m_gradientWarning->setWordWrap(true);
        m_gradientWarning->setStyleSheet(QStringLiteral("color: #b06000;"));
        m_gradientWarning->setText(m_activation->itemData(m_activation->findData(QString::fromLatin1(chosen->name)),
                                                          Qt::ToolTipRole)
                                       .toString());
        form->addRow(QString(), m_gradientWarning);
    }
    if (!chosen) return;
    for (const ParamDef& def : chosen->params) {
        QDoubleSpinBox* box = paramBox(def, l.activation.get(def.key, def.defaultValue), def.key);
        box->setEnabled(m_activation->isEnabled());
        const int field = kActivationParam + int(m_activationParams.size());
        connect(box, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this, key = std::string(def.key), field](double v) {
            const Experiment& ex = m_doc->experiment();
            NamedSpec spec = ex.network.layers[std::size_t(m_layer)].activation;
            spec.params[key] = v;
            push(NetworkEdits::setActivation(ex, m_layer, spec), field);
        });
        m_activationParams.emplace_back(def.key, box);
        form->addRow(QCoreApplication::translate("Activation", def.label), box);
    }
}

void LayerInspector::addInitializerRows(QFormLayout* form, bool bias) {
    const Experiment& e = m_doc->experiment();
    const LayerSpec& l = e.network.layers[std::size_t(m_layer)];
    const NamedSpec& spec = bias ? l.biasInit : l.weightInit;
    auto* combo = narrowCombo(m_form, bias ? QStringLiteral("biasInitCombo") : QStringLiteral("weightInitCombo"));
    combo->setToolTip(bias ? tr("How the biases are drawn when the layer is (re)initialised.")
                           : tr("How the weights are drawn when the layer is (re)initialised."));
    const InitializerInfo* chosen = nullptr;
    for (const InitializerInfo& info : initializerTable()) {
        combo->addItem(QCoreApplication::translate("Initializer", info.label), QString::fromLatin1(info.name));
        if (spec.name == info.name) chosen = &info;
    }
    connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, combo, bias](int i) {
        const NamedSpec next(combo->itemData(i).toString().toStdString());
        const Experiment& ex = m_doc->experiment();
        push(bias ? NetworkEdits::setBiasInit(ex, m_layer, next) : NetworkEdits::setWeightInit(ex, m_layer, next));
    });
    (bias ? m_biasInit : m_weightInit) = combo;
    form->addRow(bias ? tr("Bias initializer") : tr("Weight initializer"), combo);
    if (!chosen) return;
    ParamBoxes& boxes = bias ? m_biasParams : m_weightParams;
    for (const ParamDef& def : chosen->params) {
        QDoubleSpinBox* box = paramBox(def, spec.get(def.key, def.defaultValue), def.key);
        const int field = (bias ? kBiasParam : kWeightParam) + int(boxes.size());
        connect(box, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
                [this, bias, key = std::string(def.key), field](double v) {
                    const Experiment& ex = m_doc->experiment();
                    const LayerSpec& layer = ex.network.layers[std::size_t(m_layer)];
                    NamedSpec next = bias ? layer.biasInit : layer.weightInit;
                    next.params[key] = v;
                    push(bias ? NetworkEdits::setBiasInit(ex, m_layer, next) : NetworkEdits::setWeightInit(ex, m_layer, next),
                         field);
                });
        boxes.emplace_back(def.key, box);
        form->addRow(QCoreApplication::translate("Initializer", def.label), box);
    }
}

void LayerInspector::addOptionRows(QFormLayout* form, int layer, ParamBoxes& boxes, int firstField) {
    const Experiment& e = m_doc->experiment();
    const LayerSpec& l = e.network.layers[std::size_t(layer)];
    const LayerInfo* info = nullptr;
    for (const LayerInfo& i : layerTable())
        if (l.type == i.type) info = &i;
    if (!info) return;
    for (const ParamDef& def : info->options) {
        QDoubleSpinBox* box = paramBox(def, l.option(def.key, def.defaultValue), def.key);
        const int field = firstField + int(boxes.size());
        connect(box, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this, layer, key = std::string(def.key), field](double v) {
            push(NetworkEdits::setOption(m_doc->experiment(), layer, key, v), field);
        });
        boxes.emplace_back(def.key, box);
        form->addRow(NetworkEdits::optionLabel(l.type, def.key), box);
    }
}

void LayerInspector::addChipRows(QFormLayout* form) {
    m_batchNorm = new QCheckBox(tr("after this layer"), m_form);
    m_batchNorm->setObjectName(QStringLiteral("batchNormCheck"));
    m_batchNorm->setToolTip(tr("Normalises each neuron's output over the batch, which often lets deeper nets train faster."));
    connect(m_batchNorm, &QCheckBox::toggled, this,
            [this](bool on) { push(NetworkEdits::setChip(m_doc->experiment(), m_layer, "batchnorm", on)); });
    form->addRow(tr("Batch normalisation"), m_batchNorm);

    m_dropout = new QCheckBox(tr("after this layer"), m_form);
    m_dropout->setObjectName(QStringLiteral("dropoutCheck"));
    m_dropout->setToolTip(tr("Zeroes a random share of this layer's outputs in each training step, against overfitting."));
    connect(m_dropout, &QCheckBox::toggled, this,
            [this](bool on) { push(NetworkEdits::setChip(m_doc->experiment(), m_layer, "dropout", on)); });
    form->addRow(tr("Dropout"), m_dropout);

    const int chip = NetworkEdits::chipIndex(m_doc->experiment(), m_layer, "dropout");
    if (chip < 0) return;
    const LayerInfo& info = findLayer("dropout");
    m_dropRate = paramBox(info.options.front(), 0.5, "rate");
    m_dropRate->setObjectName(QStringLiteral("dropRateSpin"));
    connect(m_dropRate, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this](double v) {
        const Experiment& ex = m_doc->experiment();
        push(NetworkEdits::setOption(ex, NetworkEdits::chipIndex(ex, m_layer, "dropout"), "rate", v), kDropRate);
    });
    form->addRow(tr("drop rate"), m_dropRate);
}

void LayerInspector::addOutputRows(QFormLayout* form) {
    m_followTask = new QCheckBox(tr("Output follows the task"), m_form);
    m_followTask->setObjectName(QStringLiteral("followTaskCheck"));
    m_followTask->setToolTip(tr("The data and the loss choose the output width and activation, as in Playground."));
    connect(m_followTask, &QCheckBox::toggled, this, [this](bool on) {
        m_unlockOutput = !on;
        if (on) push(NetworkEdits::setOutputFollowsTask(m_doc->experiment(), true));
        else refresh();
    });
    form->addRow(QString(), m_followTask);
}

QDoubleSpinBox* LayerInspector::paramBox(const ParamDef& def, double value, const std::string& key) {
    auto* box = new QDoubleSpinBox(m_form);
    box->setObjectName(QStringLiteral("param:%1").arg(QString::fromStdString(key)));
    box->setKeyboardTracking(false);
    const double magnitude = std::fabs(def.defaultValue);
    // Enough decimals for small defaults (batchnorm eps 1e-5) without 10 digits everywhere.
    const int decimals = magnitude > 0 && magnitude < 1e-2 ? std::min(10, int(std::ceil(-std::log10(magnitude))) + 2) : 4;
    box->setDecimals(decimals);
    box->setRange(-1e6, 1e6);
    box->setSingleStep(magnitude > 0 ? std::pow(10.0, std::floor(std::log10(magnitude))) / 10 * 5 : 0.05);
    if (key == "rate") {
        // 1 is allowed in the box so that typing it shows why it is refused.
        box->setRange(0.0, 1.0);
        box->setSingleStep(0.05);
        box->setToolTip(tr("The share of values dropped in each training step; 0 keeps all, below 1."));
    } else if (key == "momentum") {
        box->setRange(0.0, 1.0);
        box->setSingleStep(0.01);
        box->setToolTip(tr("The weight of the newest batch in the running statistics."));
    } else if (key == "pieces") {
        box->setRange(1, 64);
        box->setDecimals(0);
        box->setSingleStep(1);
        box->setToolTip(tr("How many linear pieces each maxout unit takes the maximum of."));
    } else if (key == "channels" || key == "height" || key == "width") {
        // A reshape's target image: whole numbers; channels 0 takes as many as the values fill.
        box->setRange(key == "channels" ? 0 : 1, 100000);
        box->setDecimals(0);
        box->setSingleStep(1);
        box->setToolTip(key == "channels"
                            ? tr("Channels of the image; 0 takes as many as the values fill.")
                            : tr("In pixels; channels \u00d7 height \u00d7 width must equal the number of values that "
                                 "reach this layer."));
    } else {
        box->setToolTip(tr("Default %1.").arg(QLocale().toString(def.defaultValue)));
    }
    box->setValue(value);
    return box;
}

// ---- values ------------------------------------------------------------------

void LayerInspector::fillParams(ParamBoxes& boxes, const NamedSpec& spec) {
    for (auto& [key, box] : boxes) {
        const QSignalBlocker block(box);
        box->setValue(spec.get(key, box->value()));
    }
}

void LayerInspector::updateValues() {
    const Experiment& e = m_doc->experiment();
    if (m_layer < 0 || m_layer >= int(e.network.layers.size())) return;
    const LayerSpec& l = e.network.layers[std::size_t(m_layer)];
    if (m_type) {
        const QSignalBlocker block(m_type);
        m_type->setCurrentIndex(m_type->findData(QString::fromStdString(l.type)));
    }
    if (m_units) {
        const QSignalBlocker block(m_units);
        m_units->setValue(int(l.units));
    }
    if (m_activation) {
        const QSignalBlocker block(m_activation);
        m_activation->setCurrentIndex(m_activation->findData(QString::fromStdString(l.activation.name)));
        fillParams(m_activationParams, l.activation);
    }
    if (m_weightInit) {
        const QSignalBlocker block(m_weightInit);
        m_weightInit->setCurrentIndex(m_weightInit->findData(QString::fromStdString(l.weightInit.name)));
        fillParams(m_weightParams, l.weightInit);
    }
    if (m_biasInit) {
        const QSignalBlocker block(m_biasInit);
        m_biasInit->setCurrentIndex(m_biasInit->findData(QString::fromStdString(l.biasInit.name)));
        fillParams(m_biasParams, l.biasInit);
    }
    for (auto& [key, box] : m_options) {
        const QSignalBlocker block(box);
        box->setValue(l.option(key, box->value()));
    }
    if (m_batchNorm) {
        const QSignalBlocker block(m_batchNorm);
        m_batchNorm->setChecked(NetworkEdits::hasChip(e, m_layer, "batchnorm"));
    }
    if (m_dropout) {
        const QSignalBlocker block(m_dropout);
        m_dropout->setChecked(NetworkEdits::hasChip(e, m_layer, "dropout"));
    }
    if (m_dropRate) {
        const int chip = NetworkEdits::chipIndex(e, m_layer, "dropout");
        const QSignalBlocker block(m_dropRate);
        if (chip >= 0) m_dropRate->setValue(e.network.layers[std::size_t(chip)].option("rate", 0.5));
    }
    if (m_followTask) {
        const QSignalBlocker block(m_followTask);
        m_followTask->setChecked(NetworkEdits::outputFollowsTask(e) && !m_unlockOutput);
    }
}

}  // namespace nnlab
