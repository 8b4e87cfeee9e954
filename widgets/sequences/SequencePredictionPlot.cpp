#include "sequences/SequencePredictionPlot.h"

#include "common/FrameReplot.h"
#include "explorers/ExplorerStyle.h"
#include "sequences/SequenceFrame.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

constexpr int kMaxCurves = 3;  // outputs or features drawn; more would be a tangle

bool onlyZerosAndOnes(const Matrix& m, Index column) {
    for (Index r = 0; r < m.rows(); ++r)
        if (m(r, column) != 0.0 && m(r, column) != 1.0) return false;
    return m.rows() > 0;
}

QString num(double v) { return QLocale().toString(v, 'g', 3); }

}  // namespace

SequencePredictionPlot::SequencePredictionPlot(QWidget* parent) : QWidget(parent) {
    m_plot = new QCustomPlot(this);
    FrameReplot::paintWithTheWindow(m_plot);
    explorer::setupPlot(m_plot, tr("time step t"), tr("value"), true);
    m_plot->setMinimumSize(240, 170);
    explorer::legendBelow(m_plot, 2);
    m_plot->setToolTip(tr("The chosen validation sequence: what goes in at every step and what the network answers."));
    m_readout = new QLabel(this);
    m_readout->setObjectName(QStringLiteral("sequencePredictionReadout"));
    m_readout->setWordWrap(true);
    m_readout->setToolTip(tr("A many-to-one network answers once, after the last step: drawn one step to the right."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readout);
    layout->addWidget(m_plot, 1);
}

void SequencePredictionPlot::showFrame(const SequenceFrame& f) {
    const Index shownOutputs = std::min<Index>(kMaxCurves, f.prediction.cols());
    const Index shownFeatures = std::min<Index>(kMaxCurves, f.inputs.cols());
    const QString key = QStringLiteral("%1/%2/%3").arg(f.manyToMany).arg(shownOutputs).arg(shownFeatures);
    if (key != m_layoutKey) {
        m_layoutKey = key;
        m_plot->clearGraphs();
        if (f.manyToMany) {
            for (Index k = 0; k < shownOutputs; ++k) {
                const QString suffix = shownOutputs > 1 ? QStringLiteral(" %1").arg(k + 1) : QString();
                QCPGraph* target = m_plot->addGraph();
                target->setName(tr("target") + suffix);
                target->setPen(QPen(explorer::seriesColor(int(2 * k)), 2.0, Qt::DashLine));
                QCPGraph* prediction = m_plot->addGraph();
                prediction->setName(tr("prediction") + suffix);
                prediction->setPen(QPen(explorer::seriesColor(int(2 * k + 1)), 2.0));
            }
        } else {
            for (Index j = 0; j < shownFeatures; ++j) {
                QCPGraph* input = m_plot->addGraph();
                input->setName(tr("input %1").arg(j + 1));
                input->setPen(QPen(explorer::seriesColor(j == 0 ? 0 : int(j + 3)), 1.5));
            }
            QCPGraph* target = m_plot->addGraph();
            target->setName(tr("target"));
            target->setLineStyle(QCPGraph::lsNone);
            target->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, explorer::seriesColor(2), 10));
            QCPGraph* prediction = m_plot->addGraph();
            prediction->setName(tr("prediction"));
            prediction->setLineStyle(QCPGraph::lsNone);
            prediction->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, QPen(explorer::seriesColor(1), 2.5), Qt::NoBrush, 12));
        }
    }
    QVector<double> t(static_cast<int>(f.steps));
    for (int i = 0; i < t.size(); ++i) t[i] = i;
    int g = 0;
    if (f.manyToMany) {
        for (Index k = 0; k < shownOutputs; ++k) {
            QVector<double> target(t.size()), prediction(t.size());
            for (int i = 0; i < t.size() && i < f.prediction.rows(); ++i) {
                prediction[i] = f.prediction(i, k);
                target[i] = i < f.target.rows() && k < f.target.cols() ? f.target(i, k) : qQNaN();
            }
            m_plot->graph(g++)->setData(t, target, true);
            m_plot->graph(g++)->setData(t, prediction, true);
        }
        m_readout->setText(tr("Sequence %1: loss %2").arg(f.sample + 1).arg(num(f.loss)));
    } else {
        for (Index j = 0; j < shownFeatures; ++j) {
            QVector<double> v(t.size());
            for (int i = 0; i < t.size() && i < f.inputs.rows(); ++i) v[i] = f.inputs(i, j);
            QCPGraph* graph = m_plot->graph(g++);
            // A marker feature (0 or 1) reads best as bars at its steps.
            graph->setLineStyle(onlyZerosAndOnes(f.inputs, j) ? QCPGraph::lsImpulse : QCPGraph::lsLine);
            graph->setData(t, v, true);
        }
        // The answer comes after the last step: drawn one step to the right.
        const double answerAt = double(f.steps);
        const bool classes = f.prediction.cols() > 1;
        const double target = !classes && f.target.size() > 0 ? f.target(0, 0) : qQNaN();
        const double prediction = !classes && f.prediction.size() > 0 ? f.prediction(0, 0) : qQNaN();
        m_plot->graph(g++)->setData({answerAt}, {target});
        m_plot->graph(g++)->setData({answerAt}, {prediction});
        if (classes) {
            // Several outputs: a class per output; the target an index or one-hot.
            Index guess = 0, truth = 0;
            f.prediction.row(0).maxCoeff(&guess);
            if (f.target.cols() == 1) truth = Index(std::lround(f.target(0, 0)));
            else if (f.target.size() > 0) f.target.row(0).maxCoeff(&truth);
            m_readout->setText(tr("Sequence %1: class %2 predicted, class %3 true, loss %4")
                                   .arg(f.sample + 1)
                                   .arg(QLocale().toString(qlonglong(guess)), QLocale().toString(qlonglong(truth)), num(f.loss)));
        } else {
            m_readout->setText(tr("Sequence %1: target %2, prediction %3, loss %4")
                                   .arg(f.sample + 1)
                                   .arg(num(target), num(prediction), num(f.loss)));
        }
    }
    m_plot->rescaleAxes();
    m_plot->xAxis->setRange(-0.5, double(f.steps) + (f.manyToMany ? -0.5 : 0.8));
    const QCPRange y = m_plot->yAxis->range();
    const double pad = std::max(0.05, 0.08 * y.size());
    m_plot->yAxis->setRange(y.lower - pad, y.upper + pad);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace nnlab
