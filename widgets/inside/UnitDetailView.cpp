#include "inside/UnitDetailView.h"

#include "inside/MapColours.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QToolTip>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace nnlab {
namespace {

using namespace inside_view;

constexpr int kTitle = 22;
constexpr int kCellW = 36, kCellH = 17;  // a number's cell in the formula grids

double maxAbs(const double* v, Index n) {
    double m = 0.0;
    for (Index i = 0; i < n; ++i) m = std::max(m, std::abs(v[i]));
    return m;
}

}  // namespace

UnitDetailView::UnitDetailView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("insideDetail"));
    setMouseTracking(true);
    // CNN Explainer's pace: the window moves on every 250 ms.
    m_sweep.setInterval(250);
    connect(&m_sweep, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_held) advanceSweep();
    });
    m_playPause = new QToolButton(this);
    m_playPause->setObjectName(QStringLiteral("sweepPlayPause"));
    m_playPause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_playPause->setAutoRaise(true);
    m_playPause->hide();
    connect(m_playPause, &QToolButton::clicked, this, [this] { setSweeping(!m_sweeping); });
    setSweeping(true);
}

bool UnitDetailView::sweepable() const {
    const InsideStage* st = current();
    const InsideStage* prev = previous();
    if (!st || !prev || !st->spatial() || !prev->spatial()) return false;
    return st->kind == kConv || st->kind == kActivationStage || st->kind == kMaxPool || st->kind == kAvgPool;
}

void UnitDetailView::setSweeping(bool on) {
    m_sweeping = on;
    m_playPause->setIcon(style()->standardIcon(on ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playPause->setText(on ? tr("Pause") : tr("Play"));
    m_playPause->setToolTip(on ? tr("Stop the window where it is; the mouse over a map still moves it.")
                               : tr("Sweep the window over the map again, one cell every quarter second."));
    if (on && sweepable()) m_sweep.start();
    else m_sweep.stop();
}

void UnitDetailView::advanceSweep() {
    const InsideStage* st = current();
    if (!st || !sweepable()) return;
    int column = m_cell.x() + 1, row = m_cell.y();
    if (column >= st->width) {
        column = 0;
        row = row + 1 >= st->height ? 0 : row + 1;
    }
    setCell(row, column);
}

void UnitDetailView::setDetailedChannel(int channel) {
    m_row = std::max(0, channel);
    update();
}

KernelWindow UnitDetailView::currentWindow() const {
    const InsideStage* st = current();
    if (!m_frame || !st || !(st->kind == kConv || st->kind == kMaxPool || st->kind == kAvgPool)) return {};
    return kernelWindow(*m_frame, m_stage, m_channel, st->kind == kConv ? m_row : m_channel, m_cell.y(), m_cell.x());
}

void UnitDetailView::placeSweepButton() {
    m_playPause->adjustSize();
    // Left of the title: a dock narrower than the maps scrolls, and keeps it in sight.
    m_playPause->move(4, 1);
    m_playPause->setVisible(sweepable());
}

QString UnitDetailView::number(double v) const { return QLocale().toString(v, 'f', 2); }

QString UnitDetailView::className(int k) const {
    return k >= 0 && k < m_classNames.size() ? m_classNames[k] : QString::number(k);
}

void UnitDetailView::setFrame(const InsideFrame* frame) {
    m_frame = frame;
    if (m_frame && m_stage >= int(m_frame->stages.size())) m_stage = -1;
    layoutAreas();
    placeSweepButton();
    if (m_sweeping && sweepable() && !m_sweep.isActive()) m_sweep.start();
    update();
}

void UnitDetailView::setSelection(int stage, int channel) {
    m_stage = stage;
    m_channel = channel;
    // Flatten itself has no class: it opens on the network's answer (or the first unit).
    if (m_frame && stage >= 0 && stage < int(m_frame->stages.size()) && m_frame->stages[std::size_t(stage)].kind == kFlatten) {
        const int dense = classWeightsDenseStage(*m_frame, stage);
        const bool logits = dense >= 0 && m_frame->stageTitle(dense) == QCoreApplication::translate("LookInside", "logits");
        m_channel = logits && m_frame->predicted >= 0 ? m_frame->predicted : 0;
    }
    m_cell = QPoint(0, 0);
    m_row = 0;
    m_held = false;
    layoutAreas();
    setMinimumHeight(sizeHint().height());
    placeSweepButton();
    setSweeping(m_sweeping);
    update();
}

void UnitDetailView::setCell(int row, int column) {
    const InsideStage* st = current();
    if (!st) return;
    m_cell = QPoint(std::clamp(column, 0, st->width - 1), std::clamp(row, 0, st->height - 1));
    update();
}

const InsideStage* UnitDetailView::current() const {
    if (!m_frame || m_stage < 0 || m_stage >= int(m_frame->stages.size())) return nullptr;
    return &m_frame->stages[std::size_t(m_stage)];
}

const InsideStage* UnitDetailView::previous() const {
    if (!current() || m_stage == 0) return nullptr;
    return &m_frame->stages[std::size_t(m_stage) - 1];
}

bool UnitDetailView::partsReady() const {
    const InsideStage* prev = previous();
    return m_frame && prev && m_frame->unitStage == m_stage && m_frame->unit == m_channel &&
           m_frame->unitParts.rows() == prev->channels && m_frame->unitParts.cols() == current()->plane();
}

QSize UnitDetailView::sizeHint() const { return QSize(420, std::max(240, m_formulaTop + gridsHeight() + 90)); }

void UnitDetailView::layoutAreas() {
    m_areas.clear();
    m_classChips.clear();
    const InsideStage* st = current();
    const InsideStage* prev = previous();
    m_formulaTop = kTitle + 10;
    m_formulaLeft = 8;
    if (!st || !prev || flattenShown()) {
        if (st && prev) layoutFlatten();  // reflows its tiles to the width: no minimum
        if (m_mapsWidth != 0) {
            m_mapsWidth = 0;
            updateGeometry();
        }
        return;
    }
    if (st->kind == kConv && st->spatial() && prev->spatial()) {
        const int c = prev->channels;
        // Every input channel's row within the visible height where it can be.
        const int visible = parentWidget() ? parentWidget()->height() : 300;
        m_tile = std::clamp((visible - kTitle - 12) / std::max(1, c) - 4, 16, 44);
        const int t = m_tile;
        for (int ch = 0; ch < c; ++ch) {
            const int y = kTitle + 4 + ch * (t + 4);
            m_areas.push_back({QRect(8, y, t, t), prev->height, prev->width, true, ch});
            m_areas.push_back({QRect(8 + 2 * (t + 22), y, t, t), st->height, st->width, false, ch});
        }
        const int mid = kTitle + 4 + (c * (t + 4)) / 2 - 28;
        const int x = 8 + 3 * (t + 22) + 30;
        m_areas.push_back({QRect(x, mid, 56, 56), st->height, st->width, false, -1});            // the sum
        m_areas.push_back({QRect(x + 56 + 80, mid, 56, 56), st->height, st->width, false, -1});  // + bias = z
        if (m_stage + 1 < int(m_frame->stages.size()) && m_frame->stages[std::size_t(m_stage) + 1].kind == kActivationStage)
            m_areas.push_back({QRect(x + 2 * 56 + 130, mid, 56, 56), st->height, st->width, false, -1});
        m_formulaTop = std::max(kTitle + 4 + c * (t + 4), mid + 56 + 16) + 10;
    } else if ((st->kind == kActivationStage || st->kind == kMaxPool || st->kind == kAvgPool) && st->spatial()) {
        // The two maps, and the formula to their right where the width allows.
        const int visible = parentWidget() ? parentWidget()->height() : 300;
        const int t = std::clamp(visible - kTitle - 16, 64, 112);
        m_areas.push_back({QRect(8, kTitle + 6, t, t), prev->height, prev->width, true, -1});
        m_areas.push_back({QRect(8 + t + 40, kTitle + 6, t, t), st->height, st->width, false, -1});
        const int right = 8 + 2 * t + 40 + 16;
        if (width() - right >= 220) {
            m_formulaLeft = right;
            m_formulaTop = kTitle + 6;
        } else {
            m_formulaTop = kTitle + 6 + t + 14;
        }
    }
    if (m_frame && st && st->kind == kActivationStage && !st->spatial())
        m_formulaTop = kTitle + 30 + 17 * int(st->values.size());  // the softmax table
    int right = 0;
    for (const Area& a : m_areas) right = std::max(right, a.rect.right() + 30);  // room for the captions under them
    if (right != m_mapsWidth) {
        m_mapsWidth = right;
        updateGeometry();
    }
}

void UnitDetailView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    layoutAreas();
    setMinimumHeight(sizeHint().height());
    placeSweepButton();
}

void UnitDetailView::leaveEvent(QEvent* event) {
    QWidget::leaveEvent(event);
    m_held = false;  // the sweep goes on from where the mouse left it
}

QString UnitDetailView::tooltipAt(const QPoint& pos) const {
    const InsideStage* st = current();
    if (!st || st->kind != kConv || flattenShown() || m_areas.size() < 2) return {};
    const LayerFrame& layer = m_frame->layers[std::size_t(st->layer)];
    const int k = st->kernel, t = m_tile;
    for (const Area& a : m_areas) {
        if (!a.input || !QRect(a.rect.left() + t + 22, a.rect.top(), t, t).contains(pos)) continue;
        QStringList rows;
        for (int ki = 0; ki < k; ++ki) {
            QStringList row;
            for (int kj = 0; kj < k; ++kj) row << number(layer.weights(m_channel, (a.row * k + ki) * k + kj));
            rows << row.join(QStringLiteral("  "));
        }
        return tr("Kernel of input channel %1 for unit %2:").arg(a.row + 1).arg(m_channel + 1) + QStringLiteral("\n") +
               rows.join(QStringLiteral("\n"));
    }
    for (const Area& a : m_areas)
        if (a.row < 0) {  // the first map right of the channels is the sum; the bias is written after it
            if (QRect(a.rect.right() + 2, a.rect.top(), 78, a.rect.height()).contains(pos))
                return tr("Bias: %1").arg(QLocale().toString(layer.bias.size() > m_channel ? layer.bias(0, m_channel) : m_frame->unitBias, 'f', 4));
            break;
        }
    return {};
}

bool UnitDetailView::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty()) QToolTip::hideText();
        else QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

void UnitDetailView::mousePressEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    for (int k = 0; k < int(m_classChips.size()); ++k)
        if (m_classChips[std::size_t(k)].contains(pos) && k != m_channel) {
            m_channel = k;
            update();
            emit classChosen(k);
            return;
        }
}

void UnitDetailView::mouseMoveEvent(QMouseEvent* event) {
    const InsideStage* st = current();
    if (!st) return;
    const QPoint pos = event->position().toPoint();
    m_held = false;
    for (const Area& a : m_areas) {
        if (!a.rect.contains(pos)) continue;
        const int row = (pos.y() - a.rect.top()) * a.height / std::max(1, a.rect.height());
        const int col = (pos.x() - a.rect.left()) * a.width / std::max(1, a.rect.width());
        m_held = true;  // CNN Explainer: hovering a cell puts the window there and holds it
        if (a.row >= 0) m_row = a.row;
        if (flattenShown()) {
            m_cell = QPoint(col, row);  // a pixel of the flattened maps, not a cell of this stage
            update();
            return;
        }
        if (a.input) {
            // An input position: the output cell whose window starts nearest to it.
            const int s = std::max(1, st->stride);
            const int half = st->kind == kActivationStage ? 0 : (st->kernel - 1) / 2;
            setCell((row + st->padding - half) / s, (col + st->padding - half) / s);
        } else {
            setCell(row, col);
        }
        return;
    }
}

QStringList UnitDetailView::formulaLines() const {
    QStringList lines;
    const InsideStage* st = current();
    const InsideStage* prev = previous();
    if (!st) return lines;
    const int r = m_cell.y(), c = m_cell.x();
    const int o = m_channel;
    if (st->kind == kInput) {
        lines << tr("The image as the network gets it: %1 channel(s) of %2x%3 values, normalised like the training data.")
                     .arg(st->channels).arg(st->height).arg(st->width);
        return lines;
    }
    if (!prev) return lines;
    if (flattenShown()) return flattenLines();
    if (st->kind == kConv && st->spatial()) {
        const double z = st->at(o, r, c);
        if (!partsReady()) {
            lines << tr("Waiting for the worker's split of this unit...");
            return lines;
        }
        const int k = st->kernel;
        const double products = currentWindow().sum;
        const RowVector parts = m_frame->unitParts.col(r * st->width + c).transpose();
        lines << tr("Channel %1 at row %2, column %3: the sum of the %4 products input x kernel = %5")
                     .arg(m_row + 1).arg(r + 1).arg(c + 1).arg(k * k).arg(number(products));
        lines << tr("Sum over the %1 input channels: %2; + bias %3 = %4")
                     .arg(prev->channels).arg(number(parts.sum())).arg(number(m_frame->unitBias)).arg(number(z));
        if (m_stage + 1 < int(m_frame->stages.size())) {
            const InsideStage& next = m_frame->stages[std::size_t(m_stage) + 1];
            if (next.kind == kActivationStage)
                lines << tr("%1(%2) = %3").arg(m_frame->stageTitle(m_stage + 1), number(z), number(next.at(o, r, c)));
        }
        return lines;
    }
    if (st->kind == kActivationStage && !st->spatial() && m_stage == int(m_frame->stages.size()) - 1 &&
        prev->values.size() == st->values.size()) {
        const RowVector& z = prev->values;
        const double top = z.maxCoeff();
        double total = 0.0;
        for (Index j = 0; j < z.size(); ++j) total += std::exp(z(j) - top);
        lines << tr("softmax: p_k = exp(z_k) / (exp(z_1) + ... + exp(z_%1)); the sum of the exponentials is %2")
                     .arg(z.size()).arg(QLocale().toString(total * std::exp(top), 'g', 4));
        const int k = std::clamp(o, 0, int(z.size()) - 1);
        lines << tr("%1: exp(%2) / %3 = %4")
                     .arg(className(k), number(z(k)), QLocale().toString(total * std::exp(top), 'g', 4),
                          QLocale().toString(st->values(k), 'f', 4));
        return lines;
    }
    if (st->kind == kActivationStage) {
        const bool spatial = st->spatial();
        const double z = spatial ? prev->at(o, r, c) : prev->values(o);
        const double y = spatial ? st->at(o, r, c) : st->values(o);
        const QString name = m_frame->stageTitle(m_stage);
        if (name == QLatin1String("relu"))
            lines << tr("relu(z) = max(0, z) = max(0, %1) = %2").arg(number(z), number(y));
        else
            lines << tr("%1(%2) = %3").arg(name, number(z), number(y));
        lines << tr("Applied to every value on its own: the map keeps its size, %1x%2.").arg(st->height).arg(st->width);
        return lines;
    }
    if (st->kind == kMaxPool || st->kind == kAvgPool) {
        QStringList values;
        for (int ki = 0; ki < st->kernel; ++ki)
            for (int kj = 0; kj < st->kernel; ++kj) {
                const int y = r * st->stride - st->padding + ki, x = c * st->stride - st->padding + kj;
                if (y >= 0 && x >= 0 && y < prev->height && x < prev->width) values << number(prev->at(o, y, x));
            }
        lines << (st->kind == kMaxPool ? tr("max(%1) = %2") : tr("mean(%1) = %2"))
                     .arg(values.join(QStringLiteral(", ")), number(st->at(o, r, c)));
        lines << tr("A %1x%1 window, moved by %2: the map shrinks from %3x%4 to %5x%6.")
                     .arg(st->kernel).arg(st->stride).arg(prev->height).arg(prev->width).arg(st->height).arg(st->width);
        return lines;
    }
    if (st->kind == kDense && st->layer >= 0) {
        const LayerFrame& layer = m_frame->layers[std::size_t(st->layer)];
        if (layer.weights.cols() != prev->values.size() || o >= layer.weights.rows()) return lines;
        const RowVector terms = layer.weights.row(o).cwiseProduct(prev->values);
        const double bias = layer.bias.size() > o ? layer.bias(0, o) : 0.0;
        const QString unit = m_stage == int(m_frame->stages.size()) - 2 ? className(o) : QString::number(o + 1);
        lines << tr("%1: z = sum of %2 weights x inputs + bias = %3 + %4 = %5")
                     .arg(unit).arg(terms.size()).arg(number(terms.sum()), number(bias), number(st->values(o)));
        std::vector<Index> order(std::size_t(terms.size()));
        std::iota(order.begin(), order.end(), Index(0));
        std::partial_sort(order.begin(), order.begin() + std::min<Index>(4, terms.size()), order.end(),
                          [&](Index a, Index b) { return std::abs(terms(a)) > std::abs(terms(b)); });
        QStringList biggest;
        for (Index i = 0; i < std::min<Index>(4, terms.size()); ++i)
            biggest << tr("input %1: %2 x %3").arg(order[std::size_t(i)] + 1)
                           .arg(number(prev->values(order[std::size_t(i)])), number(layer.weights(o, order[std::size_t(i)])));
        lines << tr("Largest terms: %1").arg(biggest.join(QStringLiteral("; ")));
        return lines;
    }
    if (st->kind == kFlatten)
        lines << tr("flatten: the %1 maps of %2x%3 laid out in one row of %4 values, for the dense layer after it.")
                     .arg(prev->channels).arg(prev->height).arg(prev->width).arg(st->values.size());
    return lines;
}

void UnitDetailView::paintWindowGrids(QPainter& p, int top) {
    const InsideStage* st = current();
    const InsideStage* prev = previous();
    const KernelWindow window = currentWindow();
    const int k = window.size;
    if (k <= 0) return;
    const bool conv = st->kind == kConv;
    const LayerFrame* layer = conv ? &m_frame->layers[std::size_t(st->layer)] : nullptr;
    const int channel = conv ? m_row : m_channel;
    const int grids = conv ? 3 : 1;
    // Three k x k grids side by side when they fit, else the products on a row of their own.
    const int gridWidth = k * kCellW + 34;
    int row = 0, left = m_formulaLeft;
    std::vector<QPoint> origins;
    for (int g = 0; g < grids; ++g) {
        if (g > 0 && left + gridWidth > width()) {
            ++row;
            left = m_formulaLeft;
        }
        origins.emplace_back(left, top + row * (k * kCellH + 24));
        left += gridWidth;
    }
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() - 1.5));
    p.setFont(small);
    // The products' sum in the products' caption: CNN Explainer's kernel math panel.
    const QString titles[3] = {tr("input window (channel %1)").arg(channel + 1), tr("kernel"),
                               tr("products, their sum: %1").arg(number(window.sum))};
    const double inputLimit = maxAbs(prev->values.data() + channel * prev->plane(), prev->plane());
    const double weightLimit = conv ? maxAbs(layer->weights.data(), layer->weights.size()) : 1.0;
    const std::vector<double>* shown[3] = {&window.inputs, &window.weights, &window.products};
    const double limits[3] = {inputLimit, weightLimit, inputLimit * weightLimit};
    p.setPen(palette().color(QPalette::Text));
    for (int g = 0; g < grids; ++g) {
        const int left = origins[std::size_t(g)].x();
        top = origins[std::size_t(g)].y();
        p.drawText(QRect(left, top, std::max(k * kCellW + 30, 200), 16), Qt::AlignLeft, titles[g]);
        for (int i = 0; i < k * k; ++i) {
            const bool inside = window.inside[std::size_t(i)];
            const double v = (*shown[g])[std::size_t(i)];
            const QRect cell(left + (i % k) * kCellW, top + 18 + (i / k) * kCellH, kCellW - 1, kCellH - 1);
            p.fillRect(cell, inside || g == 1 ? divergingColour(v, limits[g]) : QColor(235, 235, 235));
            p.setPen(QColor(30, 30, 30));
            p.drawText(cell, Qt::AlignCenter, inside || g == 1 ? number(v) : QStringLiteral("0"));
        }
        if (g + 1 < grids) {
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRect(left + k * kCellW, top + 18, 34, k * kCellH), Qt::AlignCenter,
                       g == 0 ? QStringLiteral("\u00d7") : QStringLiteral("="));
        }
    }
    p.setFont(font());
}

int UnitDetailView::gridsHeight() const {
    const InsideStage* st = current();
    if (!st || flattenShown()) return 0;
    const int k = std::max(1, st->kernel);
    const int grids = st->kind == kConv ? 3 : 1;
    const int perRow = std::max(1, (width() - m_formulaLeft) / (k * kCellW + 34));
    const int rows = (grids + perRow - 1) / perRow;
    return rows * (k * kCellH + 24);
}

void UnitDetailView::paintLines(QPainter& p, int top) {
    p.setPen(palette().color(QPalette::Text));
    int y = top;
    for (const QString& line : formulaLines()) {
        const QRect bounds = p.boundingRect(QRect(m_formulaLeft, y, width() - m_formulaLeft - 8, 200), Qt::TextWordWrap, line);
        p.drawText(bounds, Qt::TextWordWrap, line);
        y = bounds.bottom() + 4;
    }
}

void UnitDetailView::paintConv(QPainter& p) {
    const InsideStage* st = current();
    const InsideStage* prev = previous();
    const LayerFrame& layer = m_frame->layers[std::size_t(st->layer)];
    const int k = st->kernel, t = m_tile;
    const double weightLimit = maxAbs(layer.weights.data(), layer.weights.size());
    const bool ready = partsReady();
    const double partLimit = ready ? maxAbs(m_frame->unitParts.data(), m_frame->unitParts.size()) : 1.0;
    const QRect window = [&] {
        const QRect& a = m_areas.front().rect;
        const double s = double(a.width()) / prev->width;
        const int span = st->dilation * (k - 1) + 1;
        return QRect(int(a.left() + (m_cell.x() * st->stride - st->padding) * s), int((m_cell.y() * st->stride - st->padding) * s),
                     int(span * s), int(span * s));
    }();
    for (const Area& a : m_areas) {
        if (a.row < 0) continue;
        if (a.input) {
            p.drawImage(a.rect, tileImage(*prev, a.row, tileRange(*m_frame, m_stage - 1, a.row, ColourScale::Unit)));
            p.setPen(QPen(QColor(255, 140, 0), a.row == m_row ? 2 : 1));
            p.drawRect(window.translated(0, a.rect.top()));
            // The kernel this channel gets, then the map it makes.
            const int kx = a.rect.left() + t + 22;
            const QImage kernel = valuesImage(layer.weights.data() + m_channel * layer.weights.cols() + a.row * k * k, k, k, weightLimit);
            p.drawImage(QRect(kx, a.rect.top(), t, t), kernel);
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRect(a.rect.right(), a.rect.top(), 22, t), Qt::AlignCenter, QStringLiteral("*"));
            p.drawText(QRect(kx + t, a.rect.top(), 22, t), Qt::AlignCenter, QStringLiteral("="));
        } else if (ready) {
            p.drawImage(a.rect, valuesImage(m_frame->unitParts.row(a.row).data(), st->height, st->width, partLimit));
        }
        p.setPen(QColor(160, 160, 160));
        p.drawRect(a.rect.adjusted(0, 0, -1, -1));
    }
    const double s = double(m_areas[1].rect.width()) / st->width;
    auto markCell = [&](const QRect& r, double scale) {
        p.setPen(QPen(QColor(255, 140, 0), 2));
        p.drawRect(QRectF(r.left() + m_cell.x() * scale, r.top() + m_cell.y() * scale, scale, scale));
    };
    for (const Area& a : m_areas)
        if (!a.input && a.row >= 0) markCell(a.rect, s);
    // Sum, + bias = z, and the activation.
    std::vector<const Area*> right;
    for (const Area& a : m_areas)
        if (a.row < 0) right.push_back(&a);
    if (right.size() >= 2) {
        const double zLimit = maxAbs(st->values.data() + m_channel * st->plane(), st->plane());
        if (ready) {
            const RowVector sum = m_frame->unitParts.colwise().sum();
            p.drawImage(right[0]->rect, valuesImage(sum.data(), st->height, st->width, zLimit));
        }
        p.drawImage(right[1]->rect, valuesImage(st->values.data() + m_channel * st->plane(), st->height, st->width, zLimit));
        p.setPen(palette().color(QPalette::Text));
        const QRect& a = right[0]->rect;
        p.drawText(QRect(a.left() - 30, a.top(), 30, a.height()), Qt::AlignCenter, QStringLiteral("\u03a3"));
        p.drawText(QRect(a.right() + 2, a.top(), 78, a.height()), Qt::AlignCenter,
                   tr("+ bias\n%1\n=").arg(number(layer.bias.size() > m_channel ? layer.bias(0, m_channel) : m_frame->unitBias)));
        p.drawText(QRect(a.left() - 20, a.bottom() + 2, a.width() + 40, 14), Qt::AlignCenter, tr("sum"));
        p.drawText(QRect(right[1]->rect.left() - 20, a.bottom() + 2, a.width() + 40, 14), Qt::AlignCenter,
                   tr("%1, unit %2").arg(st->layerName).arg(m_channel + 1));
        markCell(right[0]->rect, double(a.width()) / st->width);
        markCell(right[1]->rect, double(a.width()) / st->width);
        if (right.size() >= 3) {
            const InsideStage& next = m_frame->stages[std::size_t(m_stage) + 1];
            p.drawImage(right[2]->rect, valuesImage(next.values.data() + m_channel * next.plane(), next.height, next.width, zLimit));
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRect(right[1]->rect.right(), a.top(), right[2]->rect.left() - right[1]->rect.right(), a.height()),
                       Qt::AlignCenter, QStringLiteral("\u2192"));
            p.drawText(QRect(right[2]->rect.left() - 20, a.bottom() + 2, a.width() + 40, 14), Qt::AlignCenter,
                       m_frame->stageTitle(m_stage + 1));
            markCell(right[2]->rect, double(a.width()) / st->width);
        }
    }
    if (!ready) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(8 + 2 * (t + 22), kTitle + 4, t * 3, t), Qt::AlignLeft | Qt::AlignVCenter, tr("computing..."));
    }
    paintWindowGrids(p, m_formulaTop);
    paintLines(p, m_formulaTop + gridsHeight());
}

void UnitDetailView::paintElementwise(QPainter& p) {
    const InsideStage* st = current();
    const InsideStage* prev = previous();
    const Area& in = m_areas[0];
    const Area& out = m_areas[1];
    const ValueRange inRange = tileRange(*m_frame, m_stage - 1, m_channel, ColourScale::Unit);
    const ValueRange outRange = st->kind == kActivationStage ? inRange : tileRange(*m_frame, m_stage, m_channel, ColourScale::Unit);
    p.drawImage(in.rect, tileImage(*prev, m_channel, inRange));
    p.drawImage(out.rect, tileImage(*st, m_channel, outRange));
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(in.rect.right(), in.rect.top(), out.rect.left() - in.rect.right(), in.rect.height()), Qt::AlignCenter,
               QStringLiteral("\u2192"));
    const double si = double(in.rect.width()) / prev->width, so = double(out.rect.width()) / st->width;
    const bool pool = st->kind != kActivationStage;
    const int span = pool ? st->kernel : 1;
    const int step = pool ? st->stride : 1;
    const int pad = pool ? st->padding : 0;
    p.setPen(QPen(QColor(255, 140, 0), 2));
    p.drawRect(QRectF(in.rect.left() + (m_cell.x() * step - pad) * si, in.rect.top() + (m_cell.y() * step - pad) * si,
                      span * si, span * si));
    p.drawRect(QRectF(out.rect.left() + m_cell.x() * so, out.rect.top() + m_cell.y() * so, so, so));
    int top = m_formulaTop;
    if (pool) {
        paintWindowGrids(p, top);
        top += gridsHeight();
    }
    paintLines(p, top);
}

void UnitDetailView::paintSoftmax(QPainter& p) {
    const InsideStage* st = current();
    const InsideStage* prev = previous();
    const RowVector& z = prev->values;
    const double top = z.maxCoeff();
    double total = 0.0;
    for (Index j = 0; j < z.size(); ++j) total += std::exp(z(j) - top);
    const QLocale locale;
    int y = kTitle + 4;
    const int cols[5] = {8, 100, 170, 260, 340};
    const QString heads[5] = {tr("class"), tr("logit z"), tr("exp(z)"), tr("exp(z) / sum"), QString()};
    p.setPen(palette().color(QPalette::PlaceholderText));
    for (int i = 0; i < 4; ++i) p.drawText(QRect(cols[i], y, 90, 16), Qt::AlignLeft, heads[i]);
    y += 18;
    for (Index k = 0; k < z.size(); ++k) {
        const bool chosen = k == m_channel;
        QFont f = font();
        f.setBold(k == m_frame->predicted);
        p.setFont(f);
        if (chosen) p.fillRect(QRect(4, y - 1, 460, 17), QColor(255, 236, 200));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(cols[0], y, 90, 16), Qt::AlignLeft, className(int(k)));
        p.drawText(QRect(cols[1], y, 70, 16), Qt::AlignLeft, number(z(k)));
        p.drawText(QRect(cols[2], y, 90, 16), Qt::AlignLeft, locale.toString(std::exp(z(k)), 'g', 4));
        p.drawText(QRect(cols[3], y, 80, 16), Qt::AlignLeft, locale.toString(st->values(k), 'f', 4));
        p.fillRect(QRect(cols[4], y + 3, int(110 * std::clamp(st->values(k), 0.0, 1.0)), 10), QColor(230, 120, 20));
        y += 17;
    }
    p.setFont(font());
    paintLines(p, y + 8);
}

void UnitDetailView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const InsideStage* st = current();
    p.setPen(palette().color(QPalette::Text));
    if (!st) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("Click a tile above to see how it is computed, with the numbers; move the mouse over the maps "
                      "to follow one cell."));
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    const bool softmax = st->kind == kActivationStage && !st->spatial() && m_stage == int(m_frame->stages.size()) - 1;
    QString title;
    if (flattenShown()) title = tr("%1: which weights connect the flattened maps to a class").arg(m_frame->stageTitle(m_stage));
    else if (st->kind == kConv) title = tr("%1, unit %2: each input channel gets its own kernel; the results are summed and a bias added").arg(st->layerName).arg(m_channel + 1);
    else if (softmax) title = tr("softmax: the logits turned into probabilities");
    else if (st->kind == kMaxPool) title = tr("%1: max pooling keeps the largest value of each window").arg(st->layerName);
    else if (st->kind == kAvgPool) title = tr("%1: average pooling keeps the mean of each window").arg(st->layerName);
    else title = tr("%1, unit %2").arg(m_frame->stageTitle(m_stage)).arg(m_channel + 1);
    // Right of the play/pause button when it is there.
    const int titleLeft = m_playPause->isVisible() ? m_playPause->width() + 10 : 8;
    const int titleWidth = width() - titleLeft - 8;
    p.drawText(QRect(titleLeft, 2, titleWidth, kTitle), Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(title, Qt::ElideRight, titleWidth));
    p.setFont(font());
    if (flattenShown()) paintFlatten(p);
    else if (st->kind == kConv && m_areas.size() >= 2) paintConv(p);
    else if (softmax && previous()) paintSoftmax(p);
    else if (m_areas.size() == 2) paintElementwise(p);
    else paintLines(p, kTitle + 8);
}

}  // namespace nnlab
