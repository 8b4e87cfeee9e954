#include "explorers/ExplorerStyle.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTimer>
#include <qcustomplot.h>

namespace nnlab::explorer {

void setupPlot(QCustomPlot* plot, const QString& xLabel, const QString& yLabel, bool legend) {
    plot->setMinimumSize(260, 200);
    plot->xAxis->setLabel(xLabel);
    plot->yAxis->setLabel(yLabel);
    plot->setPlottingHint(QCP::phCacheLabels, true);
    QFont small = plot->font();
    small.setPointSize(qMax(7, small.pointSize() - 1));
    plot->legend->setVisible(legend);
    plot->legend->setFont(small);
    plot->legend->setBrush(QColor(255, 255, 255, 215));
    plot->legend->setBorderPen(QPen(QColor(0xbb, 0xbb, 0xbb)));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    plot->xAxis->grid()->setZeroLinePen(QPen(QColor(0x90, 0x90, 0x90)));
    plot->yAxis->grid()->setZeroLinePen(QPen(QColor(0x90, 0x90, 0x90)));
}

void legendBelow(QCustomPlot* plot, int columns) {
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setBrush(Qt::NoBrush);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setWrap(columns);
    plot->legend->setRowSpacing(-3);
    plot->legend->setColumnSpacing(10);
    plot->axisRect()->insetLayout()->take(plot->legend);
    auto* row = new QCPLayoutGrid;
    plot->plotLayout()->addElement(1, 0, row);
    row->setMargins(QMargins(0, 0, 0, 2));
    row->addElement(0, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
}

QLabel* richLabel(QWidget* parent, const QString& html) {
    auto* label = new QLabel(html, parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QString notesError(const QString& text) {
    return QStringLiteral("<span style='color:#a33a00'><b>%1</b> %2</span>")
        .arg(QCoreApplication::translate("Explorer", "Notes error:"), text);
}

QString workedExample(const QString& tag, const QString& text) {
    return QStringLiteral("<b>%1</b> %2")
        .arg(QCoreApplication::translate("Explorer", "Worked example (%1):").arg(tag), text);
}

QColor seriesColor(int i) {
    static const QColor colors[] = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
                                    QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9),
                                    QColor(0x44, 0x44, 0x44)};
    return colors[std::size_t(i) % (sizeof colors / sizeof colors[0])];
}

void showAnimation(QAbstractButton* play, QTimer* timer, bool running) {
    if (running) timer->start();
    else timer->stop();
    const QSignalBlocker block(play);
    play->setChecked(running);
    play->setText(running ? QCoreApplication::translate("Explorer", "Pause") : QCoreApplication::translate("Explorer", "Play"));
}

QString number(double v, int digits) { return QLocale().toString(v, 'g', digits); }

}  // namespace nnlab::explorer
