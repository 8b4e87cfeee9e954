#include "WindowExporter.h"

#include "playground/DecisionMapView.h"
#include "healthview/GradientHealthPanel.h"
#include "common/LossPlot.h"
#include "MainWindow.h"
#include "playground/NetworkCanvas.h"
#include "ReportContent.h"
#include "TrainingController.h"
#include "export/AtomicFile.h"
#include "export/CsvExport.h"
#include "export/OnnxExport.h"
#include "export/PytorchExport.h"
#include "tasks/TaskRegistry.h"
#include "training/Capabilities.h"

#include <QDateTime>
#include <QDir>
#include <qcustomplot.h>

#include <algorithm>
#include <exception>

namespace nnlab {

namespace {

QStringList qtPaths(const std::vector<std::string>& paths) {
    QStringList out;
    for (const std::string& p : paths) out << QString::fromStdString(p);
    return out;
}

// Runs one of the engine's exports; its Error message (naming the file or the
// layer) becomes the window's message.
template <class Export>
bool guarded(QString* error, Export&& run) {
    try {
        run();
        return true;
    } catch (const std::exception& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
}

}  // namespace

QList<WindowFigure> WindowExporter::figures() const {
    QList<WindowFigure> out;
    if (NetworkCanvas* canvas = m_window->networkCanvas())
        out << WindowFigure{QStringLiteral("network"), tr("The network"), canvas, QSize(1400, 800)};
    if (LossPlot* loss = m_window->lossPlot())
        out << WindowFigure{QStringLiteral("loss"), tr("Loss and metric over the epochs"), loss->plot(), QSize(1400, 850)};
    if (DecisionMapView* map = m_window->decisionMap())
        out << WindowFigure{QStringLiteral("output"), tr("The network's output over the input plane, with the data"),
                            map->plot(), QSize(1100, 1000)};
    if (auto* health = m_window->findChild<GradientHealthPanel*>()) {
        out << WindowFigure{QStringLiteral("gradient-norms"), tr("Gradient norm of each layer's weights over the steps"),
                            health->normPlot(), QSize(1400, 800)};
        out << WindowFigure{QStringLiteral("saturation"), tr("Share of saturated and dead units per layer"),
                            health->sharePlot(), QSize(1400, 700)};
        out << WindowFigure{QStringLiteral("histogram"), tr("Histogram of the chosen layer's weights, activations or gradients"),
                            health->histogramPlot(), QSize(1400, 700)};
        if (health->heatMap())
            out << WindowFigure{QStringLiteral("histogram-time"), tr("The chosen layer's histogram over the steps"),
                                health->heatMap()->parentPlot(), QSize(1400, 800)};
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const WindowFigure& f) { return f.view == nullptr; }), out.end());
    return out;
}

bool WindowExporter::exportAllFigures(const QString& dir, const FigureOptions& options, QStringList* written,
                                      QString* error) {
    if (!QDir().mkpath(dir)) {
        if (error) *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    m_window->flushViews();
    for (const WindowFigure& f : figures())
        for (FigureFormat format : {FigureFormat::Png, FigureFormat::Svg, FigureFormat::Pdf}) {
            const QString path = QDir(dir).filePath(f.name + '.' + figureSuffix(format));
            if (!writeFigure(f.view, path, format, options, f.caption, error)) return false;
            if (written) *written << path;
        }
    return true;
}

RunStatePtr WindowExporter::fetch(QString* error) const {
    RunStatePtr state = m_window->controller()->fetchState();
    if (!state && error)
        *error = tr("The training thread did not hand over the current model in time. Pause training and try again.");
    return state;
}

bool WindowExporter::isRegression() const {
    const DataFramePtr data = m_window->controller()->latestData();
    return data && data->kind == ProblemKind::Regression;
}

// The engine's exports need a task: one is built from the fetched settings
// and weights, never the worker's own (it lives on the other thread).
bool WindowExporter::writeOnnx(const QString& path, QString* error) {
    const RunStatePtr state = fetch(error);
    if (!state) return false;
    return guarded(error, [&] {
        const std::unique_ptr<Task> owned = makeTask(state->experiment);
        exportOnnx(requireNetwork(*owned, "export as ONNX"), path.toStdString());
    });
}

bool WindowExporter::writePytorch(const QString& dir, QStringList* written, QString* error) {
    const RunStatePtr state = fetch(error);
    if (!state) return false;
    return guarded(error, [&] {
        const std::unique_ptr<Task> owned = makeTask(state->experiment);
        NetworkModel& task = requireNetwork(*owned, "export as a PyTorch script");
        // Build the script first: a network it cannot express writes nothing.
        (void)pytorchScript(task.network(), task.experiment(), PytorchData());
        makeExportDirectory(dir.toStdString());
        const QStringList paths = qtPaths(exportPytorch(task, dir.toStdString()));
        if (written) *written << paths;
    });
}

bool WindowExporter::writeHistoryCsv(const QString& path, QString* error) {
    const RunStatePtr state = fetch(error);
    if (!state) return false;
    return guarded(error, [&] { exportHistoryCsv(state->series, state->history, path.toStdString()); });
}

bool WindowExporter::writeWeightsCsv(const QString& path, QString* error) {
    const RunStatePtr state = fetch(error);
    if (!state) return false;
    return guarded(error, [&] {
        const std::unique_ptr<Task> owned = makeTask(state->experiment);
        if (NetworkModel* model = owned->networkModel()) exportWeightsCsv(model->network(), path.toStdString());
        else exportWeightsCsv(owned->weights(), path.toStdString());
    });
}

bool WindowExporter::writeDataCsv(const QString& dir, QStringList* written, QString* error) {
    const RunStatePtr state = fetch(error);
    if (!state) return false;
    return guarded(error, [&] {
        const std::unique_ptr<Task> owned = makeTask(state->experiment);
        NetworkModel& task = requireNetwork(*owned, "export its data");
        makeExportDirectory(dir.toStdString());
        exportDataCsv(task, dir.toStdString());
        if (written) *written << QDir(dir).filePath(QStringLiteral("train.csv")) << QDir(dir).filePath(QStringLiteral("test.csv"));
    });
}

bool WindowExporter::buildReport(ReportData* report, QString* error) {
    const RunStatePtr state = fetch(error);
    if (!state) return false;
    m_window->flushViews();
    report->title = QString::fromStdString(state->experiment.title);
    report->created = QDateTime::currentDateTime();
    report->settings = ReportContent::settings(state->experiment);
    report->metrics = ReportContent::metrics(state->series, state->history, state->step, state->epoch);
    for (const WindowFigure& f : figures()) {
        // The histograms show one chosen layer: left to the window.
        if (f.name.startsWith(QLatin1String("histogram"))) continue;
        FigureOptions options;
        options.size = f.reportSize;
        report->figures << ReportFigure{f.caption, renderFigureImage(f.view, options)};
    }
    return true;
}

bool WindowExporter::writeReportHtml(const QString& path, QString* error) {
    ReportData report;
    return buildReport(&report, error) && ReportWriter::writeHtml(report, path, error);
}

bool WindowExporter::writeReportPdf(const QString& path, QString* error) {
    ReportData report;
    return buildReport(&report, error) && ReportWriter::writePdf(report, path, error);
}

}  // namespace nnlab
