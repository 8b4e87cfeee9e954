// Gradient health of recurrent layers: the recorder measures ||dL/dh_t|| at
// the first and last time step (the layer's own hiddenGrads), and the
// vanishing_through_time verdict comes for a plain RNN stuck on the adding
// problem, with a "try this" that makes it an LSTM, and not for an LSTM that
// solves it or an RNN predicting a sine that needs only its last steps.
#include "experiment/ExperimentJson.h"
#include "health/Diagnosis.h"
#include "health/HealthRecorder.h"
#include "layers/Recurrent.h"
#include "model/Network.h"
#include "tasks/DiagnoseRun.h"
#include "tasks/TaskRegistry.h"
#include "training/Capabilities.h"
#include "training/Task.h"

#include <QtTest>

#include <memory>
#include <string>

using namespace nnlab;

namespace {

Experiment adding(const std::string& cell, int epochs) {
    Experiment e = readExperimentFile(NNLAB_RESOURCES_DIR "/experiments/adding-lstm.json");
    e.network.layers[0].type = cell;
    e.epochs = epochs;
    return e;
}

const Verdict* findVerdict(const std::vector<Verdict>& verdicts, const std::string& name) {
    for (const Verdict& v : verdicts)
        if (v.name == name) return &v;
    return nullptr;
}

}  // namespace

class TestRecurrentHealth : public QObject {
    Q_OBJECT
private slots:
    void recorderMeasuresTheFirstAndLastStep() {
        Experiment e = adding("rnn", 1);
        e.regularization.clipNorm = 0.0;  // the recorder reads the gradient before clipping; compared below after the step
        std::unique_ptr<Task> task = makeTask(e);
        HealthMonitor* monitor = task->healthMonitor();
        QVERIFY(monitor);
        monitor->setRecordHealth(1);
        task->step();
        const HealthHistory& h = monitor->health()->history();
        QVERIFY(h.layers()[0].recurrent);
        QVERIFY(!h.layers()[0].truncated);
        QCOMPARE(h.layers()[0].steps, Index(50));
        QVERIFY(!h.layers()[1].recurrent);  // the dense head
        const auto* rnn = dynamic_cast<const Recurrent*>(&task->networkModel()->network().layer(0));
        QVERIFY(rnn);
        const Index n = rnn->rows();
        const LayerHealth& l = h.latest().layers[0];
        QCOMPARE(l.timeGradFirst, rnn->hiddenGrads().topRows(n).norm());
        QCOMPARE(l.timeGradLast, rnn->hiddenGrads().middleRows((rnn->steps() - 1) * n, n).norm());
        QVERIFY(l.timeGradLast > 0.0);
        QVERIFY(l.timeGradFirst < l.timeGradLast);
        // The layer's weight gradient in the health plots is its input weights' (W_ih).
        QVERIFY(h.layers()[0].hasWeights);
        for (const Param& p : task->networkModel()->network().layer(0).params())
            if (p.name == "W_ih") QCOMPARE(l.weightGradNorm, p.grad->norm());
        QVERIFY(l.weightGradNorm > 0.0);
    }

    void plainRnnStuckOnTheAddingProblem() {
        const DiagnosisRun run = trainAndDiagnose(adding("rnn", 6));
        const Verdict* v = findVerdict(run.verdicts, "vanishing_through_time");
        QVERIFY2(v, "no vanishing_through_time verdict");
        QCOMPARE(v->layers, std::vector<std::string>{"lstm"});  // the layer keeps the file's name
        QVERIFY(!v->evidence.empty());
        QCOMPARE(v->evidence[0].key, std::string("time_grad_ratio"));
        QVERIFY(v->evidence[0].value <= 1e-2);
        QCOMPARE(v->evidence[0].figures.size(), std::size_t(4));
        QCOMPARE(v->evidence[0].figures[2], 50.0);
        // ratio = |dL/dh_1| / |dL/dh_T|, the figures it is made of
        QVERIFY(std::abs(v->evidence[0].value - v->evidence[0].figures[0] / v->evidence[0].figures[1]) <= 1e-12);
        QVERIFY(!v->remedies.empty());
        QCOMPARE(v->remedies[0].key, std::string("use_lstm"));
        const Experiment fixed = applyTry(adding("rnn", 6), v->remedies[0].tryThis);
        QCOMPARE(fixed.network.layers[0].type, std::string("lstm"));
        QCOMPARE(fixed.network.layers[0].units, Index(16));
    }

    void noVerdictWhenTheNetworkLearns() {
        QVERIFY(!findVerdict(trainAndDiagnose(adding("lstm", 10)).verdicts, "vanishing_through_time"));
        // The next value of a sine needs the last steps only: little gradient at t = 1 is right.
        Experiment sines = adding("lstm", 10);
        sines.data.generator = "sines";
        const DiagnosisRun run = trainAndDiagnose(sines);
        QVERIFY(run.summary.layers[0].timeGradRatioLate < 1e-2);  // faint at t = 1 indeed
        QVERIFY(!findVerdict(run.verdicts, "vanishing_through_time"));
    }
};

QTEST_GUILESS_MAIN(TestRecurrentHealth)
#include "tst_recurrent_health.moc"
