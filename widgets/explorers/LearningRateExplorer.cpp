#include "explorers/LearningRateExplorer.h"

#include "common/NumberSpinBox.h"
#include "explorers/ExplorerStyle.h"
#include "explorers/LearningRate.h"
#include "explorers/SurfaceMap.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

// Too small, good (near 1/(2x^2)), oscillating, diverging, for x = 3.
constexpr double kDefaultAlphas[] = {0.005, 0.05, 0.1, 0.12};
const QColor kGood(0x2c, 0xa0, 0x2c), kWarn(0xe0, 0x8a, 0x00), kBad(0xd6, 0x27, 0x28), kNone(0x70, 0x70, 0x70);

QColor regimeColor(LrRegime r) {
    switch (r) {
        case LrRegime::Monotone:
        case LrRegime::OneStep: return kGood;
        case LrRegime::Oscillating: return kWarn;
        case LrRegime::Bouncing:
        case LrRegime::Diverging: return kBad;
        case LrRegime::NoProgress: break;
    }
    return kNone;
}

QString regimeText(LrRegime r) {
    switch (r) {
        case LrRegime::NoProgress: return LearningRateExplorer::tr("no progress: w never moves");
        case LrRegime::Monotone: return LearningRateExplorer::tr("monotone: converges");
        case LrRegime::OneStep: return LearningRateExplorer::tr("lands on w* in one step");
        case LrRegime::Oscillating: return LearningRateExplorer::tr("overshoots, alternates: converges");
        case LrRegime::Bouncing: return LearningRateExplorer::tr("bounces between two points forever");
        case LrRegime::Diverging: return LearningRateExplorer::tr("overshoots more each step: diverges");
    }
    return QString();
}

QCustomPlot* smallPlot(QWidget* parent, const QString& tip) {
    auto* p = new QCustomPlot(parent);
    p->setMinimumSize(150, 110);
    p->setToolTip(tip);
    QFont small = parent->font();
    small.setPointSize(qMax(7, small.pointSize() - 1));
    for (QCPAxis* a : {p->xAxis, p->yAxis}) {
        a->setTickLabelFont(small);
        a->setLabelFont(small);
    }
    p->axisRect()->setAutoMargins(QCP::msLeft | QCP::msBottom);
    p->axisRect()->setMargins(QMargins(0, 6, 8, 0));
    return p;
}

}  // namespace

LearningRateExplorer::LearningRateExplorer(QWidget* parent) : QWidget(parent) {
    auto* formula = new QLabel(this);
    formula->setTextFormat(Qt::RichText);
    formula->setText(tr("E(w) = (x&thinsp;w &minus; y)<sup>2</sup>, &nbsp; dE/dw = 2x(x&thinsp;w &minus; y), &nbsp; "
                        "one SGD step: w &minus; w* &larr; (1 &minus; 2&alpha;x<sup>2</sup>)(w &minus; w*), &nbsp; "
                        "w* = y/x"));
    formula->setToolTip(tr("The one-weight problem every column solves, and what one gradient step does to it."));
    auto makeBox = [this](double lo, double hi, double value, double step, const QString& tip) {
        auto* b = new QDoubleSpinBox(this);
        b->setRange(lo, hi);
        b->setDecimals(2);
        b->setSingleStep(step);
        b->setValue(value);
        b->setToolTip(tip);
        b->setKeyboardTracking(false);
        connect(b, &QDoubleSpinBox::valueChanged, this, &LearningRateExplorer::recompute);
        return b;
    };
    m_x = makeBox(0.1, 10.0, 3.0, 0.5, tr("The input x: the curvature 2x\u00b2 sets which rates are too large."));
    m_y = makeBox(-20.0, 20.0, 6.0, 0.5, tr("The target y; the best weight is w* = y/x."));
    m_w0 = makeBox(-20.0, 20.0, 0.0, 0.5, tr("The weight every run starts from."));
    m_steps = new QSpinBox(this);
    m_steps->setRange(1, 100);
    m_steps->setValue(15);
    m_steps->setToolTip(tr("How many SGD steps each run takes."));
    connect(m_steps, &QSpinBox::valueChanged, this, &LearningRateExplorer::recompute);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("x"), this));
    top->addWidget(m_x);
    top->addWidget(new QLabel(tr("y"), this));
    top->addWidget(m_y);
    top->addWidget(new QLabel(tr("w\u2080"), this));
    top->addWidget(m_w0);
    top->addWidget(new QLabel(tr("steps"), this));
    top->addWidget(m_steps);
    top->addStretch(1);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    for (int i = 0; i < kColumns; ++i) {
        buildColumn(i, kDefaultAlphas[i]);
        Column& c = m_columns[std::size_t(i)];
        auto* alphaRow = new QHBoxLayout;
        auto* swatch = new QLabel(this);
        swatch->setFixedSize(12, 12);
        swatch->setStyleSheet(QStringLiteral("background: %1;").arg(SurfaceMap::racerColor(i).name()));
        alphaRow->addWidget(swatch);
        auto* alphaLabel = new QLabel(QStringLiteral("\u03b1"), this);
        alphaLabel->setObjectName(QStringLiteral("alphaLabel%1").arg(i));
        // The row had no spacing, and the glyph's ink runs past its advance:
        // the spin box's frame covered the end of the "α".
        alphaLabel->setContentsMargins(0, 0, 2, 0);
        alphaRow->setSpacing(4);
        alphaRow->addWidget(alphaLabel);
        alphaRow->addWidget(c.alpha, 1);
        grid->addLayout(alphaRow, 0, i);
        grid->addWidget(c.header, 1, i);
        grid->addWidget(c.path, 2, i);
        grid->addWidget(c.loss, 3, i);
        grid->setColumnStretch(i, 1);
    }
    grid->setRowStretch(2, 3);
    grid->setRowStretch(3, 2);

    m_bands = new QCustomPlot(this);
    m_bands->setMinimumSize(300, 130);
    m_bands->setToolTip(tr("The step factor 1 \u2212 2\u03b1x\u00b2 against \u03b1: |factor| < 1 converges, |factor| > 1 diverges."));
    m_bands->xAxis->setLabel(QStringLiteral("\u03b1"));
    m_bands->yAxis->setLabel(tr("factor"));
    m_remark = new QLabel(this);
    m_remark->setWordWrap(true);
    m_remark->setTextFormat(Qt::RichText);
    m_remark->setMinimumWidth(260);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_bands, 3);
    bottom->addWidget(m_remark, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(formula);
    layout->addLayout(top);
    layout->addLayout(grid, 3);
    layout->addLayout(bottom, 1);
    recompute();
}

void LearningRateExplorer::buildColumn(int i, double alpha) {
    Column& c = m_columns[std::size_t(i)];
    c.alpha = new NumberSpinBox(this);
    c.alpha->setObjectName(QStringLiteral("alpha%1").arg(i));
    c.alpha->setMinimumWidth(70);
    c.alpha->setRange(0.0, 10.0);
    c.alpha->setLogSteps(false);
    c.alpha->setSingleStep(0.005);
    c.alpha->setValue(alpha);
    c.alpha->setToolTip(tr("The learning rate \u03b1 of this column."));
    connect(c.alpha, &QDoubleSpinBox::valueChanged, this, &LearningRateExplorer::recompute);
    c.header = new QLabel(this);
    c.header->setTextFormat(Qt::RichText);
    c.header->setWordWrap(true);
    // Two lines in every column, so the plots below line up.
    c.header->setFixedHeight(2 * c.header->fontMetrics().lineSpacing() + 4);
    c.header->setToolTip(tr("The step factor for this \u03b1 and what it does."));
    const QColor color = SurfaceMap::racerColor(i);
    c.path = smallPlot(this, tr("The path w\u2080, w\u2081, ... on the parabola E(w)."));
    c.path->xAxis->setLabel(QStringLiteral("w"));
    c.parabola = c.path->addGraph();
    c.parabola->setPen(QPen(QColor(0x90, 0x90, 0x90), 1.2));
    c.pathCurve = new QCPCurve(c.path->xAxis, c.path->yAxis);
    c.pathCurve->setPen(QPen(color, 1.4));
    c.pathCurve->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, 5));
    c.loss = smallPlot(this, tr("The loss E(w\u2096) per step, on a log scale."));
    c.loss->xAxis->setLabel(tr("step"));
    c.loss->yAxis->setScaleType(QCPAxis::stLogarithmic);
    c.loss->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    c.loss->yAxis->setNumberFormat(QStringLiteral("eb"));
    c.loss->yAxis->setNumberPrecision(0);
    QCPGraph* g = c.loss->addGraph();
    g->setPen(QPen(color, 1.6));
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, 4));
}

void LearningRateExplorer::recompute() {
    for (int i = 0; i < kColumns; ++i) updateColumn(i);
    updateBands();
    const QLocale l;
    const double x = m_x->value();
    m_remark->setText(
        tr("For x = %1 the rate must stay below 1/x\u00b2 = %2 to converge and below 1/(2x\u00b2) = %3 not to "
           "overshoot. With x = 3: \u03b1 = 0.1 gives factor −0.8 (converges), \u03b1 = 0.12 gives "
           "−1.16 (diverges).")
            .arg(l.toString(x, 'g', 3), l.toString(lrStableLimit(x), 'g', 3), l.toString(lrMonotoneLimit(x), 'g', 3)) +
        QStringLiteral("<br>") +
        explorer::notesError(tr("the notes say a too-large learning rate makes the model “converge\u201d; "
                                "it overshoots the minimum and, past 1/x\u00b2, diverges.")));
}

void LearningRateExplorer::updateColumn(int i) {
    Column& c = m_columns[std::size_t(i)];
    const double x = m_x->value(), y = m_y->value(), w0 = m_w0->value(), alpha = c.alpha->value();
    const LrRun run = runLearningRate(x, y, w0, alpha, m_steps->value());
    const double f = lrFactor(alpha, x);
    const LrRegime regime = lrRegime(alpha, x);
    const QLocale l;
    // A factor near 1 converges too, but so slowly that the rate is too small in practice.
    const QString what = regime == LrRegime::Monotone && f > 0.8 ? tr("too small: converges slowly")
                                                                 : regimeText(regime);
    c.header->setText(tr("factor 1 &minus; 2&alpha;x<sup>2</sup> = <b>%1</b><br><span style='color:%2'>%3</span>")
                          .arg(l.toString(f, 'f', 3), regimeColor(regime).name(), what));

    // The parabola around w*, wide enough for the start and a few overshoots.
    const double wStar = y / x, reach = std::max(1.0, 1.6 * std::abs(w0 - wStar));
    QVector<double> pw, pe;
    for (int k = 0; k <= 100; ++k) {
        const double w = wStar - reach + 2.0 * reach * k / 100.0;
        pw.push_back(w);
        pe.push_back((x * w - y) * (x * w - y));
    }
    c.parabola->setData(pw, pe, true);
    QVector<double> t, cw, ce;
    for (std::size_t k = 0; k < run.w.size(); ++k) {
        t.push_back(double(k));
        cw.push_back(run.w[k]);
        ce.push_back(run.loss[k]);
    }
    c.pathCurve->setData(t, cw, ce, true);
    const double top = x * x * reach * reach;
    c.path->xAxis->setRange(wStar - reach, wStar + reach);
    c.path->yAxis->setRange(-0.04 * top, 1.08 * top);
    c.path->replot(QCustomPlot::rpQueuedReplot);

    QVector<double> loss;
    for (double e : run.loss) loss.push_back(std::max(e, 1e-30));
    c.loss->graph(0)->setData(t, loss, true);
    c.loss->rescaleAxes();
    const QCPRange r = c.loss->yAxis->range();
    c.loss->yAxis->setRange(std::max(r.lower, r.upper * 1e-30) / 3, r.upper * 3);
    c.loss->xAxis->setRange(0, std::max(1, m_steps->value()));
    c.loss->replot(QCustomPlot::rpQueuedReplot);
}

void LearningRateExplorer::updateBands() {
    const double x = m_x->value();
    const double a1 = lrMonotoneLimit(x), a2 = lrStableLimit(x);
    double aMax = 1.5 * a2;
    for (const Column& c : m_columns) aMax = std::max(aMax, 1.1 * c.alpha->value());
    const double fMin = std::min(-1.6, lrFactor(aMax, x));
    m_bands->clearItems();
    m_bands->clearGraphs();
    auto band = [&](double from, double to, const QColor& color, const QString& name) {
        auto* rect = new QCPItemRect(m_bands);
        rect->topLeft->setCoords(from, 1.15);
        rect->bottomRight->setCoords(to, fMin);
        QColor fill = color;
        fill.setAlpha(40);
        rect->setBrush(fill);
        rect->setPen(Qt::NoPen);
        rect->setLayer(QStringLiteral("background"));
        auto* text = new QCPItemText(m_bands);
        text->position->setCoords(0.5 * (from + to), 1.15);
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
        text->setText(name);
        text->setColor(color.darker(140));
        text->setClipToAxisRect(true);
    };
    band(0.0, a1, kGood, tr("monotone"));
    band(a1, a2, kWarn, tr("oscillating, converging"));
    band(a2, aMax, kBad, tr("diverging"));
    for (double level : {0.0, -1.0, 1.0}) {
        auto* line = new QCPItemStraightLine(m_bands);
        line->point1->setCoords(0.0, level);
        line->point2->setCoords(1.0, level);
        line->setPen(QPen(QColor(0x60, 0x60, 0x60), 0.8, Qt::DashLine));
    }
    QCPGraph* factor = m_bands->addGraph();
    factor->setPen(QPen(Qt::black, 1.5));
    factor->setData({0.0, aMax}, {lrFactor(0.0, x), lrFactor(aMax, x)});
    for (int i = 0; i < kColumns; ++i) {
        const double a = m_columns[std::size_t(i)].alpha->value();
        QCPGraph* mark = m_bands->addGraph();
        mark->setLineStyle(QCPGraph::lsNone);
        mark->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(SurfaceMap::racerColor(i), 2.2),
                                              QBrush(Qt::white), 9));
        mark->setData({a}, {lrFactor(a, x)});
    }
    m_bands->xAxis->setRange(0.0, aMax);
    m_bands->yAxis->setRange(fMin, 1.15);
    m_bands->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace nnlab
