// gui_bench: how smooth the window stays while training runs at full speed.
//   gui_bench [--seconds S] [--size WxH] [--case TEXT] [--tf-playground DIR]
// For each case it plays training at full speed and measures, on the GUI
// thread, the gaps between ticks of a 1 ms timer (the longest is the worst
// stall a user could feel; target < 30 ms), how many frames the output
// map (100 x 100 cells) and the network canvas (every neuron thumbnail)
// actually painted per second (target >= 50), the worker's samples per
// second (target >= 0.46 M) and the GUI thread's CPU time per receiver.
// Then, in the same run, TensorFlow Playground's window in Chromium on the
// same display (PlaygroundWindow.h; when Chromium and a built Playground are
// there) for as long, and each case gets Playground's figures beside its own.
// Prints one JSON object; docs/benchmarks.md has the figures.
#include "playground/DecisionMapView.h"
#include "HeadlessRun.h"
#include "TimedApplication.h"
#include "MainWindow.h"
#include "playground/NetworkCanvas.h"
#include "TrainingController.h"
#include "playground/ExperimentDocument.h"
#include "experiment/ExperimentJson.h"
#include "PlaygroundWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QStandardPaths>
#include <QThread>
#include <QDateTime>
#include <QDir>
#include <QTimer>
#include <QUndoStack>
#include <qcustomplot.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <cstdio>
#include <vector>

#include <unistd.h>

using namespace nnlab;

namespace {

// CPU seconds (user + system) of this process's threads named `comm`
// ("nnlab training", "nnlab pictures"), or of all of them if comm is empty.
double threadsCpuSeconds(const QString& comm) {
    double ticks = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly)) continue;
        const QString text = QString::fromUtf8(stat.readAll());
        const int open = text.indexOf(QLatin1Char('(')), close = text.lastIndexOf(QLatin1Char(')'));
        if (!comm.isEmpty() && text.mid(open + 1, close - open - 1) != comm) continue;
        const QStringList fields = text.mid(close + 2).split(QLatin1Char(' '));
        if (fields.size() > 12) ticks += fields[11].toDouble() + fields[12].toDouble();  // utime, stime
    }
    return ticks / double(sysconf(_SC_CLK_TCK));
}

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
    PlaygroundPage playgroundPage;  // the page of Playground's it is compared with
};

constexpr double kMaxStallMs = 30.0;
constexpr double kMinFps = 50.0;
constexpr double kMinSamplesPerSecond = 460000.0;

std::vector<Case> cases() {
    std::vector<Case> out;
    // No epoch limit: the default run ends after 1000 epochs, well inside a measurement.
    Experiment base = defaultExperiment();
    base.epochs = 0;
    out.push_back({"default (spiral, 7 features, 8-8, adam)", base, playgroundDefaultCircle()});
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
    out.push_back({"deep (spiral, 7 features, 6 x 8, adam)", deep, playgroundDeepSpiral()});
    // The shipped example with six hidden layers of 8 (x1, x2 only, sigmoid).
    try {
        Experiment example = readExperimentFile(NNLAB_EXAMPLES_DIR "/spiral_deep_sigmoid.json");
        example.epochs = 0;
        out.push_back({"example spiral_deep_sigmoid.json (2 features, 6 x 8 sigmoid)", example, playgroundDeepSpiral()});
    } catch (const std::exception& e) {
        std::fprintf(stderr, "gui_bench: %s\n", e.what());
    }
    return out;
}

// /proc/loadavg: other programs on the machine change the figures.
std::string loadAverage() {
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    return loadavg.open(QIODevice::ReadOnly) ? loadavg.readLine().trimmed().toStdString() : std::string("unknown");
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

    auto* app = static_cast<TimedApplication*>(QCoreApplication::instance());
    std::vector<double> gaps;
    gaps.reserve(std::size_t(seconds * 1200));
    // The longest gap: when it began and ended (on the app's clock), and how
    // long the GUI thread waited for a core in it.
    std::int64_t lastTickNs = 0, worstStartNs = 0, worstEndNs = 0;
    double lastRunDelay = 0, worstRunDelay = 0, worstGap = -1;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(1);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        const std::int64_t now = app->clock().nsecsElapsed();
        const double runDelay = app->runDelayMs();
        const double gap = double(now - lastTickNs) / 1e6;
        if (gap > worstGap) {
            worstGap = gap;
            worstStartNs = lastTickNs;
            worstEndNs = now;
            worstRunDelay = runDelay - lastRunDelay;
        }
        gaps.push_back(gap);
        lastTickNs = now;
        lastRunDelay = runDelay;
    });
    snapshots = 0;
    mapFrames = 0;
    canvasPaints.count = 0;
    QEventLoop loop;
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    app->startRecording();
    lastRunDelay = app->runDelayMs();
    const double cpuAtStart = TimedApplication::threadCpuMs();
    const double workerAtStart = threadsCpuSeconds(QStringLiteral("nnlab training"));
    const double picturesAtStart = threadsCpuSeconds(QStringLiteral("nnlab pictures"));
    const double processAtStart = threadsCpuSeconds(QString());
    timer.start();
    clock.restart();
    loop.exec();
    timer.stop();
    app->stopRecording();
    const double guiCpuMs = TimedApplication::threadCpuMs() - cpuAtStart;
    const double workerCpu = threadsCpuSeconds(QStringLiteral("nnlab training")) - workerAtStart;
    const double picturesCpu = threadsCpuSeconds(QStringLiteral("nnlab pictures")) - picturesAtStart;
    const double processCpu = threadsCpuSeconds(QString()) - processAtStart;
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
    // Over the whole measurement, as Playground's figure is taken.
    const DataSpec& data = c.experiment.data;
    j["samples_per_s_whole_run"] = double(lastEpoch - firstEpoch) / elapsed * std::floor(data.points * data.trainRatio * (1.0 - data.validationRatio));
    // Who got the cores (shares of one core): the worker's rate per CPU
    // second tells a slower engine from a worker that got less time.
    j["worker_cpu_share"] = workerCpu / elapsed;
    j["pictures_cpu_share"] = picturesCpu / elapsed;
    j["process_cpu_share"] = processCpu / elapsed;
    j["epochs_per_worker_cpu_s"] = workerCpu > 0 ? double(lastEpoch - firstEpoch) / workerCpu : 0.0;
    // QCustomPlot keeps its own replot time (average of the last ones).
    // Keyed by the view that holds the plot and the plot's place among its siblings.
    for (QCustomPlot* plot : window.findChildren<QCustomPlot*>()) {
        if (!plot->isVisible()) continue;
        QWidget* holder = plot->parentWidget();
        while (holder && holder->parentWidget() && std::string(holder->metaObject()->className()).rfind("nnlab::", 0) != 0)
            holder = holder->parentWidget();
        std::string key = holder ? holder->metaObject()->className() : "window";
        int index = 0;
        for (QCustomPlot* sibling : holder ? holder->findChildren<QCustomPlot*>() : QList<QCustomPlot*>{}) {
            if (sibling == plot) break;
            ++index;
        }
        j["replot_ms"][key + "#" + std::to_string(index)] = plot->replotTime(true);
    }
    // Share of the wall time the GUI thread spent handling events, and on what.
    j["gui_busy_share"] = app->totalMs() / (elapsed * 1000.0);
    j["gui_cpu_share"] = app->totalCpuMs() / (elapsed * 1000.0);
    // Inside events, ms per second: asleep (waiting for Qt's thread pool or the
    // X server: the code's doing) and runnable without a core (the machine's).
    j["gui_blocked_ms_per_s"] = app->totalBlockedMs() / elapsed;
    j["gui_waiting_for_a_core_ms_per_s"] = app->totalWaitMs() / elapsed;
    // All of the GUI thread's CPU time (also outside events: the event loop,
    // X11), per snapshot shown: the figure that load does not change much.
    j["gui_cpu_ms_per_snapshot"] = snapshots > 0 ? guiCpuMs / snapshots : 0.0;
    std::vector<std::pair<double, std::string>> busiest;
    for (const auto& [what, ms] : app->cpuByReceiver()) busiest.push_back({ms, what});
    std::sort(busiest.rbegin(), busiest.rend());
    for (std::size_t i = 0; i < busiest.size() && i < 10; ++i)
        j["gui_cpu_ms_per_s_by_receiver"].push_back(std::to_string(busiest[i].first / elapsed).substr(0, 6) + " " + busiest[i].second);
    // Each with its slowest nested event, and that one's, and so on.
    for (const auto& slow : app->slowest(8)) j["slowest_events"].push_back(slow.chain);
    // What the GUI thread did in the longest gap between two ticks.
    nlohmann::json worst;
    worst["ms"] = double(worstEndNs - worstStartNs) / 1e6;
    worst["waiting_for_a_core_ms"] = worstRunDelay;
    double cpuInGap = 0, blockedInGap = 0;
    std::vector<const TimedApplication::Handled*> inGap;
    for (const TimedApplication::Handled& h : app->handled())
        if (h.endNs > worstStartNs && h.startNs < worstEndNs) {
            inGap.push_back(&h);
            cpuInGap += h.cpuMs;
            blockedInGap += h.blockedMs();
        }
    worst["events"] = inGap.size();
    worst["events_cpu_ms"] = cpuInGap;
    worst["events_blocked_ms"] = blockedInGap;
    std::sort(inGap.begin(), inGap.end(), [](auto* a, auto* b) { return a->endNs - a->startNs > b->endNs - b->startNs; });
    for (std::size_t i = 0; i < inGap.size() && i < 6; ++i) worst["longest_events"].push_back(inGap[i]->chain);
    j["longest_gap"] = worst;
    // NNLAB_BENCH_TIMELINE=1: every top-level event of the middle 100 ms, to see what makes a frame.
    if (qEnvironmentVariableIsSet("NNLAB_BENCH_TIMELINE")) {
        const std::int64_t from = std::int64_t(elapsed * 0.5e9), to = from + 100000000;
        for (const TimedApplication::Handled& h : app->handled())
            if (h.startNs >= from && h.startNs < to)
                j["timeline"].push_back(std::to_string(double(h.startNs - from) / 1e6).substr(0, 6) + " " + h.chain);
    }
    // Issue 15's targets: 50 frames/s on both views, no stall over 30 ms, and the
    // worker at 100x TensorFlow Playground's in-window rate (4,600 samples/s).
    j["frames_per_s"] = std::min(mapFrames, canvasPaints.count) / elapsed;
    j["stall_ok"] = !sorted.empty() && sorted.back() < kMaxStallMs;
    j["fps_ok"] = mapFrames / elapsed >= kMinFps && canvasPaints.count / elapsed >= kMinFps;
    j["samples_ok"] = samplesPerSecond >= kMinSamplesPerSecond;
    return j;
}

// Playground's pages the cases name, each measured once in Chromium for as
// long as nnlab's cases ran: {page name: figures or "not measured: ..."}.
// Empty with *whyNot set when none can be measured here.
nlohmann::json measurePlaygroundPages(MainWindow& window, const std::vector<Case>& ran, const QString& dir, const QString& chromium,
                                      double seconds, QString* whyNot) {
    if (ran.empty()) {
        *whyNot = QStringLiteral("no case ran");
        return {};
    }
    if (QGuiApplication::platformName() != QLatin1String("xcb")) {
        *whyNot = QStringLiteral("the bench runs on the %1 platform; Chromium needs an X display (run it under xvfb-run)")
                      .arg(QGuiApplication::platformName());
        return {};
    }
    PlaygroundRun run;
    const std::optional<QString> pageDir = findBuiltPlayground(dir, whyNot);
    const std::optional<QString> browser = pageDir ? findChromium(chromium, whyNot) : std::nullopt;
    if (!browser) return {};
    run.pageDir = *pageDir;
    run.chromium = *browser;
    run.window = window.size();
    run.seconds = seconds;
    run.timeoutMs = int(seconds * 1000) + 60000;
    window.hide();  // Chromium's window alone on the display, as a user would look at it
    QCoreApplication::processEvents();
    nlohmann::json pages = nlohmann::json::object();
    for (const Case& c : ran) {
        const PlaygroundPage& page = c.playgroundPage;
        if (pages.contains(page.name)) continue;
        QString failed;
        const std::string load = loadAverage();
        const std::optional<PlaygroundFigures> figures = measurePlaygroundPage(page, run, &failed);
        if (!figures) {
            pages[page.name] = "not measured: " + failed.toStdString();
            continue;
        }
        pages[page.name] = {{"fps", figures->framesPerSecond()},
                            {"longest_gap_ms", figures->longestGapMs},
                            {"samples_per_s", figures->samplesPerSecond()},
                            {"seconds", figures->seconds},
                            {"frames", figures->frames},
                            {"epochs", figures->epochs},
                            {"training_samples", figures->trainingSamples},
                            {"viewport", figures->viewport},
                            {"url_hash", page.hash.toStdString()},
                            {"load_average_before", load}};
    }
    window.show();
    return pages;
}

// A case's block: Playground's figures for its page and nnlab's divided by
// them (fps and samples/s: above 1 nnlab is ahead; longest gap: below 1).
nlohmann::json playgroundComparison(const nlohmann::json& nnlabCase, const std::string& pageName, const nlohmann::json& page) {
    if (!page.is_object()) return page;
    nlohmann::json block = page;
    block.erase("url_hash");
    block["page"] = pageName;
    block["nnlab_over_playground"] = {
        {"fps", nnlabCase["frames_per_s"].get<double>() / page["fps"].get<double>()},
        {"longest_gap_ms", nnlabCase["max_stall_ms"].get<double>() / page["longest_gap_ms"].get<double>()},
        {"samples_per_s", nnlabCase["samples_per_s_whole_run"].get<double>() / page["samples_per_s"].get<double>()}};
    return block;
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
    const QCommandLineOption caseOption(QStringLiteral("case"), QStringLiteral("Only the cases whose name contains this."), QStringLiteral("TEXT"));
    parser.addOption(caseOption);
    const QCommandLineOption noCanvas(QStringLiteral("no-canvas-frames"), QStringLiteral("Do not send snapshots to the network canvas (to tell its cost apart)."));
    parser.addOption(noCanvas);
    const QCommandLineOption playgroundOption(
        QStringLiteral("tf-playground"),
        QStringLiteral("TensorFlow Playground built by scripts/build-tf-playground.sh (default $NNLAB_TFPLAYGROUND, else ~/.cache/nnlab/tf-playground)."),
        QStringLiteral("DIR"));
    parser.addOption(playgroundOption);
    const QCommandLineOption noPlayground(QStringLiteral("no-tf-playground"), QStringLiteral("Do not measure TensorFlow Playground's window."));
    parser.addOption(noPlayground);
    const QCommandLineOption chromiumOption(QStringLiteral("chromium"), QStringLiteral("Chromium's executable (default $NNLAB_CHROMIUM, else chromium in PATH)."),
                                            QStringLiteral("PATH"));
    parser.addOption(chromiumOption);
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
    out["load_average_at_start"] = loadAverage();
    out["cpus"] = QThread::idealThreadCount();
    out["targets"] = {{"max_stall_ms_below", kMaxStallMs}, {"fps_at_least", kMinFps}, {"samples_per_s_at_least", kMinSamplesPerSecond}};
    const QString only = parser.value(caseOption);
    std::vector<Case> ran;
    for (const Case& c : cases())
        if (only.isEmpty() || QString::fromUtf8(c.name).contains(only)) {
            out["cases"].push_back(runCase(window, c, seconds));
            ran.push_back(c);
        }
    // TensorFlow Playground's window, after nnlab's cases, in the same run.
    QString whyNot = QStringLiteral("--no-tf-playground given");
    nlohmann::json pages;
    if (!parser.isSet(noPlayground)) {
        QString dir = parser.value(playgroundOption);
        if (dir.isEmpty()) dir = qEnvironmentVariable("NNLAB_TFPLAYGROUND");
        if (dir.isEmpty()) dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/nnlab/tf-playground");
        const QString chromium = parser.isSet(chromiumOption) ? parser.value(chromiumOption) : qEnvironmentVariable("NNLAB_CHROMIUM");
        pages = measurePlaygroundPages(window, ran, dir, chromium, seconds, &whyNot);
    }
    if (pages.empty()) {
        out["tf_playground"] = "not measured: " + whyNot.toStdString();
    } else {
        out["tf_playground"] = pages;
        for (std::size_t i = 0; i < ran.size(); ++i) {
            const std::string name = ran[i].playgroundPage.name;
            out["cases"][i]["tf_playground"] = playgroundComparison(out["cases"][i], name, pages[name]);
        }
    }
    out["load_average_at_end"] = loadAverage();
    window.document()->undoStack()->setClean();
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
}
