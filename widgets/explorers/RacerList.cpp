#include "explorers/RacerList.h"

#include "common/NumberSpinBox.h"
#include "explorers/SurfaceMap.h"
#include "optimizers/Optimizer.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace nnlab {
namespace {

QString shortName(const std::string& key) {
    if (key == "lr") return RacerList::tr("lr");
    if (key == "momentum") return QStringLiteral("\u03bc");
    if (key == "beta1") return QStringLiteral("\u03b2\u2081");
    if (key == "beta2") return QStringLiteral("\u03b2\u2082");
    if (key == "eps") return QStringLiteral("\u03b5");
    if (key == "rho") return QStringLiteral("\u03c1");
    if (key == "weight_decay") return RacerList::tr("wd");
    return QString::fromStdString(key);
}

QString hyperTip(const std::string& key) {
    if (key == "lr") return RacerList::tr("Learning rate: how far each update moves the point.");
    if (key == "momentum") return RacerList::tr("Momentum: how much of the previous update is carried into the next one.");
    if (key == "beta1") return RacerList::tr("Decay rate of the running average of the gradients.");
    if (key == "beta2") return RacerList::tr("Decay rate of the running average of the squared gradients.");
    if (key == "eps") return RacerList::tr("A small number added to the denominator so that it is never zero.");
    if (key == "rho") return RacerList::tr("Decay rate of the running averages this optimizer keeps.");
    if (key == "weight_decay") return RacerList::tr("Pulls the point towards the origin a little at each update, besides the gradient.");
    return RacerList::tr("A hyperparameter of this optimizer.");
}

bool logScaled(const std::string& key) { return key == "lr" || key == "eps" || key == "weight_decay"; }

}  // namespace

RacerRow::RacerRow(const NamedSpec& spec, const QColor& color, QWidget* parent) : QWidget(parent) {
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    auto* swatch = new QLabel(this);
    swatch->setFixedSize(14, 14);
    swatch->setStyleSheet(QStringLiteral("background: %1; border: 1px solid #333;").arg(color.name()));
    swatch->setToolTip(tr("This racer's colour on the map and in the loss plot."));
    row->addWidget(swatch);

    m_optimizer = new QComboBox(this);
    m_optimizer->setToolTip(tr("The engine's optimizer this racer uses."));
    for (const OptimizerInfo& info : optimizerTable())
        m_optimizer->addItem(QCoreApplication::translate("Optimizer", info.label), QString::fromLatin1(info.name));
    m_optimizer->setCurrentIndex(m_optimizer->findData(QString::fromStdString(spec.name)));
    row->addWidget(m_optimizer);
    connect(m_optimizer, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_quiet) emit optimizerChosen(m_optimizer->currentData().toString());
    });

    m_hyperHost = new QWidget(this);
    auto* hyper = new QHBoxLayout(m_hyperHost);
    hyper->setContentsMargins(0, 0, 0, 0);
    hyper->setSpacing(3);
    row->addWidget(m_hyperHost);

    m_readout = new QLabel(this);
    m_readout->setMinimumWidth(120);
    m_readout->setToolTip(tr("Where this racer is now and how far its loss is above the minimum."));
    row->addWidget(m_readout, 1);

    auto* remove = new QToolButton(this);
    remove->setText(QStringLiteral("\u00d7"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove this racer."));
    connect(remove, &QToolButton::clicked, this, &RacerRow::removeRequested);
    row->addWidget(remove);

    buildHyperBoxes(spec);
}

void RacerRow::buildHyperBoxes(const NamedSpec& spec) {
    auto* layout = static_cast<QHBoxLayout*>(m_hyperHost->layout());
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_hyper.clear();
    for (const ParamDef& p : findOptimizer(spec.name).params) {
        const std::string key = p.key;
        auto* label = new QLabel(shortName(key), m_hyperHost);
        label->setToolTip(hyperTip(key));
        auto* box = new NumberSpinBox(m_hyperHost);
        box->setObjectName(QStringLiteral("hyper_") + QString::fromStdString(key));
        box->setMinimumWidth(64);
        box->setLogSteps(logScaled(key));
        box->setRange(0.0, key == "lr" ? 100.0
                                       : (key.rfind("beta", 0) == 0 || key == "rho" || key == "momentum") ? 0.999999 : 1e3);
        if (!logScaled(key)) box->setSingleStep(0.01);
        box->setValue(spec.get(key, p.defaultValue));
        box->setToolTip(hyperTip(key));
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_quiet) emit specChanged(this->spec());
        });
        layout->addWidget(label);
        layout->addWidget(box);
        m_hyper.emplace_back(key, box);
    }
}

NamedSpec RacerRow::spec() const {
    NamedSpec s(m_optimizer->currentData().toString().toStdString());
    for (const auto& [key, box] : m_hyper) s.params[key] = box->value();
    return s;
}

void RacerRow::setSpec(const NamedSpec& spec) {
    m_quiet = true;
    m_optimizer->setCurrentIndex(m_optimizer->findData(QString::fromStdString(spec.name)));
    buildHyperBoxes(spec);
    m_quiet = false;
}

void RacerRow::setReadout(const QString& text) { m_readout->setText(text); }

NumberSpinBox* RacerRow::hyperBox(const std::string& key) const {
    for (const auto& [k, box] : m_hyper)
        if (k == key) return box;
    return nullptr;
}

RacerList::RacerList(QWidget* parent) : QWidget(parent) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(3);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(3);
    outer->addLayout(m_rowsLayout);
    m_add = new QPushButton(tr("Add optimizer"), this);
    m_add->setToolTip(tr("Add another racer; it starts from the same point and catches up the steps already run."));
    connect(m_add, &QPushButton::clicked, this, &RacerList::addNext);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    outer->addLayout(buttons);
    outer->addStretch(1);
}

RacerRow* RacerList::appendRow(const NamedSpec& spec) {
    auto* row = new RacerRow(spec, SurfaceMap::racerColor(int(m_rows.size())), this);
    m_rows.push_back(row);
    m_rowsLayout->addWidget(row);
    connect(row, &RacerRow::specChanged, this, [this, row](const NamedSpec& s) { emit racerChanged(indexOf(row), s); });
    connect(row, &RacerRow::optimizerChosen, this, [this, row](const QString& name) {
        // A new kind starts from the table's defaults, with the surface's learning rate.
        NamedSpec s(name.toStdString());
        if (m_hint) s.params["lr"] = m_hint(s.name);
        row->setSpec(s);
        emit racerChanged(indexOf(row), row->spec());
    });
    connect(row, &RacerRow::removeRequested, this, [this, row] {
        const int i = indexOf(row);
        std::vector<NamedSpec> rest = specs();
        rest.erase(rest.begin() + i);
        setSpecs(rest);  // rebuilt, so the colours follow the indices as on the map
        emit racerRemoved(i);
    });
    m_add->setEnabled(int(m_rows.size()) < kMaxRacers);
    return row;
}

void RacerList::setSpecs(const std::vector<NamedSpec>& specs) {
    // deleteLater: a row may be inside its own signal (its remove button); hide it now.
    for (RacerRow* row : m_rows) {
        m_rowsLayout->removeWidget(row);
        row->hide();
        row->deleteLater();
    }
    m_rows.clear();
    for (const NamedSpec& s : specs) appendRow(s);
    m_add->setEnabled(int(m_rows.size()) < kMaxRacers);
}

std::vector<NamedSpec> RacerList::specs() const {
    std::vector<NamedSpec> out;
    for (const RacerRow* row : m_rows) out.push_back(row->spec());
    return out;
}

int RacerList::indexOf(RacerRow* row) const {
    return int(std::find(m_rows.begin(), m_rows.end(), row) - m_rows.begin());
}

void RacerList::addNext() {
    if (int(m_rows.size()) >= kMaxRacers) return;
    // The first table entry not racing yet, else SGD again.
    std::string name = "sgd";
    for (const OptimizerInfo& info : optimizerTable()) {
        bool used = false;
        for (const RacerRow* row : m_rows) used = used || row->spec().name == info.name;
        if (!used) {
            name = info.name;
            break;
        }
    }
    NamedSpec s(name);
    if (m_hint) s.params["lr"] = m_hint(name);
    appendRow(s);
    emit racerAdded(m_rows.back()->spec());
}

}  // namespace nnlab
