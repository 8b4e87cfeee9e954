#include "explorers/DistributionExplorer.h"

#include "explorers/ExplorerStyle.h"
#include "explorers/ValueSlider.h"
#include "random/Distributions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

namespace nnlab {
namespace {

constexpr int kBins = 40;
constexpr int kCurvePoints = 401;

struct ParamSpec {
    const char* key;
    double lo, hi;
    int steps;
    double value;
    int decimals;
};

// The notes' Gaussian (WE-8): (pi sd) exp(-((x - mean) / sd)^2 / 2), a wrong prefactor.
double notesGaussian(double x, double mu, double sd) {
    const double z = (x - mu) / sd;
    return M_PI * sd * std::exp(-0.5 * z * z);
}

}  // namespace

DistributionExplorer::DistributionExplorer(QWidget* parent) : QWidget(parent) {
    m_kind = new QComboBox(this);
    m_kind->addItems({tr("Bernoulli"), tr("Binomial"), tr("Poisson"), tr("Uniform"), tr("Gaussian (normal)"), tr("Exponential")});
    m_kind->setToolTip(tr("The distribution to sample from and to draw exactly."));
    m_count = new QSpinBox(this);
    m_count->setRange(10, 200000);
    m_count->setValue(1000);
    m_count->setSingleStep(100);
    m_count->setToolTip(tr("How many samples the histogram counts. More samples: the histogram settles on the exact curve."));
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 1000000);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The random seed: the same seed draws the same samples."));
    m_again = new QPushButton(tr("Draw again"), this);
    m_again->setToolTip(tr("New samples with the next seed."));
    m_scale = new QCheckBox(tr("by NumPy's scale β = 1/λ"), this);
    m_scale->setChecked(true);
    m_scale->setToolTip(tr("NumPy's exponential(3) takes the scale β = 3 (mean 3), not the rate λ = 1/3."));
    m_notesCurve = new QCheckBox(tr("show the notes' formula"), this);
    m_notesCurve->setToolTip(tr("Overlay the notes' density (π·σ)·exp(−z²/2) on the right axis: the same shape, but its "
                                "area is far from 1."));

    m_plot = new QCustomPlot(this);
    explorer::setupPlot(m_plot, tr("x"), tr("probability / density"));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_plot->setToolTip(tr("Bars: the samples (relative frequency, or density for continuous variables). "
                          "Line or dots: the exact pmf / pdf."));
    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setName(tr("samples"));
    m_bars->setPen(QPen(QColor(0x56, 0xb4, 0xe9).darker(130)));
    m_bars->setBrush(QColor(0x56, 0xb4, 0xe9, 150));
    m_exact = m_plot->addGraph();
    m_exact->setName(tr("exact"));
    m_exact->setPen(QPen(explorer::seriesColor(1), 2.5));
    m_notes = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    m_notes->setName(tr("notes' formula (right axis)"));
    m_notes->setPen(QPen(QColor(0xa3, 0x3a, 0x00), 1.8, Qt::DashLine));

    m_readout = explorer::richLabel(this);
    m_readout->setToolTip(tr("Sample statistics next to the exact ones."));
    m_formula = explorer::richLabel(this);
    m_example = explorer::richLabel(this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_kind);
    top->addWidget(new QLabel(tr("samples"), this));
    top->addWidget(m_count);
    top->addWidget(new QLabel(tr("seed"), this));
    top->addWidget(m_seed);
    top->addWidget(m_again);
    top->addWidget(m_scale);
    top->addWidget(m_notesCurve);
    top->addStretch(1);
    m_paramRow = new QHBoxLayout;
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_paramRow);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_readout);
    layout->addWidget(m_formula);
    layout->addWidget(m_example);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        rebuildParameters();
        draw();
    });
    connect(m_count, &QSpinBox::valueChanged, this, &DistributionExplorer::draw);
    connect(m_seed, &QSpinBox::valueChanged, this, &DistributionExplorer::draw);
    connect(m_again, &QPushButton::clicked, this, [this] { m_seed->setValue(m_seed->value() + 1); });
    connect(m_scale, &QCheckBox::toggled, this, [this] {
        rebuildParameters();
        draw();
    });
    connect(m_notesCurve, &QCheckBox::toggled, this, &DistributionExplorer::redraw);
    rebuildParameters();
    draw();
}

DistributionExplorer::Kind DistributionExplorer::distribution() const { return Kind(m_kind->currentIndex()); }
void DistributionExplorer::setDistribution(Kind kind) { m_kind->setCurrentIndex(int(kind)); }
void DistributionExplorer::setSampleCount(int n) { m_count->setValue(n); }
int DistributionExplorer::sampleCount() const { return m_count->value(); }
void DistributionExplorer::setSeed(int seed) { m_seed->setValue(seed); }
void DistributionExplorer::setScaleParametrisation(bool on) { m_scale->setChecked(on); }
void DistributionExplorer::setNotesFormulaShown(bool on) { m_notesCurve->setChecked(on); }
bool DistributionExplorer::isDiscrete() const { return distribution() <= Kind::Poisson; }

QStringList DistributionExplorer::parameterKeys() const {
    QStringList keys;
    for (const auto& p : m_params) keys << p.first;
    return keys;
}

double DistributionExplorer::parameter(const QString& key) const {
    for (const auto& p : m_params)
        if (p.first == key) return p.second->value();
    if (key == "rate" && distribution() == Kind::Exponential) return 1.0 / parameter("scale");
    if (key == "scale" && distribution() == Kind::Exponential) return 1.0 / parameter("rate");
    return NAN;
}

void DistributionExplorer::setParameter(const QString& key, double value) {
    for (const auto& p : m_params)
        if (p.first == key) p.second->setValue(value);
}

void DistributionExplorer::rebuildParameters() {
    for (auto& p : m_params) p.second->deleteLater();
    m_params.clear();
    QVector<ParamSpec> specs;
    QStringList labels, tips;
    switch (distribution()) {
    case Kind::Bernoulli:
        specs = {{"phi", 0.0, 1.0, 100, 0.6, 2}};
        labels = {tr("φ = P(x = 1)")};
        tips = {tr("The probability of a 1 (a head).")};
        break;
    case Kind::Binomial:
        specs = {{"n", 1.0, 60.0, 59, 5.0, 0}, {"p", 0.0, 1.0, 100, 0.4, 2}};
        labels = {tr("n trials"), tr("p per trial")};
        tips = {tr("The number of independent Bernoulli trials."), tr("The success probability of each trial.")};
        break;
    case Kind::Poisson:
        specs = {{"lambda", 0.5, 30.0, 59, 5.0, 1}};
        labels = {tr("λ (expected count)")};
        tips = {tr("The expected number of events in the interval: the rate times the interval's length.")};
        break;
    case Kind::Uniform:
        specs = {{"a", -3.0, 3.0, 60, 0.0, 1}, {"b", -3.0, 3.0, 60, 1.0, 1}};
        labels = {tr("a (low)"), tr("b (high)")};
        tips = {tr("The lower end of the interval."), tr("The upper end of the interval (above a).")};
        break;
    case Kind::Gaussian:
        specs = {{"mu", -5.0, 5.0, 100, 0.0, 1}, {"sigma", 0.1, 15.0, 149, 1.0, 1}};
        labels = {tr("μ (mean)"), tr("σ (standard deviation)")};
        tips = {tr("The centre of the bell."), tr("The width of the bell: the standard deviation, not the variance.")};
        break;
    case Kind::Exponential:
        if (m_scale->isChecked()) {
            specs = {{"scale", 0.2, 10.0, 49, 3.0, 1}};
            labels = {tr("scale β = 1/λ (mean)")};
            tips = {tr("NumPy's parameter: the mean waiting time β.")};
        } else {
            specs = {{"rate", 0.1, 3.0, 29, 1.0, 2}};
            labels = {tr("rate λ")};
            tips = {tr("Events per unit time; the mean waiting time is 1/λ.")};
        }
        break;
    }
    for (int i = 0; i < specs.size(); ++i) {
        const ParamSpec& s = specs[i];
        auto* slider = new ValueSlider(labels[i], s.lo, s.hi, s.steps, this);
        slider->setDecimals(s.decimals);
        slider->setValue(s.value);
        slider->setToolTip(tips[i]);
        connect(slider, &ValueSlider::valueChanged, this, &DistributionExplorer::draw);
        m_paramRow->addWidget(slider, 1);
        m_params.push_back({QString(s.key), slider});
    }
    m_scale->setVisible(distribution() == Kind::Exponential);
    m_notesCurve->setVisible(distribution() == Kind::Gaussian);
}

double DistributionExplorer::probability(double x) const {
    switch (distribution()) {
    case Kind::Bernoulli:
        return x == std::floor(x) ? bernoulliPmf(int(x), parameter("phi")) : 0.0;
    case Kind::Binomial:
        return x == std::floor(x) ? binomialPmf(int(x), int(parameter("n")), parameter("p")) : 0.0;
    case Kind::Poisson:
        return x == std::floor(x) ? poissonPmf(int(x), parameter("lambda")) : 0.0;
    case Kind::Uniform:
        return uniformPdf(x, parameter("a"), parameter("b"));
    case Kind::Gaussian:
        return normalPdf(x, parameter("mu"), parameter("sigma"));
    case Kind::Exponential:
        return exponentialPdf(x, parameter("rate"));
    }
    return 0.0;
}

double DistributionExplorer::exactMean() const {
    switch (distribution()) {
    case Kind::Bernoulli: return parameter("phi");
    case Kind::Binomial: return parameter("n") * parameter("p");
    case Kind::Poisson: return parameter("lambda");
    case Kind::Uniform: return 0.5 * (parameter("a") + parameter("b"));
    case Kind::Gaussian: return parameter("mu");
    case Kind::Exponential: return 1.0 / parameter("rate");
    }
    return NAN;
}

double DistributionExplorer::exactVariance() const {
    switch (distribution()) {
    case Kind::Bernoulli: return parameter("phi") * (1.0 - parameter("phi"));
    case Kind::Binomial: return parameter("n") * parameter("p") * (1.0 - parameter("p"));
    case Kind::Poisson: return parameter("lambda");
    case Kind::Uniform: return std::pow(parameter("b") - parameter("a"), 2) / 12.0;
    case Kind::Gaussian: return parameter("sigma") * parameter("sigma");
    case Kind::Exponential: return 1.0 / std::pow(parameter("rate"), 2);
    }
    return NAN;
}

double DistributionExplorer::sampleMean() const {
    if (m_samples.isEmpty()) return NAN;
    double s = 0.0;
    for (double v : m_samples) s += v;
    return s / m_samples.size();
}

double DistributionExplorer::sampleVariance() const {
    if (m_samples.size() < 2) return NAN;
    const double m = sampleMean();
    double s = 0.0;
    for (double v : m_samples) s += (v - m) * (v - m);
    return s / (m_samples.size() - 1);
}

// Sum of the pmf over its support, or Simpson's rule over the pdf's support.
double DistributionExplorer::area() const {
    if (isDiscrete()) {
        const int top = distribution() == Kind::Bernoulli ? 1
                        : distribution() == Kind::Binomial ? int(parameter("n"))
                                                           : int(parameter("lambda") + 20.0 * std::sqrt(parameter("lambda")) + 20.0);
        double s = 0.0;
        for (int k = 0; k <= top; ++k) s += probability(k);
        return s;
    }
    double lo, hi;
    if (distribution() == Kind::Uniform) lo = parameter("a"), hi = parameter("b");
    else if (distribution() == Kind::Gaussian) lo = parameter("mu") - 12 * parameter("sigma"), hi = parameter("mu") + 12 * parameter("sigma");
    else lo = 0.0, hi = 60.0 / parameter("rate");
    if (!(hi > lo)) return 0.0;
    const int n = 20000;
    const double h = (hi - lo) / n;
    // The uniform density jumps at a and b: the midpoint rule is exact for it.
    if (distribution() == Kind::Uniform) {
        double s = 0.0;
        for (int i = 0; i < n; ++i) s += probability(lo + (i + 0.5) * h);
        return s * h;
    }
    double s = probability(lo) + probability(hi);
    for (int i = 1; i < n; ++i) s += (i % 2 ? 4.0 : 2.0) * probability(lo + i * h);
    return s * h / 3.0;
}

double DistributionExplorer::notesFormulaArea() const {
    const double mu = parameter("mu"), sd = parameter("sigma");
    const int n = 20000;
    const double lo = mu - 12 * sd, h = 24 * sd / n;
    double s = notesGaussian(lo, mu, sd) + notesGaussian(lo + 24 * sd, mu, sd);
    for (int i = 1; i < n; ++i) s += (i % 2 ? 4.0 : 2.0) * notesGaussian(lo + i * h, mu, sd);
    return s * h / 3.0;
}

void DistributionExplorer::draw() {
    // Samples from the engine's generator, seeded as shown.
    Rng rng(std::uint64_t(m_seed->value()));
    const int n = m_count->value();
    m_samples.resize(n);
    const Kind k = distribution();
    const bool badUniform = k == Kind::Uniform && !(parameter("b") > parameter("a"));
    for (int i = 0; i < n && !badUniform; ++i) {
        switch (k) {
        case Kind::Bernoulli: m_samples[i] = sampleBernoulli(rng, parameter("phi")); break;
        case Kind::Binomial: m_samples[i] = sampleBinomial(rng, int(parameter("n")), parameter("p")); break;
        case Kind::Poisson: m_samples[i] = samplePoisson(rng, parameter("lambda")); break;
        case Kind::Uniform: m_samples[i] = uniform(rng, parameter("a"), parameter("b")); break;
        case Kind::Gaussian: m_samples[i] = normal(rng, parameter("mu"), parameter("sigma")); break;
        case Kind::Exponential: m_samples[i] = sampleExponential(rng, parameter("rate")); break;
        }
    }
    if (badUniform) m_samples.clear();
    redraw();
}

void DistributionExplorer::redraw() {
    const Kind k = distribution();
    QVector<double> keys, heights, cx, cy;
    double xLo, xHi, yTop = 0.0;
    if (isDiscrete()) {
        int top = k == Kind::Bernoulli ? 1 : k == Kind::Binomial ? int(parameter("n"))
                                                                 : int(std::ceil(parameter("lambda") + 4.5 * std::sqrt(parameter("lambda")) + 3));
        for (double v : m_samples) top = std::max(top, int(v));
        QVector<double> counts(top + 1, 0.0);
        for (double v : m_samples) counts[int(v)] += 1.0;
        for (int i = 0; i <= top; ++i) {
            keys << i;
            heights << (m_samples.isEmpty() ? 0.0 : counts[i] / m_samples.size());
            cx << i;
            cy << probability(i);
        }
        m_bars->setWidth(0.8);
        m_exact->setLineStyle(QCPGraph::lsImpulse);
        m_exact->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, explorer::seriesColor(1), Qt::white, 8));
        m_exact->setName(tr("exact pmf"));
        xLo = -0.7, xHi = top + 0.7;
    } else {
        if (k == Kind::Uniform) {
            const double a = parameter("a"), b = std::max(parameter("b"), a + 1e-9), pad = 0.25 * (b - a) + 0.1;
            xLo = a - pad, xHi = b + pad;
        } else if (k == Kind::Gaussian) {
            xLo = parameter("mu") - 4 * parameter("sigma"), xHi = parameter("mu") + 4 * parameter("sigma");
        } else {
            xLo = 0.0, xHi = 6.0 / parameter("rate");
        }
        // Density histogram: bins over the data's side of the plot.
        double bLo = xLo, bHi = xHi;
        if (k == Kind::Uniform) bLo = parameter("a"), bHi = parameter("b");
        const double w = (bHi - bLo) / kBins;
        QVector<double> counts(kBins, 0.0);
        for (double v : m_samples) {
            const int b = int(std::floor((v - bLo) / w));
            if (b >= 0 && b < kBins) counts[b] += 1.0;
        }
        for (int i = 0; i < kBins && w > 0; ++i) {
            keys << bLo + (i + 0.5) * w;
            heights << (m_samples.isEmpty() ? 0.0 : counts[i] / (m_samples.size() * w));
        }
        m_bars->setWidth(w * 0.95);
        for (int i = 0; i < kCurvePoints; ++i) {
            const double x = xLo + (xHi - xLo) * i / (kCurvePoints - 1);
            cx << x;
            cy << probability(x);
        }
        m_exact->setLineStyle(QCPGraph::lsLine);
        m_exact->setScatterStyle(QCPScatterStyle());
        m_exact->setName(tr("exact pdf"));
    }
    m_bars->setData(keys, heights, true);
    m_exact->setData(cx, cy, true);
    for (double h : heights) yTop = std::max(yTop, h);
    for (double y : cy) yTop = std::max(yTop, std::isfinite(y) ? y : 0.0);

    const bool notes = k == Kind::Gaussian && m_notesCurve->isChecked();
    m_notes->setVisible(notes);
    m_plot->yAxis2->setVisible(notes);
    if (notes) {
        QVector<double> ny;
        for (double x : cx) ny << notesGaussian(x, parameter("mu"), parameter("sigma"));
        m_notes->setData(cx, ny, true);
        m_notes->addToLegend();
        m_plot->yAxis2->setLabel(tr("notes' formula"));
        m_plot->yAxis2->setRange(0.0, 1.3 * M_PI * parameter("sigma"));
    } else {
        m_notes->removeFromLegend();
    }
    m_plot->xAxis->setRange(xLo, xHi);
    m_plot->yAxis->setRange(0.0, 1.3 * std::max(yTop, 1e-3));
    m_plot->yAxis->setLabel(isDiscrete() ? tr("probability") : tr("density"));
    m_plot->replot(QCustomPlot::rpQueuedReplot);

    m_readout->setText(readout());
    m_formula->setText(formula());
    m_example->setText(example());
}

QString DistributionExplorer::readout() const {
    if (m_samples.isEmpty()) return QStringLiteral("<span style='color:#b00020'>%1</span>").arg(tr("b must be above a."));
    QString text = tr("%1 samples: mean <b>%2</b> (exact %3), variance <b>%4</b> (exact %5).")
                       .arg(QLocale().toString(m_samples.size()))
                       .arg(explorer::number(sampleMean(), 4), explorer::number(exactMean(), 4),
                            explorer::number(sampleVariance(), 4), explorer::number(exactVariance(), 4));
    text += isDiscrete() ? tr(" Σ P(x) = %1.").arg(QLocale().toString(area(), 'f', 4))
                         : tr(" Area under the pdf = %1.").arg(QLocale().toString(area(), 'f', 4));
    if (distribution() == Kind::Gaussian && m_notesCurve->isChecked())
        text += tr(" Area under the notes' curve = <b>%1</b>.").arg(QLocale().toString(notesFormulaArea(), 'f', 1));
    return text;
}

QString DistributionExplorer::formula() const {
    switch (distribution()) {
    case Kind::Bernoulli:
        return tr("P(x = 1) = φ, P(x = 0) = 1 − φ, i.e. P(x) = φ<sup>x</sup> (1 − φ)<sup>1−x</sup>; E[x] = φ, Var[x] = φ(1 − φ).");
    case Kind::Binomial:
        return tr("P(r; n, p) = C(n, r) p<sup>r</sup> (1 − p)<sup>n−r</sup>: r successes in n independent trials; "
                  "mean np, variance np(1 − p).");
    case Kind::Poisson:
        return tr("P(k; λ) = λ<sup>k</sup> e<sup>−λ</sup> / k!: the count of events when λ are expected; mean = variance = λ.");
    case Kind::Uniform:
        return tr("u(x; a, b) = 1/(b − a) for a ≤ x ≤ b, else 0; mean (a + b)/2, variance (b − a)²/12.");
    case Kind::Gaussian:
        return tr("N(x; μ, σ²) = exp(−(x − μ)² / (2σ²)) / (σ √(2π)); mean μ, variance σ². Its peak is 1/(σ√(2π)).");
    case Kind::Exponential:
        return tr("p(x; λ) = λ e<sup>−λx</sup> for x ≥ 0: waiting times between events of a Poisson process; "
                  "mean 1/λ = β, variance 1/λ².");
    }
    return QString();
}

QString DistributionExplorer::example() const {
    switch (distribution()) {
    case Kind::Bernoulli:
        return explorer::workedExample("WE-5", tr("bernoulli(0.6) at x = [0, 1] gives [%1, %2] ✓; mean 0.6, variance %3.")
                                                   .arg(explorer::number(bernoulliPmf(0, 0.6)), explorer::number(bernoulliPmf(1, 0.6)),
                                                        explorer::number(0.6 * 0.4)));
    case Kind::Binomial:
        return explorer::workedExample("WE-6", tr("p = 0.4: P(2; 5) = %1 and P(2; 6) = %2.")
                                                   .arg(explorer::number(binomialPmf(2, 5, 0.4)), explorer::number(binomialPmf(2, 6, 0.4)))) +
               "<br>" + explorer::notesError(tr("the story tosses a biased coin “six” times, the code uses n = 5. "
                                                "Set n to 5 or 6 to see both."));
    case Kind::Poisson:
        return explorer::workedExample("WE-7", tr("λ = 5: P(5; 5) = 5⁵ e⁻⁵ / 5! = %1; 100 samples have a mean near 5.")
                                                   .arg(explorer::number(poissonPmf(5, 5.0), 5))) +
               "<br>" + explorer::notesError(tr("the notes call λ the “known number of occurrences”. It is the "
                                                "expected count (the rate times the interval)."));
    case Kind::Uniform:
        return explorer::workedExample("WE-4", tr("NumPy's uniform() is U[0, 1): its histogram sits flat at 1.")) + "<br>" +
               explorer::notesError(tr("the notes call 1/(b − a) a probability. It is a density: with b − a = 0.5 it "
                                       "is 2, while the area stays 1."));
    case Kind::Gaussian:
        return explorer::workedExample("WE-8", tr("with σ = np.std(linspace(1, 50, 100)) = 14.2872 the peak is "
                                                  "1/(σ√(2π)) = %1.")
                                                   .arg(explorer::number(normalPdf(0.0, 0.0, 14.2872), 5))) +
               "<br>" + explorer::notesError(tr("the notes' code computes (π·sd)·exp(−½((x − mean)/sd)²): peak π·sd "
                                                "= 44.885 and an area of about 1607, not 1. The prefactor must be "
                                                "1/(sd·√(2π)). “The mean is 0” holds only for the standard normal."));
    case Kind::Exponential:
        return explorer::workedExample("WE-9", tr("np.random.exponential(3, 1000) takes the scale β = 3: mean 3, "
                                                  "rate λ = 1/3.")) +
               "<br>" + tr("The notes do not say that NumPy's first argument is the scale, not the rate.");
    }
    return QString();
}

}  // namespace nnlab
