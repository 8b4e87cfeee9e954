#include "explorers/ConvGridView.h"

#include <QLocale>
#include <QPainter>

#include <cmath>

namespace nnlab {
namespace {

const QColor kGridLine(0xb0, 0xb0, 0xb0);
const QColor kPadding(0xe4, 0xe4, 0xe4);
const QColor kWindow(0xff, 0xe0, 0x8a);
const QColor kWindowEdge(0xd5, 0x5e, 0x00);
const QColor kCurrent(0xf5, 0xb0, 0x70);
const QColor kKernel(0xdd, 0xea, 0xf7);
const QColor kLater(0xb8, 0xb8, 0xb8);

}  // namespace

int ConvSweep::stepCount() const {
    if (!valid()) return 0;
    if (kind == Kind::Transposed) return int(input.size());
    if (kind == Kind::GlobalPool) return 1;
    return int(output.size());
}

ConvGridView::ConvGridView(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ConvGridView::setSweep(const ConvSweep& sweep) {
    m_sweep = sweep;
    update();
}

QString ConvGridView::cellText(double v) {
    if (std::isinf(v)) return v < 0 ? QStringLiteral("−∞") : QStringLiteral("∞");
    // A true minus sign: "−45" reads better than "-45" next to the notes' text.
    QString text = std::abs(v - std::round(v)) < 1e-9 ? QLocale().toString(qlonglong(std::llround(v)))
                                                       : QLocale().toString(v, 'g', 3);
    if (text.startsWith(QLocale().negativeSign())) text.replace(0, QLocale().negativeSign().size(), QStringLiteral("−"));
    return text;
}

void ConvGridView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(rect(), palette().base());
    const ConvSweep& s = m_sweep;
    if (s.input.size() == 0) return;
    const bool transposed = s.kind == ConvSweep::Kind::Transposed;
    const bool pooling = s.kind == ConvSweep::Kind::MaxPool || s.kind == ConvSweep::Kind::AvgPool;
    const bool global = s.kind == ConvSweep::Kind::GlobalPool;
    const Index pad = (transposed || global) ? 0 : s.padding;
    const Index H = s.input.rows(), W = s.input.cols();
    const Index Hp = H + 2 * pad, Wp = W + 2 * pad;
    const Index k = global ? 1 : s.kernelSize();
    const Index Ho = s.output.rows(), Wo = s.output.cols();

    const int gap = 40, titleH = fontMetrics().height() + 6, margin = 6;
    const Index tallest = std::max({Hp, k, std::max<Index>(Ho, 1)});
    const double byWidth = double(width() - 2 * margin - 2 * gap) / double(Wp + k + std::max<Index>(Wo, 1));
    const double byHeight = double(height() - titleH - 2 * margin) / double(tallest);
    const int cell = int(std::max(12.0, std::min({46.0, byWidth, byHeight})));
    QFont f = font();
    f.setPixelSize(std::max(7, int(cell * 0.36)));
    QFont title = font();
    title.setBold(true);
    QFont op = font();
    op.setPixelSize(std::max(14, cell / 2));

    // The three grids share a centre line; the block sits in the middle of the view.
    const int blockH = int(tallest) * cell;
    const int blockTop = std::max(margin + titleH, (height() - blockH) / 2);
    const int midY = blockTop + blockH / 2;
    auto gridTop = [&](Index rows) { return midY - int(rows) * cell / 2; };
    const int x0 = margin, x1 = x0 + int(Wp) * cell + gap, x2 = x1 + int(k) * cell + gap;
    const int topIn = gridTop(Hp), topK = gridTop(k), topOut = gridTop(std::max<Index>(Ho, 1));
    auto cellRect = [&](int ox, int oy, Index r, Index c) { return QRect(ox + int(c) * cell, oy + int(r) * cell, cell, cell); };
    auto drawCell = [&](const QRect& r, const QColor& fill, const QString& text, const QColor& ink = Qt::black) {
        p.fillRect(r, fill);
        p.setPen(kGridLine);
        p.drawRect(r.adjusted(0, 0, -1, -1));
        p.setPen(ink);
        // Long numbers (0.111) get a smaller font rather than spill over.
        QFont cellFont = f;
        const int room = r.width() - 4, need = QFontMetrics(f).horizontalAdvance(text);
        if (need > room && need > 0) cellFont.setPixelSize(std::max(6, f.pixelSize() * room / need));
        p.setFont(cellFont);
        p.drawText(r, Qt::AlignCenter, text);
    };
    auto drawTitle = [&](int x, int gridY, int w, const QString& text) {
        p.setFont(title);
        p.setPen(palette().text().color());
        p.drawText(QRect(x, gridY - titleH, std::max(w, 140), titleH - 2), Qt::AlignLeft | Qt::AlignBottom, text);
    };

    // Which cells the current step touches.
    QVector<QPoint> inputHits, outputHits;  // (row, column) in the drawn grids
    const int step = std::clamp(s.step, 0, std::max(0, s.stepCount() - 1));
    if (s.valid()) {
        if (transposed) {
            const Index i = step / W, j = step % W;
            inputHits << QPoint(int(j), int(i));
            for (Index ki = 0; ki < k; ++ki)
                for (Index kj = 0; kj < k; ++kj) {
                    const Index oh = i * s.stride - s.padding + ki * s.dilation;
                    const Index ow = j * s.stride - s.padding + kj * s.dilation;
                    if (oh >= 0 && oh < Ho && ow >= 0 && ow < Wo) outputHits << QPoint(int(ow), int(oh));
                }
        } else if (global) {
            for (Index r = 0; r < H; ++r)
                for (Index c = 0; c < W; ++c) inputHits << QPoint(int(c), int(r));
            outputHits << QPoint(0, 0);
        } else {
            const Index oh = step / Wo, ow = step % Wo;
            const Index d = pooling ? 1 : s.dilation;
            for (Index ki = 0; ki < k; ++ki)
                for (Index kj = 0; kj < k; ++kj)
                    inputHits << QPoint(int(ow * s.stride + kj * d), int(oh * s.stride + ki * d));
            outputHits << QPoint(int(ow), int(oh));
        }
    }

    // Input (with its padding ring).
    drawTitle(x0, topIn, int(Wp) * cell, tr("input %1×%2").arg(H).arg(W) + (pad ? tr(", padding %1").arg(pad) : QString()));
    const QString padText = s.kind == ConvSweep::Kind::MaxPool ? QStringLiteral("−∞") : QStringLiteral("0");
    for (Index r = 0; r < Hp; ++r)
        for (Index c = 0; c < Wp; ++c) {
            const bool isPad = r < pad || c < pad || r >= H + pad || c >= W + pad;
            const bool hit = inputHits.contains(QPoint(int(c), int(r)));
            QColor fill = isPad ? kPadding : Qt::white;
            if (hit) fill = transposed ? kCurrent : kWindow;
            drawCell(cellRect(x0, topIn, r, c), fill, isPad ? padText : cellText(s.input(r - pad, c - pad)),
                     isPad ? QColor(0x77, 0x77, 0x77) : Qt::black);
        }
    if (!inputHits.isEmpty() && !global) {  // outline the window
        p.setPen(QPen(kWindowEdge, 2));
        for (const QPoint& h : inputHits) p.drawRect(cellRect(x0, topIn, h.y(), h.x()).adjusted(1, 1, -1, -1));
    }

    // Kernel, or the pooling window.
    QString kTitle = tr("kernel %1×%1").arg(k);
    if (s.kind == ConvSweep::Kind::MaxPool) kTitle = tr("max %1×%1").arg(k);
    if (s.kind == ConvSweep::Kind::AvgPool) kTitle = tr("mean %1×%1").arg(k);
    if (global) kTitle = tr("mean");
    drawTitle(x1, topK, int(k) * cell, kTitle);
    for (Index r = 0; r < k; ++r)
        for (Index c = 0; c < k; ++c) {
            QString text;
            if (!pooling && !global) text = cellText(s.kernel(r, c));
            drawCell(cellRect(x1, topK, r, c), kKernel, text);
        }
    p.setFont(op);
    p.setPen(palette().text().color());
    p.drawText(QRect(x1 - gap, midY - 16, gap, 32), Qt::AlignCenter, transposed ? QStringLiteral("⊛ᵀ") : QStringLiteral("⊛"));
    p.drawText(QRect(x2 - gap, midY - 16, gap, 32), Qt::AlignCenter, QStringLiteral("="));

    // Output: cells up to the current step in black, later ones faint.
    if (!s.valid()) return;
    drawTitle(x2, topOut, int(Wo) * cell, tr("output %1×%2").arg(Ho).arg(Wo));
    for (Index r = 0; r < Ho; ++r)
        for (Index c = 0; c < Wo; ++c) {
            const bool hit = outputHits.contains(QPoint(int(c), int(r)));
            const bool done = transposed || global || r * Wo + c <= step;
            drawCell(cellRect(x2, topOut, r, c), hit ? (transposed ? kWindow : kCurrent) : Qt::white, cellText(s.output(r, c)),
                     done ? Qt::black : kLater);
        }
    if (transposed && !outputHits.isEmpty()) {
        p.setPen(QPen(kWindowEdge, 2));
        for (const QPoint& h : outputHits) p.drawRect(cellRect(x2, topOut, h.y(), h.x()).adjusted(1, 1, -1, -1));
    }
}

}  // namespace nnlab
