#include "ExportMenu.h"

#include "adversarial/AdversarialImageView.h"

#include "figures/ExportFigureDialog.h"
#include "figures/FigureMenu.h"
#include "MainWindow.h"
#include "workspaces/GameWorkspace.h"
#include "SettingsKeys.h"

#include <QApplication>

#include <algorithm>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace nnlab {

ExportMenu* createExportMenu(MainWindow* window, QMenu* fileMenu) {
    return new ExportMenu(window, fileMenu);
}

ExportMenu::ExportMenu(MainWindow* window, QMenu* fileMenu) : QObject(window), m_window(window), m_exporter(window) {
    setObjectName(QStringLiteral("exportMenu"));
    m_menu = fileMenu->addMenu(tr("E&xport"));
    m_menu->setObjectName(QStringLiteral("exportSubmenu"));
    m_menu->setToolTipsVisible(true);
    auto add = [this](const QString& text, const QString& tip, const QString& name, auto slot) {
        QAction* a = m_menu->addAction(text);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    add(tr("Model as &ONNX\u2026"), tr("The trained network as an ONNX file for onnxruntime and other tools."),
        QStringLiteral("exportOnnxAction"), &ExportMenu::exportOnnx);
    add(tr("&PyTorch Script\u2026"),
        tr("A folder with train.py, the weights and the data: PyTorch rebuilds the network and goes on training."),
        QStringLiteral("exportPytorchAction"), &ExportMenu::exportPytorch);
    add(tr("Generated &Images (PNG)\u2026"),
        tr("For a model with a generator (an image GAN): a grid of 64 images it makes from fresh noise."),
        QStringLiteral("exportSampleGridAction"), &ExportMenu::exportSampleGrid);
    m_menu->addSeparator();
    add(tr("Training &History (CSV)\u2026"), tr("Loss and metric per epoch as a table, e.g. for a spreadsheet."),
        QStringLiteral("exportHistoryAction"), &ExportMenu::exportHistory);
    add(tr("&Weights (CSV)\u2026"), tr("Every weight and bias, one line per number."), QStringLiteral("exportWeightsAction"),
        &ExportMenu::exportWeights);
    add(tr("&Data Set (CSV)\u2026"), tr("The training and test points as train.csv and test.csv in a folder."),
        QStringLiteral("exportDataAction"), &ExportMenu::exportData);
    m_menu->addSeparator();
    add(tr("&Report (HTML)\u2026"),
        tr("One file with the settings, the network, the curves, the output and the final metrics, e.g. for a hand-in."),
        QStringLiteral("exportReportHtmlAction"), [this] { exportReport(false); });
    add(tr("Report (P&DF)\u2026"), tr("The report as a PDF document."), QStringLiteral("exportReportPdfAction"),
        [this] { exportReport(true); });
    m_menu->addSeparator();
    add(tr("&All Figures\u2026"), tr("Every plot and view as PNG, SVG and PDF into one folder."),
        QStringLiteral("exportAllFiguresAction"), &ExportMenu::exportAllFigures);
    installFigureMenus();
}

void ExportMenu::installFigureMenus() {
    QList<WindowFigure> figures = m_exporter.figures();
    // The generated images are a figure only once there are some; their menu is there from the start.
    if (QWidget* images = m_window->game()->images())
        if (std::none_of(figures.begin(), figures.end(), [images](const WindowFigure& f) { return f.view == images; }))
            figures << WindowFigure{QStringLiteral("generated-images"), QString(), images, QSize()};
    for (const WindowFigure& f : figures) {
        FigureMenu* hook = installFigureContextMenu(f.view, f.name);
        connect(hook, &FigureMenu::exported, this, [this](const QString& path) { reportDone({path}); });
        connect(hook, &FigureMenu::copied, this,
                [this] { m_window->statusBar()->showMessage(tr("Figure copied to the clipboard."), 5000); });
    }
}

QString ExportMenu::chooseFile(const QString& title, const QString& fileName, const QString& filter) {
    QSettings settings;
    const QString dir = settings.value(SettingsKeys::kLastDirectory, QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(m_window, title, QDir(dir).filePath(fileName), filter);
    if (path.isEmpty()) return path;
    if (QFileInfo(path).suffix().isEmpty()) path += '.' + QFileInfo(fileName).suffix();
    settings.setValue(SettingsKeys::kLastDirectory, QFileInfo(path).absolutePath());
    return path;
}

QString ExportMenu::chooseFolder(const QString& title) {
    QSettings settings;
    const QString dir = settings.value(SettingsKeys::kLastDirectory, QDir::homePath()).toString();
    const QString path = QFileDialog::getExistingDirectory(m_window, title, dir);
    if (!path.isEmpty()) settings.setValue(SettingsKeys::kLastDirectory, path);
    return path;
}

void ExportMenu::reportDone(const QStringList& paths) {
    QStringList names;
    for (const QString& p : paths) names << QFileInfo(p).fileName();
    const QString where = paths.isEmpty() ? QString() : QDir::toNativeSeparators(QFileInfo(paths.first()).absolutePath());
    m_window->statusBar()->showMessage(
        paths.size() == 1 ? tr("Exported %1").arg(QDir::toNativeSeparators(paths.first()))
                          : tr("Exported %n files to %1: %2", nullptr, int(paths.size())).arg(where, names.join(QStringLiteral(", "))),
        8000);
}

void ExportMenu::reportFailure(const QString& what, const QString& error) {
    // Opened, not exec'd: the result arrives in a slot, which must not start an event loop of its own.
    auto* box = new QMessageBox(QMessageBox::Warning, what, tr("%1 failed:\n%2").arg(what, error), QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("exportProblemBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

ExportDone ExportMenu::showProgress(const QString& what) {
    // The run is written on another thread: the window stays usable meanwhile.
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_window->statusBar()->showMessage(tr("%1\u2026").arg(what));
    return [this, what](const ExportResult& result) {
        QApplication::restoreOverrideCursor();
        m_window->statusBar()->clearMessage();
        if (result.ok) reportDone(result.written);
        else reportFailure(what, result.error);
    };
}

void ExportMenu::exportOnnx() {
    const QString path = chooseFile(tr("Export Model as ONNX"), QStringLiteral("model.onnx"), tr("ONNX models (*.onnx)"));
    if (!path.isEmpty()) m_exporter.writeOnnx(path, showProgress(tr("ONNX export")));
}

void ExportMenu::exportPytorch() {
    const QString dir = chooseFolder(tr("Folder for the PyTorch Script"));
    if (!dir.isEmpty()) m_exporter.writePytorch(dir, showProgress(tr("PyTorch export")));
}

void ExportMenu::exportSampleGrid() {
    const QString path = chooseFile(tr("Export Generated Images"), QStringLiteral("generated.png"), tr("PNG images (*.png)"));
    if (!path.isEmpty()) m_exporter.writeSampleGrid(path, showProgress(tr("Image export")));
}

void ExportMenu::exportHistory() {
    const QString path = chooseFile(tr("Export Training History"), QStringLiteral("history.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty()) m_exporter.writeHistoryCsv(path, showProgress(tr("History export")));
}

void ExportMenu::exportWeights() {
    const QString path = chooseFile(tr("Export Weights"), QStringLiteral("weights.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty()) m_exporter.writeWeightsCsv(path, showProgress(tr("Weights export")));
}

void ExportMenu::exportData() {
    const QString dir = chooseFolder(tr("Folder for train.csv and test.csv"));
    if (!dir.isEmpty()) m_exporter.writeDataCsv(dir, showProgress(tr("Data export")));
}

void ExportMenu::exportReport(bool pdf) {
    const QString path = pdf ? chooseFile(tr("Export Report as PDF"), QStringLiteral("report.pdf"), tr("PDF documents (*.pdf)"))
                             : chooseFile(tr("Export Report as HTML"), QStringLiteral("report.html"), tr("Web pages (*.html *.htm)"));
    if (path.isEmpty()) return;
    if (pdf) m_exporter.writeReportPdf(path, showProgress(tr("Report export")));
    else m_exporter.writeReportHtml(path, showProgress(tr("Report export")));
}

void ExportMenu::exportAllFigures() {
    ExportFigureDialog dialog(false, m_window);
    if (dialog.exec() != QDialog::Accepted) return;
    const QString dir = chooseFolder(tr("Folder for All Figures"));
    if (dir.isEmpty()) return;
    QString error;
    QStringList written, omitted;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_exporter.exportAllFigures(dir, dialog.options(), &written, &error, &omitted);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        reportFailure(tr("Figure export"), error);
        return;
    }
    reportDone(written);
    if (!omitted.isEmpty())
        m_window->statusBar()->showMessage(m_window->statusBar()->currentMessage() + QLatin1Char(' ') +
                                               tr("Not written, nothing recorded yet: %1.").arg(omitted.join(QStringLiteral("; "))),
                                           8000);
}

}  // namespace nnlab
