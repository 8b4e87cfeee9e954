#include "sequences/UnrolledNetworkView.h"

#include "common/MapColors.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

constexpr double kLabelWidth = 92.0;
constexpr double kReadoutHeight = 44.0;
constexpr double kEarlierWidth = 58.0;  // the "… n earlier steps" column
constexpr int kMaxListed = 8;  // values listed in a readout before "…"

QString number(double v) { return QLocale().toString(v, 'g', 4); }

// "(0.12, -0.5, …)": the first kMaxListed values of a row or column.
template <typename Values>
QString listed(const Values& v) {
    QStringList parts;
    for (Index i = 0; i < std::min<Index>(v.size(), kMaxListed); ++i) parts << number(v(i));
    if (v.size() > kMaxListed) parts << QStringLiteral("\u2026");
    return QStringLiteral("(") + parts.join(QStringLiteral(", ")) + QStringLiteral(")");
}

QStringList gateNames(int gates) {
    if (gates == 4) return {QStringLiteral("i"), QStringLiteral("f"), QStringLiteral("g"), QStringLiteral("o")};
    if (gates == 3) return {QStringLiteral("r"), QStringLiteral("z"), QStringLiteral("n")};
    return {};
}

bool isBackward(const SequenceCellFrame& cell) {
    const std::string suffix = "/backward";
    return cell.name.size() >= suffix.size() && cell.name.compare(cell.name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

UnrolledNetworkView::UnrolledNetworkView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("unrolledNetworkView"));
    setMouseTracking(true);
    setMinimumSize(360, 220);
}

void UnrolledNetworkView::showFrame(const SequenceFrame& frame) {
    m_frame = frame;
    if (m_hoverStep >= 0) m_hoverText = describe(m_hoverStep, m_hoverRow);
    update();
}

Index UnrolledNetworkView::firstShownStep() const {
    const double room = width() - kLabelWidth - 8.0 - kEarlierWidth;
    const Index fit = std::clamp<Index>(Index(room / kMinColumnWidth), 2, kMaxColumns);
    return std::max<Index>(0, m_frame.steps - fit);
}

bool UnrolledNetworkView::hasOutput(Index step) const {
    return m_frame.prediction.rows() > 0 && (m_frame.manyToMany || step == m_frame.steps - 1);
}

UnrolledNetworkView::Geometry UnrolledNetworkView::geometry() const {
    Geometry g;
    const double earlier = firstShownStep() > 0 ? kEarlierWidth : 0.0;
    g.area = QRectF(kLabelWidth + earlier, 8.0, width() - kLabelWidth - earlier - 8.0, height() - 16.0 - kReadoutHeight);
    g.column = shownSteps() > 0 ? g.area.width() / double(shownSteps()) : 0.0;
    g.row = g.area.height() / double(outputRow() + 1);
    return g;
}

QRectF UnrolledNetworkView::boxRect(Index step, int row) const {
    if (!m_frame.valid || step < firstShownStep() || step >= m_frame.steps || row < 0 || row > outputRow())
        return {};
    if (row == outputRow() && !hasOutput(step)) return {};
    const Geometry g = geometry();
    const Index column = step - firstShownStep();
    const double w = std::min(g.column * 0.72, 90.0), h = std::min(g.row * 0.58, 46.0);
    const QPointF centre(g.area.left() + (double(column) + 0.5) * g.column,
                         g.area.bottom() - (double(row) + 0.5) * g.row);
    return QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h);
}

QString UnrolledNetworkView::describe(Index step, int row) const {
    if (boxRect(step, row).isEmpty()) return {};
    const QString t = QLocale().toString(qlonglong(step));
    if (row == kInputRow) {
        if (step >= m_frame.inputs.rows()) return {};
        return tr("Input x at t = %1: %2").arg(t, listed(m_frame.inputs.row(step)));
    }
    if (row == outputRow()) {
        const Index r = m_frame.manyToMany ? step : 0;
        if (r >= m_frame.prediction.rows()) return {};
        QString text = m_frame.manyToMany ? tr("Output at t = %1: prediction %2").arg(t, listed(m_frame.prediction.row(r)))
                                          : tr("Output after the last step: prediction %1").arg(listed(m_frame.prediction.row(r)));
        if (r < m_frame.target.rows()) text += tr(", target %1").arg(listed(m_frame.target.row(r)));
        return text + tr("; loss of the sequence %1").arg(number(m_frame.loss));
    }
    const SequenceCellFrame& cell = m_frame.cells[std::size_t(row - 1)];
    if (step >= cell.hidden.cols()) return {};
    const auto h = cell.hidden.col(step);
    QString text = tr("%1 at t = %2: |h_t| = %3, h_t = %4")
                       .arg(QString::fromStdString(cell.name), t, number(h.norm()), listed(h));
    const int gates = cell.gateCount();
    if (gates > 0 && step < cell.gates.cols()) {
        QStringList parts;
        const QStringList names = gateNames(gates);
        for (int k = 0; k < gates && k < names.size(); ++k)
            parts << names[k] + QStringLiteral(" ") + number(cell.gates.col(step).segment(k * h.size(), h.size()).mean());
        text += tr("; gates (mean over units) %1").arg(parts.join(QStringLiteral(", ")));
    }
    if (step < cell.gradient.cols()) text += tr("; |dL/dh_t| = %1").arg(number(cell.gradient(0, step)));
    return text;
}

void UnrolledNetworkView::drawArrow(QPainter& p, QPointF from, QPointF to) const {
    p.drawLine(from, to);
    const QPointF d = to - from;
    const double length = std::hypot(d.x(), d.y());
    if (length < 1.0) return;
    const QPointF u = d / length, n(-u.y(), u.x());
    const double s = 5.0;
    QPainterPath head;
    head.moveTo(to);
    head.lineTo(to - u * s * 1.6 + n * s);
    head.lineTo(to - u * s * 1.6 - n * s);
    head.closeSubpath();
    p.fillPath(head, p.pen().color());
}

void UnrolledNetworkView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    if (!m_frame.valid || m_frame.steps == 0) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No sequence yet: press Play or Step."));
        return;
    }
    const Geometry g = geometry();
    const Index first = firstShownStep();
    const QColor ink = palette().color(QPalette::Text);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);

    // Row labels.
    auto rowLabel = [&](int row, const QString& text) {
        const double y = g.area.bottom() - (double(row) + 0.5) * g.row;
        p.setPen(ink);
        p.drawText(QRectF(2, y - g.row / 2, kLabelWidth - 6, g.row), Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, text);
    };
    rowLabel(kInputRow, tr("input x_t"));
    for (std::size_t c = 0; c < m_frame.cells.size(); ++c)
        rowLabel(cellRow(int(c)), tr("%1\nh_t").arg(QString::fromStdString(m_frame.cells[c].name)));
    rowLabel(outputRow(), m_frame.manyToMany ? tr("output y_t") : tr("output y"));

    // Earlier steps, not drawn.
    if (first > 0) {
        p.setPen(ink);
        p.drawText(QRectF(g.area.left() - kEarlierWidth, g.area.top(), kEarlierWidth - 4, g.area.height()),
                   Qt::AlignCenter | Qt::TextWordWrap,
                   tr("\u2026 %1 earlier steps").arg(QLocale().toString(qlonglong(first))));
    }

    // Arrows under the boxes.
    QPen arrowPen(QColor(0x60, 0x66, 0x70), 1.3);
    p.setPen(arrowPen);
    for (Index t = first; t < m_frame.steps; ++t) {
        for (int row = kInputRow; row < outputRow(); ++row) {
            const QRectF a = boxRect(t, row);
            const int above = row + 1;
            if (above < outputRow() || hasOutput(t)) {
                const QRectF b = boxRect(t, above);
                if (!b.isEmpty()) drawArrow(p, QPointF(a.center().x(), a.top()), QPointF(b.center().x(), b.bottom() + 1));
            }
        }
        for (std::size_t c = 0; c < m_frame.cells.size(); ++c) {
            const int row = cellRow(int(c));
            const bool backward = isBackward(m_frame.cells[c]);
            const Index next = backward ? t - 1 : t + 1;
            const QRectF a = boxRect(t, row), b = boxRect(next, row);
            if (b.isEmpty()) continue;
            if (backward)
                drawArrow(p, QPointF(a.left(), a.center().y()), QPointF(b.right() + 1, b.center().y()));
            else
                drawArrow(p, QPointF(a.right(), a.center().y()), QPointF(b.left() - 1, b.center().y()));
        }
        // The first shown step's state comes from the steps before it.
        if (first > 0 && t == first)
            for (std::size_t c = 0; c < m_frame.cells.size(); ++c) {
                if (isBackward(m_frame.cells[c])) continue;
                const QRectF a = boxRect(t, cellRow(int(c)));
                drawArrow(p, QPointF(a.left() - g.column * 0.28, a.center().y()), QPointF(a.left() - 1, a.center().y()));
            }
    }

    // Boxes.
    for (Index t = first; t < m_frame.steps; ++t) {
        for (int row = kInputRow; row <= outputRow(); ++row) {
            const QRectF box = boxRect(t, row);
            if (box.isEmpty()) continue;
            QColor fill(0xee, 0xee, 0xee);
            double bar = -1.0;  // |h_t| / sqrt(H) in [0, 1] for cells
            QString label;
            if (row == kInputRow) {
                label = QStringLiteral("x%1").arg(t);
            } else if (row == outputRow()) {
                fill = QColor(0xff, 0xe0, 0xb2);
                const Index r = m_frame.manyToMany ? t : 0;
                label = m_frame.prediction.cols() == 1 ? QLocale().toString(m_frame.prediction(r, 0), 'g', 2)
                                                       : QStringLiteral("y%1").arg(t);
            } else {
                const SequenceCellFrame& cell = m_frame.cells[std::size_t(row - 1)];
                if (t < cell.hidden.cols() && cell.hidden.rows() > 0) {
                    const auto h = cell.hidden.col(t);
                    fill = MapColors::valueColor(std::clamp(h.mean(), -1.0, 1.0));
                    bar = std::clamp(h.norm() / std::sqrt(double(h.size())), 0.0, 1.0);
                }
                label = QStringLiteral("h%1").arg(t);
            }
            const bool hovered = t == m_hoverStep && row == m_hoverRow;
            p.setPen(QPen(hovered ? QColor(0x15, 0x65, 0xc0) : QColor(0x50, 0x50, 0x50), hovered ? 2.5 : 1.0));
            p.setBrush(fill);
            p.drawRoundedRect(box, 4, 4);
            if (bar >= 0.0) {
                const QRectF track(box.left() + 3, box.bottom() - 6, box.width() - 6, 3);
                p.fillRect(track, QColor(0xd0, 0xd0, 0xd0));
                p.fillRect(QRectF(track.left(), track.top(), track.width() * bar, track.height()), QColor(0x1f, 0x3b, 0x73));
            }
            p.setPen(ink);
            p.drawText(box.adjusted(1, 0, -1, bar >= 0.0 ? -5 : 0), Qt::AlignCenter, label);
        }
    }

    // The readout line.
    const QRectF readout(8, height() - kReadoutHeight - 4, width() - 16, kReadoutHeight);
    p.setPen(ink);
    p.drawText(readout, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
               m_hoverText.isEmpty() ? tr("Hover a box: the input, the hidden state h_t and its gates, or the output "
                                          "at that step. Box colour: the mean of h_t; bar: |h_t|.")
                                     : m_hoverText);
}

void UnrolledNetworkView::mouseMoveEvent(QMouseEvent* event) {
    const QPointF at = event->position();
    Index step = -1;
    int row = -1;
    for (Index t = firstShownStep(); t < m_frame.steps && step < 0; ++t)
        for (int r = kInputRow; r <= outputRow(); ++r)
            if (boxRect(t, r).contains(at)) {
                step = t;
                row = r;
                break;
            }
    if (step == m_hoverStep && row == m_hoverRow) return;
    m_hoverStep = step;
    m_hoverRow = row;
    m_hoverText = step >= 0 ? describe(step, row) : QString();
    if (!m_hoverText.isEmpty())
        QToolTip::showText(event->globalPosition().toPoint(), m_hoverText, this);
    else
        QToolTip::hideText();
    update();
}

void UnrolledNetworkView::leaveEvent(QEvent*) {
    m_hoverStep = -1;
    m_hoverRow = -1;
    m_hoverText.clear();
    update();
}

}  // namespace nnlab
