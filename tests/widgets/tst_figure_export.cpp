// Figure export (widgets/FigureExport, FigureMenu, ExportFigureDialog): the
// files it writes, what a failure leaves behind and the context menu it adds.
#include "figures/ExportFigureDialog.h"
#include "figures/FigureExport.h"
#include "figures/FigureMenu.h"
#include "healthview/GradientHealthPanel.h"
#include "playground/DecisionMapView.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>
#include <qcustomplot.h>

using namespace nnlab;

namespace {

QCustomPlot* makePlot() {
    auto* plot = new QCustomPlot;
    plot->resize(400, 300);
    plot->xAxis->setLabel(QStringLiteral("epochlabel"));
    QCPGraph* g = plot->addGraph();
    g->setPen(QPen(Qt::red, 2));
    for (int i = 0; i < 50; ++i) g->addData(i, std::sin(i * 0.2));
    plot->rescaleAxes();
    plot->replot();
    return plot;
}

// Share of pixels that are not (nearly) white: an empty figure has none.
double inkShare(const QImage& image) {
    int ink = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (qGray(image.pixel(x, y)) < 230) ++ink;
    return double(ink) / ((image.width() / 2) * (image.height() / 2));
}

// How a plot was laid out in a figure: its axis rect and ranges at the
// figure's last layout, the one before the screen's layout comes back.
struct FigureLayout {
    QRect rect;
    QCPRange x, y;
};
FigureLayout figureLayout(QCustomPlot* plot, const FigureOptions& options) {
    std::vector<FigureLayout> layouts;
    const auto watch = QObject::connect(plot, &QCustomPlot::afterLayout, plot, [plot, &layouts] {
        layouts.push_back({plot->axisRect()->rect(), plot->xAxis->range(), plot->yAxis->range()});
    });
    renderFigureImage(plot, options);
    QObject::disconnect(watch);
    return layouts.size() >= 2 ? layouts[layouts.size() - 2] : FigureLayout{};
}

// A view with its own right-click menu, as NetworkCanvas builds one.
class OwnMenuView : public QWidget {
public:
    QStringList seenActions;
protected:
    void contextMenuEvent(QContextMenuEvent* event) override {
        QMenu menu(this);
        menu.addAction(QStringLiteral("own action"));
        QTimer::singleShot(0, &menu, [this, &menu] {
            for (QAction* a : menu.actions())
                if (!a->isSeparator()) seenActions << (a->objectName().isEmpty() ? a->text() : a->objectName());
            menu.close();
        });
        menu.exec(event->globalPos());
    }
};

QMenu* openFigureMenu() {
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* menu = qobject_cast<QMenu*>(w); menu && menu->objectName() == QLatin1String("figureContextMenu") && menu->isVisible())
            return menu;
    return nullptr;
}

}  // namespace

class TestFigureExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("nnlab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_figure_export"));
        QSettings().clear();
    }

    void logicalSize() {
        FigureOptions o;
        o.size = QSize(1600, 1000);
        o.dpi = 150;
        QCOMPARE(o.logicalSize(), QSize(1024, 640));  // 1600 * 96 / 150
        o.dpi = 96;
        QCOMPARE(o.logicalSize(), QSize(1600, 1000));
    }

    void formats_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("format");
        for (const char* kind : {"plot", "scene", "widget"}) {
            QTest::addRow("%s png", kind) << kind << int(FigureFormat::Png);
            QTest::addRow("%s svg", kind) << kind << int(FigureFormat::Svg);
            QTest::addRow("%s pdf", kind) << kind << int(FigureFormat::Pdf);
        }
    }
    void formats() {
        QFETCH(QString, kind);
        QFETCH(int, format);
        std::unique_ptr<QWidget> view;
        QGraphicsScene scene;
        if (kind == QLatin1String("plot")) {
            view.reset(makePlot());
        } else if (kind == QLatin1String("scene")) {
            scene.addRect(0, 0, 200, 100, QPen(Qt::black, 3), QBrush(Qt::blue));
            auto* gv = new QGraphicsView(&scene);
            gv->resize(300, 200);
            view.reset(gv);
        } else {
            auto* label = new QLabel(QStringLiteral("<h1>Hello figure</h1>"));
            label->setStyleSheet(QStringLiteral("background: white; color: black"));
            label->resize(300, 100);
            view.reset(label);
        }
        QTemporaryDir dir;
        const FigureFormat f = FigureFormat(format);
        const QString path = dir.filePath(QStringLiteral("fig.") + figureSuffix(f));
        FigureOptions o;
        o.size = QSize(800, 500);
        o.dpi = 150;
        QString error;
        QVERIFY2(writeFigure(view.get(), path, f, o, QStringLiteral("fig"), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (f == FigureFormat::Png) {
            QImage image;
            QVERIFY(image.loadFromData(bytes, "PNG"));
            QCOMPARE(image.size(), QSize(800, 500));
            QCOMPARE(image.dotsPerMeterX(), qRound(150 / 0.0254));
            QVERIFY2(inkShare(image) > 0.005, qPrintable(QString::number(inkShare(image))));
        } else if (f == FigureFormat::Svg) {
            QVERIFY(bytes.contains("<svg"));
            QVERIFY(bytes.contains("</svg>"));
            if (kind == QLatin1String("plot")) QVERIFY(bytes.contains("epochlabel"));  // text, not pixels
        } else {
            QVERIFY(bytes.startsWith("%PDF"));
            QVERIFY(bytes.size() > 500);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QFileInfo(path).fileName()});
    }

    // The figure is drawn at the requested scale: the plot's labels are
    // larger at 300 dpi than at 75 dpi in an image of the same pixel size.
    void dpiScalesTheDrawing() {
        std::unique_ptr<QCustomPlot> plot(makePlot());
        FigureOptions low, high;
        low.size = high.size = QSize(600, 400);
        low.dpi = 75;
        high.dpi = 300;
        const QImage a = renderFigureImage(plot.get(), low);
        const QImage b = renderFigureImage(plot.get(), high);
        QCOMPARE(a.size(), QSize(600, 400));
        QCOMPARE(b.size(), QSize(600, 400));
        QVERIFY(a != b);
    }

    // A plot with square cells (the output map) is drawn with square cells at
    // another aspect ratio; its ranges on screen stay as they were.
    void squareCellsKeepTheirScreenRanges() {
        std::unique_ptr<QCustomPlot> plot(makePlot());
        plot->resize(500, 500);
        plot->replot();
        const QRect r = plot->axisRect()->rect();
        plot->xAxis->setRange(-6, 6);
        plot->yAxis->setRange(-6.0 * r.height() / r.width(), 6.0 * r.height() / r.width());
        const QCPRange x = plot->xAxis->range(), y = plot->yAxis->range();
        FigureOptions tall;
        tall.size = QSize(400, 900);
        tall.dpi = 96;
        QVERIFY(!renderFigureImage(plot.get(), tall).isNull());
        QCOMPARE(plot->xAxis->range(), x);
        QCOMPARE(plot->yAxis->range(), y);
    }

    // The health panel's plots before any step is recorded: a figure of them
    // is left out (no data), and drawn anyway it keeps a plot area of sensible
    // size instead of a sliver beside an empty legend.
    void emptyHealthPlotsKeepTheirShape() {
        GradientHealthPanel panel;
        panel.resize(360, 700);
        FigureOptions o;
        o.size = QSize(1400, 800);
        o.dpi = 150;
        for (QCustomPlot* plot : {panel.normPlot(), panel.sharePlot()}) {
            QVERIFY(!figureHasData(plot));
            QVERIFY(!renderFigureImage(plot, o).isNull());
            // 1400 x 800 at 150 dpi = 896 x 512 logical.
            const QRect r = figureLayout(plot, o).rect;
            QVERIFY2(r.width() > 896 / 2 && r.height() > 512 / 3,
                     qPrintable(QStringLiteral("%1 x %2").arg(r.width()).arg(r.height())));
        }
        // On screen too: the dock's empty plot was 50 px wide.
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.normPlot()->replot();
        QVERIFY2(panel.normPlot()->axisRect()->rect().width() > panel.normPlot()->width() / 2,
                 qPrintable(QString::number(panel.normPlot()->axisRect()->rect().width())));
        std::unique_ptr<QCustomPlot> drawn(makePlot());
        QVERIFY(figureHasData(drawn.get()));
        QVERIFY(figureHasData(&panel));  // not a plot: its content is not known
    }

    // The output map as SVG: the heat map and its colour bar are the only
    // images; the data points, axes and text are vector (each point was a
    // bitmap of its own: 302 images here).
    void outputMapSvgIsVector() {
        DecisionMapView view;
        view.resize(500, 450);
        Matrix train(200, 2), trainY(200, 1), test(100, 2), testY(100, 1);
        for (Index i = 0; i < 200; ++i) {
            train(i, 0) = -5.0 + 0.05 * double(i);
            train(i, 1) = std::sin(0.1 * double(i)) * 4.0;
            trainY(i, 0) = double(i % 2);
        }
        for (Index i = 0; i < 100; ++i) {
            test(i, 0) = 5.0 - 0.1 * double(i);
            test(i, 1) = std::cos(0.1 * double(i)) * 4.0;
            testY(i, 0) = double(i % 2);
        }
        view.setPoints(train, trainY, test, testY, 2);
        auto s = std::make_shared<Snapshot>();
        s->gridSize = 20;
        s->gridMin = -6.0;
        s->gridMax = 6.0;
        s->outputGrid = Matrix::Constant(400, 1, 0.25);
        view.showSnapshot(s);
        FigureOptions o;
        o.size = QSize(900, 800);
        o.dpi = 150;
        QString error;
        const QByteArray svg = renderFigure(view.plot(), FigureFormat::Svg, o, QStringLiteral("output"), &error);
        QVERIFY2(!svg.isEmpty(), qPrintable(error));
        QCOMPARE(svg.count("<image"), 2);
        const QByteArray pdf = renderFigure(view.plot(), FigureFormat::Pdf, o, QStringLiteral("output"), &error);
        QVERIFY2(pdf.count("/Subtype /Image") <= 4, qPrintable(QString::number(pdf.count("/Subtype /Image"))));
    }

    // The output map in a wide figure: its axis rect is square and shows the
    // plane [-6, 6] on both axes (no white bands, no ticks beyond the data);
    // the window's own ranges are as before once the export is done.
    void outputMapFigureIsSquare() {
        DecisionMapView view;
        view.resize(420, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto s = std::make_shared<Snapshot>();
        s->gridSize = 20;
        s->gridMin = -6.0;
        s->gridMax = 6.0;
        s->outputGrid = Matrix::Constant(400, 1, 0.75);
        view.showSnapshot(s);
        view.plot()->replot();
        const QCPRange screenX = view.plot()->xAxis->range(), screenY = view.plot()->yAxis->range();
        FigureOptions wide;
        wide.size = QSize(1600, 1000);
        wide.dpi = 150;
        // Twice in a row, as "All figures" writes PNG, SVG and PDF: the second
        // must not take the first figure's layout for the screen's.
        QVERIFY(!renderFigureImage(view.plot(), wide).isNull());
        QCOMPARE(view.plot()->xAxis->range(), screenX);
        const FigureLayout figure = figureLayout(view.plot(), wide);
        const QRect r = figure.rect;
        const QCPRange figureX = figure.x, figureY = figure.y;
        QVERIFY2(std::abs(r.width() - r.height()) <= 3, qPrintable(QStringLiteral("%1 x %2").arg(r.width()).arg(r.height())));
        QVERIFY2(std::abs(figureX.lower + 6.0) < 0.1 && std::abs(figureX.upper - 6.0) < 0.1,
                 qPrintable(QStringLiteral("%1 .. %2").arg(figureX.lower).arg(figureX.upper)));
        QVERIFY(std::abs(figureY.lower + 6.0) < 0.1 && std::abs(figureY.upper - 6.0) < 0.1);
        QCOMPARE(view.plot()->xAxis->range(), screenX);
        QCOMPARE(view.plot()->yAxis->range(), screenY);
        QVERIFY(view.plot()->axisRect()->rect().width() < 420);  // laid out for the screen again
    }

    void failedExportLeavesNothing() {
        std::unique_ptr<QCustomPlot> plot(makePlot());
        QTemporaryDir dir;
        QString error;
        const QString missing = dir.filePath(QStringLiteral("no/such/dir/fig.png"));
        QVERIFY(!writeFigure(plot.get(), missing, FigureFormat::Png, FigureOptions(), QStringLiteral("fig"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(missing));
        // A figure that cannot be drawn keeps the older file as it was.
        const QString old = dir.filePath(QStringLiteral("old.png"));
        {
            QFile f(old);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("older");
        }
        error.clear();
        QVERIFY(!writeFigure(nullptr, old, FigureFormat::Png, FigureOptions(), QStringLiteral("fig"), &error));
        QVERIFY(!error.isEmpty());
        QFile f(old);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("older"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("old.png")});
    }

    void formatFromPath() {
        QCOMPARE(figureFormatForPath(QStringLiteral("/a/b.SVG")), FigureFormat::Svg);
        QCOMPARE(figureFormatForPath(QStringLiteral("b.pdf")), FigureFormat::Pdf);
        QCOMPARE(figureFormatForPath(QStringLiteral("b"), FigureFormat::Pdf), FigureFormat::Pdf);
    }

    void dialogRemembersTheLastChoice() {
        {
            ExportFigureDialog dialog(true);
            QCOMPARE(dialog.options().size, QSize(1600, 1000));  // defaults
            QCOMPARE(dialog.options().dpi, 150);
            FigureOptions o;
            o.size = QSize(640, 480);
            o.dpi = 300;
            dialog.setOptions(o);
            dialog.setFormat(FigureFormat::Svg);
            dialog.remember();
        }
        ExportFigureDialog again(true);
        QCOMPARE(again.options().size, QSize(640, 480));
        QCOMPARE(again.options().dpi, 300);
        QCOMPARE(again.format(), FigureFormat::Svg);
        QCOMPARE(lastFigureOptions().size, QSize(640, 480));
        QSettings().clear();
    }

    void contextMenuOnPlot() {
        std::unique_ptr<QCustomPlot> plot(makePlot());
        plot->show();
        QVERIFY(QTest::qWaitForWindowExposed(plot.get()));
        FigureMenu* hook = installFigureContextMenu(plot.get(), QStringLiteral("loss"));
        QSignalSpy copied(hook, &FigureMenu::copied);
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(50, 50), plot->mapToGlobal(QPoint(50, 50)));
        QApplication::sendEvent(plot.get(), &event);
        QTRY_VERIFY(openFigureMenu() != nullptr);
        QMenu* menu = openFigureMenu();
        auto* copy = menu->findChild<QAction*>(QStringLiteral("copyFigureAction"));
        QVERIFY(copy);
        QVERIFY(menu->findChild<QAction*>(QStringLiteral("exportFigureAction")));
        FigureOptions o;
        o.size = QSize(320, 200);
        saveFigureOptions(o);
        copy->trigger();
        QCOMPARE(copied.count(), 1);
        QCOMPARE(QApplication::clipboard()->image().size(), QSize(320, 200));
        menu->close();
        QSettings().clear();
    }

    void contextMenuAppendsToTheViewsOwnMenu() {
        OwnMenuView view;
        view.resize(200, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        installFigureContextMenu(&view, QStringLiteral("network"));
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(20, 20), view.mapToGlobal(QPoint(20, 20)));
        QApplication::sendEvent(&view, &event);
        QCOMPARE(view.seenActions, (QStringList{QStringLiteral("own action"), QStringLiteral("copyFigureAction"),
                                                QStringLiteral("exportFigureAction")}));
        QTest::qWait(50);
        QVERIFY(openFigureMenu() == nullptr);  // no second menu after the view's own
    }
};

QTEST_MAIN(TestFigureExport)
#include "tst_figure_export.moc"
