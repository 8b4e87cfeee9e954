#pragma once
// The window's exports without dialogs: every function takes the target path
// and writes, so the menu (ExportMenu) only chooses paths and reports, and
// tests can call these directly. Model, weights, data and history come from
// the worker's current run (TrainingController::fetchState), figures from the
// window's views. Every file is written whole or not at all.
//
// The run's exports return at once: the run is asked of the worker, the
// engine's export (which builds a task) runs on a thread of its own with the
// run by value, and done(result) comes back on the GUI thread. Figures and
// the report are drawn from the views, so they are made on the GUI thread.
#include "figures/FigureExport.h"
#include "ReportWriter.h"
#include "explorers/BackgroundJobs.h"
#include "session/SessionTypes.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class QWidget;

namespace nnlab {

class MainWindow;

struct WindowFigure {
    QString name;     // file name stem: "loss", "network", ...
    QString caption;  // for the report
    QWidget* view = nullptr;
    QSize reportSize; // pixels in the report (150 dpi)
};

struct ExportResult {
    bool ok = false;
    QStringList written;  // the files written
    QString error;        // why not, if !ok
};
using ExportDone = std::function<void(const ExportResult&)>;

class WindowExporter : public QObject {
    Q_OBJECT
public:
    explicit WindowExporter(MainWindow* window) : m_window(window) {}

    // The window's plots and views, in reading order.
    QList<WindowFigure> figures() const;
    // Each figure as NAME.png, NAME.svg and NAME.pdf in dir (created if needed);
    // a plot with no data is not written, its caption goes to *omitted.
    bool exportAllFigures(const QString& dir, const FigureOptions& options, QStringList* written, QString* error,
                          QStringList* omitted = nullptr);

    void writeOnnx(const QString& path, ExportDone done);
    // dir/train.py, dir/weights.npz, dir/data.npz.
    void writePytorch(const QString& dir, ExportDone done);
    // 64 images of the generator (a model that generates images) for noise from seed 1.
    void writeSampleGrid(const QString& path, ExportDone done);
    void writeHistoryCsv(const QString& path, ExportDone done);
    void writeWeightsCsv(const QString& path, ExportDone done);
    // dir/train.csv and dir/test.csv.
    void writeDataCsv(const QString& dir, ExportDone done);
    void writeReportHtml(const QString& path, ExportDone done);
    void writeReportPdf(const QString& path, ExportDone done);

    // The report's content for this run (settings, metrics, the window's figures).
    ReportData buildReport(const RunState& state);
    // Exports started whose result has not come back yet.
    int pending() const { return m_pending; }
    // Of those, the ones whose engine part runs on another thread right now.
    int backgroundJobs() const { return m_jobs.pending(); }

private:
    // Fetches the run, then write(state) on a thread of its own: the files
    // written, or an exception whose message (naming the file or the layer)
    // becomes the result's error.
    void inBackground(std::function<QStringList(const RunStatePtr&)> write, ExportDone done);
    void finish(const ExportDone& done, const ExportResult& result);
    bool isRegression() const;

    MainWindow* m_window;
    BackgroundJobs m_jobs;
    int m_pending = 0;
};

}  // namespace nnlab
