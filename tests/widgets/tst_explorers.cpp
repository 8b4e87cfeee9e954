// The concept explorers "activations", "losses", "convolution" and
// "distributions", offscreen: the numbers each page shows are the engine's
// (activation values, loss curves, conv outputs of the notes' worked
// examples), the worked examples and notes errors are on the page, and the
// factory knows the page names; the optimizer race trains its network
// loss slice on another thread. Set NNLAB_SCREENSHOT_DIR to save a PNG of
// every page (1000x700) for a look.
#include "explorers/ActivationExplorer.h"
#include "explorers/ConvolutionExplorer.h"
#include "explorers/DistributionExplorer.h"
#include "explorers/ExplorerPages.h"
#include "explorers/LossExplorer.h"
#include "explorers/NetworkSlice.h"
#include "explorers/OptimizerRace.h"
#include "explorers/SurfaceMap.h"

#include "activations/Activation.h"
#include "losses/Loss.h"
#include "random/Distributions.h"

#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTableWidget>
#include <QtTest>
#include <qcustomplot.h>

#include <cmath>
#include <memory>

using namespace nnlab;

Q_DECLARE_METATYPE(nnlab::Matrix)

namespace {

double engineActivation(const NamedSpec& spec, double x, double* derivative = nullptr) {
    const Activation act(spec);
    if (act.info().rowWise) {
        Array in(1, 2), y(1, 2), up(1, 2), dx(1, 2);
        in << x, 0.0;
        up << 1.0, 0.0;
        act.forward(in, y);
        act.backward(in, y, up, dx);
        if (derivative) *derivative = dx(0, 0);
        return y(0, 0);
    }
    Array in(1, 1), y(1, 1), dx(1, 1);
    in(0, 0) = x;
    act.forward(in, y);
    if (derivative && act.hasGradient()) {
        act.backward(in, y, Array::Ones(1, 1), dx);
        *derivative = dx(0, 0);
    }
    return y(0, 0);
}

double engineLoss(const NamedSpec& spec, double pred, double target, double* gradient = nullptr) {
    const Loss loss(spec);
    Matrix p(1, 1), t(1, 1), g(1, 1);
    p(0, 0) = pred;
    t(0, 0) = target;
    if (gradient) {
        loss.gradient(p, t, g);
        *gradient = g(0, 0);
    }
    return loss.value(p, t);
}

Matrix grid(std::initializer_list<std::initializer_list<double>> rows) {
    Matrix m(Index(rows.size()), Index(rows.begin()->size()));
    Index r = 0;
    for (const auto& row : rows) {
        Index c = 0;
        for (double v : row) m(r, c++) = v;
        ++r;
    }
    return m;
}

// The page as drawn at 1000 x 700, saved as explorer-NAME.png when NNLAB_SCREENSHOT_DIR is set.
QImage takeShot(QWidget* page, const QString& name) {
    page->resize(1000, 700);
    page->show();
    QTest::qWait(30);
    QCoreApplication::processEvents();
    for (QCustomPlot* p : page->findChildren<QCustomPlot*>()) p->replot();
    const QImage shot = page->grab().toImage();
    const QString dir = qEnvironmentVariable("NNLAB_SCREENSHOT_DIR");
    if (!dir.isEmpty() && !shot.isNull()) {
        QDir().mkpath(dir);
        shot.save(dir + "/explorer-" + name + ".png");
    }
    return shot;
}

void saveShot(QWidget* page, const QString& name) {
    const QImage shot = takeShot(page, name);
    QVERIFY(!shot.isNull());
    QCOMPARE(shot.size(), QSize(1000, 700));
}

}  // namespace

class TestExplorers : public QObject {
    Q_OBJECT
private slots:
    // ---- factory ---------------------------------------------------------------
    void pageNames() {
        QCOMPARE(explorerPageNames(),
                 (QStringList{"activations", "losses", "optimizers", "learning-rate", "convolution", "capacity", "distributions",
                              "initialization"}));
        QCOMPARE(createExplorerPage("no-such-page", nullptr), static_cast<QWidget*>(nullptr));
        for (const QString& name : explorerPageNames()) QVERIFY2(!explorerPageTitle(name).isEmpty(), qPrintable(name));
    }

    void factoryBuildsPages_data() {
        QTest::addColumn<QString>("name");
        for (const QString& n : explorerPageNames()) QTest::newRow(qPrintable(n)) << n;
    }
    void factoryBuildsPages() {
        QFETCH(QString, name);
        std::unique_ptr<QWidget> page(createExplorerPage(name, nullptr));
        const QStringList mine = {"activations", "losses", "convolution", "distributions"};
        if (!page) {
            QVERIFY2(!mine.contains(name), qPrintable(name + " must be built"));
            QSKIP(qPrintable(name + ": that page is not in the tree yet"));
        }
        if (name == "activations") QVERIFY(qobject_cast<ActivationExplorer*>(page.get()));
        if (name == "losses") QVERIFY(qobject_cast<LossExplorer*>(page.get()));
        if (name == "convolution") QVERIFY(qobject_cast<ConvolutionExplorer*>(page.get()));
        if (name == "distributions") QVERIFY(qobject_cast<DistributionExplorer*>(page.get()));
        saveShot(page.get(), name);
    }

    // ---- activations -------------------------------------------------------------
    void activationValuesAreTheEngines_data() {
        QTest::addColumn<QString>("name");
        for (const ActivationInfo& a : activationTable()) QTest::newRow(a.name) << QString(a.name);
    }
    void activationValuesAreTheEngines() {
        QFETCH(QString, name);
        ActivationExplorer page;
        ActivationPanel* panel = page.panel(0);
        panel->setActivation(name);
        QCOMPARE(panel->activation(), name);
        const NamedSpec spec = panel->spec();
        for (double x : {-2.7, -0.3, 0.4, 1.3, 4.9}) {
            double d = NAN;
            const double y = engineActivation(spec, x, &d);
            QCOMPARE(panel->valueAt(x), y);
            if (panel->hasGradient()) QCOMPARE(panel->derivativeAt(x), d);
        }
        // The readout at the cursor shows the engine's value.
        page.showCursor(1.3);
        QVERIFY2(panel->readout().contains(QLocale().toString(engineActivation(spec, 1.3), 'g', 6)), qPrintable(panel->readout()));
        // The plotted curve is the engine's too, point by point.
        QCPGraph* f = panel->plot()->graph(1);
        QVERIFY(f->dataCount() > 100);
        for (int i = 0; i < f->dataCount(); i += 37)
            QCOMPARE(f->data()->at(i)->value, engineActivation(spec, f->data()->at(i)->key));
        QVERIFY(!panel->formula().isEmpty());
    }

    void binaryStepExplainsWhyNoGradient() {
        ActivationExplorer page;
        ActivationPanel* panel = page.panel(1);
        panel->setActivation("binary_step");
        QVERIFY(!panel->hasGradient());
        QVERIFY(panel->example().contains(findActivation("binary_step").whyNoGradient));
        QVERIFY(panel->readout().contains("no gradient"));
        QVERIFY(!panel->plot()->graph(2)->visible());  // no f' curve
    }

    void parameterSlidersReachTheEngine() {
        ActivationExplorer page;
        ActivationPanel* panel = page.panel(0);
        panel->setActivation("leaky_relu");
        QCOMPARE(panel->parameter("slope"), 0.01);
        panel->setParameter("slope", 0.2);
        QCOMPARE(panel->valueAt(-2.0), -0.4);  // 0.2 * -2
        QCOMPARE(panel->derivativeAt(-2.0), 0.2);
        panel->setActivation("elu");
        panel->setParameter("alpha", 2.0);
        QVERIFY(std::abs(panel->valueAt(-1.0) - 2.0 * (std::exp(-1.0) - 1.0)) < 1e-15);
    }

    void saturationRegionsAreShaded() {
        ActivationExplorer page;
        ActivationPanel* panel = page.panel(0);
        auto covers = [&](double x) {
            for (const auto& r : panel->saturatedRegions())
                if (x >= r.first && x <= r.second) return true;
            return false;
        };
        panel->setActivation("sigmoid");  // sigma'(3) = 0.045 < 0.05 < sigma'(2.9)
        QVERIFY(covers(-5.0) && covers(5.0) && covers(3.0));
        QVERIFY(!covers(0.0) && !covers(2.5));
        panel->setActivation("relu");  // f' = 0 for x <= 0
        QVERIFY(covers(-3.0) && !covers(1.0));
        panel->setActivation("linear");
        QVERIFY(panel->saturatedRegions().isEmpty());
    }

    // WE-28: ReLU at -4..4 gives [0,0,0,0,0,1,2,3,4]; 000-16 sigmoid sums.
    void activationWorkedExamples() {
        ActivationExplorer page;
        page.panel(0)->setActivation("relu");
        QVERIFY2(page.panel(0)->example().contains("[0, 0, 0, 0, 0, 1, 2, 3, 4]"), qPrintable(page.panel(0)->example()));
        page.panel(0)->setActivation("sigmoid");
        QVERIFY(page.panel(0)->example().contains("2.5379"));  // 0.3775+0.7685+0.4750+0.9168
        QVERIFY(page.panel(0)->example().contains("Notes error"));
        page.panel(0)->setActivation("softmax");
        QVERIFY(page.panel(0)->example().contains("0.659001"));  // e^2 / (e^2 + e + e^0.1)
    }

    // ---- losses -------------------------------------------------------------------
    void lossCurvesAreTheEngines_data() {
        QTest::addColumn<int>("group");
        QTest::addColumn<double>("target");
        QTest::newRow("regression y=0.5") << int(LossExplorer::Group::Regression) << 0.5;
        QTest::newRow("bce y=1") << int(LossExplorer::Group::Bce) << 1.0;
        QTest::newRow("bce y=0.3") << int(LossExplorer::Group::Bce) << 0.3;
        QTest::newRow("hinge y=-1") << int(LossExplorer::Group::Hinge) << -1.0;
    }
    void lossCurvesAreTheEngines() {
        QFETCH(int, group);
        QFETCH(double, target);
        LossExplorer page;
        page.setGroup(LossExplorer::Group(group));
        page.setTarget(target);
        QCOMPARE(page.target(), target);
        page.setDelta(1.5);
        QVERIFY(!page.lossNames().isEmpty());
        for (const QString& name : page.lossNames()) {
            NamedSpec spec(name.toStdString());
            if (name == "huber") spec.params["delta"] = 1.5;
            QCPGraph* l = page.lossGraph(name);
            QCPGraph* g = page.gradientGraph(name);
            QVERIFY(l && g && l->dataCount() > 100);
            for (int i = 0; i < l->dataCount(); i += 23) {
                double grad;
                const double x = l->data()->at(i)->key;
                QCOMPARE(l->data()->at(i)->value, engineLoss(spec, x, target, &grad));
                QCOMPARE(g->data()->at(i)->value, grad);
            }
        }
    }

    // Nine residuals (sum of squares 1.2125, sum of |r| 2.85) and one outlier r = 4:
    //   MSE clean 1.2125/9 = 0.134722, with it (1.2125 + 16)/10 = 1.72125,
    //   MSE gradient share 2*4 / (2*4 + 2*2.85) = 8/13.7 = 0.5839;
    //   MAE share 1/10 (every |gradient| is 1/n); Huber (delta 1) share 1/(1 + 2.85) = 0.2597.
    void outlierEffect() {
        LossExplorer page;
        page.setGroup(LossExplorer::Group::Regression);
        page.setTarget(0.0);
        page.setDelta(1.0);
        page.setOutlier(true);
        QVERIFY(page.outlierShown());
        const auto mse = page.outlierEffect("mse");
        QVERIFY(std::abs(mse.cleanMean - 1.2125 / 9.0) < 1e-12);
        QVERIFY(std::abs(mse.withOutlier - 17.2125 / 10.0) < 1e-12);
        QVERIFY(std::abs(mse.gradientShare - 8.0 / 13.7) < 1e-12);
        QVERIFY(std::abs(page.outlierEffect("mae").gradientShare - 0.1) < 1e-12);
        QVERIFY(std::abs(page.outlierEffect("huber").gradientShare - 1.0 / 3.85) < 1e-12);
        QVERIFY(page.outlierEffect("log_cosh").gradientShare < mse.gradientShare);
        QTableWidget* table = page.outlierTable();
        QCOMPARE(table->rowCount(), page.lossNames().size());
        QVERIFY(table->item(0, 3)->text().startsWith(QLocale().toString(58.4, 'f', 1)));
        // A confidently wrong probability dominates bce the same way.
        page.setGroup(LossExplorer::Group::Bce);
        QVERIFY(page.outlierEffect("bce").gradientShare > 0.9);
    }

    void lossWorkedExamples() {
        LossExplorer page;
        page.setGroup(LossExplorer::Group::Regression);
        QVERIFY(page.examples().contains("0.125") && page.examples().contains("1.5"));
        QVERIFY(page.formula().contains("Huber"));
        page.setGroup(LossExplorer::Group::Bce);
        QVERIFY2(page.examples().contains("0.164252"), qPrintable(page.examples()));  // -(ln 0.9 + ln 0.8)/2
        QVERIFY(page.examples().contains("0.126928"));                            // -ln sigma(2)
        QVERIFY(page.examples().contains("Notes error"));
    }

    // ---- convolution ---------------------------------------------------------------
    void convolutionExamples_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<Matrix>("expected");
        QTest::addColumn<QString>("remark");
        QTest::newRow("WE-25 stride 2") << "we25" << grid({{91, 100, 88}, {69, 91, 117}, {44, 72, 74}}) << "110, 83 and 127";
        QTest::newRow("WE-25 stride 1") << "we25-stride1"
                                        << grid({{91, 80, 100, 84, 88}, {99, 106, 126, 92, 77}, {69, 98, 91, 93, 117},
                                                 {80, 79, 87, 93, 61}, {44, 72, 72, 63, 74}})
                                        << "5×5";
        QTest::newRow("WE-17 sharpen") << "we17" << grid({{-45}}) << "−45";
        QTest::newRow("pooling 2x2 max") << "pool-2x2" << grid({{4}}) << "2.5";
        QTest::newRow("pooling 4x4") << "pool-4x4" << grid({{5, 8}, {7, 9}}) << "1.5";
    }
    void convolutionExamples() {
        QFETCH(QString, id);
        QFETCH(Matrix, expected);
        QFETCH(QString, remark);
        ConvolutionExplorer page;
        page.setExample(id);
        QCOMPARE(page.example(), id);
        QCOMPARE(page.output(), expected);
        QVERIFY2(page.remark().contains(remark), qPrintable(page.remark()));
        QVERIFY(page.error().isEmpty());
        QVERIFY(!page.sizeFormula().isEmpty());
    }

    void we25ShowsTheNotesErrorAndTheSums() {
        ConvolutionExplorer page;
        page.setExample("we25");
        QVERIFY(page.remark().contains("Notes error"));
        QVERIFY(page.remark().contains("[[91, 100, 88], [69, 91, 117], [44, 72, 74]]"));
        // (7 + 2*0 - 3) / 2 = 2, + 1 = 3
        QVERIFY2(page.sizeFormula().contains("⌊(7 + 2·0 − 3) / 2⌋ + 1 = ⌊4 / 2⌋ + 1 = <b>3</b>"), qPrintable(page.sizeFormula()));
        QCOMPARE(page.stepCount(), 9);
        // Output (0,1): 7·3 + 4·4 + 6·4 + 9·1 + 8·0 + 7·2 + 8·(−1) + 3·0 + 8·3 = 100
        page.setStep(1);
        QVERIFY2(page.stepText().startsWith("y[0,1] = 7·3 + 4·4 + 6·4 + 9·1 + 8·0 + 7·2 + 8·(−1) + 3·0 + 8·3 = <b>100</b>"),
                 qPrintable(page.stepText()));
        QCOMPARE(page.sweep().step, 1);
    }

    // WE-20/22: 5x5 input, 2x2 filter -> 4x4, first element 1x0 + 2x1 + 2x1 + 1x2 = 6.
    void we20AndSizes() {
        ConvolutionExplorer page;
        page.setExample("we20");
        QCOMPARE(page.output().rows(), Index(4));
        QCOMPARE(page.output()(0, 0), 6.0);
        QVERIFY(page.sizeFormula().contains("<b>4</b>"));
        page.setExample("we26");  // (3 - 1)*2 - 2*1 + 1*(3 - 1) + 0 + 1 = 5
        QCOMPARE(page.kind(), ConvolutionExplorer::Kind::Transposed);
        QCOMPARE(page.output().rows(), Index(5));
        QVERIFY(page.sizeFormula().contains("= <b>5</b>"));
        page.setExample("we27");  // (7 + 0 - 2*2 - 1)/1 + 1 = 3
        QCOMPARE(page.output().rows(), Index(3));
        QVERIFY(page.sizeFormula().contains("spans D(K − 1) + 1 = 5"));
    }

    // WE-16: identity, blur and sharpen keep a constant picture; edge gives 0.
    void kernelPresetsOnAConstant_data() {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<double>("value");
        QTest::newRow("identity") << "identity" << 7.0;
        QTest::newRow("gaussian") << "gaussian" << 7.0;
        QTest::newRow("sharpen") << "sharpen" << 7.0;
        QTest::newRow("edge") << "edge" << 0.0;
    }
    void kernelPresetsOnAConstant() {
        QFETCH(QString, preset);
        QFETCH(double, value);
        ConvolutionExplorer page;
        page.setKind(ConvolutionExplorer::Kind::Convolution);
        page.setInput(Matrix::Constant(5, 5, 7.0));
        page.setStride(1);
        page.setPadding(0);
        page.setDilation(1);
        page.setPreset(preset);
        QCOMPARE(page.output().rows(), Index(3));
        for (Index i = 0; i < page.output().size(); ++i) QVERIFY(std::abs(page.output().data()[i] - value) < 1e-12);
        QVERIFY(!page.filteredPicture().isNull());
        QCOMPARE(page.picture().size(), QSize(64, 64));
    }

    void poolingAndErrors() {
        ConvolutionExplorer page;
        page.setInput(grid({{1, 3, 0, 2}, {2, 4, 1, 1}, {5, 0, 2, 2}, {1, 1, 3, 8}}));
        page.setKind(ConvolutionExplorer::Kind::AvgPool);
        page.setKernelSize(2);
        page.setStride(2);
        page.setPadding(0);
        QCOMPARE(page.output(), grid({{2.5, 1.0}, {1.75, 3.75}}));
        QVERIFY(page.stepText().contains("(1 + 3 + 2 + 4) / 4 = <b>2.5</b>"));
        page.setKind(ConvolutionExplorer::Kind::GlobalPool);
        QCOMPARE(page.output(), grid({{2.25}}));  // 36 / 16
        page.setKind(ConvolutionExplorer::Kind::MaxPool);
        page.setKernelSize(5);  // 5x5 window on a 4x4 map
        QCOMPARE(page.output().size(), Index(0));
        QVERIFY2(page.error().contains("pooling 5x5 on a 4x4 map"), qPrintable(page.error()));
        QVERIFY(page.sizeFormula().contains("does not fit"));
    }

    void sweepPlays() {
        ConvolutionExplorer page;
        page.setExample("we25");
        page.setStep(0);
        page.play(true);
        QVERIFY(page.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(page.sweep().step > 0, 3000);
        page.play(false);
        QVERIFY(!page.isPlaying());
    }

    // ---- distributions -------------------------------------------------------------
    void distributionHistograms_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::newRow("bernoulli phi 0.6") << int(DistributionExplorer::Kind::Bernoulli) << "phi" << 0.6;
        QTest::newRow("binomial p 0.4") << int(DistributionExplorer::Kind::Binomial) << "p" << 0.4;
        QTest::newRow("poisson lambda 5") << int(DistributionExplorer::Kind::Poisson) << "lambda" << 5.0;
        QTest::newRow("uniform b 2") << int(DistributionExplorer::Kind::Uniform) << "b" << 2.0;
        QTest::newRow("gaussian mu 1.5") << int(DistributionExplorer::Kind::Gaussian) << "mu" << 1.5;
        QTest::newRow("exponential scale 3") << int(DistributionExplorer::Kind::Exponential) << "scale" << 3.0;
    }
    void distributionHistograms() {
        QFETCH(int, kind);
        QFETCH(QString, key);
        QFETCH(double, value);
        DistributionExplorer page;
        page.setDistribution(DistributionExplorer::Kind(kind));
        page.setParameter(key, value);
        QCOMPARE(page.parameter(key), value);
        page.setSampleCount(20000);
        QCOMPARE(page.samples().size(), 20000);
        // The sample mean sits within 5 standard errors of the exact mean.
        const double se = std::sqrt(page.exactVariance() / 20000.0);
        QVERIFY2(std::abs(page.sampleMean() - page.exactMean()) < 5 * se,
                 qPrintable(QString("mean %1 vs %2").arg(page.sampleMean()).arg(page.exactMean())));
        QVERIFY2(std::abs(page.area() - 1.0) < 1e-6, qPrintable(QString("area %1").arg(page.area())));
        // The histogram is a distribution too: relative frequencies sum to 1,
        // densities times the bin width to the share of samples in range.
        double total = 0.0;
        for (auto it = page.histogram()->data()->constBegin(); it != page.histogram()->data()->constEnd(); ++it)
            total += it->value * (page.isDiscrete() ? 1.0 : page.histogram()->width() / 0.95);
        QVERIFY2(total > 0.97 && total < 1.0 + 1e-9, qPrintable(QString("histogram total %1").arg(total)));
        QVERIFY(page.readout().contains(QLocale().toString(20000)));
        QVERIFY(!page.formula().isEmpty() && !page.example().isEmpty());
    }

    void distributionWorkedExamples() {
        DistributionExplorer page;
        page.setDistribution(DistributionExplorer::Kind::Binomial);
        QVERIFY(page.example().contains("0.3456") && page.example().contains("0.31104"));
        QVERIFY(page.example().contains("Notes error"));
        page.setParameter("n", 5);
        page.setParameter("p", 0.4);
        QCOMPARE(page.probability(2), binomialPmf(2, 5, 0.4));
        page.setDistribution(DistributionExplorer::Kind::Poisson);
        QVERIFY(page.example().contains("0.17547"));
        // WE-8: sd 14.2872, the notes' curve has area pi sqrt(2 pi) sd^2 = 1607.4
        page.setDistribution(DistributionExplorer::Kind::Gaussian);
        page.setParameter("mu", 0.0);
        page.setParameter("sigma", 14.2872);
        page.setNotesFormulaShown(true);
        QVERIFY(std::abs(page.notesFormulaArea() - M_PI * std::sqrt(2 * M_PI) * 14.2872 * 14.2872) < 1e-6);
        QVERIFY(std::abs(page.notesFormulaArea() - 1607.4) < 0.5);
        QVERIFY(page.readout().contains(QLocale().toString(page.notesFormulaArea(), 'f', 1)));
        QVERIFY(std::abs(page.probability(0.0) - 0.027923) < 1e-6);
        // Uniform with b - a = 0.5: a density of 2.
        page.setDistribution(DistributionExplorer::Kind::Uniform);
        page.setParameter("a", 0.0);
        page.setParameter("b", 0.5);
        QCOMPARE(page.probability(0.25), 2.0);
        QVERIFY(std::abs(page.area() - 1.0) < 1e-12);
        // Exponential by rate: the same distribution as scale 3 when rate = 1/3.
        page.setDistribution(DistributionExplorer::Kind::Exponential);
        QCOMPARE(page.parameter("rate"), 1.0 / 3.0);
        page.setScaleParametrisation(false);
        QVERIFY(page.parameterKeys().contains("rate"));
    }

    // ---- more screenshots: the variants worth a look --------------------------------
    // Each variant a screenshot is taken of draws another picture than the state before it.
    void variantScreenshotsShowTheVariant() {
        auto differs = [](const QImage& a, const QImage& b) { return !a.isNull() && a.size() == b.size() && a != b; };
        {
            LossExplorer page;
            const QImage plain = takeShot(&page, "losses");
            page.setOutlier(true);
            const QImage outlier = takeShot(&page, "losses-outlier");
            QVERIFY(differs(outlier, plain));
            page.setGroup(LossExplorer::Group::Bce);
            QVERIFY(differs(takeShot(&page, "losses-bce"), outlier));
        }
        {
            ConvolutionExplorer page;
            const QImage plain = takeShot(&page, "convolution");
            page.setExample("pool-4x4");
            const QImage pool = takeShot(&page, "convolution-pool");
            QVERIFY(differs(pool, plain));
            page.setExample("we26");
            const QImage transposed = takeShot(&page, "convolution-transposed");
            QVERIFY(differs(transposed, pool));
            page.setExample("we17");
            page.setPreset("edge");
            page.setInputSize(6);
            QVERIFY(differs(takeShot(&page, "convolution-edge"), transposed));
        }
        {
            DistributionExplorer page;
            const QImage plain = takeShot(&page, "distributions");
            page.setDistribution(DistributionExplorer::Kind::Gaussian);
            page.setNotesFormulaShown(true);
            const QImage gaussian = takeShot(&page, "distributions-gaussian");
            QVERIFY(differs(gaussian, plain));
            page.setDistribution(DistributionExplorer::Kind::Binomial);
            QVERIFY(differs(takeShot(&page, "distributions-binomial"), gaussian));
        }
        {
            ActivationExplorer page;
            const QImage plain = takeShot(&page, "activations");
            page.panel(0)->setActivation("binary_step");
            page.panel(1)->setActivation("elu");
            page.showCursor(-1.5);
            QVERIFY(differs(takeShot(&page, "activations-step-elu"), plain));
        }
    }

    // ---- optimizer race: the network slice ------------------------------------------

    // Choosing the network loss slice trains a network (300 epochs, 3000 Adam
    // steps) and samples its map: the choice returns at once with the page
    // busy, events go on being served, and the slice arrives later.
    void networkSliceIsBuiltOffTheGuiThread() {
        OptimizerRace race;
        race.resize(1000, 700);
        race.show();
        QVERIFY(QTest::qWaitForWindowExposed(&race));
        const int slice = race.surfaceBox()->findData(QString::fromLatin1(kNetworkSliceName));
        QVERIFY(slice > 0);
        const std::string before = race.race().surface().info().name;
        QSignalSpy ready(&race, &OptimizerRace::surfaceReady);
        race.surfaceBox()->setCurrentIndex(slice);
        QVERIFY(race.isBusy());
        QVERIFY(!race.stepButton()->isEnabled());
        QVERIFY(!race.playButton()->isEnabled());
        QCOMPARE(race.race().surface().info().name, before);  // the race stays on the old surface meanwhile
        QCOMPARE(ready.count(), 0);
        bool servedWhileBusy = false;
        QTimer::singleShot(0, &race, [&] { servedWhileBusy = race.isBusy(); });
        QVERIFY(ready.wait(60000));
        QVERIFY(servedWhileBusy);
        QVERIFY(!race.isBusy());
        QVERIFY(race.stepButton()->isEnabled());
        const SurfaceInfo& info = race.race().surface().info();
        QCOMPARE(info.name, std::string(kNetworkSliceName));
        QCOMPARE(race.map()->colorMap()->data()->keyRange().lower, info.xMin);
        QVERIFY(race.map()->levelLines()->dataCount() > 50);
        race.stepRace(5);
        QCOMPARE(race.race().steps(), 5);
        for (std::size_t i = 0; i < race.race().size(); ++i) QCOMPARE(race.race().racer(i).trail().size(), std::size_t(6));
    }

    // A surface chosen while the slice is still being built wins; the slice is dropped.
    void laterChoiceWinsOverASliceStillBuilding() {
        OptimizerRace race;
        race.show();
        const int slice = race.surfaceBox()->findData(QString::fromLatin1(kNetworkSliceName));
        race.surfaceBox()->setCurrentIndex(slice);
        QVERIFY(race.isBusy());
        race.surfaceBox()->setCurrentIndex(1);
        QVERIFY(!race.isBusy());
        QVERIFY(race.stepButton()->isEnabled());
        const std::string chosen = surfaceNames()[1];
        QCOMPARE(race.race().surface().info().name, chosen);
        QSignalSpy ready(&race, &OptimizerRace::surfaceReady);
        QCOMPARE(race.backgroundJobs(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(race.backgroundJobs(), 0, 60000);  // the slice's build ended...
        QCOMPARE(ready.count(), 0);                                  // ...and was not shown
        QCOMPARE(race.race().surface().info().name, chosen);
    }
};

QTEST_MAIN(TestExplorers)
#include "tst_explorers.moc"
