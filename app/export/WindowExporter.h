#pragma once
// The window's exports without dialogs: every function takes the target path
// and writes, so the menu (ExportMenu) only chooses paths and reports, and
// tests can call these directly. Model, weights, data and history come from
// the worker's current run (TrainingController::fetchState), figures from the
// window's views. Every file is written whole or not at all.
#include "figures/FigureExport.h"
#include "ReportWriter.h"
#include "session/SessionTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QWidget;

namespace nnlab {

class MainWindow;

struct WindowFigure {
    QString name;     // file name stem: "loss", "network", ...
    QString caption;  // for the report
    QWidget* view = nullptr;
    QSize reportSize; // pixels in the report (150 dpi)
};

class WindowExporter {
    Q_DECLARE_TR_FUNCTIONS(nnlab::WindowExporter)
public:
    explicit WindowExporter(MainWindow* window) : m_window(window) {}

    // The window's plots and views, in reading order.
    QList<WindowFigure> figures() const;
    // Each figure as NAME.png, NAME.svg and NAME.pdf in dir (created if needed).
    bool exportAllFigures(const QString& dir, const FigureOptions& options, QStringList* written, QString* error);

    bool writeOnnx(const QString& path, QString* error);
    // dir/train.py, dir/weights.npz, dir/data.npz.
    bool writePytorch(const QString& dir, QStringList* written, QString* error);
    bool writeHistoryCsv(const QString& path, QString* error);
    bool writeWeightsCsv(const QString& path, QString* error);
    // dir/train.csv and dir/test.csv.
    bool writeDataCsv(const QString& dir, QStringList* written, QString* error);
    bool writeReportHtml(const QString& path, QString* error);
    bool writeReportPdf(const QString& path, QString* error);

    // The report's content for the current run (null state: an error).
    bool buildReport(ReportData* report, QString* error);

private:
    RunStatePtr fetch(QString* error) const;
    bool isRegression() const;

    MainWindow* m_window;
};

}  // namespace nnlab
