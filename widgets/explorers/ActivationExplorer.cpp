#include "explorers/ActivationExplorer.h"

#include "activations/Activation.h"
#include "explorers/ExplorerStyle.h"
#include "explorers/ValueSlider.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>
#include <limits>

namespace nnlab {
namespace {

constexpr int kPoints = 601;

// The texts of the page outside the widget classes (context for lupdate).
class ActivationTexts {
    Q_DECLARE_TR_FUNCTIONS(ActivationTexts)
public:
    static QString formula(const QString& name);
    static QString example(const QString& name);
};

// f and f' in readable form, per table name. A name missing here (a newer
// table entry) shows its label only.
QString ActivationTexts::formula(const QString& name) {
    if (name == "linear") return tr("f(x) = x<br>f′(x) = 1");
    if (name == "binary_step")
        return tr("f(x) = 1 if x ≥ θ, else 0<br>f′(x) = 0 everywhere except at θ, where it is undefined");
    if (name == "sigmoid")
        return tr("σ(x) = 1 / (1 + e<sup>−x</sup>), range (0, 1)<br>σ′(x) = σ(x) (1 − σ(x)), at most 0.25 (at x = 0)");
    if (name == "hard_sigmoid") return tr("f(x) = clamp(x/6 + 1/2, 0, 1)<br>f′(x) = 1/6 on [−3, 3], else 0");
    if (name == "tanh")
        return tr("tanh(x) = (e<sup>x</sup> − e<sup>−x</sup>) / (e<sup>x</sup> + e<sup>−x</sup>) = 2σ(2x) − 1, range (−1, 1)"
                  "<br>tanh′(x) = 1 − tanh²(x), at most 1 (at x = 0)");
    if (name == "relu") return tr("f(x) = max(0, x)<br>f′(x) = 1 for x &gt; 0, else 0 (the engine takes f′(0) = 0)");
    if (name == "leaky_relu") return tr("f(x) = x for x &gt; 0, else a·x (slope a)<br>f′(x) = 1 for x &gt; 0, else a");
    if (name == "elu") return tr("f(x) = x for x &gt; 0, else α (e<sup>x</sup> − 1)<br>f′(x) = 1 for x &gt; 0, else f(x) + α");
    if (name == "selu")
        return tr("f(x) = λx for x &gt; 0, else λα (e<sup>x</sup> − 1), with the fixed constants λ ≈ 1.0507, α ≈ 1.6733"
                  "<br>f′(x) = λ for x &gt; 0, else f(x) + λα");
    if (name == "gelu") return tr("f(x) = x Φ(x), Φ the standard normal CDF<br>f′(x) = Φ(x) + x φ(x)");
    if (name == "gelu_tanh")
        return tr("f(x) = ½ x (1 + tanh(√(2/π) (x + 0.044715 x³)))<br>a close approximation of x Φ(x)");
    if (name == "swish") return tr("f(x) = x σ(x)<br>f′(x) = σ(x) + x σ(x) (1 − σ(x))");
    if (name == "mish") return tr("f(x) = x tanh(softplus(x)) = x tanh(ln(1 + e<sup>x</sup>))");
    if (name == "softplus") return tr("f(x) = ln(1 + e<sup>x</sup>)<br>f′(x) = σ(x)");
    if (name == "softsign") return tr("f(x) = x / (1 + |x|)<br>f′(x) = 1 / (1 + |x|)²");
    if (name == "softmax")
        return tr("softmax(z)<sub>i</sub> = e<sup>z<sub>i</sub></sup> / Σ<sub>j</sub> e<sup>z<sub>j</sub></sup>, "
                  "computed on z − max z<br>Plotted: the first output for z = (x, 0), which equals σ(x); "
                  "∂s<sub>i</sub>/∂z<sub>j</sub> = s<sub>i</sub> (δ<sub>ij</sub> − s<sub>j</sub>)");
    return QString();
}

// Row-wise activations see each row as one vector of logits.
Array evaluateRows(const Activation& act, const Array& x) {
    Array y(x.rows(), x.cols());
    act.forward(x, y);
    return y;
}

QString list(const Array& values, int digits) {
    QStringList parts;
    for (Index i = 0; i < values.size(); ++i) parts << explorer::number(values.data()[i], digits);
    return "[" + parts.join(", ") + "]";
}

// The notes' worked examples, recomputed by the engine each time.
QString ActivationTexts::example(const QString& name) {
    if (name == "relu") {
        Array x(1, 9), y(1, 9);
        for (int i = 0; i < 9; ++i) x(0, i) = i - 4;
        Activation(NamedSpec("relu")).forward(x, y);
        return explorer::workedExample("WE-28", tr("ReLU at x = −4, −3, …, 4 gives %1; the notes print "
                                                   "[0,0,0,0,0,1,2,3,4] ✓.").arg(list(y, 6))) +
               "<br>" + explorer::notesError(tr("the notes say ReLU's “derivative is 0 to 1”. It takes only the two "
                                                "values 0 and 1."));
    }
    if (name == "sigmoid") {
        Array x(1, 4), y(1, 4);
        x << -0.5, 1.2, -0.1, 2.4;
        Activation(NamedSpec("sigmoid")).forward(x, y);
        return explorer::workedExample("000-16", tr("σ([−0.5, 1.2, −0.1, 2.4]) = %1, sum %2 ≈ 2.54 ✓.")
                                                     .arg(list(y, 4), explorer::number(y.sum(), 5))) +
               "<br>" + explorer::notesError(tr("the notes write “0.38 + 0.77 + 0.48 + 0.92 = 2.54”; those rounded "
                                                "values add to 2.55. Sum the unrounded values."));
    }
    if (name == "softmax") {
        const Activation act{NamedSpec("softmax")};
        Array a(1, 3), b(1, 3), c(1, 4);
        a << 2.0, 1.0, 0.1;
        b << 1.0, 2.0, 3.0;
        c << -0.5, 1.2, -0.1, 2.4;
        const Array pc = evaluateRows(act, c);
        return explorer::workedExample("000-15", tr("softmax([2.0, 1.0, 0.1]) = %1 ✓; softmax([1, 2, 3]) = %2.")
                                                     .arg(list(evaluateRows(act, a), 6), list(evaluateRows(act, b), 5))) +
               "<br>" + explorer::workedExample("000-16", tr("softmax([−0.5, 1.2, −0.1, 2.4]) = %1, sum %2.")
                                                              .arg(list(pc, 3), explorer::number(pc.sum(), 6))) +
               "<br>" + explorer::notesError(tr("the notes write “0.04 + 0.21 + 0.06 + 0.7 = 1.00”; those rounded "
                                                "values add to 1.01."));
    }
    if (name == "tanh")
        return explorer::notesError(tr("the notes head tanh's derivative range “Sigmoid function derivative range "
                                       "0 to 1”. It is tanh′, in (0, 1]; σ′ lies in (0, 0.25]. Tanh is a scaled "
                                       "and shifted sigmoid, 2σ(2x) − 1."));
    if (name == "selu")
        return explorer::notesError(tr("SELU does not “automatically adjust its parameters”: λ and α are fixed. "
                                       "Self-normalisation comes from them plus LeCun-normal initialisation."));
    if (name == "leaky_relu")
        return tr("The notes' and the engine's slope is 0.01 (Keras' LeakyReLU layer defaults to 0.3).");
    return QString();
}

// Slider range of a parameter by key.
void parameterRange(const ParamDef& def, double& lo, double& hi, int& steps) {
    const QString key = def.key;
    if (key == "slope") lo = 0.0, hi = 1.0, steps = 100;
    else if (key == "alpha") lo = 0.0, hi = 3.0, steps = 60;
    else if (key == "threshold") lo = -3.0, hi = 3.0, steps = 60;
    else {
        const double span = 4.0 * std::abs(def.defaultValue) + 1.0;
        lo = def.defaultValue - span, hi = def.defaultValue + span, steps = 100;
    }
}

}  // namespace

ActivationPanel::ActivationPanel(const QString& initial, QWidget* parent) : QWidget(parent) {
    m_combo = new QComboBox(this);
    for (const ActivationInfo& info : activationTable())
        m_combo->addItem(QCoreApplication::translate("Activation", info.label), QString(info.name));
    m_combo->setToolTip(tr("The activation to plot: every entry of the engine's activation table, "
                           "computed by the same code that trains the networks."));
    m_paramBox = new QVBoxLayout;
    m_paramBox->setContentsMargins(0, 0, 0, 0);

    m_plot = new QCustomPlot(this);
    explorer::setupPlot(m_plot, tr("x"), tr("value"));
    m_plot->setToolTip(tr("Move the mouse over the plot to read f(x) and f′(x) at that x on both plots."));
    m_shadeKey = m_plot->addGraph();
    m_shadeKey->setPen(Qt::NoPen);
    m_shadeKey->setBrush(QColor(0xe6, 0x9f, 0x00, 70));
    m_shadeKey->setName(tr("|f′(x)| < 0.05: saturated, little gradient"));
    m_f = m_plot->addGraph();
    m_f->setPen(QPen(explorer::seriesColor(0), 2.5));
    m_f->setName(tr("f(x)"));
    m_df = m_plot->addGraph();
    m_df->setPen(QPen(explorer::seriesColor(1), 2.0, Qt::DashLine));
    m_df->setName(tr("f′(x)"));
    m_cursor = new QCPItemStraightLine(m_plot);
    m_cursor->setPen(QPen(QColor(0x55, 0x55, 0x55), 1.0, Qt::DotLine));
    m_tracer = new QCPItemTracer(m_plot);  // follows m_f once it has data (recompute)
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(7);
    m_tracer->setPen(QPen(explorer::seriesColor(0), 1.5));
    m_tracer->setBrush(Qt::white);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* e) {
        const double x = m_plot->xAxis->pixelToCoord(e->position().x());
        if (x >= kXMin && x <= kXMax) emit hovered(x);
    });

    m_readout = explorer::richLabel(this);
    m_readout->setToolTip(tr("The engine's f(x) and f′(x) at the cursor."));
    m_formula = explorer::richLabel(this);
    m_formula->setToolTip(tr("The formula of the chosen activation and of its derivative."));
    m_example = explorer::richLabel(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_combo);
    layout->addLayout(m_paramBox);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_readout);
    layout->addWidget(m_formula);
    layout->addWidget(m_example);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        rebuildParameters();
        recompute();
    });
    const int at = m_combo->findData(initial);
    m_combo->setCurrentIndex(at < 0 ? 0 : at);
    rebuildParameters();
    recompute();
}

QString ActivationPanel::activation() const { return m_combo->currentData().toString(); }

void ActivationPanel::setActivation(const QString& name) {
    const int at = m_combo->findData(name);
    if (at >= 0) m_combo->setCurrentIndex(at);
}

double ActivationPanel::parameter(const QString& key) const {
    for (const auto& p : m_params)
        if (p.first == key) return p.second->value();
    for (const ParamDef& def : findActivation(activation().toStdString()).params)
        if (key == def.key) return def.defaultValue;
    return std::numeric_limits<double>::quiet_NaN();
}

void ActivationPanel::setParameter(const QString& key, double value) {
    for (const auto& p : m_params)
        if (p.first == key) p.second->setValue(value);
}

NamedSpec ActivationPanel::spec() const {
    NamedSpec s(activation().toStdString());
    for (const auto& p : m_params) s.params[p.first.toStdString()] = p.second->value();
    return s;
}

bool ActivationPanel::hasGradient() const { return findActivation(activation().toStdString()).backward != nullptr; }

void ActivationPanel::rebuildParameters() {
    for (auto& p : m_params) p.second->deleteLater();
    m_params.clear();
    for (const ParamDef& def : findActivation(activation().toStdString()).params) {
        double lo, hi;
        int steps;
        parameterRange(def, lo, hi, steps);
        auto* slider = new ValueSlider(QCoreApplication::translate("Activation", def.label), lo, hi, steps, this);
        slider->setValue(def.defaultValue);
        slider->setToolTip(tr("Parameter “%1” of the activation (default %2).")
                               .arg(QCoreApplication::translate("Activation", def.label), explorer::number(def.defaultValue)));
        connect(slider, &ValueSlider::valueChanged, this, &ActivationPanel::recompute);
        m_paramBox->addWidget(slider);
        m_params.push_back({QString(def.key), slider});
    }
}

void ActivationPanel::evaluate(const QVector<double>& xs, QVector<double>& f, QVector<double>& df) const {
    const Activation act(spec());
    const Index n = xs.size();
    f.resize(n);
    df.resize(n);
    if (act.info().rowWise) {
        // softmax over (x, 0): the first output, and d s_0 / d x via upstream (1, 0)
        Array x = Array::Zero(n, 2), y(n, 2), up = Array::Zero(n, 2), dx(n, 2);
        for (Index i = 0; i < n; ++i) x(i, 0) = xs[i];
        up.col(0).setOnes();
        act.forward(x, y);
        act.backward(x, y, up, dx);
        for (Index i = 0; i < n; ++i) f[i] = y(i, 0), df[i] = dx(i, 0);
        return;
    }
    Array x(1, n), y(1, n), dx(1, n);
    for (Index i = 0; i < n; ++i) x(0, i) = xs[i];
    act.forward(x, y);
    if (act.hasGradient()) act.backward(x, y, Array::Ones(1, n), dx);
    else dx.setConstant(std::numeric_limits<double>::quiet_NaN());
    for (Index i = 0; i < n; ++i) f[i] = y(0, i), df[i] = dx(0, i);
}

double ActivationPanel::valueAt(double x) const {
    QVector<double> f, df;
    evaluate({x}, f, df);
    return f[0];
}

double ActivationPanel::derivativeAt(double x) const {
    QVector<double> f, df;
    evaluate({x}, f, df);
    return df[0];
}

void ActivationPanel::recompute() {
    QVector<double> xs(kPoints), f, df;
    for (int i = 0; i < kPoints; ++i) xs[i] = kXMin + (kXMax - kXMin) * i / (kPoints - 1);
    evaluate(xs, f, df);
    m_f->setData(xs, f, true);
    if (m_tracer->graph() != m_f) m_tracer->setGraph(m_f);
    const bool gradient = hasGradient();
    m_df->setVisible(gradient);
    m_df->removeFromLegend();
    if (gradient) {
        m_df->setData(xs, df, true);
        m_df->addToLegend();
    }

    // Shaded bands where |f'| < 0.05: a rectangle from the bottom to the top of the axis rect.
    for (int i = m_plot->itemCount() - 1; i >= 0; --i)
        if (auto* r = qobject_cast<QCPItemRect*>(m_plot->item(i))) m_plot->removeItem(r);
    m_regions.clear();
    if (gradient) {
        int start = -1;
        for (int i = 0; i <= kPoints; ++i) {
            const bool flat = i < kPoints && std::abs(df[i]) < kSaturation;
            if (flat && start < 0) start = i;
            if (!flat && start >= 0) {
                m_regions.push_back({xs[start], xs[i - 1]});
                start = -1;
            }
        }
    }
    for (const auto& r : m_regions) {
        auto* rect = new QCPItemRect(m_plot);
        rect->setLayer("background");
        rect->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
        rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
        rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->topLeft->setCoords(r.first, 0.0);
        rect->bottomRight->setCoords(r.second, 1.0);
        rect->setPen(Qt::NoPen);
        rect->setBrush(m_shadeKey->brush());
    }
    m_shadeKey->removeFromLegend();
    if (!m_regions.isEmpty()) m_shadeKey->addToLegend();

    // y range: both curves with a margin, and never flatter than [0, 1].
    double lo = 0.0, hi = 1.0;
    for (int i = 0; i < kPoints; ++i) {
        for (double v : {f[i], gradient ? df[i] : 0.0})
            if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
    }
    const double pad = 0.08 * (hi - lo);
    m_plot->xAxis->setRange(kXMin, kXMax);
    m_plot->yAxis->setRange(lo - pad, hi + 2.5 * pad);  // room for the legend

    const QString name = activation();
    const ActivationInfo& info = findActivation(name.toStdString());
    QString html = QStringLiteral("<b>%1</b><br>%2").arg(QCoreApplication::translate("Activation", info.label), ActivationTexts::formula(name));
    m_formula->setText(html);
    QString example = ActivationTexts::example(name);
    if (!info.backward && info.whyNoGradient)
        example = QStringLiteral("<b>%1</b> %2")
                      .arg(tr("No gradient:"), QCoreApplication::translate("Activation", info.whyNoGradient)) +
                  (example.isEmpty() ? QString() : "<br>" + example);
    m_example->setText(example);
    m_example->setVisible(!example.isEmpty());
    showCursor(m_cursorX);
}

void ActivationPanel::showCursor(double x) {
    m_cursorX = x;
    m_cursor->point1->setCoords(x, 0.0);
    m_cursor->point2->setCoords(x, 1.0);
    m_tracer->setGraphKey(x);
    m_readout->setText(readout());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString ActivationPanel::readout() const {
    const double f = valueAt(m_cursorX), df = derivativeAt(m_cursorX);
    QString text = tr("x = %1:&nbsp; f(x) = <b>%2</b>").arg(explorer::number(m_cursorX, 4), explorer::number(f, 6));
    text += hasGradient() ? tr(",&nbsp; f′(x) = <b>%1</b>").arg(explorer::number(df, 6)) : tr(",&nbsp; no gradient");
    return text;
}

QString ActivationPanel::formula() const { return m_formula->text(); }
QString ActivationPanel::example() const { return m_example->text(); }

ActivationExplorer::ActivationExplorer(QWidget* parent) : QWidget(parent) {
    auto* intro = explorer::richLabel(
        this, tr("An activation f turns a unit's weighted sum into its output. Backpropagation multiplies the "
                 "error by f′, so where f′ is near 0 (shaded) almost no gradient reaches the weights below. "
                 "Compare two activations side by side; hover over a plot to read both at the same x."));
    m_left = new ActivationPanel("sigmoid", this);
    m_right = new ActivationPanel("relu", this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_left, 1);
    row->addWidget(m_right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    connect(m_left, &ActivationPanel::hovered, this, &ActivationExplorer::showCursor);
    connect(m_right, &ActivationPanel::hovered, this, &ActivationExplorer::showCursor);
}

void ActivationExplorer::showCursor(double x) {
    m_left->showCursor(x);
    m_right->showCursor(x);
}

}  // namespace nnlab
