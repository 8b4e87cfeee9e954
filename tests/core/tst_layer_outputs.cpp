// Look inside one image (tasks/supervised/LayerOutputs.h, the SetInspection
// command): the stages a snapshot carries are the network's own layer outputs
// for that sample, and a conv unit's expanded parts add up, with the bias, to
// the engine's value at every cell.
#include "experiment/ExperimentJson.h"
#include "layers/Conv2d.h"
#include "model/Network.h"
#include "tasks/TaskRegistry.h"
#include "tasks/supervised/LayerOutputs.h"
#include "training/Capabilities.h"
#include "training/InsideNames.h"
#include "training/Snapshot.h"
#include "training/Task.h"

#include <QtTest>

#include <memory>
#include <string>

namespace nnlab {
namespace {

using namespace inside_view;

const Payload* find(const Snapshot& s, const std::string& name) {
    for (const Payload& p : s.payload)
        if (p.name == name) return &p;
    return nullptr;
}

Snapshot snapshotOf(Task& task) {
    Snapshot s;
    task.fillSnapshot(s, SnapshotOptions{});
    return s;
}

std::unique_ptr<Task> trainedDigits(int steps) {
    Experiment e = readExperimentFile(NNLAB_RESOURCES_DIR "/experiments/digits-cnn.json");
    // The sums below are the engine's to the last bit in double; the shipped
    // file's float32 products agree only to ~1e-7 (shown with 3 digits).
    e.training.precision = Precision::Float64;
    std::unique_ptr<Task> task = makeTask(e);
    for (int i = 0; i < steps; ++i) task->step();
    return task;
}

}  // namespace

class LayerOutputsTest : public QObject {
    Q_OBJECT
private slots:
    void onlyWhileAskedFor() {
        std::unique_ptr<Task> task = trainedDigits(2);
        QVERIFY(!find(snapshotOf(*task), kStages));
        SetInspection on;
        on.on = true;
        task->apply(on);
        QVERIFY(find(snapshotOf(*task), kStages));
        task->apply(SetInspection{});
        QVERIFY(!find(snapshotOf(*task), kStages));
    }

    void stagesAreTheLayersOutputsForThatSample() {
        std::unique_ptr<Task> task = trainedDigits(20);
        SetInspection on;
        on.on = true;
        on.testIndex = 7;
        task->apply(on);
        const Snapshot s = snapshotOf(*task);
        NetworkModel* model = task->networkModel();
        Network& net = model->network();
        const Matrix x = model->data().testX.row(7);
        Pass pass{false, nullptr};
        net.forward(x, pass);

        const Payload* stages = find(s, kStages);
        QVERIFY(stages);
        // input, conv1, relu, pool1, conv2, relu, pool2, flatten, dense logits, softmax
        QCOMPARE(stages->values.rows(), Index(10));
        QCOMPARE(int(stages->values(1, kKind)), int(kConv));
        QCOMPARE(int(stages->values(2, kKind)), int(kActivationStage));
        QCOMPARE(int(stages->values(3, kKind)), int(kMaxPool));
        QCOMPARE(stages->values(1, kKernel), 5.0);
        QCOMPARE(stages->values(1, kChannels), 8.0);
        QCOMPARE(stages->values(1, kHeight), 24.0);
        QCOMPARE(int(stages->values(9, kKind)), int(kActivationStage));
        QCOMPARE(find(s, kStagePrefix + std::string("0"))->values, x);
        for (Index st = 1; st < stages->values.rows(); ++st) {
            const std::size_t layer = std::size_t(stages->values(st, kLayer));
            const int kind = int(stages->values(st, kKind));
            const Payload* values = find(s, kStagePrefix + std::to_string(st));
            QVERIFY2(values, qPrintable(QString("stage %1").arg(st)));
            const bool pre = (kind == kConv || kind == kDense) && net.layer(layer).spec().activation.name != "linear";
            const Matrix expected = pre ? Matrix(net.layer(layer).preActivation()->row(0)) : Matrix(net.layer(layer).output());
            QVERIFY2((values->values - expected).cwiseAbs().maxCoeff() < 1e-12, qPrintable(QString("stage %1").arg(st)));
        }
        const Payload* p = find(s, kProbabilities);
        QVERIFY(p);
        QVERIFY((p->values - Matrix(net.output())).cwiseAbs().maxCoeff() < 1e-12);
        const Payload* source = find(s, kSource);
        QCOMPARE(source->values(0, 0), 7.0);
        QCOMPARE(source->values(0, 1), model->data().testLabels(7, 0));
    }

    void aSentImageIsNormalisedLikeTheData() {
        std::unique_ptr<Task> task = trainedDigits(5);
        NetworkModel* model = task->networkModel();
        SetInspection on;
        on.on = true;
        on.image = model->data().testPoints.row(3);  // the same pixels as test image 3, sent as a drawing
        task->apply(on);
        const Snapshot s = snapshotOf(*task);
        QCOMPARE(find(s, kSource)->values(0, 0), -1.0);
        const Matrix& input = find(s, kStagePrefix + std::string("0"))->values;
        QVERIFY((input - Matrix(model->data().testX.row(3))).cwiseAbs().maxCoeff() < 1e-12);
        SetInspection wrong = on;
        wrong.image = Matrix::Zero(1, 100);
        QVERIFY_THROWS_EXCEPTION(std::exception, task->apply(wrong));
    }

    void aConvUnitsExpandedSumIsTheEnginesValue() {
        std::unique_ptr<Task> task = trainedDigits(20);
        SetInspection on;
        on.on = true;
        on.testIndex = 2;
        on.expandStage = 4;  // conv2: 8 input channels
        on.expandUnit = 5;
        task->apply(on);
        const Snapshot s = snapshotOf(*task);
        const Payload* parts = find(s, kUnitParts);
        const Payload* info = find(s, kUnitInfo);
        QVERIFY(parts && info);
        QCOMPARE(parts->values.rows(), Index(8));
        QCOMPARE(parts->values.cols(), Index(8 * 8));
        QCOMPARE(info->values(0, 1), 5.0);
        const Matrix& conv2 = find(s, kStagePrefix + std::string("4"))->values;  // pre-activation, 16 x 8 x 8
        const RowVector sum = parts->values.colwise().sum().array() + info->values(0, 2);
        QVERIFY((sum - conv2.block(0, 5 * 64, 1, 64)).cwiseAbs().maxCoeff() < 1e-9);
        // One cell worked by hand from the kernel and the pool1 window, as the formula view shows it.
        Network& net = task->networkModel()->network();
        auto& conv = dynamic_cast<Conv2d&>(net.layer(2));
        const Matrix& pool1 = find(s, kStagePrefix + std::string("3"))->values;  // 8 x 12 x 12
        double cell = conv.bias()(0, 5);
        for (Index c = 0; c < 8; ++c)
            for (Index ki = 0; ki < 5; ++ki)
                for (Index kj = 0; kj < 5; ++kj)
                    cell += conv.weights()(5, (c * 5 + ki) * 5 + kj) * pool1(0, c * 144 + (2 + ki) * 12 + (3 + kj));
        QVERIFY(std::abs(cell - conv2(0, 5 * 64 + 2 * 8 + 3)) < 1e-9);
    }
};

}  // namespace nnlab

QTEST_GUILESS_MAIN(nnlab::LayerOutputsTest)
#include "tst_layer_outputs.moc"
