#include "inside/FeatureMapOverview.h"

#include "common/BackgroundPainter.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <memory>

namespace nnlab {
namespace {

using namespace inside_view;

constexpr int kCaption = 30;    // two caption lines above the columns
constexpr int kGap = 3;         // between tiles
constexpr int kColumnGap = 10;  // between columns: room for the edges
constexpr int kStrip = 12;      // width of flatten and logit strips
constexpr int kOutputWidth = 100;

}  // namespace

FeatureMapOverview::FeatureMapOverview(QWidget* parent) : QWidget(parent), m_painter(new BackgroundPainter(this)) {
    setObjectName(QStringLiteral("insideOverview"));
    setMouseTracking(true);
    setMinimumHeight(120);
}

void FeatureMapOverview::setFrame(const InsideFrame* frame) {
    const bool sameShape = frame && m_frame && frame->stages.size() == m_frame->stages.size();
    m_frame = frame;
    if (!sameShape) m_hovered = -1;
    layoutTiles();
    requestPictures();
    update();
}

void FeatureMapOverview::setColourScale(ColourScale scale) {
    m_scale = scale;
    requestPictures();
}

void FeatureMapOverview::requestPictures() {
    if (!m_frame) return;
    // The job keeps its own copy of the values (the frame is the panel's and
    // is replaced by the next snapshot); the pictures shown until its result
    // arrives are the previous frame's.
    auto stages = std::make_shared<InsideFrame>();
    stages->stages = m_frame->stages;
    m_painter->post([this, stages, scale = m_scale] {
        auto pictures = framePictures(*stages, scale);
        return BackgroundPainter::Done([this, pictures = std::move(pictures)]() mutable {
            m_pictures = std::move(pictures);
            update();
        });
    });
}

QImage FeatureMapOverview::tilePicture(int stage, int channel) const {
    if (!m_frame || stage < 0 || stage >= int(m_pictures.size()) || stage >= int(m_frame->stages.size())) return QImage();
    const std::vector<QImage>& images = m_pictures[std::size_t(stage)];
    const InsideStage& st = m_frame->stages[std::size_t(stage)];
    // A picture of an older network's shape is no picture of this stage.
    if (!st.spatial()) {
        if (images.size() != 1 || images.front().height() != std::max(1, int(st.values.size()))) return QImage();
        return images.front();
    }
    if (channel < 0 || channel >= int(images.size()) || images.size() != std::size_t(st.channels)) return QImage();
    const QImage& image = images[std::size_t(channel)];
    return image.size() == QSize(st.width, st.height) ? image : QImage();
}

bool FeatureMapOverview::picturesPending() const { return !m_painter->isIdle(); }

void FeatureMapOverview::setSelected(int stage, int channel) {
    m_selectedStage = stage;
    m_selectedChannel = channel;
    update();
}

QSize FeatureMapOverview::minimumSizeHint() const { return QSize(360, 120); }

bool FeatureMapOverview::isOutputColumn(int stage) const {
    return m_frame && stage == int(m_frame->stages.size()) - 1 && !m_frame->stages.back().spatial() &&
           m_frame->probabilities.size() == m_frame->stages.back().channels;
}

QString FeatureMapOverview::className(int k) const {
    return k >= 0 && k < m_classNames.size() ? m_classNames[k] : QString::number(k);
}

void FeatureMapOverview::layoutTiles() {
    m_tiles.clear();
    m_columns.clear();
    if (!m_frame || m_frame->stages.empty()) return;
    const int n = int(m_frame->stages.size());
    const int available = std::max(60, height() - kCaption - 6);
    auto widthFor = [&](int t) {
        int width = 4;
        for (int s = 0; s < n; ++s) {
            const InsideStage& st = m_frame->stages[std::size_t(s)];
            if (isOutputColumn(s)) width += kOutputWidth;
            else if (!st.spatial()) width += kStrip;
            else {
                const int rows = std::max(1, available / (t + kGap));
                width += ((st.channels + rows - 1) / rows) * (t + kGap);
            }
            width += kColumnGap;
        }
        return width;
    };
    // The largest tile size at which every column fits the width; below the
    // smallest readable one the view scrolls instead.
    constexpr int kSmallest = 18;
    int chosen = kSmallest;
    for (int t = 56; t > kSmallest; t -= 2)
        if (widthFor(t) <= this->width()) {
            chosen = t;
            break;
        }
    setMinimumWidth(widthFor(kSmallest));
    m_tileSize = chosen;
    int x = 4;
    for (int s = 0; s < n; ++s) {
        const InsideStage& st = m_frame->stages[std::size_t(s)];
        QRect column;
        if (isOutputColumn(s)) {
            const int row = std::min(22, available / std::max(1, st.channels));
            column = QRect(x, kCaption, kOutputWidth, row * st.channels);
            for (int c = 0; c < st.channels; ++c) m_tiles.push_back({s, c, QRect(x, kCaption + c * row, kOutputWidth, row - 2)});
            x += kOutputWidth;
        } else if (!st.spatial()) {
            // Flatten and dense logits: a strip, one cell per value (thin for long vectors).
            const double cell = std::min(16.0, double(available) / std::max(1, st.channels));
            column = QRect(x, kCaption, kStrip, int(std::ceil(cell * st.channels)));
            if (cell >= 3.0)
                for (int c = 0; c < st.channels; ++c)
                    m_tiles.push_back({s, c, QRect(x, kCaption + int(c * cell), kStrip, std::max(1, int(cell) - 1))});
            else
                m_tiles.push_back({s, -1, column});  // one tile for the whole strip
            x += kStrip;
        } else {
            const int t = m_tileSize;
            const int rows = std::max(1, available / (t + kGap));
            const int cols = (st.channels + rows - 1) / rows;
            const int shownRows = std::min(rows, st.channels);
            column = QRect(x, kCaption, cols * (t + kGap) - kGap, shownRows * (t + kGap) - kGap);
            for (int c = 0; c < st.channels; ++c)
                m_tiles.push_back({s, c, QRect(x + (c / rows) * (t + kGap), kCaption + (c % rows) * (t + kGap), t, t)});
            x += cols * (t + kGap);
        }
        m_columns.push_back(column);
        x += kColumnGap;
    }
}

std::vector<int> FeatureMapOverview::sourcesOf(int tileIndex) const {
    std::vector<int> out;
    if (!m_frame || tileIndex < 0 || tileIndex >= int(m_tiles.size())) return out;
    const Tile& tile = m_tiles[std::size_t(tileIndex)];
    if (tile.stage == 0) return out;
    const StageKind kind = m_frame->stages[std::size_t(tile.stage)].kind;
    // Conv, dense and flatten read every channel before them; activations and pooling only their own.
    const bool oneToOne = kind == kActivationStage || kind == kMaxPool || kind == kAvgPool;
    for (int i = 0; i < int(m_tiles.size()); ++i) {
        const Tile& t = m_tiles[std::size_t(i)];
        if (t.stage != tile.stage - 1) continue;
        if (!oneToOne || t.channel == tile.channel || t.channel < 0 || tile.channel < 0) out.push_back(i);
    }
    return out;
}

int FeatureMapOverview::tileAt(const QPoint& p) const {
    for (int i = 0; i < int(m_tiles.size()); ++i)
        if (m_tiles[std::size_t(i)].rect.adjusted(-1, -1, 1, 1).contains(p)) return i;
    return -1;
}

void FeatureMapOverview::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    layoutTiles();
}

void FeatureMapOverview::mouseMoveEvent(QMouseEvent* event) {
    const int at = tileAt(event->position().toPoint());
    if (at != m_hovered) {
        m_hovered = at;
        update();
    }
}

void FeatureMapOverview::mousePressEvent(QMouseEvent* event) {
    const int at = tileAt(event->position().toPoint());
    if (at < 0 || event->button() != Qt::LeftButton) return;
    const Tile& t = m_tiles[std::size_t(at)];
    emit stageClicked(t.stage, std::max(0, t.channel));
}

void FeatureMapOverview::leaveEvent(QEvent* event) {
    QWidget::leaveEvent(event);
    m_hovered = -1;
    update();
}

QString FeatureMapOverview::tileTooltip(int tileIndex) const {
    const Tile& t = m_tiles[std::size_t(tileIndex)];
    const InsideStage& st = m_frame->stages[std::size_t(t.stage)];
    const QLocale locale;
    if (isOutputColumn(t.stage))
        return tr("%1: probability %2. Click to see the softmax worked out.")
            .arg(className(t.channel), locale.toString(m_frame->probabilities(t.channel), 'f', 3));
    if (!st.spatial())
        return t.channel >= 0 ? tr("%1, value %2: %3").arg(m_frame->stageTitle(t.stage)).arg(t.channel)
                                    .arg(locale.toString(st.values(t.channel), 'f', 3))
                              : tr("%1: %2 values in a row").arg(m_frame->stageTitle(t.stage)).arg(st.values.size());
    const ValueRange r = tileRange(*m_frame, t.stage, t.channel, m_scale);
    return tr("%1, channel %2 (%3x%4): from %5 to %6. Click to see how it is computed.")
        .arg(m_frame->stageTitle(t.stage)).arg(t.channel + 1).arg(st.height).arg(st.width)
        .arg(locale.toString(r.low, 'f', 2), locale.toString(r.high, 'f', 2));
}

bool FeatureMapOverview::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip && m_frame) {
        auto* help = static_cast<QHelpEvent*>(e);
        const int at = tileAt(help->pos());
        if (at >= 0) QToolTip::showText(help->globalPos(), tileTooltip(at), this);
        else QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

void FeatureMapOverview::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (!m_frame || m_frame->stages.empty()) return;
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() - 1.5));
    p.setFont(small);
    const QFontMetrics fm(small);
    const QLocale locale;
    // Captions: the stage's name and its shape (CNN Explainer's "show details").
    for (int s = 0; s < int(m_columns.size()); ++s) {
        const InsideStage& st = m_frame->stages[std::size_t(s)];
        const QRect& c = m_columns[std::size_t(s)];
        // Room up to the next column, so that captions never run into each other.
        const int next = s + 1 < int(m_columns.size()) ? m_columns[std::size_t(s) + 1].left() : width();
        const int w = std::max(8, next - c.left() - 3);
        const QString title = m_frame->stageTitle(s);
        const QString shape = st.spatial() ? QStringLiteral("%1x%2x%3").arg(st.channels).arg(st.height).arg(st.width)
                                           : QString::number(st.channels);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(c.left(), 0, w, 14), Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(title, Qt::ElideRight, w));
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(c.left(), 14, w, 14), Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(shape, Qt::ElideRight, w));
    }
    // Edges from the hovered tile to the tiles that feed it.
    const std::vector<int> sources = sourcesOf(m_hovered);
    if (m_hovered >= 0) {
        const QRect to = m_tiles[std::size_t(m_hovered)].rect;
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(QColor(255, 140, 0, 150), 1.0));
        for (int i : sources) {
            const QRect from = m_tiles[std::size_t(i)].rect;
            p.drawLine(QPointF(from.right() + 1, from.center().y()), QPointF(to.left() - 1, to.center().y()));
        }
        p.setRenderHint(QPainter::Antialiasing, false);
    }
    const int selectedTile = [&] {
        for (int i = 0; i < int(m_tiles.size()); ++i)
            if (m_tiles[std::size_t(i)].stage == m_selectedStage && m_tiles[std::size_t(i)].channel == m_selectedChannel) return i;
        return -1;
    }();
    for (int i = 0; i < int(m_tiles.size()); ++i) {
        const Tile& t = m_tiles[std::size_t(i)];
        const InsideStage& st = m_frame->stages[std::size_t(t.stage)];
        if (isOutputColumn(t.stage)) {
            const double prob = m_frame->probabilities(t.channel);
            const QRect bar(t.rect.left() + 44, t.rect.top() + 2, int((t.rect.width() - 46) * std::clamp(prob, 0.0, 1.0)),
                            t.rect.height() - 4);
            p.fillRect(t.rect.adjusted(44, 2, -2, -2), palette().color(QPalette::AlternateBase));
            p.fillRect(bar, t.channel == m_frame->predicted ? QColor(230, 120, 20) : QColor(240, 180, 120));
            p.setPen(palette().color(QPalette::Text));
            QFont f = small;
            f.setBold(t.channel == m_frame->predicted);
            p.setFont(f);
            p.drawText(QRect(t.rect.left(), t.rect.top(), 42, t.rect.height()), Qt::AlignRight | Qt::AlignVCenter,
                       fm.elidedText(className(t.channel), Qt::ElideRight, 42));
            p.setFont(small);
            continue;
        }
        // Only finished pictures are drawn; until the first arrives, a blank tile.
        const QImage picture = tilePicture(t.stage, t.channel);
        if (picture.isNull()) p.fillRect(t.rect, palette().color(QPalette::AlternateBase));
        else if (!st.spatial() && t.channel >= 0) p.fillRect(t.rect, QColor(picture.pixel(0, t.channel)));
        else p.drawImage(t.rect, picture);  // a strip squeezed into its height: every value one line, unsmoothed
        p.setPen(QColor(160, 160, 160));
        p.drawRect(t.rect.adjusted(0, 0, -1, -1));
    }
    auto outline = [&](int i, const QColor& colour, int width) {
        if (i < 0) return;
        p.setPen(QPen(colour, width));
        p.setBrush(Qt::NoBrush);
        p.drawRect(m_tiles[std::size_t(i)].rect.adjusted(-1, -1, 0, 0));
    };
    for (int i : sources) outline(i, QColor(255, 140, 0), 2);
    outline(m_hovered, QColor(20, 20, 20), 2);
    outline(selectedTile, QColor(0, 120, 215), 2);
}

}  // namespace nnlab
