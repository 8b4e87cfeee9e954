#include "explorers/LossExplorer.h"

#include "explorers/ExplorerStyle.h"
#include "explorers/ValueSlider.h"
#include "losses/Loss.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

namespace nnlab {
namespace {

constexpr int kPoints = 401;

// Clean residuals (regression), probabilities of the true class (bce) and
// margins y s (hinge) of the small point set; the outlier is added last.
const double kResiduals[] = {-0.6, -0.4, -0.25, -0.1, 0.05, 0.15, 0.3, 0.45, 0.55};
const double kProbabilities[] = {0.95, 0.9, 0.85, 0.8, 0.9, 0.75, 0.7, 0.88, 0.92};
const double kMargins[] = {0.8, 1.2, 1.5, 0.5, 2.0, 1.1, 0.9, 1.7, 1.3};
constexpr double kOutlierResidual = 4.0, kOutlierProbability = 0.001, kOutlierMargin = -4.0;

bool inTable(const char* name) {
    for (const LossInfo& info : lossTable())
        if (QString(info.name) == name) return true;
    return false;
}

const LossInfo* info(const QString& name) {
    for (const LossInfo& i : lossTable())
        if (name == i.name) return &i;
    return nullptr;
}

// One element: value and dL/dpred of the engine's loss.
void evaluate(const Loss& loss, double pred, double target, double& value, double& grad) {
    Matrix p(1, 1), t(1, 1), g(1, 1);
    p(0, 0) = pred;
    t(0, 0) = target;
    value = loss.value(p, t);
    loss.gradient(p, t, g);
    grad = g(0, 0);
}

class LossTexts {
    Q_DECLARE_TR_FUNCTIONS(LossTexts)
public:
    static QString formula(LossExplorer::Group g);
    static QString examples(LossExplorer::Group g);
};

QString LossTexts::formula(LossExplorer::Group g) {
    switch (g) {
    case LossExplorer::Group::Regression:
        return tr("With r = ŷ − y (prediction minus target):<br>"
                  "<b>MSE</b> = mean r², &nbsp;∂/∂ŷ = 2r / n<br>"
                  "<b>MAE</b> = mean |r|, &nbsp;∂/∂ŷ = sign(r) / n<br>"
                  "<b>Huber</b><sub>δ</sub> = ½ r² if |r| ≤ δ, else δ (|r| − δ/2), &nbsp;∂/∂ŷ = r or δ·sign(r) (over n)<br>"
                  "<b>log-cosh</b> = mean log(cosh r), &nbsp;∂/∂ŷ = tanh(r) / n<br>"
                  "Reduction: mean over all elements; the curves show one element (n = 1).");
    case LossExplorer::Group::Bce:
        return tr("<b>BCE</b> = −[y log p + (1 − y) log(1 − p)], p the predicted probability of class 1<br>"
                  "∂/∂p = (p − y) / (p (1 − p)); through a sigmoid output p = σ(z) this becomes ∂/∂z = p − y.<br>"
                  "Reduction: mean over all elements.");
    case LossExplorer::Group::Hinge:
        return tr("<b>Hinge</b> = max(0, 1 − y·s), label y = ±1, score s<br>"
                  "∂/∂s = −y where y·s &lt; 1, else 0: points beyond the margin give no gradient.<br>"
                  "Reduction: mean over all elements.");
    }
    return QString();
}

QString LossTexts::examples(LossExplorer::Group g) {
    double v, d;
    switch (g) {
    case LossExplorer::Group::Regression: {
        const Loss huber(NamedSpec("huber", {{"delta", 1.0}}));
        double a, b;
        evaluate(huber, 0.5, 0.0, a, d);
        evaluate(huber, 2.0, 0.0, b, d);
        return explorer::workedExample("004-18", tr("Huber with δ = 1: r = 0.5 gives ½·0.5² = %1; r = 2 gives "
                                                    "1·(2 − ½) = %2 ✓.")
                                                     .arg(explorer::number(a), explorer::number(b))) +
               "<br>" + explorer::notesError(tr("the notes write MAE as ½|y − ŷ| (004-17); MAE has no ½. They also "
                                                "give the cost once as a sum and once as a mean (004-15): the "
                                                "engine's reduction is the mean. “Hubber” is Huber."));
    }
    case LossExplorer::Group::Bce: {
        const Loss bce(NamedSpec("bce"));
        Matrix p(1, 2), t(1, 2);
        p << 0.9, 0.2;
        t << 1.0, 0.0;
        const double pair = bce.value(p, t);
        evaluate(bce, 1.0 / (1.0 + std::exp(-2.0)), 1.0, v, d);
        return explorer::workedExample("ad3501", tr("y = [1, 0], p = [0.9, 0.2]: BCE = −(log 0.9 + log 0.8) / 2 = %1 ✓. "
                                                    "A logit z = 2 with y = 1: p = σ(2), BCE = %2.")
                                                     .arg(explorer::number(pair), explorer::number(v))) +
               "<br>" + explorer::notesError(tr("the notes write cross-entropy as H = Σ p log q, without the minus "
                                                "sign: it is H(p, q) = −Σ p log q. It is not “the difference between "
                                                "two distributions”; that is the KL divergence H(p, q) − H(p)."));
    }
    case LossExplorer::Group::Hinge: {
        const Loss hinge(NamedSpec("hinge"));
        double a, b, da, db;
        evaluate(hinge, 0.3, 1.0, a, da);
        evaluate(hinge, 1.5, 1.0, b, db);
        return tr("<b>Example:</b> y = +1, s = 0.3: max(0, 1 − 0.3) = %1 with gradient %2; s = 1.5: loss %3, "
                  "gradient %4 (beyond the margin).")
            .arg(explorer::number(a), explorer::number(da), explorer::number(b), explorer::number(db));
    }
    }
    return QString();
}

}  // namespace

LossExplorer::LossExplorer(QWidget* parent) : QWidget(parent) {
    m_group = new QComboBox(this);
    m_group->addItem(tr("Regression: MSE, MAE, Huber, log-cosh"));
    m_group->addItem(tr("Binary cross-entropy (probability p)"));
    m_group->addItem(tr("Hinge (score s, label ±1)"));
    m_group->setToolTip(tr("Which losses to compare. Each is computed by the engine's loss table."));
    m_target = new ValueSlider(tr("target y"), -2.0, 2.0, 40, this);
    m_target->setToolTip(tr("The target the prediction is compared with."));
    m_delta = new ValueSlider(tr("Huber δ"), 0.1, 3.0, 29, this);
    m_delta->setValue(1.0);
    m_delta->setToolTip(tr("Huber's δ: quadratic for |r| ≤ δ, linear beyond, so a large error's gradient is capped at δ."));
    m_outlier = new QCheckBox(tr("Add one outlier"), this);
    m_outlier->setToolTip(tr("Adds one badly wrong point to nine good ones and shows the mean loss with and without it, "
                             "and the outlier's share of the gradient."));

    m_lossPlot = new QCustomPlot(this);
    explorer::setupPlot(m_lossPlot, tr("prediction ŷ"), tr("loss"));
    m_lossPlot->setToolTip(tr("The loss of one element against the prediction, for the chosen target."));
    m_gradPlot = new QCustomPlot(this);
    explorer::setupPlot(m_gradPlot, tr("prediction ŷ"), tr("gradient ∂L/∂ŷ"));
    m_gradPlot->setToolTip(tr("The gradient the loss sends back into the network, against the prediction."));
    explorer::legendBelow(m_lossPlot, 3);
    explorer::legendBelow(m_gradPlot, 3);

    m_table = new QTableWidget(this);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("loss"), tr("mean loss,\n9 good points"), tr("mean loss,\nwith the outlier"),
                                        tr("outlier's share\nof Σ|gradient|")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setToolTip(tr("What one outlier does: MSE's gradient lets it dominate the update; MAE and Huber cap "
                           "its pull at the size of any other point's."));
    m_formula = explorer::richLabel(this);
    m_examples = explorer::richLabel(this);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_group);
    controls->addWidget(m_target, 1);
    controls->addWidget(m_delta, 1);
    controls->addWidget(m_outlier);
    auto* plots = new QHBoxLayout;
    plots->addWidget(m_lossPlot, 1);
    plots->addWidget(m_gradPlot, 1);
    auto* text = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(m_formula);
    left->addWidget(m_examples);
    left->addStretch(1);
    text->addLayout(left, 1);
    text->addWidget(m_table, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(plots, 1);
    layout->addLayout(text);

    connect(m_group, &QComboBox::currentIndexChanged, this, &LossExplorer::rebuild);
    connect(m_target, &ValueSlider::valueChanged, this, &LossExplorer::recompute);
    connect(m_delta, &ValueSlider::valueChanged, this, &LossExplorer::recompute);
    connect(m_outlier, &QCheckBox::toggled, this, &LossExplorer::recompute);
    rebuild();
}

LossExplorer::Group LossExplorer::group() const { return Group(m_group->currentIndex()); }
void LossExplorer::setGroup(Group g) { m_group->setCurrentIndex(int(g)); }
double LossExplorer::target() const { return m_target->value(); }
void LossExplorer::setTarget(double y) { m_target->setValue(y); }
void LossExplorer::setDelta(double delta) { m_delta->setValue(delta); }
void LossExplorer::setOutlier(bool on) { m_outlier->setChecked(on); }
bool LossExplorer::outlierShown() const { return m_outlier->isChecked(); }

QStringList LossExplorer::lossNames() const {
    QStringList names;
    switch (group()) {
    case Group::Regression:
        for (const char* n : {"mse", "mae", "huber", "log_cosh"})
            if (inTable(n)) names << n;
        break;
    case Group::Bce:
        names << "bce";
        break;
    case Group::Hinge:
        names << "hinge";
        break;
    }
    return names;
}

void LossExplorer::rebuild() {
    // The target's meaning and range follow the group.
    const Group g = group();
    {
        const QSignalBlocker block(m_target);  // recompute runs once, below
        if (g == Group::Regression) m_target->setRange(tr("target y"), -2.0, 2.0, 40);
        else if (g == Group::Bce) m_target->setRange(tr("target y"), 0.0, 1.0, 20);
        else m_target->setRange(tr("label y"), -1.0, 1.0, 1);
        m_target->setDecimals(g == Group::Hinge ? 0 : 2);
        m_target->setValue(g == Group::Regression ? 0.0 : 1.0);
    }
    m_delta->setVisible(g == Group::Regression);

    for (QCustomPlot* p : {m_lossPlot, m_gradPlot}) p->clearGraphs();
    m_lossGraphs.clear();
    m_gradGraphs.clear();
    int i = 0;
    for (const QString& name : lossNames()) {
        const LossInfo* li = info(name);
        const QString label = li ? QCoreApplication::translate("Loss", li->label) : name;
        QCPGraph* l = m_lossPlot->addGraph();
        QCPGraph* d = m_gradPlot->addGraph();
        for (QCPGraph* graph : {l, d}) {
            graph->setPen(QPen(explorer::seriesColor(i), 2.2, i % 2 ? Qt::DashLine : Qt::SolidLine));
            graph->setName(label);
        }
        m_lossGraphs[name] = l;
        m_gradGraphs[name] = d;
        ++i;
    }
    m_points = m_lossPlot->addGraph();
    m_points->setLineStyle(QCPGraph::lsNone);
    m_points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangle, QColor(0x33, 0x33, 0x33), Qt::white, 8));
    m_points->setName(tr("the 9 good points"));
    m_outlierPoint = m_lossPlot->addGraph();
    m_outlierPoint->setLineStyle(QCPGraph::lsNone);
    m_outlierPoint->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangle, QColor(0xc0, 0x20, 0x20), QColor(0xc0, 0x20, 0x20), 10));
    m_outlierPoint->setName(tr("the outlier"));
    const QString xLabel = g == Group::Regression ? tr("prediction ŷ") : g == Group::Bce ? tr("predicted probability p")
                                                                                          : tr("score s");
    m_lossPlot->xAxis->setLabel(xLabel);
    m_gradPlot->xAxis->setLabel(xLabel);
    m_gradPlot->yAxis->setLabel(g == Group::Regression ? tr("gradient ∂L/∂ŷ") : g == Group::Bce ? tr("gradient ∂L/∂p")
                                                                                               : tr("gradient ∂L/∂s"));
    m_formula->setText(formula());
    m_examples->setText(examples());
    recompute();
}

void LossExplorer::pointSet(bool withOutlier, QVector<double>& pred, QVector<double>& target) const {
    pred.clear();
    target.clear();
    const double t = m_target->value();
    switch (group()) {
    case Group::Regression:
        for (double r : kResiduals) pred << t + r, target << t;
        if (withOutlier) pred << t + kOutlierResidual, target << t;
        break;
    case Group::Bce: {
        // Points of the class nearest the target, p of that class as listed.
        const double label = t >= 0.5 ? 1.0 : 0.0;
        auto p = [&](double q) { return label == 1.0 ? q : 1.0 - q; };
        for (double q : kProbabilities) pred << p(q), target << label;
        if (withOutlier) pred << p(kOutlierProbability), target << label;
        break;
    }
    case Group::Hinge: {
        const double label = t >= 0.0 ? 1.0 : -1.0;
        for (double m : kMargins) pred << label * m, target << label;
        if (withOutlier) pred << label * kOutlierMargin, target << label;
        break;
    }
    }
}

LossExplorer::OutlierEffect LossExplorer::outlierEffect(const QString& name) const {
    NamedSpec spec(name.toStdString());
    if (name == "huber") spec.params["delta"] = m_delta->value();
    const Loss loss(spec);
    OutlierEffect e;
    for (bool with : {false, true}) {
        QVector<double> pred, target;
        pointSet(with, pred, target);
        Matrix p(pred.size(), 1), t(pred.size(), 1), g(pred.size(), 1);
        for (int i = 0; i < pred.size(); ++i) p(i, 0) = pred[i], t(i, 0) = target[i];
        const double v = loss.value(p, t);
        (with ? e.withOutlier : e.cleanMean) = v;
        if (with) {
            loss.gradient(p, t, g);
            const double total = g.cwiseAbs().sum();
            e.gradientShare = total > 0.0 ? std::abs(g(pred.size() - 1, 0)) / total : 0.0;
        }
    }
    return e;
}

void LossExplorer::recompute() {
    const Group g = group();
    const double t = m_target->value();
    double x0 = -6.0, x1 = 6.0;
    if (g == Group::Bce) x0 = 0.002, x1 = 0.998;
    if (g == Group::Hinge) x0 = -3.0, x1 = 3.0;
    double lossTop = 0.0, gradLo = 0.0, gradHi = 0.0;
    for (const QString& name : lossNames()) {
        NamedSpec spec(name.toStdString());
        if (name == "huber") spec.params["delta"] = m_delta->value();
        const Loss loss(spec);
        QVector<double> xs(kPoints), vs(kPoints), ds(kPoints);
        for (int i = 0; i < kPoints; ++i) {
            xs[i] = x0 + (x1 - x0) * i / (kPoints - 1);
            evaluate(loss, xs[i], t, vs[i], ds[i]);
            lossTop = std::max(lossTop, vs[i]);
            gradLo = std::min(gradLo, ds[i]);
            gradHi = std::max(gradHi, ds[i]);
        }
        m_lossGraphs[name]->setData(xs, vs, true);
        m_gradGraphs[name]->setData(xs, ds, true);
    }

    // The point set on the x axis (y = 0), the outlier in red when shown.
    QVector<double> pred, target;
    pointSet(true, pred, target);
    QVector<double> px, py, ox, oy;
    for (int i = 0; i + 1 < pred.size(); ++i) px << pred[i], py << 0.0;
    if (m_outlier->isChecked()) ox << qBound(x0, pred.last(), x1), oy << 0.0;
    m_points->setData(px, py);
    m_outlierPoint->setData(ox, oy);
    m_points->setVisible(m_outlier->isChecked());
    m_outlierPoint->setVisible(m_outlier->isChecked());
    if (m_outlier->isChecked()) m_points->addToLegend(), m_outlierPoint->addToLegend();
    else m_points->removeFromLegend(), m_outlierPoint->removeFromLegend();

    // Cross-entropy grows without bound at p -> 0 or 1: keep the view readable.
    // The gradient view is clipped at +-12 (MSE) or +-25 (bce, unbounded at p -> 0, 1).
    const double top = g == Group::Bce ? 7.0 : std::min(lossTop, 10.0);
    const double clip = g == Group::Bce ? 25.0 : 12.0;
    gradLo = std::max(gradLo, -clip), gradHi = std::min(gradHi, clip);
    const double gPad = 0.08 * std::max(gradHi - gradLo, 1.0);
    m_lossPlot->xAxis->setRange(x0, x1);
    m_lossPlot->yAxis->setRange(-0.06 * top, 1.1 * top);
    m_gradPlot->xAxis->setRange(x0, x1);
    m_gradPlot->yAxis->setRange(gradLo - gPad, gradHi + gPad);
    fillOutlierTable();
    m_lossPlot->replot(QCustomPlot::rpQueuedReplot);
    m_gradPlot->replot(QCustomPlot::rpQueuedReplot);
}

void LossExplorer::fillOutlierTable() {
    const QStringList names = lossNames();
    m_table->setRowCount(names.size());
    for (int r = 0; r < names.size(); ++r) {
        const LossInfo* li = info(names[r]);
        const OutlierEffect e = outlierEffect(names[r]);
        const QStringList cells = {li ? QCoreApplication::translate("Loss", li->label) : names[r], explorer::number(e.cleanMean, 4),
                                   explorer::number(e.withOutlier, 4),
                                   QLocale().toString(100.0 * e.gradientShare, 'f', 1) + QLocale().percent()};
        for (int c = 0; c < 4; ++c) m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->setVisible(m_outlier->isChecked());
    // Tall enough for every row, so that no scroll bar hides the last loss.
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() + 2;
    for (int r = 0; r < names.size(); ++r) height += m_table->rowHeight(r);
    m_table->setFixedHeight(height);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QString LossExplorer::formula() const { return LossTexts::formula(group()); }
QString LossExplorer::examples() const { return LossTexts::examples(group()); }

}  // namespace nnlab
