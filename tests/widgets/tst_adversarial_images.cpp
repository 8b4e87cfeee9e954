// The image GAN's view (widgets/adversarial/AdversarialImageView): it draws
// the payload an image GAN's task sends, a real task's frame included; clicks
// on two generated images and "New pair" choose the interpolation's ends; a
// frame of another kind clears it.
#include "adversarial/AdversarialImageTiles.h"
#include "adversarial/AdversarialImageView.h"
#include "experiment/ExperimentJson.h"
#include "tasks/TaskRegistry.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace nnlab;

namespace {

std::shared_ptr<Snapshot> imageFrame(int from, int to) {
    const nlohmann::json j = nlohmann::json::parse(R"({"format": "nnlab-experiment", "version": 1, "kind": "gan",
        "seed": 1, "batch_size": 16, "epochs": 1,
        "gan": {"images": {"source": "digits", "samples": 50}, "noise": {"dimension": 8},
                "generator": {"layers": [{"units": 16, "activation": "relu"}, {"units": 784, "activation": "sigmoid"}]},
                "discriminator": {"layers": [{"type": "flatten"}, {"units": 8, "activation": "relu"}, {"units": 1}]},
                "iterations_per_epoch": 2}})");
    const std::unique_ptr<Task> task = makeTask(experimentFromJson(j));
    task->runEpoch();
    auto s = std::make_shared<Snapshot>();
    SnapshotOptions options;
    options.interpolationFrom = from;
    options.interpolationTo = to;
    task->fillSnapshot(*s, options);
    return s;
}

}  // namespace

class TestAdversarialImages : public QObject {
    Q_OBJECT
private slots:
    void showsTheTasksFrame() {
        AdversarialImageView view;
        view.resize(700, 700);
        view.show();
        QSignalSpy appeared(&view, &AdversarialImageView::pictureAppeared);
        view.showSnapshot(imageFrame(2, 5));
        QVERIFY(view.hasPicture());
        QCOMPARE(appeared.count(), 1);
        QCOMPARE(view.generatedTiles()->count(), 64);
        QCOMPARE(view.realTiles()->count(), 16);
        QCOMPARE(view.interpolationTiles()->count(), 10);
        QCOMPARE(view.generatedTiles()->image(0).size(), QSize(28, 28));
        // The walk's ends are the two images the frame was made for.
        QCOMPARE(view.pairFrom(), 2);
        QCOMPARE(view.pairTo(), 5);
        QCOMPARE(view.interpolationTiles()->image(0), view.generatedTiles()->image(2));
        QCOMPARE(view.interpolationTiles()->image(9), view.generatedTiles()->image(5));
    }

    void clicksAndNewPairChooseTheEnds() {
        AdversarialImageView view;
        view.resize(700, 700);
        view.show();
        view.showSnapshot(imageFrame(0, 1));
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy chosen(&view, &AdversarialImageView::interpolationChosen);
        AdversarialImageTiles* tiles = view.generatedTiles();
        QTest::mouseClick(tiles, Qt::LeftButton, {}, tiles->tileRect(9).center());
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.last().at(0).toInt(), 1);  // the last end is now the start
        QCOMPARE(chosen.last().at(1).toInt(), 9);
        QTest::mouseClick(tiles, Qt::LeftButton, {}, tiles->tileRect(20).center());
        QCOMPARE(chosen.last().at(0).toInt(), 9);
        QCOMPARE(chosen.last().at(1).toInt(), 20);
        view.newPairButton()->click();
        QCOMPARE(chosen.count(), 3);
        const int from = chosen.last().at(0).toInt(), to = chosen.last().at(1).toInt();
        QVERIFY(from != to && from >= 0 && to >= 0 && from < 64 && to < 64);
    }

    void anotherKindClearsIt() {
        AdversarialImageView view;
        view.showSnapshot(imageFrame(0, 1));
        QSignalSpy changed(&view, &AdversarialImageView::pictureChanged);
        view.showSnapshot(std::make_shared<Snapshot>());
        QVERIFY(!view.hasPicture());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toBool(), false);
    }
};

QTEST_MAIN(TestAdversarialImages)
#include "tst_adversarial_images.moc"
