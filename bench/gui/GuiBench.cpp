// gui_bench: how smooth the window stays while training runs at full speed.
//   gui_bench [--seconds S] [--size WxH]
// For each case it plays training at full speed and measures, on the GUI
// thread, the gaps between ticks of a 1 ms timer (the longest is the worst
// stall a user could feel; target < 30 ms) and how many frames the output
// map (100 x 100 cells) and the network canvas (every neuron thumbnail)
// actually painted per second (target >= 30). Prints one JSON object.
#include "playground/DecisionMapView.h"
#include "HeadlessRun.h"
#include "MainWindow.h"
#include "playground/NetworkCanvas.h"
#include "TrainingController.h"
#include "playground/ExperimentDocument.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QThread>
#include <QDateTime>
#include <QTimer>
#include <QUndoStack>
#include <qcustomplot.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace nnlab;

namespace {

// Times every event the GUI thread handles, so a stall can be blamed on a
// receiver ("QCustomPlot paint 12 ms") rather than guessed.
class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;
    struct Slow {
        double ms;
        std::string what;
    };
    bool recording = false;
    std::vector<Slow> slowest;  // the 8 longest
    double total = 0;
    bool notify(QObject* receiver, QEvent* event) override {
        if (!recording || QThread::currentThread() != thread()) return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        const int type = event->type();
        const std::string name = receiver->metaObject()->className();
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (depth == 0) total += ms;
        if (slowest.size() < 8 || ms > slowest.back().ms) {
            slowest.push_back({ms, name + " event " + std::to_string(type)});
            std::sort(slowest.begin(), slowest.end(), [](const Slow& a, const Slow& b) { return a.ms > b.ms; });
            if (slowest.size() > 8) slowest.pop_back();
        }
        return result;
    }
    int depth = 0;
};

class PaintCounter : public QObject {
public:
    int count = 0;
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Paint) ++count;
        return false;
    }
};

struct Case {
    const char* name;
    Experiment experiment;
};

std::vector<Case> cases() {
    std::vector<Case> out;
    // No epoch limit: the default run ends after 1000 epochs, well inside a measurement.
    Experiment base = defaultExperiment();
    base.epochs = 0;
    out.push_back({"default (spiral, 7 features, 8-8, adam)", base});
    // Playground's slowest page: six hidden layers of 8 on the spiral.
    Experiment deep = base;
    LayerSpec hidden = deep.network.layers.front();
    const LayerSpec output = deep.network.layers.back();
    deep.network.layers.clear();
    for (int i = 0; i < 6; ++i) {
        hidden.name = "dense_" + std::to_string(i + 1);
        deep.network.layers.push_back(hidden);
    }
    deep.network.layers.push_back(output);
    out.push_back({"deep (spiral, 7 features, 6 x 8, adam)", deep});
    return out;
}

nlohmann::json runCase(MainWindow& window, const Case& c, double seconds) {
    TrainingController* controller = window.controller();
    window.document()->reset(c.experiment);
    controller->reset();
    QString error;
    trainAndWait(window, 0, 30000, &error);

    PaintCounter canvasPaints;
    window.networkCanvas()->viewport()->installEventFilter(&canvasPaints);
    // Frames actually painted, whether a full replot or the map layer alone.
    PaintCounter mapPaints;
    window.decisionMap()->plot()->installEventFilter(&mapPaints);
    int& mapFrames = mapPaints.count;
    int snapshots = 0;
    std::uint64_t firstEpoch = 0, lastEpoch = 0;
    double samplesPerSecond = 0;
    auto snapConnection = QObject::connect(controller, &TrainingController::snapshotReady, [&](SnapshotPtr s) {
        if (snapshots++ == 0) firstEpoch = s->epoch;
        lastEpoch = s->epoch;
        if (qEnvironmentVariableIsSet("NNLAB_BENCH_DEBUG"))
            std::fprintf(stderr, "%lld frame step %llu epoch %llu running %d finished %d\n", QDateTime::currentMSecsSinceEpoch() % 100000, (unsigned long long)s->step,
                         (unsigned long long)s->epoch, int(s->running), int(s->finished));
        samplesPerSecond = s->samplesPerSecond;
    });

    controller->setSpeed(10);
    controller->play();
    // Warm-up: caches, first layouts.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 1000) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);

    std::vector<double> gaps;
    gaps.reserve(std::size_t(seconds * 1200));
    QElapsedTimer tick;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(1);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        gaps.push_back(double(tick.nsecsElapsed()) / 1e6);
        tick.restart();
    });
    snapshots = 0;
    mapFrames = 0;
    canvasPaints.count = 0;
    auto* app = static_cast<TimedApplication*>(QCoreApplication::instance());
    app->slowest.clear();
    app->total = 0;
    app->recording = true;
    QEventLoop loop;
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    tick.start();
    timer.start();
    clock.restart();
    loop.exec();
    timer.stop();
    app->recording = false;
    const double elapsed = clock.elapsed() / 1000.0;
    controller->pause();
    window.decisionMap()->plot()->removeEventFilter(&mapPaints);
    QObject::disconnect(snapConnection);
    window.networkCanvas()->viewport()->removeEventFilter(&canvasPaints);

    std::vector<double> sorted = gaps;
    std::sort(sorted.begin(), sorted.end());
    double sum = 0;
    for (double g : gaps) sum += g;
    auto percentile = [&](double p) { return sorted.empty() ? 0.0 : sorted[std::size_t(p * double(sorted.size() - 1))]; };
    int thumbnails = 0;
    for (const LayerSpec& l : c.experiment.network.layers) thumbnails += int(l.units);
    thumbnails += int(c.experiment.features.size());

    nlohmann::json j;
    j["case"] = c.name;
    j["seconds"] = elapsed;
    j["timer_ticks"] = gaps.size();
    j["max_stall_ms"] = sorted.empty() ? 0.0 : sorted.back();
    j["p99_gap_ms"] = percentile(0.99);
    j["mean_gap_ms"] = gaps.empty() ? 0.0 : sum / double(gaps.size());
    j["snapshots_per_s"] = snapshots / elapsed;
    j["output_map_fps"] = mapFrames / elapsed;
    j["canvas_fps"] = canvasPaints.count / elapsed;
    j["grid_cells"] = 100 * 100;
    j["neuron_thumbnails"] = thumbnails;
    j["epochs_per_s"] = double(lastEpoch - firstEpoch) / elapsed;
    j["samples_per_s"] = samplesPerSecond;
    // QCustomPlot keeps its own replot time (average of the last ones).
    for (QCustomPlot* plot : window.findChildren<QCustomPlot*>())
        j["replot_ms"][plot->parentWidget()->metaObject()->className()] = plot->replotTime(true);
    for (const auto& slow : app->slowest) j["slowest_events"].push_back(std::to_string(slow.ms).substr(0, 6) + " ms " + slow.what);
    j["stall_ok"] = !sorted.empty() && sorted.back() < 30.0;
    j["fps_ok"] = mapFrames / elapsed >= 30.0 && canvasPaints.count / elapsed >= 30.0;
    return j;
}

}  // namespace

int main(int argc, char* argv[]) {
    TimedApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("nnlab-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Measuring time per case."), QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size."), QStringLiteral("WxH"), QStringLiteral("1280x800"));
    parser.addOption(secondsOption);
    parser.addOption(sizeOption);
    const QCommandLineOption noCanvas(QStringLiteral("no-canvas-frames"), QStringLiteral("Do not send snapshots to the network canvas (to tell its cost apart)."));
    parser.addOption(noCanvas);
    parser.process(app);
    const double seconds = std::max(0.5, parser.value(secondsOption).toDouble());
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));

    MainWindow window(MainWindow::Options{false});
    window.resize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1280, size.value(1).toInt() > 0 ? size.value(1).toInt() : 800);
    window.show();
    QString error;
    if (!trainAndWait(window, 0, 30000, &error)) {
        std::fprintf(stderr, "gui_bench: %s\n", qPrintable(error));
        return 1;
    }
    if (parser.isSet(noCanvas))
        QObject::disconnect(window.controller(), &TrainingController::snapshotReady, window.networkCanvas(), &NetworkCanvas::showSnapshot);
    nlohmann::json out;
    out["bench"] = "gui";
    out["canvas_frames"] = !parser.isSet(noCanvas);
    out["platform"] = QGuiApplication::platformName().toStdString();
    out["window"] = {window.width(), window.height()};
    // Other programs on the machine change the figures: say how busy it was.
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly)) out["load_average_at_start"] = loadavg.readLine().trimmed().toStdString();
    out["cpus"] = QThread::idealThreadCount();
    out["targets"] = {{"max_stall_ms_below", 30}, {"fps_at_least", 30}};
    for (const Case& c : cases()) out["cases"].push_back(runCase(window, c, seconds));
    window.document()->undoStack()->setClean();
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
}
