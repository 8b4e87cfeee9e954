// No text of the window is cut off on a classroom projector: the window is
// rendered at 1024x768 and 1280x800 in English, German and Spanish, and every
// visible label, button, check box, dock tab and readout must have the width
// its text needs (fontMetrics().horizontalAdvance(text) <= the room it gets).
// The map of the Output dock stays square and shows the plane [-6, 6] only.
#include "HeadlessRun.h"
#include "MainWindow.h"
#include "TrainingController.h"
#include "WindowWait.h"
#include "common/ReadoutLabel.h"
#include "playground/DecisionMapView.h"
#include "playground/ExperimentDocument.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QRadioButton>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>
#include <qcustomplot.h>

using namespace nnlab;
using namespace nnlab::testing;

namespace {

bool reallyVisible(const QWidget* w) { return w->isVisible() && !w->visibleRegion().isEmpty(); }

QString plain(QString text) {
    text.remove(QLatin1Char('&'));
    return text;
}

// The widest line: thumbnail captions are two lines ("Blobs (K\nclasses)").
int advance(const QFontMetrics& fm, const QString& text) {
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) widest = std::max(widest, fm.horizontalAdvance(line));
    return widest;
}

// "objectName/class: 'text' needs N px, has M" for every cut-off text.
QStringList truncatedTexts(QWidget& root) {
    QStringList found;
    auto report = [&](const QWidget* w, const QString& text, int need, int room) {
        if (need > room)
            found << QStringLiteral("%1 (%2): '%3' needs %4 px, has %5")
                         .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()), text)
                         .arg(need)
                         .arg(room);
    };
    for (QLabel* label : root.findChildren<QLabel*>()) {
        if (!reallyVisible(label) || label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull()) continue;
        if (Qt::mightBeRichText(label->text())) continue;
        const int room = label->contentsRect().width() - 2 * std::max(0, label->indent()) - 2 * label->margin();
        report(label, label->text(), label->fontMetrics().horizontalAdvance(plain(label->text())), room);
    }
    for (QAbstractButton* button : root.findChildren<QAbstractButton*>()) {
        if (!reallyVisible(button) || button->text().isEmpty()) continue;
        if (auto* tool = qobject_cast<QToolButton*>(button); tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            continue;  // the text is its accessible name, not shown
        const QString text = plain(button->text());
        const int need = advance(button->fontMetrics(), text);
        if (auto* box = qobject_cast<QCheckBox*>(button)) {
            QStyleOptionButton option;
            option.initFrom(box);
            option.text = box->text();
            const QRect contents = box->style()->subElementRect(QStyle::SE_CheckBoxContents, &option, box);
            report(box, text, need, contents.width());
        } else if (qobject_cast<QRadioButton*>(button)) {
            continue;
        } else {
            report(button, text, need, button->width() - 4);
        }
    }
    for (QTabBar* bar : root.findChildren<QTabBar*>()) {
        if (!reallyVisible(bar)) continue;
        for (int i = 0; i < bar->count(); ++i) {
            const QString text = plain(bar->tabText(i));
            // Qt elides inside the tab; a tab as wide as its text is not cut.
            const QStyleOptionTab option = [&] {
                QStyleOptionTab o;
                o.initFrom(bar);
                o.rect = bar->tabRect(i);
                o.text = bar->tabText(i);
                return o;
            }();
            const QRect textRect = bar->style()->subElementRect(QStyle::SE_TabBarTabText, &option, bar);
            report(bar, text, bar->fontMetrics().horizontalAdvance(text), textRect.width() + 1);
        }
    }
    for (ReadoutLabel* readout : root.findChildren<ReadoutLabel*>()) {
        if (!reallyVisible(readout) || readout->text().isEmpty()) continue;
        if (readout->lineCount() > 1) {
            // Wrapped: cut off when the lines it needs are taller than its room.
            const QRect room = readout->contentsRect();
            const int need = readout->fontMetrics().boundingRect(room, Qt::TextWordWrap, readout->text()).height();
            report(readout, readout->text(), need, room.height());
            continue;
        }
        report(readout, readout->text(), readout->fontMetrics().horizontalAdvance(readout->text()),
               readout->contentsRect().width());
    }
    return found;
}

}  // namespace

class TestTruncatedText : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("nnlab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_truncated_text"));
    }

    void noTextCutOff_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("lesson");  // empty: the default experiment
        for (const char* language : {"en", "de", "es"})
            for (const QSize& size : {QSize(1024, 768), QSize(1280, 800)}) {
                QTest::addRow("%s %dx%d", language, size.width(), size.height())
                    << QString::fromLatin1(language) << size << QString();
                // A lesson shows its verdict in the gradient-health dock.
                QTest::addRow("%s %dx%d lesson", language, size.width(), size.height())
                    << QString::fromLatin1(language) << size << QStringLiteral("lessons/deep-sigmoid-broken.json");
                // The other kinds of model, each with the docks it brings forward.
                for (const char* example : {"gan-gaussians.json", "digits-cnn.json", "sines-lstm.json"})
                    QTest::addRow("%s %dx%d %s", language, size.width(), size.height(), example)
                        << QString::fromLatin1(language) << size << QStringLiteral("experiments/") + QLatin1String(example);
            }
    }
    void noTextCutOff() {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(QString, lesson);
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY2(translator.load(QStringLiteral(NNLAB_QM_DIR "/nnlab_") + language),
                     qPrintable(QStringLiteral("no %1 translation in " NNLAB_QM_DIR).arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        QLocale::setDefault(QLocale(language));
        {
            MainWindow window(MainWindow::Options{false});
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QString error;
            if (!lesson.isEmpty()) {
                QVERIFY2(openAndWait(window, QStringLiteral(NNLAB_RESOURCES_DIR "/") + lesson, 20000, &error),
                         qPrintable(error));
                if (lesson.startsWith(QLatin1String("lessons/"))) {
                    auto* health = window.findChild<QDockWidget*>(QStringLiteral("healthDock"));
                    QVERIFY(health);
                    health->show();
                    health->raise();
                }
            }
            QVERIFY2(trainAndWait(window, 30, 20000, &error), qPrintable(error));
            window.controller()->pause();
            QTest::qWait(200);
            window.flushViews();
            QCoreApplication::processEvents();
            if (window.width() > size.width()) {
                QStringList wide;
                for (QDockWidget* dock : window.findChildren<QDockWidget*>())
                    if (dock->isVisible()) wide << QStringLiteral("%1 %2").arg(dock->objectName()).arg(dock->minimumSizeHint().width());
                QFAIL(qPrintable(QStringLiteral("the window needs %1 px: %2").arg(window.width()).arg(wide.join(QStringLiteral(", ")))));
            }
            const QStringList cut = truncatedTexts(window);
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));

            // The output map (plane data only): square, covering exactly the plane it computes.
            const bool plane = !lesson.startsWith(QLatin1String("experiments/"));
            QCustomPlot* plot = window.decisionMap()->plot();
            // The plot settles its size in a queued step after each layout.
            auto square = [&] {
                window.flushViews();
                const QRect r = plot->axisRect()->rect();
                return std::abs(r.width() - r.height()) <= 2;
            };
            if (plane) QTest::qWaitFor(square, 3000);
            if (plane) {
                const QRect map = plot->axisRect()->rect();
                QVERIFY2(std::abs(map.width() - map.height()) <= 2, qPrintable(QStringLiteral("%1x%2 in a plot of %3x%4 (at most %5x%6) in a view of %7x%8")
                                    .arg(map.width()).arg(map.height()).arg(plot->width()).arg(plot->height())
                                    .arg(plot->maximumWidth()).arg(plot->maximumHeight())
                                    .arg(window.decisionMap()->width()).arg(window.decisionMap()->height())));
                QVERIFY(map.width() >= 150);
                QVERIFY2(plot->xAxis->range().upper <= 6.2 && plot->yAxis->range().upper <= 6.2,
                         qPrintable(QStringLiteral("%1 %2").arg(plot->xAxis->range().upper).arg(plot->yAxis->range().upper)));
            }
            window.document()->undoStack()->setClean();
        }
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestTruncatedText)
#include "tst_truncated_text.moc"
