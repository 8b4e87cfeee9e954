#include "explorers/CapacityExplorer.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

constexpr int kValidationPoints = 200;
const QColor kTrainColor(0x1f, 0x77, 0xb4), kValColor(0xff, 0x7f, 0x0e), kFitColor(0xd6, 0x27, 0x28);

void setupLegend(QCustomPlot* plot, const QFont& base, Qt::Alignment where) {
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(base.family(), qMax(7, base.pointSize() - 2)));
    plot->legend->setBrush(QColor(255, 255, 255, 210));
    plot->legend->setRowSpacing(-3);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, where);
}

QString lambdaText(double v) {
    return v == 0.0 ? CapacityExplorer::tr("off") : QLocale().toString(v, 'g', 2);
}

}  // namespace

double CapacityExplorer::lambdaFromSlider(int position) {
    if (position <= 0) return 0.0;
    return std::pow(10.0, -6.0 + 6.0 * (position - 1) / double(kLambdaSteps - 1));
}

CapacityExplorer::CapacityExplorer(QWidget* parent) : QWidget(parent) {
    m_target = new QComboBox(this);
    m_target->setToolTip(tr("The true function the noisy points are drawn around."));
    for (const PolyTargetInfo& t : polyTargetTable())
        m_target->addItem(QCoreApplication::translate("PolyTarget", t.label), QString::fromLatin1(t.name));
    m_points = new QSpinBox(this);
    m_points->setRange(5, 200);
    m_points->setValue(20);
    m_points->setToolTip(tr("Training points; more data lets a flexible model overfit less."));
    m_noise = new QDoubleSpinBox(this);
    m_noise->setRange(0.0, 1.0);
    m_noise->setSingleStep(0.05);
    m_noise->setValue(0.2);
    m_noise->setKeyboardTracking(false);
    m_noise->setToolTip(tr("Standard deviation of the Gaussian noise added to every y."));
    m_newSample = new QPushButton(tr("New sample"), this);
    m_newSample->setToolTip(tr("Draw new training and validation points from the same function."));

    auto slider = [this](int lo, int hi, int value, const QString& tip) {
        auto* s = new QSlider(Qt::Horizontal, this);
        s->setRange(lo, hi);
        s->setValue(value);
        s->setToolTip(tip);
        s->setMinimumWidth(120);
        return s;
    };
    m_degree = slider(1, kMaxDegree, 3, tr("The polynomial degree: the model's capacity."));
    m_degree->setPageStep(1);
    m_degree->setTickPosition(QSlider::TicksBelow);
    m_l2 = slider(0, kLambdaSteps, 0, tr("L2 strength \u03bb\u2082 (log scale; far left is off)."));
    m_l1 = slider(0, kLambdaSteps, 0, tr("L1 strength \u03bb\u2081 (log scale; far left is off)."));
    m_degreeLabel = new QLabel(this);
    m_l2Label = new QLabel(this);
    m_l1Label = new QLabel(this);
    for (QLabel* l : {m_degreeLabel, m_l2Label, m_l1Label}) l->setMinimumWidth(42);

    auto* row1 = new QHBoxLayout;
    row1->addWidget(new QLabel(tr("True function"), this));
    row1->addWidget(m_target);
    row1->addWidget(new QLabel(tr("Training points"), this));
    row1->addWidget(m_points);
    row1->addWidget(new QLabel(tr("Noise \u03c3"), this));
    row1->addWidget(m_noise);
    row1->addWidget(m_newSample);
    row1->addStretch(1);
    auto* row2 = new QHBoxLayout;
    row2->addWidget(new QLabel(tr("Degree"), this));
    row2->addWidget(m_degree, 2);
    row2->addWidget(m_degreeLabel);
    row2->addSpacing(10);
    row2->addWidget(new QLabel(tr("L2 \u03bb\u2082"), this));
    row2->addWidget(m_l2, 1);
    row2->addWidget(m_l2Label);
    row2->addSpacing(10);
    row2->addWidget(new QLabel(tr("L1 \u03bb\u2081"), this));
    row2->addWidget(m_l1, 1);
    row2->addWidget(m_l1Label);

    buildPlots();
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_errorPlot);
    right->addWidget(m_coefPlot);
    auto* plots = new QSplitter(Qt::Horizontal, this);
    plots->addWidget(m_fitPlot);
    plots->addWidget(right);
    plots->setStretchFactor(0, 3);
    plots->setStretchFactor(1, 2);
    plots->setSizes({600, 400});

    m_readout = new QLabel(this);
    m_readout->setTextFormat(Qt::RichText);
    m_readout->setToolTip(tr("The current fit's errors and how many coefficients L1 set to exactly zero."));
    auto* about = new QLabel(this);
    about->setWordWrap(true);
    about->setTextFormat(Qt::RichText);
    about->setText(tr(
        "Model y&#770; = c<sub>0</sub> + c<sub>1</sub>x + &hellip; + c<sub>d</sub>x<sup>d</sup> on x &isin; [&minus;1, 1], "
        "fitted by minimising J = MSE + &lambda;<sub>2</sub>&sum;c<sub>k</sub><sup>2</sup> + "
        "&lambda;<sub>1</sub>&sum;|c<sub>k</sub>| over k &ge; 1 (the engine's convention: no &frac12;, no 1/n; "
        "the intercept c<sub>0</sub> is not penalised). Low degree underfits, high degree overfits: training "
        "error keeps falling while validation error turns up. <b>L2</b> (closed form) shrinks every coefficient "
        "smoothly. <b>L1</b> is solved by coordinate descent (finished by an exact solve on its support) whose "
        "soft-threshold step "
        "c<sub>k</sub> &larr; S(z, &lambda;<sub>1</sub>/2) / (G<sub>kk</sub> + &lambda;<sub>2</sub>) returns "
        "exactly 0 whenever |z| &le; &lambda;<sub>1</sub>/2, so unneeded powers drop out (&times; marks); "
        "a plain gradient step on &lambda;<sub>1</sub>|c| would only jitter around 0."));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addWidget(plots, 1);
    layout->addWidget(m_readout);
    layout->addWidget(about);

    connect(m_target, &QComboBox::currentIndexChanged, this, &CapacityExplorer::resample);
    connect(m_points, &QSpinBox::valueChanged, this, &CapacityExplorer::resample);
    connect(m_noise, &QDoubleSpinBox::valueChanged, this, &CapacityExplorer::resample);
    connect(m_newSample, &QPushButton::clicked, this, [this] {
        ++m_seed;
        resample();
    });
    connect(m_degree, &QSlider::valueChanged, this, &CapacityExplorer::refit);
    connect(m_l2, &QSlider::valueChanged, this, &CapacityExplorer::refit);
    connect(m_l1, &QSlider::valueChanged, this, &CapacityExplorer::refit);
    resample();
}

void CapacityExplorer::buildPlots() {
    m_fitPlot = new QCustomPlot(this);
    m_fitPlot->setMinimumSize(280, 220);
    m_fitPlot->setToolTip(tr("The data, the true function and the fitted polynomial."));
    m_fitPlot->xAxis->setLabel(QStringLiteral("x"));
    m_fitPlot->yAxis->setLabel(QStringLiteral("y"));
    m_truth = m_fitPlot->addGraph();
    m_truth->setName(tr("true function"));
    m_truth->setPen(QPen(QColor(0x60, 0x60, 0x60), 1.5, Qt::DashLine));
    m_val = m_fitPlot->addGraph();
    m_val->setName(tr("validation points"));
    m_val->setLineStyle(QCPGraph::lsNone);
    m_val->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(kValColor, 1.0), Qt::NoBrush, 4));
    m_train = m_fitPlot->addGraph();
    m_train->setName(tr("training points"));
    m_train->setLineStyle(QCPGraph::lsNone);
    m_train->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kTrainColor, 7));
    m_fit = m_fitPlot->addGraph();
    m_fit->setName(tr("fit"));
    m_fit->setPen(QPen(kFitColor, 2.2));
    setupLegend(m_fitPlot, font(), Qt::AlignTop | Qt::AlignLeft);

    m_errorPlot = new QCustomPlot(this);
    m_errorPlot->setMinimumSize(220, 150);
    m_errorPlot->setToolTip(tr("Training and validation error of every degree under the current penalties; the shading is the gap."));
    m_errorPlot->xAxis->setLabel(tr("degree (capacity)"));
    m_errorPlot->yAxis->setLabel(tr("MSE"));
    m_errorPlot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_errorPlot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    m_errorPlot->yAxis->setNumberFormat(QStringLiteral("gb"));
    m_trainError = m_errorPlot->addGraph();
    m_trainError->setName(tr("training"));
    m_trainError->setPen(QPen(kTrainColor, 2.0));
    m_trainError->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kTrainColor, 5));
    m_valError = m_errorPlot->addGraph();
    m_valError->setName(tr("validation"));
    m_valError->setPen(QPen(kValColor, 2.0));
    m_valError->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kValColor, 5));
    // The generalisation gap, shaded between the two curves (intro 000-39).
    m_trainError->setChannelFillGraph(m_valError);
    m_trainError->setBrush(QColor(kValColor.red(), kValColor.green(), kValColor.blue(), 45));
    m_best = m_errorPlot->addGraph();
    m_best->setName(tr("best validation"));
    m_best->setLineStyle(QCPGraph::lsNone);
    m_best->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, QPen(QColor(0x10, 0x60, 0x30), 2.0), Qt::NoBrush, 13));
    m_degreeLine = new QCPItemStraightLine(m_errorPlot);
    m_degreeLine->setPen(QPen(kFitColor, 1.2, Qt::DashLine));
    m_errorPlot->xAxis->setRange(0.5, kMaxDegree + 0.5);
    setupLegend(m_errorPlot, font(), Qt::AlignTop | Qt::AlignHCenter);

    m_coefPlot = new QCustomPlot(this);
    m_coefPlot->setMinimumSize(220, 130);
    m_coefPlot->setToolTip(tr("The fitted coefficients c\u2080 .. c_d; \u00d7 marks those that are exactly zero."));
    m_coefPlot->xAxis->setLabel(tr("k (coefficient of x\u1d4f)"));
    m_coefBars = new QCPBars(m_coefPlot->xAxis, m_coefPlot->yAxis);
    m_coefBars->setName(tr("coefficient"));
    m_coefBars->setWidth(0.7);
    m_coefBars->setPen(QPen(kFitColor.darker(130)));
    m_coefBars->setBrush(QColor(kFitColor.red(), kFitColor.green(), kFitColor.blue(), 150));
    m_zeros = m_coefPlot->addGraph();
    m_zeros->setName(tr("exactly 0"));
    m_zeros->setLineStyle(QCPGraph::lsNone);
    m_zeros->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, QPen(Qt::black, 2.0), Qt::NoBrush, 9));
    m_coefPlot->xAxis->setRange(-0.7, kMaxDegree + 0.7);
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1.0);
    m_coefPlot->xAxis->setTicker(ticker);
}

void CapacityExplorer::resample() {
    const PolyTargetInfo& target = findPolyTarget(m_target->currentData().toString().toStdString());
    m_sample = makePolySample(target, m_points->value(), kValidationPoints, m_noise->value(), m_seed);
    QVector<double> tx, ty;
    for (int k = 0; k <= 200; ++k) {
        const double x = -1.0 + 2.0 * k / 200.0;
        tx.push_back(x);
        ty.push_back(target.f(x));
    }
    m_truth->setData(tx, ty, true);
    m_train->setData(QVector<double>(m_sample.trainX.data(), m_sample.trainX.data() + m_sample.trainX.size()),
                     QVector<double>(m_sample.trainY.data(), m_sample.trainY.data() + m_sample.trainY.size()));
    m_val->setData(QVector<double>(m_sample.valX.data(), m_sample.valX.data() + m_sample.valX.size()),
                   QVector<double>(m_sample.valY.data(), m_sample.valY.data() + m_sample.valY.size()));
    // A fixed y view: a wild fit leaves it rather than squashing the data.
    const double lo = std::min(m_sample.trainY.minCoeff(), m_sample.valY.minCoeff());
    const double hi = std::max(m_sample.trainY.maxCoeff(), m_sample.valY.maxCoeff());
    const double pad = 0.35 * (hi - lo) + 0.1;
    m_fitPlot->xAxis->setRange(-1.05, 1.05);
    m_fitPlot->yAxis->setRange(lo - pad, hi + pad);
    refit();
}

void CapacityExplorer::refit() {
    const int degree = m_degree->value();
    const double l1 = lambdaFromSlider(m_l1->value()), l2 = lambdaFromSlider(m_l2->value());
    m_degreeLabel->setText(QString::number(degree));
    m_l2Label->setText(lambdaText(l2));
    m_l1Label->setText(lambdaText(l1));
    m_current = fitPolynomial(m_sample.trainX, m_sample.trainY, degree, l1, l2);
    m_curve = capacitySweep(m_sample, kMaxDegree, l1, l2);
    updateFitPlot();
    updateErrorPlot();
    updateCoefficients();

    const QLocale l;
    int zeros = 0;
    for (Index k = 1; k < m_current.coef.size(); ++k) zeros += m_current.coef(k) == 0.0 ? 1 : 0;
    QString text = tr("Degree %1: training MSE <b>%2</b>, validation MSE <b>%3</b>; best validation at degree %4.")
                       .arg(degree)
                       .arg(l.toString(meanSquaredError(m_current.coef, m_sample.trainX, m_sample.trainY), 'g', 3),
                            l.toString(meanSquaredError(m_current.coef, m_sample.valX, m_sample.valY), 'g', 3))
                       .arg(m_curve.bestDegree);
    if (l1 > 0.0) text += QStringLiteral(" ") + tr("L1: %1 of %2 penalised coefficients are exactly 0.").arg(zeros).arg(degree);
    if (!m_current.converged) text += QStringLiteral(" ") + tr("(Coordinate descent stopped before full convergence.)");
    m_readout->setText(text);
}

void CapacityExplorer::updateFitPlot() {
    QVector<double> x, y;
    for (int k = 0; k <= 400; ++k) {
        const double v = -1.05 + 2.1 * k / 400.0;
        x.push_back(v);
        y.push_back(polyValue(m_current.coef, v));
    }
    m_fit->setData(x, y, true);
    m_fit->setName(tr("fit, degree %1").arg(m_degree->value()));
    m_fitPlot->replot(QCustomPlot::rpQueuedReplot);
}

void CapacityExplorer::updateErrorPlot() {
    QVector<double> d, tr_, va;
    for (std::size_t i = 0; i < m_curve.degree.size(); ++i) {
        d.push_back(m_curve.degree[i]);
        tr_.push_back(std::max(m_curve.train[i], 1e-12));
        va.push_back(std::max(m_curve.validation[i], 1e-12));
    }
    m_trainError->setData(d, tr_, true);
    m_valError->setData(d, va, true);
    const std::size_t b = std::size_t(m_curve.bestDegree - 1);
    m_best->setData({double(m_curve.bestDegree)}, {va[int(b)]});
    m_degreeLine->point1->setCoords(m_degree->value(), 1.0);
    m_degreeLine->point2->setCoords(m_degree->value(), 2.0);
    m_errorPlot->yAxis->rescale();
    const QCPRange r = m_errorPlot->yAxis->range();
    m_errorPlot->yAxis->setRange(std::max(r.lower, 1e-6) / 2, r.upper * 4);
    m_errorPlot->replot(QCustomPlot::rpQueuedReplot);
}

void CapacityExplorer::updateCoefficients() {
    QVector<double> k, c, zk, zv;
    double top = 1e-3;
    for (Index i = 0; i < m_current.coef.size(); ++i) {
        k.push_back(double(i));
        c.push_back(m_current.coef(i));
        top = std::max(top, std::abs(m_current.coef(i)));
        if (i > 0 && m_current.coef(i) == 0.0) {
            zk.push_back(double(i));
            zv.push_back(0.0);
        }
    }
    m_coefBars->setData(k, c, true);
    m_zeros->setData(zk, zv, true);
    m_coefPlot->yAxis->setRange(-1.1 * top, 1.1 * top);
    m_coefPlot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace nnlab
