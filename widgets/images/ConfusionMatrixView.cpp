#include "images/ConfusionMatrixView.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace nnlab {

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ConfusionMatrixView::setMatrix(const Matrix& counts, const QStringList& classNames) {
    m_counts = counts;
    m_names = classNames;
    setToolTip(tr("Rows: the true class. Columns: the class the network chose. The diagonal is right; "
                  "a dark cell off it is a pair of classes the network confuses."));
    update();
}

void ConfusionMatrixView::paintEvent(QPaintEvent*) {
    const Index k = m_counts.rows();
    if (k == 0 || m_counts.cols() != k) return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics fm = fontMetrics();
    auto name = [&](Index i) { return i < m_names.size() ? m_names[int(i)] : QString::number(i); };
    int labelWidth = 0;
    for (Index i = 0; i < k; ++i) labelWidth = std::max(labelWidth, fm.horizontalAdvance(name(i)));
    labelWidth = std::min(labelWidth + 6, width() / 4);
    const int top = fm.height() * 2 + 4;   // "predicted" and the column numbers
    const int left = labelWidth + fm.height() + 4;  // "true" and the row names
    const int side = std::max(1, std::min(width() - left - 2, height() - top - 2));
    const double cell = double(side) / double(k);

    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(left, 0, side, fm.height()), Qt::AlignHCenter, tr("predicted class"));
    painter.save();
    painter.translate(fm.height() - 2, top + side / 2);
    painter.rotate(-90);
    painter.drawText(QRect(-side / 2, -fm.height(), side, fm.height()), Qt::AlignHCenter, tr("true class"));
    painter.restore();

    const QLocale locale;
    for (Index r = 0; r < k; ++r) {
        const double rowTotal = std::max(1.0, m_counts.row(r).sum());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(fm.height() + 2, top + int(r * cell), labelWidth, int(cell)), Qt::AlignRight | Qt::AlignVCenter,
                         fm.elidedText(name(r), Qt::ElideRight, labelWidth - 4));
        painter.drawText(QRect(left + int(r * cell), fm.height() + 2, int(cell), fm.height()), Qt::AlignHCenter,
                         QString::number(r));
        for (Index c = 0; c < k; ++c) {
            const double share = m_counts(r, c) / rowTotal;
            // Right answers in blue, mistakes in orange: the lab's two class colours.
            const QColor base = r == c ? QColor(31, 119, 180) : QColor(230, 120, 20);
            QColor fill = base;
            fill.setAlphaF(0.08 + 0.92 * share);
            const QRectF box(left + c * cell, top + r * cell, cell, cell);
            painter.fillRect(box, fill);
            painter.setPen(QColor(255, 255, 255));
            painter.drawRect(box);
            if (cell >= fm.height() && m_counts(r, c) > 0) {
                painter.setPen(share > 0.5 ? Qt::white : palette().color(QPalette::WindowText));
                painter.drawText(box, Qt::AlignCenter, locale.toString(qlonglong(m_counts(r, c))));
            }
        }
    }
}

}  // namespace nnlab
