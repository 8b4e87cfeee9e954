#include "sequences/SequencePanel.h"

#include "experiment/ExperimentJson.h"
#include "sequences/GateActivityPlot.h"
#include "sequences/HiddenStateMap.h"
#include "sequences/SequencePredictionPlot.h"
#include "sequences/TimeGradientPlot.h"
#include "sequences/UnrolledNetworkView.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>

namespace nnlab {
namespace {

QString cellTypeName(const std::string& type) {
    if (type == "lstm") return SequencePanel::tr("LSTM");
    if (type == "gru") return SequencePanel::tr("GRU");
    return SequencePanel::tr("RNN");
}

std::string setupKey(const Experiment& e) { return experimentToJson(withOtherRecurrentCell(e)).dump(); }

}  // namespace

SequencePanel::SequencePanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("sequencePanel"));
    m_empty = new QLabel(tr("For recurrent networks (rnn, lstm or gru layers) on sequence data: the prediction "
                            "for one validation sequence, the hidden states and gates over its time steps, and "
                            "how much gradient reaches each step. Open Examples > adding problem to see it."),
                         this);
    m_empty->setObjectName(QStringLiteral("sequenceEmptyNote"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(16);

    m_content = new QWidget(this);
    m_sampleBox = new QSpinBox(m_content);
    m_sampleBox->setObjectName(QStringLiteral("sequenceSampleBox"));
    m_sampleBox->setRange(1, 1);
    m_sampleBox->setToolTip(tr("Which validation sequence the plots show."));
    m_sampleSlider = new QSlider(Qt::Horizontal, m_content);
    m_sampleSlider->setRange(1, 1);
    m_sampleSlider->setToolTip(m_sampleBox->toolTip());
    m_sampleCount = new QLabel(m_content);
    connect(m_sampleBox, qOverload<int>(&QSpinBox::valueChanged), this, [this](int v) { setSample(v - 1); });
    connect(m_sampleSlider, &QSlider::valueChanged, this, [this](int v) { setSample(v - 1); });
    m_cell = new QComboBox(m_content);
    m_cell->setToolTip(tr("The recurrent layer whose hidden states, gates and gradient are shown."));
    connect(m_cell, &QComboBox::currentIndexChanged, this, [this] { showCell(); });
    m_compare = new QPushButton(tr("Compare with RNN"), m_content);
    m_compare->setObjectName(QStringLiteral("sequenceCompareButton"));
    m_compare->setToolTip(tr("Train the other kind of cell (a plain RNN for an LSTM or GRU, an LSTM for a plain "
                             "RNN) on the same data for as many steps, in the background, and draw its gradient "
                             "through time beside this run's."));
    connect(m_compare, &QPushButton::clicked, this, &SequencePanel::compare);
    m_compareNote = new QLabel(m_content);
    m_compareNote->setWordWrap(true);

    m_prediction = new SequencePredictionPlot(m_content);
    m_hidden = new HiddenStateMap(m_content);
    m_gates = new GateActivityPlot(m_content);
    m_gradient = new TimeGradientPlot(m_content);
    m_unrolled = new UnrolledNetworkView(m_content);

    auto* sampleRow = new QHBoxLayout;
    sampleRow->addWidget(new QLabel(tr("Sequence"), m_content));
    sampleRow->addWidget(m_sampleBox);
    sampleRow->addWidget(m_sampleSlider, 1);
    sampleRow->addWidget(m_sampleCount);
    sampleRow->addWidget(m_cell);

    // One picture at a time, each with a readable height in a docked panel.
    m_views = new QTabWidget(m_content);
    m_views->setObjectName(QStringLiteral("sequenceViews"));
    m_views->setDocumentMode(true);
    auto* gradientPage = new QWidget(m_views);
    auto* compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compare);
    compareRow->addStretch(1);
    auto* gradientLayout = new QVBoxLayout(gradientPage);
    gradientLayout->setContentsMargins(0, 4, 0, 0);
    gradientLayout->addLayout(compareRow);
    gradientLayout->addWidget(m_compareNote);
    gradientLayout->addWidget(m_gradient, 1);
    m_views->addTab(m_prediction, tr("Prediction"));
    m_views->addTab(gradientPage, tr("Gradient"));
    m_views->addTab(m_hidden, tr("Hidden state"));
    m_views->addTab(m_gates, tr("Gates"));
    m_views->setTabToolTip(0, m_prediction->plot()->toolTip());
    m_views->setTabToolTip(1, m_gradient->plot()->toolTip());
    m_views->setTabToolTip(2, m_hidden->plot()->toolTip());
    m_views->setTabToolTip(3, m_gates->plot()->toolTip());
    m_views->addTab(m_unrolled, tr("Unrolled"));
    m_views->setTabToolTip(4, tr("The recurrent network unrolled over the time steps of the chosen sequence: "
                                 "inputs, cells and outputs at every step. Hover a box to read its values."));

    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(sampleRow);
    layout->addWidget(m_views, 1);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_empty, 1);
    outer->addWidget(m_content, 1);
    m_content->hide();
    showComparison();
}

bool SequencePanel::hasRecurrentLayer(const Experiment& experiment) {
    std::string other;
    withOtherRecurrentCell(experiment, &other);
    return !other.empty();
}

long SequencePanel::sample() const { return long(m_sampleBox->value()) - 1; }

void SequencePanel::setSample(long sample) {
    {
        const QSignalBlocker a(m_sampleBox), b(m_sampleSlider);
        m_sampleBox->setValue(int(sample + 1));
        m_sampleSlider->setValue(int(sample + 1));
    }
    showComparison();
    emit sequenceWanted(this->sample());
}

void SequencePanel::setExperiment(const Experiment& experiment) {
    m_experiment = experiment;
    withOtherRecurrentCell(experiment, &m_otherType);
    m_compare->setText(tr("Compare with %1").arg(cellTypeName(m_otherType.empty() ? "rnn" : m_otherType)));
    m_compare->setEnabled(!m_otherType.empty() && m_jobs.pending() == 0);
    // A comparison trained on other settings compares nothing any more.
    if (!m_comparedSetup.empty() && setupKey(experiment) != m_comparedSetup) {
        m_comparison = RecurrentComparison{};
        m_comparedSetup.clear();
        showComparison();
    }
}

void SequencePanel::showSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    SequenceFrame frame = readSequenceFrame(*snapshot);
    if (!frame.valid) {
        // Frames without sequence payloads (a dense network, or sent before
        // the worker heard which sequence) leave a shown sequence as it is,
        // unless the network has no recurrent layer any more.
        if (!snapshot->layers.empty() && m_frame.valid && m_otherType.empty()) {
            m_frame = SequenceFrame{};
            m_content->hide();
            m_empty->show();
        }
        return;
    }
    m_frame = std::move(frame);
    m_empty->hide();
    m_content->show();
    const int count = int(std::max<long>(1, m_frame.sampleCount));
    if (m_sampleBox->maximum() != count) {
        const QSignalBlocker a(m_sampleBox), b(m_sampleSlider);
        m_sampleBox->setRange(1, count);
        m_sampleSlider->setRange(1, count);
        m_sampleCount->setText(tr("of %1").arg(QLocale().toString(count)));
    }
    QStringList names;
    for (const SequenceCellFrame& c : m_frame.cells) names << QString::fromStdString(c.name);
    QStringList shown;
    for (int i = 0; i < m_cell->count(); ++i) shown << m_cell->itemText(i);
    if (names != shown) {
        const QSignalBlocker block(m_cell);
        m_cell->clear();
        m_cell->addItems(names);
    }
    m_cell->setVisible(names.size() > 1);
    m_prediction->showFrame(m_frame);
    m_unrolled->showFrame(m_frame);
    showCell();
}

QString SequencePanel::cellLabel(const SequenceCellFrame& cell) const {
    const int gates = cell.gateCount();
    const QString type = cellTypeName(gates == 4 ? "lstm" : gates == 3 ? "gru" : "rnn");
    return tr("%1, this run (step %2)").arg(type, QLocale().toString(qulonglong(m_frame.step)));
}

void SequencePanel::showCell() {
    if (m_frame.cells.empty()) return;
    const int i = std::clamp(m_cell->currentIndex(), 0, int(m_frame.cells.size()) - 1);
    const SequenceCellFrame& cell = m_frame.cells[std::size_t(i)];
    m_hidden->showCell(cell);
    m_gates->showCell(cell);
    m_gradient->showCell(cell, cellLabel(cell));
}

void SequencePanel::compare() {
    if (m_otherType.empty() || m_jobs.pending() > 0) return;
    const Experiment experiment = m_experiment;
    // As many steps as this run has made (at least a few, at most what a
    // classroom waits for), so both cells have seen the same data.
    const std::uint64_t steps = std::clamp<std::uint64_t>(m_frame.step, 50, 5000);
    m_compare->setEnabled(false);
    m_compareNote->setText(tr("Training the %1 on the same data for %2 steps…")
                               .arg(cellTypeName(m_otherType), QLocale().toString(qulonglong(steps))));
    const std::string key = setupKey(experiment);
    m_jobs.run([experiment, steps] { return compareRecurrentCell(experiment, steps); },
               [this, key](RecurrentComparison result) {
                   m_comparison = std::move(result);
                   m_comparedSetup = m_comparison.error.empty() ? key : std::string();
                   m_compare->setEnabled(!m_otherType.empty());
                   showComparison();
                   emit comparisonFinished();
               });
}

void SequencePanel::showComparison() {
    const RecurrentComparison& c = m_comparison;
    if (!c.error.empty()) {
        m_compareNote->setText(tr("The comparison failed: %1").arg(QString::fromStdString(c.error)));
        m_gradient->setComparison(Matrix(), QString());
        return;
    }
    if (c.gradients.rows() == 0) {
        if (m_jobs.pending() == 0) m_compareNote->clear();
        m_compareNote->setVisible(m_jobs.pending() > 0);
        m_gradient->setComparison(Matrix(), QString());
        return;
    }
    m_compareNote->show();
    const Index row = std::clamp<Index>(Index(sample()), 0, c.gradients.rows() - 1);
    const QString type = cellTypeName(c.cellType);
    const QString steps = QLocale().toString(qulonglong(c.steps));
    m_gradient->setComparison(c.gradients.row(row), tr("%1, same data (%2 steps)").arg(type, steps));
    m_compareNote->setText(tr("The %1 trained %2 steps on the same data: mean validation loss %3 (dashed curve).")
                               .arg(type, steps, QLocale().toString(c.meanLoss, 'g', 3)));
}

}  // namespace nnlab
