// A run of hours holds bounded memory: the history (one point per epoch) and
// the gradient-health records keep the newest points at full resolution and
// thin older ones (experiment/Downsampling.h), and what they hold still spans
// the whole run, from the first point to the last.
#include <QtTest>

#include "experiment/DownsampledHistory.h"
#include "experiment/Experiment.h"
#include "health/HealthHistory.h"
#include "tasks/supervised/SupervisedTask.h"

using namespace nnlab;

namespace {

HistoryPoint pointAt(std::uint64_t epoch) {
    HistoryPoint p;
    p.epoch = epoch;
    p.step = 10 * epoch;
    p.values[0] = 1.0 / double(epoch);
    return p;
}

// The lab's default experiment (the spiral, 250 training points, batch 10:
// 25 steps an epoch), without its epoch limit.
Experiment longRun() {
    Experiment e = defaultExperiment();
    e.epochs = 0;
    return e;
}

}  // namespace

class TestLongRuns : public QObject {
    Q_OBJECT
private slots:
    // A million records: never more than the capacity held; the first one and
    // the newest `recent` ones (contiguous) are held; the older ones are evenly
    // spaced, at the plan's stride.
    void historyOfAMillionPointsStaysBounded() {
        DownsampledHistory<HistoryPoint> h;
        const std::size_t capacity = h.plan().capacity(), recent = h.plan().recent();
        const std::uint64_t n = 1000000;
        std::size_t largest = 0;
        for (std::uint64_t e = 1; e <= n; ++e) {
            h.push(pointAt(e));
            largest = std::max(largest, h.size());
        }
        QVERIFY2(largest <= capacity, qPrintable(QString("%1 points held").arg(largest)));
        QCOMPARE(h.pushed(), n);
        const std::vector<HistoryPoint>& p = h.points();
        QVERIFY(p.size() >= recent + (capacity - recent) / 4);  // thinning leaves a useful amount
        QCOMPARE(p.front().epoch, std::uint64_t(1));            // the run's start
        QCOMPARE(p.back().epoch, n);                            // and its end
        for (std::size_t i = p.size() - recent; i < p.size(); ++i) QCOMPARE(p[i].epoch, p[i - 1].epoch + 1);
        const std::uint64_t stride = h.plan().stride();
        QVERIFY(stride > 1);
        std::size_t i = 1;
        while (i < p.size() && p[i].epoch - p[i - 1].epoch == stride) ++i;  // the older part, evenly spaced
        QVERIFY(i > 1);
        QVERIFY(p[i].epoch - p[i - 1].epoch < stride);  // the step into the tail
        for (++i; i < p.size(); ++i) QCOMPARE(p[i].epoch - p[i - 1].epoch, std::uint64_t(1));
        // A reader that remembers pushed() gets exactly what came since.
        const std::vector<HistoryPoint> last = h.since(n - 3);
        QCOMPARE(last.size(), std::size_t(3));
        QCOMPARE(last.front().epoch, n - 2);
        QCOMPARE(h.since(0).size(), p.size());
        QVERIFY(h.since(n).empty());
    }

    // Older points a reader missed come thinned, never out of order or twice.
    void sinceAfterThinningReturnsHeldPointsInOrder() {
        DownsampledHistory<HistoryPoint> h(64, 16);
        for (std::uint64_t e = 1; e <= 1000; ++e) h.push(pointAt(e));
        const std::vector<HistoryPoint> tail = h.since(500);
        QVERIFY(!tail.empty());
        QVERIFY(tail.front().epoch > 500);
        for (std::size_t i = 1; i < tail.size(); ++i) QVERIFY(tail[i].epoch > tail[i - 1].epoch);
        QCOMPARE(tail.back().epoch, std::uint64_t(1000));
    }

    // The real thing: a million training steps (40,000 epochs) with the gradient
    // health recorded every 10th step. The history and the health records stay
    // within their capacities and still reach from the first epoch and step to
    // the last; the points handed to the views (takeHistory) arrive in order.
    void millionStepsHoldBoundedMemory() {
        SupervisedTask task(longRun());
        task.setRecordHealth(10);
        const std::uint64_t steps = 1000000;
        std::uint64_t taken = 0, lastTakenEpoch = 0;
        for (std::uint64_t s = 0; s < steps; ++s) {
            task.step();
            if (s % 5000 == 0) {  // the worker takes the new points with each snapshot
                for (const HistoryPoint& p : task.takeHistory()) {
                    QVERIFY(p.epoch > lastTakenEpoch);
                    lastTakenEpoch = p.epoch;
                    ++taken;
                }
            }
        }
        QCOMPARE(task.stepCount(), steps);
        const std::vector<HistoryPoint>& history = task.history();
        QCOMPARE(task.epoch(), steps / 25);
        QVERIFY2(history.size() <= DownsampledHistory<HistoryPoint>::kDefaultCapacity,
                 qPrintable(QString("%1 history points held").arg(history.size())));
        QCOMPARE(history.front().epoch, std::uint64_t(1));
        QCOMPARE(history.back().epoch, task.epoch());
        QVERIFY(taken > 0);

        const HealthHistory& health = task.healthMonitor()->health()->history();
        QVERIFY(health.pushed() >= steps / 10);
        QVERIFY2(health.size() <= health.capacity(), qPrintable(QString("%1 health points held").arg(health.size())));
        QCOMPARE(health.at(0).step, std::uint64_t(1));
        QCOMPARE(health.latest().step, steps);
        const std::vector<double> healthSteps = health.steps();
        for (std::size_t i = 1; i < healthSteps.size(); ++i) QVERIFY(healthSteps[i] > healthSteps[i - 1]);
    }
};

QTEST_MAIN(TestLongRuns)
#include "tst_long_runs.moc"
