// The image classifier's gallery, confusion matrix and worst mistakes
// (tasks/supervised/ImageResults.h), checked against the task's own accuracy.
#include "experiment/ExperimentJson.h"
#include "tasks/TaskRegistry.h"
#include "tasks/supervised/ImageResults.h"
#include "training/Capabilities.h"
#include "training/Snapshot.h"
#include "training/Task.h"

#include <QtTest>

#include <memory>

namespace nnlab {
namespace {

const Payload* find(const Snapshot& s, const char* name) {
    for (const Payload& p : s.payload)
        if (p.name == name) return &p;
    return nullptr;
}

Snapshot snapshotOf(Task& task, bool imageResults) {
    SnapshotOptions options;
    options.imageResults = imageResults;
    Snapshot s;
    task.fillSnapshot(s, options);
    return s;
}

}  // namespace

class ImageResultsTest : public QObject {
    Q_OBJECT
private slots:
    void probabilitiesFromEachOutput() {
        Matrix sigmoid(2, 1);
        sigmoid << 0.25, 0.9;
        const Matrix two = classProbabilities(sigmoid);
        QCOMPARE(two.cols(), Index(2));
        QCOMPARE(two(0, 0), 0.75);
        QCOMPARE(two(1, 1), 0.9);
        Matrix logits(1, 3);
        logits << 1.0, 2.0, 3.0;
        const Matrix soft = classProbabilities(logits);
        QVERIFY(std::abs(soft.sum() - 1.0) < 1e-12);
        QVERIFY(std::abs(soft(0, 2) / soft(0, 1) - std::exp(1.0)) < 1e-12);
        Matrix already(1, 3);
        already << 0.2, 0.3, 0.5;
        QCOMPARE(classProbabilities(already), already);
    }

    void confusionAgreesWithTheAccuracy() {
        const Experiment e = readExperimentFile(NNLAB_RESOURCES_DIR "/experiments/bars_cnn.json");
        std::unique_ptr<Task> task = makeTask(e);
        for (int i = 0; i < 60; ++i) task->step();
        const Snapshot s = snapshotOf(*task, true);
        const Payload* confusion = find(s, image_results::kConfusion);
        const Payload* shape = find(s, image_results::kShape);
        const Payload* gallery = find(s, image_results::kGalleryInputs);
        const Payload* galleryLabels = find(s, image_results::kGalleryLabels);
        const Payload* worst = find(s, image_results::kWorstProbabilities);
        const Payload* worstLabels = find(s, image_results::kWorstLabels);
        QVERIFY(confusion && shape && gallery && galleryLabels && worst && worstLabels);
        QCOMPARE(shape->values(0, 0), 1.0);
        QCOMPARE(shape->values(0, 1), 8.0);
        QCOMPARE(shape->values(0, 2), 8.0);

        NetworkModel& model = requireNetwork(*task, "the image results test");
        const PreparedData& data = model.data();
        QCOMPARE(confusion->values.rows(), Index(2));
        QCOMPARE(confusion->values.sum(), double(data.testX.rows()));  // 100 test images, all counted
        // Every true class counted as often as it occurs.
        for (Index k = 0; k < 2; ++k)
            QCOMPARE(confusion->values.row(k).sum(), double((data.testLabels.array() == double(k)).count()));
        // The diagonal is the accuracy the loss plot shows.
        Pass inference{false, nullptr};
        const Matrix out = model.network().forward(data.testX, inference);
        Index right = 0;
        for (Index r = 0; r < out.rows(); ++r) right += (out(r, 0) > 0.5 ? 1 : 0) == Index(data.testLabels(r, 0));
        QCOMPARE(confusion->values.trace(), double(right));

        // The gallery shows the first test images as they are.
        QCOMPARE(gallery->values.rows(), std::min<Index>(36, data.testX.rows()));
        QCOMPARE(gallery->values.row(3), data.testPoints.row(3));
        QCOMPARE(galleryLabels->values(3, 0), data.testLabels(3, 0));
        // The worst mistakes are mistakes, the most confident first.
        const double wrong = data.testX.rows() - confusion->values.trace();
        QCOMPARE(double(worst->values.rows()), std::min(wrong, 12.0));
        QVERIFY(worst->values.rows() > 0);  // 60 steps leave some
        double before = 0.0;
        for (Index r = 0; r < worst->values.rows(); ++r) {
            const double truth = worst->values(r, Index(worstLabels->values(r, 0)));
            QVERIFY(truth <= 0.5);
            QVERIFY(truth >= before);
            before = truth;
        }
    }

    void onlyForImagesAndWhenAsked() {
        const Experiment bars = readExperimentFile(NNLAB_RESOURCES_DIR "/experiments/bars_cnn.json");
        std::unique_ptr<Task> images = makeTask(bars);
        QVERIFY(snapshotOf(*images, false).payload.empty());
        std::unique_ptr<Task> plane = makeTask(defaultExperiment());
        QVERIFY(!find(snapshotOf(*plane, true), image_results::kConfusion));
    }
};

}  // namespace nnlab

QTEST_MAIN(nnlab::ImageResultsTest)
#include "tst_image_results.moc"
