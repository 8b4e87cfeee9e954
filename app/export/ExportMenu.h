#pragma once
// File > Export: the model as ONNX or a PyTorch script, history, weights and
// data as CSV, the report, every figure at once; and "Copy figure" /
// "Export figure..." on the right-click menu of every plot and view. The
// actions choose paths and report; WindowExporter writes.
#include "WindowExporter.h"

#include <QObject>

class QAction;
class QMenu;

namespace nnlab {

class MainWindow;

class ExportMenu : public QObject {
    Q_OBJECT
public:
    ExportMenu(MainWindow* window, QMenu* fileMenu);

    QMenu* menu() const { return m_menu; }
    WindowExporter& exporter() { return m_exporter; }

private:
    void exportOnnx();
    void exportPytorch();
    void exportSampleGrid();
    void exportHistory();
    void exportWeights();
    void exportData();
    void exportReport(bool pdf);
    void exportAllFigures();
    void installFigureMenus();

    QString chooseFile(const QString& title, const QString& fileName, const QString& filter);
    QString chooseFolder(const QString& title);
    void reportDone(const QStringList& paths);
    void reportFailure(const QString& what, const QString& error);
    // A busy cursor and "what..." until the export's result comes; then the result.
    ExportDone showProgress(const QString& what);

    MainWindow* m_window;
    WindowExporter m_exporter;
    QMenu* m_menu = nullptr;
};

// For MainWindow::createMenus(): adds the Export submenu to the File menu.
ExportMenu* createExportMenu(MainWindow* window, QMenu* fileMenu);

}  // namespace nnlab
