#pragma once
// Shared looks of the concept explorers: plot set-up, the formula box, the
// worked-example box and the "Notes error" remark, so every page reads alike.
#include <QColor>
#include <QString>

class QAbstractButton;
class QCustomPlot;
class QLabel;
class QTimer;
class QWidget;

namespace nnlab::explorer {

// Axis labels, a readable font, a legend in the top-left corner (or none).
void setupPlot(QCustomPlot* plot, const QString& xLabel, const QString& yLabel, bool legend = true);
// Moves the legend out of the axis rect into a row under it, `columns` entries
// a row, so that it never hides a curve.
void legendBelow(QCustomPlot* plot, int columns);
// A rich-text label that wraps, for formulas and notes.
QLabel* richLabel(QWidget* parent, const QString& html = QString());
// "<b>Notes error:</b> ..." in a warm colour, for where the course notes are wrong.
QString notesError(const QString& text);
// "<b>Worked example (WE-25):</b> ..."
QString workedExample(const QString& tag, const QString& text);
// Series colours (Okabe-Ito, readable by colour-blind readers).
QColor seriesColor(int i);
// Starts or stops an explorer's animation timer and shows it on its
// checkable Play/Pause button, without re-emitting the button's signals.
void showAnimation(QAbstractButton* play, QTimer* timer, bool running);
// A number in the user's locale with up to `digits` significant digits.
QString number(double v, int digits = 6);

}  // namespace nnlab::explorer
