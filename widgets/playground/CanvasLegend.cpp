#include "playground/CanvasLegend.h"

#include "playground/CanvasPalette.h"

#include <QLinearGradient>
#include <QPainter>

namespace nnlab {
namespace {

constexpr int kPad = 6, kBarWidth = 96, kBarHeight = 8, kLineLength = 28;

}  // namespace

CanvasLegend::CanvasLegend(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("colourLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents, false);
    setToolTip(tr("Colours on the network: a neuron's picture is its output over the input plane, an edge is a "
                  "weight, the small square at a neuron's lower left its bias; orange is negative, blue positive."));
    adjustSize();
}

void CanvasLegend::setDiscretized(bool on) {
    if (m_discretized == on) return;
    m_discretized = on;
    update();
}

QSize CanvasLegend::sizeHint() const {
    const QFontMetrics fm(font());
    const int textWidth = std::max({fm.horizontalAdvance(tr("output, weight, bias")), fm.horizontalAdvance(tr("width: |weight|")),
                                    fm.horizontalAdvance(tr("weight 0"))});
    const int width = kPad * 2 + std::max(kBarWidth, 2 * kLineLength + 8) + 8 + textWidth;
    const int height = kPad * 2 + kBarHeight + fm.height() + 4 + 2 * (fm.height() + 2);
    return {width, height};
}

void CanvasLegend::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QColor(0xc8, 0xcc, 0xd0));
    p.setBrush(QColor(255, 255, 255, 230));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    const QFontMetrics fm(font());
    const int textX = kPad + std::max(kBarWidth, 2 * kLineLength + 8) + 8;

    // The bar, and -1, 0, +1 under it.
    const QRect bar(kPad, kPad, kBarWidth, kBarHeight);
    if (m_discretized) {
        p.fillRect(QRect(bar.left(), bar.top(), bar.width() / 2, bar.height()), CanvasPalette::kNegative);
        p.fillRect(QRect(bar.center().x(), bar.top(), bar.width() - bar.width() / 2, bar.height()), CanvasPalette::kPositive);
    } else {
        QLinearGradient g(bar.topLeft(), bar.topRight());
        g.setColorAt(0.0, CanvasPalette::kNegative);
        g.setColorAt(0.5, CanvasPalette::kZero);
        g.setColorAt(1.0, CanvasPalette::kPositive);
        p.fillRect(bar, g);
    }
    p.setPen(QColor(0x20, 0x24, 0x28));
    const int tickY = bar.bottom() + 2 + fm.ascent();
    p.drawText(bar.left(), tickY, QStringLiteral("\u22121"));
    p.drawText(bar.center().x() - fm.horizontalAdvance(QLatin1Char('0')) / 2, tickY, QStringLiteral("0"));
    p.drawText(bar.right() - fm.horizontalAdvance(QStringLiteral("+1")), tickY, QStringLiteral("+1"));
    p.drawText(textX, bar.top() + fm.ascent() - 2, tr("output, weight, bias"));

    // Edge width and a dead (dashed) edge.
    int y = tickY + 4 + fm.height() / 2;
    p.setPen(QPen(CanvasPalette::weightColor(0.3), CanvasPalette::weightWidth(0.3, 1.0), Qt::SolidLine, Qt::FlatCap));
    p.drawLine(kPad, y, kPad + kLineLength, y);
    p.setPen(QPen(CanvasPalette::weightColor(2.0), CanvasPalette::weightWidth(2.0, 1.0), Qt::SolidLine, Qt::FlatCap));
    p.drawLine(kPad + kLineLength + 8, y, kPad + 2 * kLineLength + 8, y);
    p.setPen(QColor(0x20, 0x24, 0x28));
    p.drawText(textX, y + fm.ascent() / 2 - 1, tr("width: |weight|"));
    y += fm.height() + 2;
    p.setPen(QPen(CanvasPalette::kDeadEdge, 1.2, Qt::DashLine));
    p.drawLine(kPad, y, kPad + 2 * kLineLength + 8, y);
    p.setPen(QColor(0x20, 0x24, 0x28));
    p.drawText(textX, y + fm.ascent() / 2 - 1, tr("weight 0"));
}

}  // namespace nnlab
