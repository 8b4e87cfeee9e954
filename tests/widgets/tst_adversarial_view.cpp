// The GAN dock (widgets/adversarial): a game's verdicts beside the plane,
// worded through tr() (no engine English left), a "Try this" that carries the
// remedy's changes for the window to apply; another kind's snapshot leaves no
// stale verdict. GAN Lab's details: the iteration counter, the dots'
// tooltips, the generated samples gliding, the picker's thumbnails, the
// learning-rate list and the marching flow arrows.
#include "adversarial/AdversarialOverview.h"
#include "adversarial/AdversarialPhases.h"
#include "adversarial/DistributionThumbnail.h"
#include "common/CounterText.h"
#include "common/QuickChoices.h"
#include "adversarial/AdversarialPicture.h"
#include "adversarial/AdversarialPlaneView.h"
#include "adversarial/AdversarialSettingsPanel.h"
#include "adversarial/PlayerEditor.h"
#include "common/NumberSpinBox.h"
#include "playground/ExperimentDocument.h"
#include "tasks/TaskRegistry.h"
#include "experiment/ExperimentJson.h"
#include "experiment/ExperimentPath.h"
#include "health/Diagnosis.h"
#include "healthview/VerdictList.h"
#include "tasks/gan/GanSeries.h"
#include "tasks/gan/GanTask.h"
#include "tasks/gan/GanVerdicts.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QToolTip>
#include <QPushButton>
#include <QSpinBox>
#include <QTranslator>
#include <QToolButton>
#include <QSignalSpy>
#include <QtTest>

using namespace nnlab;

namespace {

Experiment strongDiscriminator() {
    nlohmann::json j = nlohmann::json::parse(R"({"format": "nnlab-experiment", "version": 1, "kind": "gan", "seed": 1,
        "batch_size": 150, "epochs": 5, "gan": {"distribution": "line", "loss": "minimax",
        "discriminator_optimizer": {"name": "adam", "lr": 0.02}, "discriminator_steps": 5,
        "generator_optimizer": {"name": "sgd", "lr": 0.001}}})");
    Experiment e = experimentFromJson(j);
    e.kindSection = ganSectionJson(readGanSettings(e));
    return e;
}

// A game whose file names only the real data: everything else is the kind's default.
Experiment partialGame() {
    return experimentFromJson(nlohmann::json::parse(R"({"format": "nnlab-experiment", "version": 1, "kind": "gan",
        "seed": 3, "batch_size": 150, "epochs": 2, "gan": {"distribution": "ring"}})"));
}

// The shape of every weight matrix the kind builds for this experiment, by "<player>/<layer>".
std::map<std::string, std::pair<Index, Index>> builtShapes(const Experiment& e) {
    std::map<std::string, std::pair<Index, Index>> shapes;
    for (const auto& [layer, params] : makeTask(e)->weights())
        if (params.count("W")) shapes[layer] = {params.at("W").rows(), params.at("W").cols()};
    return shapes;
}

std::shared_ptr<Snapshot> snapshotOf(GanTask& task) {
    auto snapshot = std::make_shared<Snapshot>();
    task.fillSnapshot(*snapshot, SnapshotOptions{32});
    return snapshot;
}

// The row of points whose nearest neighbour (in the same matrix) is farthest:
// a dot the mouse can point at alone.
Index loneRow(const Matrix& points, const Matrix& others) {
    Index best = 0;
    double bestGap = -1.0;
    for (Index i = 0; i < points.rows(); ++i) {
        double gap = 1e9;
        for (const Matrix* m : {&points, &others})
            for (Index k = 0; k < m->rows(); ++k)
                if (m != &points || k != i) gap = std::min(gap, (m->row(k) - points.row(i)).norm());
        if (gap > bestGap) {
            bestGap = gap;
            best = i;
        }
    }
    return best;
}

void click(QWidget* parent, const QString& name) {
    auto* button = parent->findChild<QToolButton*>(name);
    QVERIFY2(button, qPrintable(name));
    button->click();
}

// Marks every text it translates, so a test sees which texts went through tr().
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char*, int) const override {
        const QByteArray c(context);
        if (c != "Verdict" && c != "nnlab::VerdictList" && c != "AdversarialPhases") return QString();
        return QStringLiteral("\u00bb") + QString::fromUtf8(source);
    }
    bool isEmpty() const override { return false; }
};

}  // namespace

class TestAdversarialView : public QObject {
    Q_OBJECT
private slots:
    void verdictsBesideThePlane() {
        const Experiment e = strongDiscriminator();
        GanTask task(e);
        while (!task.finished()) task.runEpoch();
        auto snapshot = std::make_shared<Snapshot>();
        task.fillSnapshot(*snapshot, SnapshotOptions{});
        QVERIFY(!snapshot->verdicts.empty());

        AdversarialPlaneView view;
        view.resize(800, 380);
        view.show();
        view.showSnapshot(snapshot);
        VerdictList* list = view.verdictList();
        QCOMPARE(list->verdicts().size(), snapshot->verdicts.size());
        const Verdict& wins = list->verdicts().front();
        QCOMPARE(wins.name, std::string("discriminator_wins"));
        QCOMPARE(list->topLevelItem(0)->text(0), VerdictList::titleFor(wins));
        // Every sentence is the GUI's own wording, not the engine's English fallback.
        for (const Evidence& ev : wins.evidence) QVERIFY(!VerdictList::adversarialEvidenceText(ev).isEmpty());
        for (const Remedy& r : wins.remedies) {
            if (r.tryThis.empty()) continue;
            QVERIFY2(!VerdictList::adversarialTryLabel(r).isEmpty(), r.key.c_str());
        }

        // "Try this" on the loss switch carries its change; applied, the loss is non-saturating.
        QSignalSpy spy(&view, &AdversarialPlaneView::tryRequested);
        QVERIFY(list->triggerTry(QStringLiteral("discriminator_wins"), QStringLiteral("use_non_saturating")));
        QCOMPARE(spy.count(), 1);
        const auto changes = spy.at(0).at(2).value<std::vector<TryChange>>();
        QCOMPARE(getByPath(applyTry(e, changes), "gan.loss").get<std::string>(), std::string("non_saturating"));
        QCOMPARE(spy.at(0).at(3).toString(), tr("Switch the loss to non-saturating"));

        // A snapshot of another kind (no game payload): no stale verdict.
        auto other = std::make_shared<Snapshot>();
        other->verdicts = snapshot->verdicts;
        view.showSnapshot(other);
        QVERIFY(list->verdicts().empty());
        QVERIFY(!view.hasPicture());
    }

    // The overview graph: seven boxes in a row, none overlapping, inside the
    // widget at a wide and a narrow dock; its losses are the snapshot's.
    // GAN Lab's manifold shading: a cell's darkness is the noise mass G puts
    // on it over the area it covers. An even grid is even; squeezing the left
    // half to a quarter of its width and stretching the right half 1.75x makes
    // the left cells 7x denser than the right ones.
    void manifoldCellsShadedByDensity() {
        const int n = 5;
        Matrix grid(n * n, 2), squeezed(n * n, 2);
        for (int r = 0; r < n; ++r)
            for (int c = 0; c < n; ++c) {
                const double x = c / double(n - 1), y = r / double(n - 1);
                grid.row(r * n + c) << x, y;
                squeezed.row(r * n + c) << (x <= 0.5 ? x / 4 : 0.125 + (x - 0.5) * 1.75), y;
            }
        const std::vector<double> even = adversarial::manifoldCellDensity(grid, Matrix(), n);
        QCOMPARE(even.size(), std::size_t(16));
        for (double d : even) QVERIFY(std::abs(d - 1.0) < 1e-12);
        const std::vector<double> uneven = adversarial::manifoldCellDensity(squeezed, Matrix(), n);
        QVERIFY(std::abs(uneven[0] - 1.0) < 1e-12);                       // left: the densest
        QVERIFY(std::abs(uneven[3] - (0.25 / 1.75)) < 1e-12);             // right: stretched 1.75x
        // A Gaussian noise weight darkens the middle of an even grid.
        Matrix weight(n * n, 1);
        for (int i = 0; i < n * n; ++i) weight(i, 0) = std::exp(-8.0 * (grid.row(i).array() - 0.5).square().sum());
        const std::vector<double> weighted = adversarial::manifoldCellDensity(grid, weight, n);
        QVERIFY(weighted[5] > weighted[0]);
        QVERIFY(adversarial::manifoldCellDensity(grid, Matrix(), 4).empty());  // not a 4x4 grid
    }

    void overviewGraph() {
        const Experiment e = strongDiscriminator();
        GanTask task(e);
        task.runEpoch();
        auto snapshot = std::make_shared<Snapshot>();
        task.fillSnapshot(*snapshot, SnapshotOptions{32});
        AdversarialPlaneView view;
        view.resize(760, 420);
        view.show();
        view.showSnapshot(snapshot);
        AdversarialOverview* overview = view.overview();
        QVERIFY(overview->hasPicture());
        QCOMPARE(overview->dLoss(), snapshot->newHistory.back().values[kDLoss]);
        QCOMPARE(overview->gLoss(), snapshot->newHistory.back().values[kGLoss]);
        for (int width : {740, 380}) {
            overview->resize(width, overview->height());
            for (int i = 0; i < AdversarialOverview::BoxCount; ++i) {
                const auto box = AdversarialOverview::Box(i);
                const QRect r = overview->boxRect(box);
                QVERIFY(!AdversarialOverview::caption(box).isEmpty());
                QVERIFY2(overview->rect().contains(r), qPrintable(QString::number(width)));
                QVERIFY(r.width() >= 30);
                QCOMPARE(overview->boxAt(r.center()), box);
                if (i > 0) QVERIFY(overview->boxRect(AdversarialOverview::Box(i - 1)).right() < r.left());
            }
        }
        // The plane stays square and whole beside the verdicts.
        QVERIFY(view.plane()->width() >= 180);
        QVERIFY(view.verdictList()->width() >= view.verdictList()->minimumWidth());
        const auto inView = [&view](QWidget* w) { return QRect(w->mapTo(&view, QPoint(0, 0)), w->size()); };
        QVERIFY(!inView(view.plane()).intersects(inView(view.verdictList())));
        QVERIFY(!inView(view.overview()).intersects(inView(view.plane())));
        // A narrow dock: the verdicts go below the plane, nothing overlaps, and
        // the view asks for no more width than a tab beside the output map.
        view.resize(300, 640);
        QCoreApplication::processEvents();
        QVERIFY(view.minimumSizeHint().width() <= 300 || view.minimumWidth() <= 300);
        QVERIFY(inView(view.verdictList()).top() >= inView(view.plane()).bottom());
        QVERIFY(!inView(view.plane()).intersects(inView(view.verdictList())));
        QVERIFY(view.plane()->width() >= 180);
        // The iteration counter keeps its whole text, on a line of its own.
        auto* counter = view.findChild<QWidget*>(QStringLiteral("iterationCounter"));
        QVERIFY(counter && counter->isVisible());
        QVERIFY(counter->width() >= counter->sizeHint().width());
        QVERIFY(view.rect().contains(inView(counter)));
        if (const QByteArray dir = qgetenv("NNLAB_SHOT_DIR"); !dir.isEmpty())
            view.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/narrow.png"));
        QImage image(overview->size(), QImage::Format_RGB32);
        overview->render(&image);  // paints every box without a crash, lit or dimmed
        overview->setLit({AdversarialOverview::Generator});
        overview->render(&image);
    }

    // Step mode: one player alone for one update, which ends slow motion.
    void stepOnePlayer() {
        AdversarialPlaneView view;
        QSignalSpy parts(&view, &AdversarialPlaneView::partStepRequested);
        view.slowMotionButton()->setChecked(true);
        view.stepDiscriminatorButton()->click();
        QVERIFY(!view.slowMotionButton()->isChecked());
        view.stepGeneratorButton()->click();
        QCOMPARE(parts.count(), 2);
        QCOMPARE(parts.at(0).at(0).toString(), QStringLiteral("discriminator"));
        QCOMPARE(parts.at(1).at(0).toString(), QStringLiteral("generator"));
        // The parts are the ones the game steps.
        GanTask task(strongDiscriminator());
        const WeightSet before = task.weights();
        task.apply(StepPart{parts.at(0).at(0).toString().toStdString(), 1});
        const WeightSet afterD = task.weights();
        QVERIFY(afterD.at("discriminator/dense_1").at("W") != before.at("discriminator/dense_1").at("W"));
        QVERIFY(afterD.at("generator/dense_1").at("W") == before.at("generator/dense_1").at("W"));
        task.apply(StepPart{parts.at(1).at(0).toString().toStdString(), 1});
        QVERIFY(task.weights().at("generator/dense_1").at("W") != before.at("generator/dense_1").at("W"));
    }

    // The Game settings dock edits each player's network as the playground's:
    // + and - for layers and neurons, an activation per player, each one step
    // in Edit > Undo; the kind builds what the edit says, and undo gives back
    // the networks of before. A file that leaves the players out shows the
    // kind's defaults (no fallback of the panel's own).
    void playersEditedLikeThePlayground() {
        ExperimentDocument doc;
        doc.reset(partialGame());
        AdversarialSettingsPanel panel(&doc);
        QVERIFY(AdversarialSettingsPanel::isAdversarial(doc.experiment()));
        QCOMPARE(panel.findChild<NumberSpinBox*>(QStringLiteral("generatorRate"))->value(), 0.03);
        QCOMPARE(panel.findChild<NumberSpinBox*>(QStringLiteral("discriminatorRate"))->value(), 0.1);
        QCOMPARE(panel.findChild<QComboBox*>(QStringLiteral("adversarialDistribution"))->currentData().toString(),
                 QStringLiteral("ring"));
        const Experiment original = doc.experiment();
        const auto before = builtShapes(original);
        QCOMPARE(before.at("generator/dense_1"), (std::pair<Index, Index>(16, 2)));
        QCOMPARE(before.at("discriminator/dense_1"), (std::pair<Index, Index>(16, 2)));

        click(&panel, QStringLiteral("generatorAddLayer"));
        QCOMPARE(PlayerEdits::hiddenUnits(doc.experiment(), PlayerEdits::Generator), (std::vector<Index>{16, 16}));
        click(&panel, QStringLiteral("discriminatorAddNeuron1"));
        click(&panel, QStringLiteral("generatorRemoveNeuron2"));
        auto* activation = panel.findChild<QComboBox*>(QStringLiteral("discriminatorActivation"));
        QCOMPARE(activation->currentData().toString(), QStringLiteral("relu"));
        const int tanh = activation->findData(QStringLiteral("tanh"));
        QVERIFY(tanh >= 0);
        activation->setCurrentIndex(tanh);
        emit activation->activated(tanh);
        QCOMPARE(doc.undoStack()->count(), 4);
        QCOMPARE(PlayerEdits::hiddenActivation(doc.experiment(), PlayerEdits::Discriminator), std::string("tanh"));
        QCOMPARE(PlayerEdits::hiddenActivation(doc.experiment(), PlayerEdits::Generator), std::string("relu"));
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("generatorWidth2"))->text(), QStringLiteral("15 neurons"));

        const auto edited = builtShapes(doc.experiment());
        QCOMPARE(edited.at("generator/dense_1"), (std::pair<Index, Index>(16, 2)));
        QCOMPARE(edited.at("generator/dense_2"), (std::pair<Index, Index>(15, 16)));
        QCOMPARE(edited.at("generator/dense_3"), (std::pair<Index, Index>(2, 15)));
        QCOMPARE(edited.at("discriminator/dense_1"), (std::pair<Index, Index>(17, 2)));
        QCOMPARE(edited.at("discriminator/dense_2"), (std::pair<Index, Index>(1, 17)));
        QCOMPARE(readGanSettings(doc.experiment()).discriminator.layers[0].activation.name, std::string("tanh"));
        QCOMPARE(doc.experiment().kindSection.at("distribution"), nlohmann::json("ring"));

        for (int i = 0; i < 4; ++i) doc.undoStack()->undo();
        QCOMPARE(doc.experiment().kindSection, original.kindSection);
        QCOMPARE(builtShapes(doc.experiment()), before);
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("generatorWidth2")) == nullptr ||
                !panel.findChild<QLabel*>(QStringLiteral("generatorWidth2"))->isVisibleTo(&panel));
        // Each player's own optimizer: another one keeps its learning rate.
        auto* optimizer = panel.findChild<QComboBox*>(QStringLiteral("generatorOptimizer"));
        QCOMPARE(optimizer->currentData().toString(), QStringLiteral("sgd"));
        optimizer->setCurrentIndex(optimizer->findData(QStringLiteral("adam")));
        QCOMPARE(getByPath(doc.experiment(), "gan.generator_optimizer"), (nlohmann::json{{"name", "adam"}, {"lr", 0.03}}));
        QCOMPARE(getByPath(doc.experiment(), "gan.discriminator_optimizer.name"), nlohmann::json("sgd"));
    }

    // GAN Lab's limits, 0 to 5 hidden layers and 1 to 100 neurons: an edit past
    // one changes nothing and says why.
    void playerLimitsGiveAReason() {
        ExperimentDocument doc;
        doc.reset(partialGame());
        AdversarialSettingsPanel panel(&doc);
        auto* editor = panel.findChild<PlayerEditor*>(QStringLiteral("generatorEditor"));
        QVERIFY(editor);
        click(&panel, QStringLiteral("generatorRemoveLayer"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(PlayerEdits::hiddenUnits(doc.experiment(), PlayerEdits::Generator).empty());
        QCOMPARE(builtShapes(doc.experiment()).at("generator/dense_1"), (std::pair<Index, Index>(2, 2)));
        click(&panel, QStringLiteral("generatorRemoveLayer"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY2(editor->status().contains(QStringLiteral("no hidden layer")), qPrintable(editor->status()));
        for (int i = 0; i < PlayerEdits::kMaxHiddenLayers; ++i) click(&panel, QStringLiteral("generatorAddLayer"));
        QVERIFY(editor->status().isEmpty());
        QCOMPARE(PlayerEdits::hiddenUnits(doc.experiment(), PlayerEdits::Generator).size(), std::size_t(5));
        click(&panel, QStringLiteral("generatorAddLayer"));
        QCOMPARE(PlayerEdits::hiddenUnits(doc.experiment(), PlayerEdits::Generator).size(), std::size_t(5));
        QVERIFY2(editor->status().contains(QStringLiteral("5 hidden layers")), qPrintable(editor->status()));
        const NetworkEdit wide = PlayerEdits::addNeuron(
            PlayerEdits::setHiddenActivation(doc.experiment(), PlayerEdits::Discriminator, "tanh").next,
            PlayerEdits::Discriminator, 0);
        QVERIFY(wide.ok());
        Experiment full = doc.experiment();
        nlohmann::json layers = getByPath(full, "gan.discriminator.layers");
        layers[0]["units"] = PlayerEdits::kMaxUnits;
        setByPath(full, "gan.discriminator.layers", layers);
        QVERIFY(!PlayerEdits::addNeuron(full, PlayerEdits::Discriminator, 0).ok());
        QVERIFY(PlayerEdits::addNeuron(full, PlayerEdits::Discriminator, 0).error.contains(QStringLiteral("100")));
        layers[0]["units"] = 1;
        setByPath(full, "gan.discriminator.layers", layers);
        QVERIFY(!PlayerEdits::removeNeuron(full, PlayerEdits::Discriminator, 0).ok());
    }

    // Resting the mouse on G's box morphs the noise grid into the manifold
    // over two seconds; leaving it shows the manifold again.
    void generatorHoverMorphs() {
        const Experiment e = strongDiscriminator();
        GanTask task(e);
        task.runEpoch();
        auto snapshot = std::make_shared<Snapshot>();
        task.fillSnapshot(*snapshot, SnapshotOptions{32});
        AdversarialOverview overview;
        overview.resize(740, 112);
        overview.show();
        QVERIFY(overview.setSnapshot(*snapshot));
        const Matrix manifold = adversarial::findPayload(*snapshot, "manifold")->values;
        const Matrix noise = adversarial::findPayload(*snapshot, "manifold_noise")->values;
        QCOMPARE(overview.morphProgress(), 1.0);
        QVERIFY(overview.shownManifold().isApprox(manifold));
        const auto move = [&overview](const QPoint& at) {
            QMouseEvent event(QEvent::MouseMove, QPointF(at), overview.mapToGlobal(QPointF(at)), Qt::NoButton,
                              Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(&overview, &event);
        };
        move(overview.boxRect(AdversarialOverview::Generator).center());
        QVERIFY(overview.morphProgress() < 0.5);
        // At the start the nodes are the noise grid, squeezed into the plane's square.
        const Matrix start = overview.shownManifold();
        const double reach = noise.cwiseAbs().maxCoeff();
        QVERIFY((start - noise / reach).cwiseAbs().maxCoeff() < 0.2);
        QVERIFY((start - manifold).cwiseAbs().maxCoeff() > 0.2);
        const QByteArray shots = qgetenv("NNLAB_SHOT_DIR");
        if (!shots.isEmpty()) overview.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/morph-start.png"));
        QTest::qWait(AdversarialOverview::kMorphMs / 2);
        QVERIFY(overview.morphProgress() > 0.2 && overview.morphProgress() < 1.0);
        if (!shots.isEmpty()) overview.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/morph-middle.png"));
        QTRY_COMPARE_WITH_TIMEOUT(overview.morphProgress(), 1.0, AdversarialOverview::kMorphMs + 2000);
        QVERIFY(overview.shownManifold().isApprox(manifold));
        move(overview.boxRect(AdversarialOverview::Samples).center());
        move(overview.boxRect(AdversarialOverview::Generator).center());
        QVERIFY(overview.morphProgress() < 0.5);  // it plays again when the mouse comes back
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(&overview, &leave);
        QCOMPARE(overview.morphProgress(), 1.0);
    }

    // Slow motion: the phase's numbered caption and its boxes lit; the button
    // asks for a phase at once and then on a timer; Next phase asks for one and
    // stops the timer; a played frame (phase 0) lights everything again.
    void slowMotion() {
        GanTask task(strongDiscriminator());
        for (int i = 0; i < 3; ++i) task.stepPhase();
        auto snapshot = std::make_shared<Snapshot>();
        task.fillSnapshot(*snapshot, SnapshotOptions{32});
        AdversarialPlaneView view;
        view.resize(780, 440);
        view.show();
        view.showSnapshot(snapshot);
        QVERIFY2(view.phaseCaption().startsWith(QStringLiteral("3. ")), qPrintable(view.phaseCaption()));
        QVERIFY(view.phaseCaption().contains(tr("(discriminator step %1 of %2)").arg(1).arg(5)));
        const std::vector<AdversarialOverview::Box> lit = {AdversarialOverview::Predictions, AdversarialOverview::Losses};
        QVERIFY(view.overview()->lit() == lit);
        QCOMPARE(view.overview()->dLoss(), snapshot->payload.back().values(0, 3));  // the walked batch's D loss
        if (const QByteArray dir = qgetenv("NNLAB_SHOT_DIR"); !dir.isEmpty())
            view.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/slow-motion.png"));

        QSignalSpy asked(&view, &AdversarialPlaneView::phaseStepRequested);
        view.slowMotionButton()->click();
        QCOMPARE(asked.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(asked.count() >= 2, AdversarialPlaneView::kPhaseMilliseconds * 3);
        view.nextPhaseButton()->click();
        QVERIFY(!view.slowMotionButton()->isChecked());
        const int count = asked.count();
        QTest::qWait(AdversarialPlaneView::kPhaseMilliseconds + 300);
        QCOMPARE(asked.count(), count);  // stopped: no more phases by themselves

        while (task.phase() != 0) task.stepPhase();
        task.step();  // played: no phase to show
        auto played = std::make_shared<Snapshot>();
        task.fillSnapshot(*played, SnapshotOptions{32});
        view.showSnapshot(played);
        QVERIFY(view.phaseCaption().isEmpty());
        QVERIFY(view.overview()->lit().empty());
    }

    // GAN Lab counts iterations, zero-padded and grouped; the counter reads
    // the worker's snapshot (its step count), not a count of its own.
    void iterationCounter() {
        QCOMPARE(paddedCount(0, QLocale::c()), QStringLiteral("000,000"));
        QCOMPARE(paddedCount(466, QLocale::c()), QStringLiteral("000,466"));
        QCOMPARE(paddedCount(1234567, QLocale::c()), QStringLiteral("1,234,567"));
        QCOMPARE(paddedCount(1931, QLocale(QLocale::German)), QStringLiteral("001.931"));
        GanTask task(strongDiscriminator());
        AdversarialPlaneView view;
        view.resize(780, 440);
        view.show();
        QCOMPARE(view.iterationText(), tr("Iteration %1").arg(paddedCount(0)));
        for (int i = 0; i < 73; ++i) task.step();
        task.stepDiscriminator();  // one player's update alone is no iteration
        view.showSnapshot(snapshotOf(task));
        QCOMPARE(view.iterationText(), tr("Iteration %1").arg(paddedCount(73)));
        auto later = snapshotOf(task);
        later->step = 1931;  // whatever the snapshot says
        view.showSnapshot(later);
        QCOMPARE(view.iterationText(), tr("Iteration %1").arg(paddedCount(1931)));
    }

    // Each dot has a tooltip with its index and coordinates: the nearest one
    // within a few pixels of the mouse, generated dots first (drawn on top).
    void dotTooltips() {
        GanTask task(strongDiscriminator());
        for (int i = 0; i < 20; ++i) task.step();
        auto snapshot = snapshotOf(task);
        AdversarialPlaneView view;
        view.resize(900, 600);
        view.show();
        view.showSnapshot(snapshot);
        AdversarialPlane* plane = view.plane();
        const Matrix fake = plane->fake(), real = plane->real();
        const QLocale locale;
        const Index f = loneRow(fake, real);
        const QPointF at = plane->dotCentre(true, f);
        const QString expected = AdversarialPlane::tr("Generated sample %1 of %2\nx %3, y %4")
                                     .arg(f + 1)
                                     .arg(fake.rows())
                                     .arg(locale.toString(fake(f, 0), 'f', 3), locale.toString(fake(f, 1), 'f', 3));
        QCOMPARE(plane->dotTip(at.toPoint()), expected);
        QCOMPARE(plane->dotTip((at + QPointF(2, 1)).toPoint()), expected);  // a few pixels off still finds it
        QVERIFY(plane->dotTip(QPoint(0, 0)).isEmpty());                      // nothing there
        // The tooltip event shows it where the mouse is.
        QHelpEvent help(QEvent::ToolTip, at.toPoint(), plane->mapToGlobal(at.toPoint()));
        QApplication::sendEvent(plane, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), expected);
        QToolTip::hideText();
        // A real dot, once the generated ones are hidden.
        view.layerToggle(QStringLiteral("fake"))->setChecked(false);
        const Index r = loneRow(real, Matrix(0, 2));
        const QString tip = plane->dotTip(plane->dotCentre(false, r).toPoint());
        QVERIFY2(tip.startsWith(AdversarialPlane::tr("Real sample %1 of %2\nx %3, y %4").arg(r + 1).arg(real.rows()).arg(
                     locale.toString(real(r, 0), 'f', 3), locale.toString(real(r, 1), 'f', 3))),
                 qPrintable(tip));
        view.layerToggle(QStringLiteral("real"))->setChecked(false);
        QVERIFY(plane->dotTip(plane->dotCentre(false, r).toPoint()).isEmpty());  // hidden dots answer nothing
    }

    // A new frame's generated samples glide there from where they were (GAN
    // Lab's 1.25 s) and end exactly on it; finishMotion() (before a picture)
    // or a glide of 0 puts them there at once.
    void fakeSamplesGlide() {
        GanTask task(strongDiscriminator());
        task.step();
        auto first = snapshotOf(task);
        for (int i = 0; i < 40; ++i) task.step();
        auto second = snapshotOf(task);
        AdversarialPlaneView view;
        view.resize(780, 440);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        AdversarialPlane* plane = view.plane();
        view.showSnapshot(first);
        QVERIFY(!plane->gliding());  // a first frame jumps in
        const Matrix from = plane->fake();
        view.showSnapshot(second);
        const Matrix to = plane->fake();
        QVERIFY((to - from).cwiseAbs().maxCoeff() > 1e-3);
        QVERIFY(plane->gliding());
        QVERIFY((plane->shownFake() - from).norm() < 0.05 * (to - from).norm());  // still where they were
        // On the way: drawn somewhere between the two frames.
        bool between = false;
        while (plane->gliding() && !between) {
            QTest::qWait(20);
            const double left = (to - plane->shownFake()).norm() / (to - from).norm();
            between = left > 0.01 && left < 0.99;
        }
        QVERIFY(between);
        QTRY_VERIFY_WITH_TIMEOUT(!plane->gliding(), AdversarialPlane::kGlideMilliseconds + 2000);
        QVERIFY(plane->shownFake() == to);
        // Before a picture: at the end at once.
        for (int i = 0; i < 40; ++i) task.step();
        view.showSnapshot(snapshotOf(task));
        QVERIFY(plane->gliding());
        view.finishMotion();
        QVERIFY(!plane->gliding());
        QVERIFY(plane->shownFake() == plane->fake());
        // Off: every frame jumps.
        plane->setGlideMilliseconds(0);
        for (int i = 0; i < 40; ++i) task.step();
        view.showSnapshot(snapshotOf(task));
        QVERIFY(!plane->gliding());
        QVERIFY(plane->shownFake() == plane->fake());
    }

    // The picker shows a picture of each distribution, made off the GUI
    // thread from the kind's own sampler: the line's dots lie on its segment.
    void distributionThumbnails() {
        ExperimentDocument doc;
        doc.reset(partialGame());
        AdversarialSettingsPanel panel(&doc);
        auto* picker = panel.findChild<QComboBox*>(QStringLiteral("adversarialDistribution"));
        QTRY_COMPARE_WITH_TIMEOUT(panel.thumbnailCount(), int(AdversarialSettingsPanel::distributions().size()), 10000);
        for (int i = 0; i < picker->count(); ++i) QVERIFY(!picker->itemIcon(i).isNull());
        const int side = 48;
        const QImage line = distributionThumbnail(doc.experiment(), "line", side);
        const QImage ring = distributionThumbnail(doc.experiment(), "ring", side);
        QCOMPARE(line.size(), QSize(side, side));
        QVERIFY(line != ring);
        // GAN Lab's line runs from (0.8, 0.6) to (0.05, 0.9) in the unit square:
        // green at its middle, none at the square's lower left.
        const auto green = [](const QImage& image, double ux, double uy) {
            const QPoint p(int(ux * image.width()), int((1.0 - uy) * image.height()));
            int count = 0;
            for (int dy = -2; dy <= 2; ++dy)
                for (int dx = -2; dx <= 2; ++dx) {
                    const QColor c = image.pixelColor(std::clamp(p.x() + dx, 0, image.width() - 1),
                                                      std::clamp(p.y() + dy, 0, image.height() - 1));
                    if (c.green() > c.red() + 40) ++count;
                }
            return count;
        };
        QVERIFY(green(line, 0.425, 0.75) > 0);
        QCOMPARE(green(line, 0.15, 0.15), 0);
        QVERIFY(green(ring, 0.5, 0.45 + 0.25) > 0);  // the ring's top, its centre empty
        QCOMPARE(green(ring, 0.5, 0.45), 0);
        if (const QByteArray dir = qgetenv("NNLAB_SHOT_DIR"); !dir.isEmpty()) {
            picker->showPopup();
            QTest::qWait(200);
            picker->view()->window()->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/picker.png"));
            picker->hidePopup();
        }
    }

    // GAN Lab's learning rates one pick away for each player; the box still
    // takes any value, and its arrows walk the same ladder.
    void learningRateList() {
        ExperimentDocument doc;
        doc.reset(partialGame());
        AdversarialSettingsPanel panel(&doc);
        const std::vector<double> ganLab = {0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0};
        for (const char* player : {"discriminator", "generator"}) {
            const QString name = QString::fromLatin1(player) + QStringLiteral("Rate");
            auto* box = panel.findChild<NumberSpinBox*>(name);
            auto* choices = panel.findChild<QuickChoices*>(name + QStringLiteral("Choices"));
            QVERIFY2(box && choices, player);
            QCOMPARE(choices->values(), ganLab);
            QCOMPARE(choices->menu()->actions().size(), 7);
            QCOMPARE(choices->menu()->actions().at(5)->text(), QLocale().toString(0.3));
            const int undo = doc.undoStack()->count();
            choices->menu()->actions().at(5)->trigger();
            const std::string path = std::string("gan.") + player + "_optimizer.lr";
            QCOMPARE(getByPath(doc.experiment(), path).get<double>(), 0.3);
            QCOMPARE(doc.undoStack()->count(), undo + 1);
            emit choices->menu()->aboutToShow();
            QVERIFY(choices->menu()->actions().at(5)->isChecked());
            QVERIFY(!choices->menu()->actions().at(4)->isChecked());
            box->stepBy(1);
            QCOMPARE(box->value(), 1.0);
            box->stepBy(-3);
            QCOMPARE(box->value(), 0.03);
            box->setValue(0.0042);  // free entry stays
            QCOMPARE(getByPath(doc.experiment(), path).get<double>(), 0.0042);
        }
        if (const QByteArray dir = qgetenv("NNLAB_SHOT_DIR"); !dir.isEmpty()) {
            panel.resize(330, 900);
            panel.show();
            QTest::qWait(50);
            auto* box = panel.findChild<NumberSpinBox*>(QStringLiteral("generatorRate"));
            const QRect row(QPoint(0, box->mapTo(&panel, QPoint(0, 0)).y() - 4), QSize(panel.width(), box->height() + 8));
            panel.grab(row).scaled(row.size() * 3).save(QString::fromLocal8Bit(dir) + QStringLiteral("/rate-row.png"));
        }
    }

    // The flow arrows: their dashes march while training plays and stop with
    // it; in slow motion only the phase's arrows are lit and march, the D
    // gradient's backwards; between phases all are alike.
    void flowArrowsMarch() {
        GanTask task(strongDiscriminator());
        task.step();
        AdversarialPlaneView view;
        view.resize(780, 440);
        view.show();
        view.showSnapshot(snapshotOf(task));
        AdversarialOverview* overview = view.overview();
        QVERIFY(!overview->flowing());
        view.setPlaying(true);
        QVERIFY(overview->flowing());
        const double offset = overview->dashOffset();
        QTRY_VERIFY(overview->dashOffset() != offset);
        for (int i = 0; i + 1 < AdversarialOverview::BoxCount; ++i) QVERIFY(overview->arrowLit(i));
        view.setPlaying(false);
        QVERIFY(!overview->flowing());
        const double stopped = overview->dashOffset();
        QTest::qWait(4 * AdversarialOverview::kFlowFrameMs);
        QCOMPARE(overview->dashOffset(), stopped);

        for (int i = 0; i < 4; ++i) task.stepPhase();  // phase 4: D's gradients
        view.showSnapshot(snapshotOf(task));
        const std::vector<AdversarialOverview::Flow> back = {{AdversarialOverview::Predictions, true},
                                                             {AdversarialOverview::Discriminator, true}};
        QVERIFY(overview->flow() == back);
        QVERIFY(overview->flowing());
        QVERIFY(overview->arrowLit(AdversarialOverview::Discriminator) && overview->arrowLit(AdversarialOverview::Predictions));
        QVERIFY(!overview->arrowLit(AdversarialOverview::Noise) && !overview->arrowLit(AdversarialOverview::Losses));
        if (const QByteArray dir = qgetenv("NNLAB_SHOT_DIR"); !dir.isEmpty())
            overview->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/flow-phase4.png"));
        task.stepPhase();  // 5: D's update moves no data
        view.showSnapshot(snapshotOf(task));
        QVERIFY(overview->flow().empty());
        QVERIFY(!overview->flowing());
        QVERIFY(!overview->arrowLit(AdversarialOverview::Noise));
        // Every phase that moves data lights an arrow between two of its lit boxes.
        for (int phase = 1; phase <= 10; ++phase) {
            const auto lit = AdversarialPhases::lit(phase);
            for (const AdversarialOverview::Flow& f : AdversarialPhases::flow(phase)) {
                const bool from = std::find(lit.begin(), lit.end(), AdversarialOverview::Box(f.arrow)) != lit.end();
                const bool to = std::find(lit.begin(), lit.end(), AdversarialOverview::Box(f.arrow + 1)) != lit.end();
                QVERIFY2(from || to, qPrintable(QString::number(phase)));
            }
        }
        while (task.phase() != 0) task.stepPhase();
        task.step();  // played: no phase to show
        view.showSnapshot(snapshotOf(task));
        QVERIFY(overview->flow().empty());
        QVERIFY(overview->arrowLit(AdversarialOverview::Noise));
    }

    // Every line of the verdicts, every button and the phase caption went through tr().
    void everyTextTranslated() {
        GanTask task(strongDiscriminator());
        while (!task.finished()) task.runEpoch();
        task.apply(SetHyper{"epochs", 10});  // more to train: slow motion may walk on
        for (int i = 0; i < 3; ++i) task.stepPhase();
        auto snapshot = std::make_shared<Snapshot>();
        task.fillSnapshot(*snapshot, SnapshotOptions{});
        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        AdversarialPlaneView view;
        view.resize(780, 440);
        view.show();
        view.showSnapshot(snapshot);
        VerdictList* list = view.verdictList();
        QVERIFY(list->topLevelItemCount() > 0);
        int lines = 0;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem* top = list->topLevelItem(i);
            QVERIFY2(top->text(0).contains(QChar(0xbb)), qPrintable(top->text(0)));
            for (int k = 0; k < top->childCount(); ++k) {
                const QString text = top->child(k)->text(0);
                if (text.isEmpty()) continue;  // a button's row
                QVERIFY2(text.contains(QChar(0xbb)), qPrintable(text));
                ++lines;
            }
        }
        QVERIFY(lines >= 4);
        const auto buttons = list->findChildren<QPushButton*>();
        QVERIFY(!buttons.isEmpty());
        for (QPushButton* b : buttons) QVERIFY2(b->text().contains(QChar(0xbb)), qPrintable(b->text()));
        QVERIFY2(view.phaseCaption().startsWith(QChar(0xbb)), qPrintable(view.phaseCaption()));
        QCoreApplication::removeTranslator(&marking);
    }

    // The evidence of a collapse names the coverage and each mode's share.
    void collapseEvidenceInWords() {
        ModeCoverage c;
        c.modes = 2;
        c.covered = 1;
        c.realShare = {0.5, 0.5};
        c.fakeShare = {0.97, 0.0};
        std::vector<HistoryPoint> history(10);
        for (std::size_t i = 0; i < history.size(); ++i) {
            history[i].epoch = i + 1;
            history[i].values[kDReal] = history[i].values[kDFake] = 0.5;
        }
        nlohmann::json j = nlohmann::json::parse(R"({"format": "nnlab-experiment", "version": 1, "kind": "gan", "gan": {}})");
        const std::vector<Verdict> verdicts = diagnoseGan(readGanSettings(experimentFromJson(j)), history, c, 4);
        QCOMPARE(verdicts.size(), std::size_t(1));
        const QString coverage = VerdictList::evidenceText(verdicts[0].evidence[0]);
        QVERIFY2(coverage.contains(QStringLiteral("1 of the 2")), qPrintable(coverage));
        const QString shares = VerdictList::evidenceText(verdicts[0].evidence[1]);
        QVERIFY(shares != QString::fromStdString(verdicts[0].evidence[1].text));  // worded here, not the engine's
        QVERIFY2(shares.contains(VerdictList::percentText(0.97)) && shares.contains(VerdictList::percentText(0.5)), qPrintable(shares));
        QVERIFY(VerdictList::remedyText(verdicts[0], verdicts[0].remedies[0]).contains(QLocale().toString(0.015, 'g', 3)));
    }
};

QTEST_MAIN(TestAdversarialView)
#include "tst_adversarial_view.moc"
