// The gradient-health panel and the initialisation view, fed by real
// snapshots of the deep-sigmoid lesson and by the engine's init profile.
#include "healthview/GradientHealthPanel.h"
#include "common/FrameReplot.h"
#include "healthview/InitializationView.h"
#include "healthview/LessonsMenu.h"
#include "playground/NetworkEdits.h"
#include "healthview/VerdictList.h"

#include "Error.h"
#include "experiment/ExperimentJson.h"
#include "tasks/supervised/SupervisedTask.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QPointer>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>
#include <qcustomplot.h>

#include <cmath>

using namespace nnlab;

namespace {

// Paint events a widget received.
struct PaintCounter : QObject {
    int count = 0;
    bool eventFilter(QObject*, QEvent* event) override {
        count += event->type() == QEvent::Paint ? 1 : 0;
        return false;  // only counted
    }
};

std::shared_ptr<Snapshot> snapshotOf(SupervisedTask& task) {
    auto s = std::make_shared<Snapshot>();
    task.fillSnapshot(*s, SnapshotOptions{});
    return s;
}

Experiment deepSigmoid() {
    const QString path = QStringLiteral(NNLAB_RESOURCES_DIR "/lessons/deep-sigmoid-broken.json");
    if (!QFile::exists(path)) throw Error(path.toStdString() + ": missing");
    return readExperimentFile(path.toStdString());
}

// The broken lesson trained to its end, health recorded at every step: its
// verdicts (vanishing gradients, with a "try" button).
std::shared_ptr<Snapshot> trainedDeepSigmoid() {
    SupervisedTask task(deepSigmoid());
    task.setRecordHealth(1);
    while (!task.finished()) task.runEpoch();
    return snapshotOf(task);
}

// Marks every text it translates, so a test sees which texts went through tr().
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char*, int) const override {
        const QByteArray c(context);
        if (c != "Verdict" && c != "nnlab::VerdictList") return QString();
        return QStringLiteral("\u00bb") + QString::fromUtf8(source);
    }
    bool isEmpty() const override { return false; }
};

// hidden x (units, activation, init) + a sigmoid output.
Experiment plainNet(int hidden, Index units, const char* activation, const NamedSpec& init) {
    Experiment e = defaultExperiment();
    LayerSpec output = e.network.layers.back();
    e.network.layers.clear();
    for (int i = 0; i < hidden; ++i) {
        LayerSpec l;
        l.name = "dense_" + std::to_string(i + 1);
        l.units = units;
        l.activation = NamedSpec(activation);
        l.weightInit = init;
        e.network.layers.push_back(l);
    }
    e.network.layers.push_back(output);
    return e;
}

double lastOverFirst(const std::vector<InitLayerProfile>& p) { return p.back().activationStd / p.front().activationStd; }

}  // namespace

class TestHealthViews : public QObject {
    Q_OBJECT
private slots:
    void panelPlotsNormsSharesAndHistograms() {
        GradientHealthPanel panel;
        panel.resize(500, 900);
        panel.show();
        SupervisedTask task(deepSigmoid());
        panel.showSnapshot(snapshotOf(task));  // not recording: ignored
        QCOMPARE(panel.normGraphCount(), 0);

        task.setRecordHealth(1);
        for (int i = 0; i < 30; ++i) task.step();
        panel.showSnapshot(snapshotOf(task));
        QCOMPARE(panel.normGraphCount(), 7);  // hidden_1..6 and output
        QCOMPARE(panel.layerNames().front(), QString("hidden_1"));
        QCOMPARE(panel.normGraph(0)->dataCount(), 30);
        QCOMPARE(panel.normPlot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
        for (int i = 0; i < 10; ++i) task.step();
        panel.showSnapshot(snapshotOf(task));
        QCOMPARE(panel.normGraph(6)->dataCount(), 40);  // only the new points were added
        // Vanishing: the first layer's gradient is orders of magnitude below the last's.
        QVERIFY2(panel.firstLastRatio() < 1e-2, qPrintable(QString::number(panel.firstLastRatio())));
        QVERIFY(panel.ratioText().contains(QLocale().toString(panel.firstLastRatio(), 'g', 3)));
        QCOMPARE(panel.heatMapColumns(), 40);
        QCOMPARE(panel.heatMap()->data()->keySize(), 40);
        QCOMPARE(panel.heatMap()->data()->valueSize(), kHistogramBins);
        // Each heat-map column is a histogram: its shares sum to 1 (gradients: no exact zeros here).
        double sum = 0.0;
        for (int k = 0; k < kHistogramBins; ++k) sum += panel.heatMap()->data()->cell(39, k);
        QVERIFY2(std::abs(sum - 1.0) < 1e-9, qPrintable(QString::number(sum)));
        panel.setHistogramKind(GradientHealthPanel::HistogramKind::Activations);
        panel.setHistogramLayer(2);
        QCOMPARE(panel.heatMap()->data()->keySize(), 40);

        // A reset (step goes back) starts the curves again.
        task.apply(Reset{});
        task.setRecordHealth(1);
        task.step();
        panel.showSnapshot(snapshotOf(task));
        QCOMPARE(panel.normGraph(0)->dataCount(), 1);
    }

    // Snapshots arrive faster than the plot's interval when the window lags:
    // ten of them in one interval cost one replot of the gradient plot, and a hidden panel (its
    // dock behind another tab) replots only once it is shown again.
    void snapshotsWithinOneFrameReplotOnce() {
        SupervisedTask task(deepSigmoid());
        task.setRecordHealth(1);
        GradientHealthPanel panel;
        panel.resize(500, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        task.step();
        panel.showSnapshot(snapshotOf(task));
        QTest::qWait(3 * GradientHealthPanel::kReplotIntervalMs);
        QSignalSpy replots(panel.normPlot(), &QCustomPlot::afterReplot);
        const int before = panel.normReplot()->replots();
        // A replot fills the plot's buffers; the widget is painted with the
        // window's next update, not by a repaint() inside the replot (which
        // would paint and flush the whole window once per plot).
        PaintCounter paints;
        panel.normPlot()->installEventFilter(&paints);
        int paintsInReplot = 0;
        connect(panel.normPlot(), &QCustomPlot::beforeReplot, &paints, [&] { paintsInReplot -= paints.count; });
        connect(panel.normPlot(), &QCustomPlot::afterReplot, &paints, [&] { paintsInReplot += paints.count; });
        for (int i = 0; i < 10; ++i) {
            task.step();
            panel.showSnapshot(snapshotOf(task));
        }
        QTest::qWait(3 * GradientHealthPanel::kReplotIntervalMs);
        QCOMPARE(panel.normReplot()->replots() - before, 1);
        QCOMPARE(replots.count(), 1);
        QCOMPARE(panel.normGraph(0)->dataCount(), 11);  // every point is there, drawn once
        QCOMPARE(paintsInReplot, 0);
        QTRY_VERIFY(paints.count > 0);
        panel.normPlot()->removeEventFilter(&paints);

        panel.hide();
        replots.clear();
        for (int i = 0; i < 5; ++i) {
            task.step();
            panel.showSnapshot(snapshotOf(task));
            QTest::qWait(GradientHealthPanel::kReplotIntervalMs + 2);
        }
        QCOMPARE(replots.count(), 0);
        QVERIFY(panel.normReplot()->isPending());
        panel.show();
        QTRY_COMPARE(replots.count(), 1);
        QVERIFY(!panel.normReplot()->isPending());
    }

    // Zero initialisation: every weight gradient is exactly 0 and drawn at the
    // log floor. The axis still spans decades (not 1.25·10⁻¹⁶ steps), and the
    // shares chart keeps one labelled tick per layer on its x axis.
    void flatRunKeepsReadableAxes() {
        Experiment e;
        QVERIFY(readLesson(QStringLiteral(":/lessons/zero-init-broken.json"), &e, nullptr));
        SupervisedTask task(e);
        task.setRecordHealth(1);
        GradientHealthPanel panel;
        panel.resize(340, 980);
        panel.show();
        for (int i = 0; i < 20; ++i) task.step();
        panel.showSnapshot(snapshotOf(task));
        QApplication::processEvents();
        const QCPRange y = panel.normPlot()->yAxis->range();
        QVERIFY2(y.upper / y.lower >= 99.0, qPrintable(QString("%1 to %2").arg(y.lower).arg(y.upper)));
        QVERIFY(y.contains(1e-16));
        auto ticker = panel.sharePlot()->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(ticker);
        QCOMPARE(ticker->ticks().size(), 3);  // hidden_1, hidden_2, output
        QCOMPARE(ticker->ticks().first(), QStringLiteral("hidden_1"));
        QVERIFY(panel.sharePlot()->xAxis->visible() && panel.sharePlot()->xAxis->tickLabels());
        QVERIFY(panel.sharePlot()->axisRect()->height() > 40);
    }

    void verdictListOffersTryThis() {
        GradientHealthPanel panel;
        panel.show();
        SupervisedTask task(deepSigmoid());
        task.setRecordHealth(1);
        while (!task.finished()) task.runEpoch();
        panel.showSnapshot(snapshotOf(task));
        VerdictList* list = panel.verdictList();
        QVERIFY(list->topLevelItemCount() >= 1);
        QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole).toString(), QString("vanishing_gradients"));
        QCOMPARE(list->topLevelItem(0)->text(0), VerdictList::titleFor(list->verdicts().front()));
        QVERIFY(list->topLevelItem(0)->childCount() >= 3);  // evidence, remedies, notes correction

        QSignalSpy spy(&panel, &GradientHealthPanel::tryRequested);
        QVERIFY(list->triggerTry("vanishing_gradients", "use_relu_he"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QString("vanishing_gradients"));
        QCOMPARE(spy.at(0).at(1).toString(), QString("use_relu_he"));
        const auto changes = spy.at(0).at(2).value<std::vector<TryChange>>();
        QVERIFY(!changes.empty());
        QCOMPARE(QString::fromStdString(changes.front().target), QString("network.layers[0].activation"));
        QCOMPARE(QString::fromStdString(changes.front().text), QString("relu"));
        QVERIFY(!list->triggerTry("vanishing_gradients", "no_such_remedy"));

        // The same verdicts again keep the tree (and the user's place in it).
        QTreeWidgetItem* before = list->topLevelItem(0);
        panel.showSnapshot(snapshotOf(task));
        QCOMPARE(list->topLevelItem(0), before);
    }

    // In a deep net a layer near the threshold flickers in and out of a
    // verdict from one frame to the next: the list keeps its rows and buttons
    // (a rebuild shows new buttons, each a round trip to the X server) and
    // only the tooltip naming the layers follows.
    void flickeringLayersKeepTheRows() {
        VerdictList list;
        list.resize(420, 600);
        list.show();
        const auto s = trainedDeepSigmoid();
        std::vector<Verdict> verdicts = s->verdicts;
        QVERIFY(!verdicts.empty() && verdicts.front().layers.size() >= 2);
        list.setVerdicts(verdicts, int(s->layers.size()));
        QPointer<QPushButton> button = list.findChild<QPushButton*>(QStringLiteral("try_vanishing_gradients_use_relu_he"));
        QVERIFY(button);
        const QString last = QString::fromStdString(verdicts.front().layers.back());
        QVERIFY(list.topLevelItem(0)->toolTip(0).contains(last));
        verdicts.front().layers.pop_back();
        list.setVerdicts(verdicts, int(s->layers.size()));
        QWidget* shown = nullptr;  // the button in the remedy's "try" row now
        QTreeWidgetItem* top = list.topLevelItem(0);
        for (int k = 0; k < top->childCount(); ++k)
            if (top->child(k)->data(0, Qt::UserRole).toString() == QLatin1String("try:use_relu_he")) shown = list.itemWidget(top->child(k), 0);
        QVERIFY(button);
        QCOMPARE(shown, static_cast<QWidget*>(button.data()));  // the same rows, not new ones
        QVERIFY(!top->toolTip(0).contains(last));
    }

    // Trap 3: the button names its change and sits right under its remedy;
    // the signal carries that name for Edit > Undo.
    void tryButtonNamesItsChange() {
        VerdictList list;
        list.resize(420, 600);
        list.show();
        const auto s = trainedDeepSigmoid();
        list.setVerdicts(s->verdicts, int(s->layers.size()));
        auto* button = list.findChild<QPushButton*>(QStringLiteral("try_vanishing_gradients_use_relu_he"));
        QVERIFY(button);
        const QString expected = QStringLiteral("Switch the 6 hidden layers to %1 with %2 initialisation")
                                     .arg(NetworkEdits::activationLabel("relu"), NetworkEdits::initializerLabel("he_uniform"));
        QCOMPARE(button->text(), expected);
        // Its row follows the remedy's row.
        QTreeWidgetItem* top = list.topLevelItem(0);
        int remedyRow = -1, buttonRow = -1;
        for (int k = 0; k < top->childCount(); ++k) {
            if (top->child(k)->data(0, Qt::UserRole).toString() == QLatin1String("use_relu_he")) remedyRow = k;
            if (list.itemWidget(top->child(k), 0) == button) buttonRow = k;
        }
        QVERIFY(remedyRow >= 0);
        QCOMPARE(buttonRow, remedyRow + 1);
        QSignalSpy spy(&list, &VerdictList::tryRequested);
        button->click();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(3).toString(), expected);
        // A learning-rate remedy names the new rate.
        Remedy lower{"lower_lr", "", {{"hyper", "lr", "", 0.001}}};
        QCOMPARE(VerdictList::tryLabel(lower), QStringLiteral("Set the learning rate to %1").arg(QLocale().toString(0.001, 'g', 3)));
        Remedy leaky{"use_leaky_relu", "", {{"set", "network.layers[1].activation", "leaky_relu", 0.0}}};
        QCOMPARE(VerdictList::tryLabel(leaky, 4), QStringLiteral("Switch hidden layer 2 to %1").arg(NetworkEdits::activationLabel("leaky_relu")));
    }

    // Trap 4: every view describes the current run. A new run with nothing
    // recorded yet empties the panel; the header's ratio and the verdict's
    // agree or say what each is.
    void panelShowsOnlyTheCurrentRun() {
        GradientHealthPanel panel;
        panel.resize(420, 900);
        panel.show();
        SupervisedTask task(deepSigmoid());
        task.setRecordHealth(1);
        while (!task.finished()) task.runEpoch();
        auto trained = snapshotOf(task);
        panel.showSnapshot(trained);
        QVERIFY(!panel.verdictList()->verdicts().empty());
        // The header shows the verdict's median, worded as the verdict words it.
        const Evidence& ratio = panel.verdictList()->verdicts().front().evidence.front();
        QCOMPARE(ratio.key, std::string("grad_ratio_first_last"));
        QCOMPARE(panel.verdictRatio(), ratio.value);
        QVERIFY2(panel.ratioText().contains(VerdictList::figureText(ratio.value)) && panel.ratioText().contains("Median"),
                 qPrintable(panel.ratioText()));
        QVERIFY2(VerdictList::evidenceText(ratio).contains(VerdictList::figureText(ratio.value)), qPrintable(VerdictList::evidenceText(ratio)));

        // Another experiment opened (or a reset): recording, nothing recorded yet.
        Experiment other = deepSigmoid();
        other.network.layers[0].activation = NamedSpec("relu");
        SupervisedTask fresh(other);
        fresh.setRecordHealth(10);
        panel.showSnapshot(snapshotOf(fresh));
        QCOMPARE(panel.normGraphCount(), 0);
        QVERIFY(panel.verdictList()->verdicts().empty());
        QVERIFY(!panel.ratioText().contains("Median"));
        QVERIFY(std::isnan(panel.verdictRatio()));

        // Renamed layers (same structure revision) rename the legend.
        panel.showSnapshot(trained);
        auto renamed = std::make_shared<Snapshot>(*trained);
        renamed->newHealth.clear();
        renamed->layers[0].name = "layer_one";
        panel.showSnapshot(renamed);
        QCOMPARE(panel.layerNames().front(), QString("layer_one"));
    }

    // The fixed lesson's few dead units: "No problem found" says they are harmless.
    void noProblemExplainsDeadUnits() {
        Experiment e;
        QVERIFY(readLesson(QStringLiteral(":/lessons/deep-sigmoid-fixed.json"), &e, nullptr));
        SupervisedTask task(e);
        task.setRecordHealth(10);
        while (!task.finished()) task.runEpoch();
        const auto s = snapshotOf(task);
        QVERIFY(s->verdicts.empty());
        const int dead = GradientHealthPanel::harmlessDeadUnits(*s);
        QVERIFY2(dead > 0, "the fixed lesson is expected to leave a few units dead");
        GradientHealthPanel panel;
        panel.showSnapshot(s);
        QCOMPARE(panel.verdictList()->harmlessDead(), dead);
        const QString text = panel.verdictList()->topLevelItem(0)->text(0);
        QVERIFY2(text.contains(QString::number(dead)) && text.contains("harmless"), qPrintable(text));
        // The GUI rounds shares as the CLI does (63 %, not 62 %; never -0 %).
        QVERIFY(VerdictList::percentText(0.625).startsWith(QLocale().toString(63)));
        QVERIFY(!VerdictList::percentText(-1e-6).startsWith("-"));
    }

    void verdictTextsComeThroughTr_data() {
        QTest::addColumn<QString>("lesson");
        for (const char* l : {"deep-sigmoid", "large-init", "zero-init", "dying-relu", "exploding-clipping"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }
    void verdictTextsComeThroughTr() {
        QFETCH(QString, lesson);
        Experiment e;
        QString error;
        QVERIFY2(readLesson(QStringLiteral(":/lessons/%1-broken.json").arg(lesson), &e, &error), qPrintable(error));
        SupervisedTask task(e);
        task.setRecordHealth(10);
        try {
            while (!task.finished()) task.runEpoch();
        } catch (const std::exception&) {
            // large-init ends on a NaN: the verdicts of the steps before it are what we want.
        }
        auto s = snapshotOf(task);
        QVERIFY2(!s->verdicts.empty(), "the broken lesson must get a verdict");

        MarkingTranslator marker;
        QCoreApplication::installTranslator(&marker);
        VerdictList list;
        list.setVerdicts(s->verdicts);
        int evidence = 0;
        for (int i = 0; i < list.topLevelItemCount(); ++i) {
            QTreeWidgetItem* top = list.topLevelItem(i);
            QVERIFY2(top->text(0).startsWith(QStringLiteral("\u00bb")), qPrintable(top->text(0)));
            for (int k = 0; k < top->childCount(); ++k) {
                QString text = top->child(k)->text(0);
                if (auto* button = qobject_cast<QPushButton*>(list.itemWidget(top->child(k), 0))) text = button->text();
                // Remedies start with an arrow; every text, evidence included, was translated.
                QVERIFY2(text.startsWith(QStringLiteral("\u00bb")) || text.startsWith(QStringLiteral("\u2192 \u00bb")),
                         qPrintable(text));
            }
            evidence += int(s->verdicts[std::size_t(i)].evidence.size());
        }
        QVERIFY(evidence > 0);
        QCoreApplication::removeTranslator(&marker);
        // Untranslated, the figures are the engine's: the evidence value is in the sentence.
        for (const Verdict& v : s->verdicts)
            for (const Evidence& ev : v.evidence) {
                const QString text = VerdictList::evidenceText(ev);
                QVERIFY2(text != QString::fromStdString(ev.text), qPrintable(text));  // worded here, not copied
                if (ev.key == "grad_ratio_first_last" || ev.key == "grad_growth" || ev.key == "weight_growth" || ev.key == "loss")
                    QVERIFY2(text.contains(QLocale().toString(ev.value, 'g', 3)), qPrintable(text));
                if (ev.key == "dead_share" || ev.key == "saturated_share")
                    QVERIFY2(text.contains(QLocale().toString(100.0 * ev.value, 'f', 0)) && text.contains(QString::fromStdString(ev.layer)),
                             qPrintable(text));
            }
        // A key this GUI does not know falls back to the engine's English.
        QCOMPARE(VerdictList::evidenceText(Evidence{"future_key", "", 1.0, "engine text"}), QStringLiteral("engine text"));
    }

    void initializationViewFollowsTheExperiment() {
        InitializationView view;
        view.show();
        // A deep ReLU net with naive N(0, 0.05^2) weights: the classic collapse.
        view.setExperiment(plainNet(10, 32, "relu", NamedSpec("normal", {{"stddev", 0.05}})));
        QCOMPARE(view.depth(), 10);
        QCOMPARE(view.width(), 32);
        QCOMPARE(view.activation(), QStringLiteral("relu"));
        QCOMPARE(view.profile(InitializationView::Current).size(), std::size_t(10));
        // The layer axis counts whole layers: no "1.5 layer" tick, even for a shallow net.
        view.setExperiment(plainNet(2, 8, "relu", NamedSpec("he_normal")));
        for (QCustomPlot* plot : {view.activationPlot(), view.gradientPlot()}) {
            plot->replot();
            QVERIFY(!plot->xAxis->tickVector().isEmpty());
            for (double tick : plot->xAxis->tickVector())
                QVERIFY2(tick == std::floor(tick), qPrintable(QString("layer tick %1").arg(tick)));
        }
        view.setExperiment(plainNet(10, 32, "relu", NamedSpec("normal", {{"stddev", 0.05}})));
        // Per layer the naive std shrinks by about 0.05 sqrt(32 / 2) = 0.2: 0.2^9 = 5e-7 over nine layers.
        const double naive = lastOverFirst(view.profile(InitializationView::Current));
        QVERIFY2(naive < 1e-5 && naive > 1e-8, qPrintable(QString::number(naive)));
        QCOMPARE(lastOverFirst(view.profile(InitializationView::Naive)), naive);  // the same draw: the same figure
        // He keeps it: sqrt(2 / 32) * sqrt(32 / 2) = 1 per layer.
        const double he = lastOverFirst(view.profile(InitializationView::He));
        QVERIFY2(he > 0.3 && he < 3.0, qPrintable(QString::number(he)));
        QVERIFY(view.summaryText().contains(QLocale().toString(view.profile(InitializationView::Naive).back().activationStd, 'g', 2)));
        QVERIFY2(view.summaryText().contains(NetworkEdits::initializerLabel("normal")), qPrintable(view.summaryText()));

        // Switching the experiment to He: the experiment's curve now follows He's.
        view.setExperiment(plainNet(10, 32, "relu", NamedSpec("he_normal")));
        QCOMPARE(lastOverFirst(view.profile(InitializationView::Current)), he);
        // A learning-rate edit leaves the profile alone; hidden, a new net waits until shown.
        const InitLayerProfile* before = view.profile(InitializationView::He).data();
        Experiment lr = plainNet(10, 32, "relu", NamedSpec("he_normal"));
        lr.optimizer.params["lr"] = 0.5;
        view.setExperiment(lr);
        QCOMPARE(view.profile(InitializationView::He).data(), before);
        view.hide();
        view.setExperiment(plainNet(3, 16, "tanh", NamedSpec("glorot_uniform")));
        QVERIFY(view.isStale());
        QCOMPARE(view.profile(InitializationView::He).size(), std::size_t(10));
        view.show();
        QVERIFY(!view.isStale());
        QCOMPARE(view.profile(InitializationView::He).size(), std::size_t(3));
        QCOMPARE(view.activation(), QStringLiteral("tanh"));
        // Zero initialisation has no spread at all: no point on the log axis, no crash.
        view.setExperiment(plainNet(3, 16, "relu", NamedSpec("zeros")));
        QCOMPARE(view.profile(InitializationView::Current).back().activationStd, 0.0);
        QVERIFY(std::isnan(view.activationGraph(InitializationView::Current)->data()->at(0)->value));
    }

    void initializationViewComparesSchemes() {
        InitializationView view;
        view.show();
        view.setDepth(10);
        view.setWidth(32);
        view.setActivation("relu");
        QCOMPARE(view.activationGraph(InitializationView::He)->dataCount(), 10);
        auto lastOverFirst = [&](InitializationView::Scheme s) {
            const auto& p = view.profile(s);
            return p.back().activationStd / p.front().activationStd;
        };
        QVERIFY(lastOverFirst(InitializationView::He) > 0.3);      // flat
        QVERIFY(lastOverFirst(InitializationView::Glorot) < 0.2);  // shrinks by sqrt(1/2) per layer
        QVERIFY(lastOverFirst(InitializationView::Naive) < 1e-3);  // collapses
        // The plotted values are the profile's.
        QCOMPARE(view.activationGraph(InitializationView::Glorot)->data()->at(3)->value,
                 view.profile(InitializationView::Glorot)[3].activationStd);
        // Every curve is inside the axes: the naive collapse is shown, not cut off.
        for (QCustomPlot* plot : {view.activationPlot(), view.gradientPlot()}) {
            const QCPRange y = plot->yAxis->range();
            for (int s = 0; s < InitializationView::kSchemes; ++s)
                for (const InitLayerProfile& layer : view.profile(InitializationView::Scheme(s))) {
                    const double v = plot == view.activationPlot() ? layer.activationStd : layer.gradientStd;
                    QVERIFY2(y.contains(v), qPrintable(QString("%1 outside [%2, %3]").arg(v).arg(y.lower).arg(y.upper)));
                }
        }
        QCOMPARE(view.heatMap()->data()->keySize(), 10);
        view.setHeatMapScheme(InitializationView::Naive);
        QCOMPARE(view.heatMap()->data()->keySize(), 10);
        view.setActivation("tanh");
        QCOMPARE(view.profile(InitializationView::He).size(), std::size_t(10));
        QCOMPARE(view.profile(InitializationView::He).front().activations.lo, -view.profile(InitializationView::He).front().activations.hi);
    }
    // Not a check: writes PNGs to look at when NNLAB_SCREENSHOT_DIR is set.
    void screenshots() {
        const QString dir = qEnvironmentVariable("NNLAB_SCREENSHOT_DIR");
        if (dir.isEmpty()) QSKIP("set NNLAB_SCREENSHOT_DIR to write health screenshots");
        QDir().mkpath(dir);
        for (const char* lesson : {"deep-sigmoid", "dying-relu", "large-init", "exploding-clipping", "zero-init"}) {
            Experiment e;
            QVERIFY(readLesson(QStringLiteral(":/lessons/%1-broken.json").arg(QLatin1String(lesson)), &e, nullptr));
            SupervisedTask task(e);
            task.setRecordHealth(10);
            GradientHealthPanel panel;
            panel.resize(340, 980);
            panel.show();
            try {
                while (!task.finished()) {
                    task.runEpoch();
                    panel.showSnapshot(snapshotOf(task));
                }
            } catch (const std::exception&) {
            }
            panel.showSnapshot(snapshotOf(task));
            QApplication::processEvents();
            QVERIFY(panel.grab().save(dir + QStringLiteral("/health_%1.png").arg(QLatin1String(lesson))));
            // The verdict list at full height: the remedies and their buttons.
            VerdictList list;
            list.resize(340, 760);
            list.show();
            const auto last = snapshotOf(task);
            list.setVerdicts(last->verdicts, int(last->layers.size()));
            QApplication::processEvents();
            QVERIFY(list.grab().save(dir + QStringLiteral("/verdicts_%1.png").arg(QLatin1String(lesson))));
        }
        InitializationView view;
        view.resize(340, 700);
        view.show();
        view.setExperiment(plainNet(10, 32, "relu", NamedSpec("normal", {{"stddev", 0.05}})));
        QApplication::processEvents();
        QVERIFY(view.grab().save(dir + QStringLiteral("/init_view.png")));
    }
};

QTEST_MAIN(TestHealthViews)
#include "tst_health_views.moc"
