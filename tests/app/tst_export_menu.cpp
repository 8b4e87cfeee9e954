// File > Export, offscreen: the functions behind the actions write the model,
// CSV files, figures and the report of the run the worker trained; the report
// writer on its own; a failed export leaves nothing.
#include "playground/ExperimentDocument.h"
#include "tasks/supervised/SupervisedSeries.h"
#include "HeadlessRun.h"
#include "Language.h"
#include "MainWindow.h"
#include "ReportContent.h"
#include "ReportWriter.h"
#include "TrainingController.h"
#include "AsyncWait.h"
#include "export/ExportMenu.h"
#include "export/WindowExporter.h"
#include "document/DocumentFiles.h"
#include "tasks/supervised/SupervisedTask.h"

#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace nnlab;
using nnlab::testing::fetchAndWait;

namespace {

// Starts an export and waits for its result (the window itself never waits).
template <class Start>
ExportResult exported(Start start) {
    std::optional<ExportResult> result;
    start([&result](const ExportResult& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000)) return ExportResult{false, {}, QStringLiteral("timed out")};
    return *result;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QImage sampleImage(QColor color) {
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

// dense_1.W(0, 0) as the experiment's seed draws it, before any training.
double initialWeight(Experiment e) {
    e.weights.reset();
    e.run.reset();
    SupervisedTask task(e);
    return task.weights().at("dense_1").at("W")(0, 0);
}

}  // namespace

class TestExportMenu : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("nnlab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_export_menu"));
        // As main() does: English plural forms ("1 unit") come from nnlab_en.
        installTranslators(*qobject_cast<QApplication*>(QCoreApplication::instance()), QStringLiteral("en"));
        m_window = new MainWindow(MainWindow::Options{false});
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QString error;
        // 300 steps of 25 batches per epoch: some history and weights far from the start.
        QVERIFY2(trainAndWait(*m_window, 300, 60000, &error), qPrintable(error));
        m_menu = m_window->findChild<ExportMenu*>();
        QVERIFY(m_menu);
    }
    void cleanupTestCase() {
        m_window->document()->undoStack()->setClean();
        delete m_window;
    }

    void menuHasTheActions() {
        QMenu* submenu = m_menu->menu();
        QVERIFY(submenu);
        QVERIFY(m_window->menuBar()->actions().first()->menu()->actions().contains(submenu->menuAction()));
        for (const char* name : {"exportOnnxAction", "exportPytorchAction", "exportHistoryAction", "exportWeightsAction",
                                 "exportDataAction", "exportReportHtmlAction", "exportReportPdfAction",
                                 "exportAllFiguresAction"})
            QVERIFY2(submenu->findChild<QAction*>(QString::fromLatin1(name)), name);
    }

    void figuresHaveContextMenus() {
        const QList<WindowFigure> figures = m_menu->exporter().figures();
        QStringList names;
        for (const WindowFigure& f : figures) names << f.name;
        for (const char* name : {"network", "loss", "output", "gradient-norms"})
            QVERIFY2(names.contains(QString::fromLatin1(name)), name);
        for (const WindowFigure& f : figures)
            QVERIFY2(f.view->findChild<QObject*>(QStringLiteral("figureMenu_") + f.name, Qt::FindDirectChildrenOnly),
                     qPrintable(f.name));
    }

    void onnx() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.onnx"));
        const ExportResult r = exported([&](ExportDone done) { m_menu->exporter().writeOnnx(path, done); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.written, QStringList{path});
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.size() > 200);
        QVERIFY(bytes.contains("nnlab.inputs"));
    }

    // An export returns at once: the run comes from the worker and the model is
    // built and written on another thread; the result arrives later.
    void exportReturnsAtOnceAndReportsLater() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("later.onnx"));
        bool done = false;
        // Queued, so it runs after the exporter took the run: by then its job has
        // started on another thread, and its result (queued later) is not back yet.
        int jobsOnceTheRunArrived = -1;
        const auto watch = connect(m_window->controller(), &TrainingController::stateReady, this, [&] {
            if (jobsOnceTheRunArrived < 0) jobsOnceTheRunArrived = m_menu->exporter().backgroundJobs();
        }, Qt::QueuedConnection);
        m_menu->exporter().writeOnnx(path, [&done](const ExportResult&) { done = true; });
        QVERIFY(!done);
        QCOMPARE(m_menu->exporter().pending(), 1);
        QVERIFY(!QFile::exists(path));
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        disconnect(watch);
        QCOMPARE(jobsOnceTheRunArrived, 1);
        QCOMPARE(m_menu->exporter().pending(), 0);
        QVERIFY(QFile::exists(path));
    }

    // The weights are the worker's current ones, not the initial ones.
    void weightsAreTheTrainedOnes() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("weights.csv"));
        const ExportResult r = exported([&](ExportDone done) { m_menu->exporter().writeWeightsCsv(path, done); });
        QVERIFY2(r.ok, qPrintable(r.error));
        const QList<QByteArray> lines = readAll(path).split('\n');
        QCOMPARE(lines.first(), QByteArray("layer,parameter,row,column,value"));
        const RunStatePtr state = fetchAndWait(*m_window->controller());
        QVERIFY(state && state->experiment.weights);
        QVERIFY(state->step >= 300);
        const Matrix& w = state->experiment.weights->at("dense_1").at("W");
        const QList<QByteArray> first = lines.at(1).split(',');
        QCOMPARE(first.mid(0, 4), (QList<QByteArray>{"dense_1", "W", "0", "0"}));
        QCOMPARE(first.at(4).toDouble(), w(0, 0));
        QVERIFY(initialWeight(m_window->document()->experiment()) != w(0, 0));
    }

    void historyCsv() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.csv"));
        const ExportResult r = exported([&](ExportDone done) { m_menu->exporter().writeHistoryCsv(path, done); });
        QVERIFY2(r.ok, qPrintable(r.error));
        const QList<QByteArray> lines = readAll(path).trimmed().split('\n');
        QVERIFY(lines.first().startsWith("epoch,step,train_loss,test_loss,train_accuracy"));
        QVERIFY2(lines.size() >= 3, readAll(path).constData());
    }

    void dataAndPytorch() {
        QTemporaryDir dir;
        ExportResult r = exported([&](ExportDone done) { m_menu->exporter().writeDataCsv(dir.filePath(QStringLiteral("data")), done); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.written.size(), 2);
        QVERIFY(readAll(dir.filePath(QStringLiteral("data/train.csv"))).startsWith("x1,x2,label"));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("data/test.csv"))));
        r = exported([&](ExportDone done) { m_menu->exporter().writePytorch(dir.filePath(QStringLiteral("torch")), done); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.written.size(), 3);
        for (const char* name : {"train.py", "weights.npz", "data.npz"})
            QVERIFY2(QFileInfo(dir.filePath(QStringLiteral("torch/") + QLatin1String(name))).size() > 100, name);
    }

    void allFigures() {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("figs"));
        FigureOptions options;
        options.size = QSize(640, 400);
        options.dpi = 120;
        QStringList written;
        QString error;
        QStringList omitted;
        QVERIFY2(m_menu->exporter().exportAllFigures(out, options, &written, &error, &omitted), qPrintable(error));
        QCOMPARE(written.size() + omitted.size() * 3, m_menu->exporter().figures().size() * 3);
        for (const char* name : {"loss.png", "loss.svg", "loss.pdf", "output.png", "network.pdf", "network.svg"})
            QVERIFY2(QFile::exists(QDir(out).filePath(QLatin1String(name))), name);
        QImage loss(QDir(out).filePath(QStringLiteral("loss.png")));
        QCOMPARE(loss.size(), QSize(640, 400));
        QVERIFY(readAll(QDir(out).filePath(QStringLiteral("output.svg"))).contains("<svg"));
        QVERIFY(readAll(QDir(out).filePath(QStringLiteral("network.pdf"))).startsWith("%PDF"));
    }

    void report() {
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("report.html"));
        ExportResult r = exported([&](ExportDone done) { m_menu->exporter().writeReportHtml(html, done); });
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString text = QString::fromUtf8(readAll(html));
        const Experiment& e = m_window->document()->experiment();
        QVERIFY(text.contains(QString::fromStdString(e.title).toHtmlEscaped()));
        QVERIFY(text.contains(QStringLiteral("Optimizer")));
        QVERIFY(text.contains(QString::fromStdString(e.optimizer.name)));
        QVERIFY(text.contains(QStringLiteral("Test accuracy")));
        QVERIFY(text.count(QStringLiteral("data:image/png;base64,")) >= 3);
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        r = exported([&](ExportDone done) { m_menu->exporter().writeReportPdf(pdf, done); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(readAll(pdf).startsWith("%PDF"));
    }

    // A run saved, then opened in another window without training: the health
    // panel has recorded nothing, so the report has no empty figure and every
    // figure is tall enough to read. NNLAB_KEEP_REPORT=DIR keeps the PDF and
    // the figures of both windows there to be looked at.
    void reportOfAnOpenedRun() {
        QTemporaryDir dir;
        const QString keep = qEnvironmentVariable("NNLAB_KEEP_REPORT");
        const QString out = keep.isEmpty() ? dir.path() : keep;
        QDir().mkpath(out);
        const QString saved = QDir(out).filePath(QStringLiteral("trained.json"));
        QSignalSpy savedSpy(m_window->files(), &DocumentFiles::saved);
        m_window->files()->saveFile(saved);
        QVERIFY(savedSpy.count() == 1 || savedSpy.wait(10000));

        MainWindow opened(MainWindow::Options{false});
        opened.resize(1280, 800);
        opened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&opened));
        QString error;
        QVERIFY2(openAndWait(opened, saved, 20000, &error), qPrintable(error));
        QVERIFY2(trainAndWait(opened, 0, 20000, &error), qPrintable(error));
        auto* menu = opened.findChild<ExportMenu*>();
        QVERIFY(menu);
        const RunStatePtr state = fetchAndWait(*opened.controller());
        QVERIFY(state);
        QVERIFY(!state->history.empty());  // the file brought its history
        ExportResult r = exported([&](ExportDone done) {
            menu->exporter().writeReportPdf(QDir(out).filePath(QStringLiteral("opened-report.pdf")), done);
        });
        QVERIFY2(r.ok, qPrintable(r.error));
        r = exported([&](ExportDone done) {
            m_menu->exporter().writeReportPdf(QDir(out).filePath(QStringLiteral("trained-report.pdf")), done);
        });
        QVERIFY2(r.ok, qPrintable(r.error));
        FigureOptions options;
        QStringList written, omitted;
        const QString openedFigures = QDir(out).filePath(QStringLiteral("opened-figures"));
        QVERIFY2(menu->exporter().exportAllFigures(openedFigures, options, &written, &error, &omitted), qPrintable(error));
        // Network, loss and output are drawn; the health plots have nothing yet and are named instead.
        for (const char* name : {"network.png", "loss.svg", "output.pdf"})
            QVERIFY2(QFile::exists(QDir(openedFigures).filePath(QLatin1String(name))), name);
        QVERIFY2(!QFile::exists(QDir(openedFigures).filePath(QStringLiteral("gradient-norms.png"))), qPrintable(written.join(' ')));
        QVERIFY2(omitted.join('|').contains(QStringLiteral("Gradient norm")), qPrintable(omitted.join('|')));
        QVERIFY2(m_menu->exporter().exportAllFigures(QDir(out).filePath(QStringLiteral("trained-figures")), options, &written, &error),
                 qPrintable(error));
        const ReportData report = menu->exporter().buildReport(*state);
        QStringList captions;
        for (const ReportFigure& f : report.figures) captions << f.caption;
        for (const ReportFigure& f : report.figures) QVERIFY2(!f.image.isNull(), qPrintable(f.caption));
        // The loss curve came with the file; the gradient norms were never recorded.
        QVERIFY2(captions.join('|').contains(QStringLiteral("Loss")), qPrintable(captions.join('|')));
        QVERIFY2(!captions.join('|').contains(QStringLiteral("Gradient norm")), qPrintable(captions.join('|')));
        QVERIFY2(report.omittedFigures.join('|').contains(QStringLiteral("Gradient norm")), qPrintable(report.omittedFigures.join('|')));
        const QString html = ReportWriter::html(report);
        QVERIFY(html.contains(QStringLiteral("Left out")));
        // The default's output layer has one unit.
        QVERIFY2(html.contains(QStringLiteral("dense, 1 unit,")), "plural");
        QVERIFY(html.contains(QStringLiteral("dense, 8 units,")));
        opened.document()->undoStack()->setClean();
    }

    void failedExportLeavesNothing() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/model.onnx"));
        ExportResult r = exported([&](ExportDone done) { m_menu->exporter().writeOnnx(path, done); });
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("model.onnx")), qPrintable(r.error));
        QVERIFY(!QFile::exists(path));
        r = exported([&](ExportDone done) { m_menu->exporter().writeReportHtml(dir.filePath(QStringLiteral("missing/report.html")), done); });
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    // ReportWriter from plain data: what a hand-in needs is in the file.
    void reportWriter() {
        ReportData data;
        data.title = QStringLiteral("Spiral <homework>");
        data.created = QDateTime(QDate(2026, 11, 23), QTime(9, 30));
        Experiment e = defaultExperiment();
        e.optimizer = NamedSpec("adam", {{"lr", 0.001}});
        e.regularization.l2 = 0.0003;
        e.batchSize = 16;
        data.settings = ReportContent::settings(e);
        std::vector<HistoryPoint> history(1);
        history[0].epoch = 12;
        history[0].values[kTrainLoss] = 0.125;
        history[0].values[kTestLoss] = 0.25;
        history[0].values[kTrainMetric] = 0.975;
        history[0].values[kTestMetric] = 0.5;
        data.metrics = ReportContent::metrics(supervisedSeries(true), history, 300, 12);
        data.figures << ReportFigure{QStringLiteral("loss curve"), sampleImage(Qt::red)}
                     << ReportFigure{QStringLiteral("output map"), sampleImage(Qt::blue)};
        const QString html = ReportWriter::html(data);
        QVERIFY(html.contains(QStringLiteral("Spiral &lt;homework&gt;")));
        QVERIFY(html.contains(QStringLiteral("adam (lr 0.001)")));
        QVERIFY(html.contains(QStringLiteral("L2 0.0003")));
        QVERIFY(html.contains(QStringLiteral(">16<")));                 // batch size
        QVERIFY(html.contains(QStringLiteral("tanh")));                 // the default's activations
        QVERIFY(html.contains(QStringLiteral("glorot_uniform")));
        QVERIFY(html.contains(QStringLiteral(">0.125<")));              // final training loss
        QVERIFY(html.contains(QStringLiteral(">0.25<")));               // final test loss
        QVERIFY(html.contains(QStringLiteral(">97.5 %<")));             // training accuracy
        QVERIFY(html.contains(QStringLiteral(">50.0 %<")));             // test accuracy
        QVERIFY(html.contains(QStringLiteral("Figure 2: output map")));
        // The embedded images decode back to the figures.
        const QString marker = QStringLiteral("data:image/png;base64,");
        QCOMPARE(html.count(marker), 2);
        const int from = html.indexOf(marker) + marker.size();
        const QByteArray png = QByteArray::fromBase64(html.mid(from, html.indexOf('"', from) - from).toLatin1());
        QImage back;
        QVERIFY(back.loadFromData(png, "PNG"));
        QCOMPARE(back.size(), QSize(120, 80));
        QCOMPARE(back.pixelColor(5, 5), QColor(Qt::red));
        const QByteArray pdf = ReportWriter::pdf(data);
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pdf.contains("/Image"));  // the figures are in it
    }

    // In the PDF every figure is sized for its page: at most 290 units tall,
    // so the square output map does not fill a page alone and two figures
    // share a page (the old layout put each on a page of its own).
    void reportFiguresFitTheirPage() {
        ReportData data;
        data.title = QStringLiteral("Sizes");
        QImage wide(1400, 800, QImage::Format_RGB32), square(1100, 1000, QImage::Format_RGB32);
        wide.fill(Qt::red);
        square.fill(Qt::blue);
        data.figures << ReportFigure{QStringLiteral("wide"), wide} << ReportFigure{QStringLiteral("square"), square};
        const QString html = ReportWriter::html(data, ReportWriter::Images::Resources);
        QVERIFY(html.contains(QStringLiteral("width=\"507\"")));  // 290 * 1400 / 800
        QVERIFY(html.contains(QStringLiteral("width=\"319\"")));  // 290 * 1100 / 1000
        const QByteArray pdf = ReportWriter::pdf(data);
        // Title on page 1, both figures on page 2.
        QCOMPARE(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))), 2);
    }

private:
    MainWindow* m_window = nullptr;
    ExportMenu* m_menu = nullptr;
};

QTEST_MAIN(TestExportMenu)
#include "tst_export_menu.moc"
