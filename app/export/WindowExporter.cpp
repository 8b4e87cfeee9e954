#include "WindowExporter.h"

#include "playground/DecisionMapView.h"
#include "healthview/GradientHealthPanel.h"
#include "common/LossPlot.h"
#include "MainWindow.h"
#include "workspaces/GameWorkspace.h"
#include "playground/NetworkCanvas.h"
#include "ReportContent.h"
#include "TrainingController.h"
#include "export/AtomicFile.h"
#include "adversarial/AdversarialImageView.h"
#include "Error.h"
#include "export/CsvExport.h"
#include "export/GeneratorExport.h"
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
    if (AdversarialImageView* images = m_window->game()->images(); images && images->hasPicture())
        out << WindowFigure{QStringLiteral("generated-images"),
                            tr("The generator's images of a fixed noise batch, real images and a latent interpolation"),
                            images, QSize(1200, 900)};
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
                                      QString* error, QStringList* omitted) {
    if (!QDir().mkpath(dir)) {
        if (error) *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    m_window->flushViews();
    for (const WindowFigure& f : figures()) {
        // Bare axes say nothing: a plot with no data is named instead of written.
        if (!figureHasData(f.view)) {
            if (omitted) *omitted << f.caption;
            continue;
        }
        for (FigureFormat format : {FigureFormat::Png, FigureFormat::Svg, FigureFormat::Pdf}) {
            const QString path = QDir(dir).filePath(f.name + '.' + figureSuffix(format));
            if (!writeFigure(f.view, path, format, options, f.caption, error)) return false;
            if (written) *written << path;
        }
    }
    return true;
}

void WindowExporter::finish(const ExportDone& done, const ExportResult& result) {
    --m_pending;
    if (done) done(result);
}

void WindowExporter::inBackground(std::function<QStringList(const RunStatePtr&)> write, ExportDone done) {
    ++m_pending;
    m_window->controller()->fetchState(this, [this, write = std::move(write), done = std::move(done)](RunStatePtr state) {
        if (!state) {
            finish(done, {false, {}, tr("There is no trained network to export yet.")});
            return;
        }
        // The state is shared read-only with the job: the GUI never changes it.
        m_jobs.run(
            [state, write] {
                ExportResult result;
                try {
                    result.written = write(state);
                    result.ok = true;
                } catch (const std::exception& e) {
                    result.error = QString::fromUtf8(e.what());
                }
                return result;
            },
            [this, done](const ExportResult& result) { finish(done, result); });
    });
}

bool WindowExporter::isRegression() const {
    const DataFramePtr data = m_window->controller()->latestData();
    return data && data->kind == ProblemKind::Regression;
}

// The engine's exports need a task: one is built from the fetched settings
// and weights, never the worker's own (it lives on the other thread).
void WindowExporter::writeOnnx(const QString& path, ExportDone done) {
    inBackground(
        [path](const RunStatePtr& state) {
            const std::unique_ptr<Task> owned = makeTask(state->experiment);
            // A model that generates (an adversarial game) exports its generator.
            if (SampleGenerator* generator = owned->sampleGenerator(); generator && !owned->networkModel())
                exportGeneratorOnnx(*generator, owned->experiment(), path.toStdString());
            else
                exportOnnx(requireNetwork(*owned, "export as ONNX"), path.toStdString());
            return QStringList{path};
        },
        std::move(done));
}

void WindowExporter::writePytorch(const QString& dir, ExportDone done) {
    inBackground(
        [dir](const RunStatePtr& state) {
            const std::unique_ptr<Task> owned = makeTask(state->experiment);
            if (SampleGenerator* generator = owned->sampleGenerator(); generator && !owned->networkModel())
                return qtPaths(exportGeneratorPytorch(*generator, owned->experiment(), dir.toStdString()));
            NetworkModel& task = requireNetwork(*owned, "export as a PyTorch script");
            // Build the script first: a network it cannot express writes nothing.
            (void)pytorchScript(task.network(), task.experiment(), PytorchData());
            makeExportDirectory(dir.toStdString());
            return qtPaths(exportPytorch(task, dir.toStdString()));
        },
        std::move(done));
}

void WindowExporter::writeSampleGrid(const QString& path, ExportDone done) {
    inBackground(
        [path](const RunStatePtr& state) {
            const std::unique_ptr<Task> owned = makeTask(state->experiment);
            SampleGenerator* generator = owned->sampleGenerator();
            if (!generator) throw SpecError("kind: this model has no generator to draw images with");
            SampleGridLayout layout;
            layout.scale = 2;
            exportSampleGridPng(*generator, path.toStdString(), 64, 1, layout);
            return QStringList{path};
        },
        std::move(done));
}

void WindowExporter::writeHistoryCsv(const QString& path, ExportDone done) {
    inBackground(
        [path](const RunStatePtr& state) {
            exportHistoryCsv(state->series, state->history, path.toStdString());
            return QStringList{path};
        },
        std::move(done));
}

void WindowExporter::writeWeightsCsv(const QString& path, ExportDone done) {
    inBackground(
        [path](const RunStatePtr& state) {
            const std::unique_ptr<Task> owned = makeTask(state->experiment);
            if (NetworkModel* model = owned->networkModel()) exportWeightsCsv(model->network(), path.toStdString());
            else exportWeightsCsv(owned->weights(), path.toStdString());
            return QStringList{path};
        },
        std::move(done));
}

void WindowExporter::writeDataCsv(const QString& dir, ExportDone done) {
    inBackground(
        [dir](const RunStatePtr& state) {
            const std::unique_ptr<Task> owned = makeTask(state->experiment);
            NetworkModel& task = requireNetwork(*owned, "export its data");
            makeExportDirectory(dir.toStdString());
            exportDataCsv(task, dir.toStdString());
            return QStringList{QDir(dir).filePath(QStringLiteral("train.csv")), QDir(dir).filePath(QStringLiteral("test.csv"))};
        },
        std::move(done));
}

ReportData WindowExporter::buildReport(const RunState& state) {
    ReportData report;
    m_window->flushViews();
    report.title = QString::fromStdString(state.experiment.title);
    report.created = QDateTime::currentDateTime();
    report.settings = ReportContent::settings(state.experiment);
    report.metrics = ReportContent::metrics(state.series, state.history, state.step, state.epoch);
    for (const WindowFigure& f : figures()) {
        // The histograms show one chosen layer: left to the window.
        if (f.name.startsWith(QLatin1String("histogram"))) continue;
        if (!figureHasData(f.view)) {
            report.omittedFigures << f.caption;
            continue;
        }
        FigureOptions options;
        options.size = f.reportSize;
        report.figures << ReportFigure{f.caption, renderFigureImage(f.view, options)};
    }
    return report;
}

void WindowExporter::writeReportHtml(const QString& path, ExportDone done) {
    ++m_pending;
    // The figures are drawn from the views: on this thread, once the run is here.
    m_window->controller()->fetchState(this, [this, path, done = std::move(done)](RunStatePtr state) {
        ExportResult result;
        if (!state) result.error = tr("There is no trained network to export yet.");
        else if ((result.ok = ReportWriter::writeHtml(buildReport(*state), path, &result.error))) result.written = {path};
        finish(done, result);
    });
}

void WindowExporter::writeReportPdf(const QString& path, ExportDone done) {
    ++m_pending;
    m_window->controller()->fetchState(this, [this, path, done = std::move(done)](RunStatePtr state) {
        ExportResult result;
        if (!state) result.error = tr("There is no trained network to export yet.");
        else if ((result.ok = ReportWriter::writePdf(buildReport(*state), path, &result.error))) result.written = {path};
        finish(done, result);
    });
}

}  // namespace nnlab
