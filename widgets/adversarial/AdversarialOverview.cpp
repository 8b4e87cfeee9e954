#include "adversarial/AdversarialOverview.h"
#include "adversarial/AdversarialPicture.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

using adversarial::findPayload;
using adversarial::kFakeColour;
using adversarial::kRealColour;

constexpr int kArrowGap = 16;  // between two boxes, for the flow arrow
constexpr double kDashPeriod = 5.0;  // a dash of 3 pen widths, a gap of 2
constexpr double kPlaneLo = -1.0, kPlaneHi = 1.0;

QPointF toBox(double x, double y, const QRectF& r, double lo, double hi) {
    return {r.left() + (x - lo) / (hi - lo) * r.width(), r.bottom() - (y - lo) / (hi - lo) * r.height()};
}

Matrix payloadOr(const Snapshot& s, const char* name) {
    const Payload* p = findPayload(s, name);
    return p ? p->values : Matrix();
}

}  // namespace

AdversarialOverview::AdversarialOverview(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("adversarialOverview"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(sizeHint().height());
    setMouseTracking(true);  // the morph starts when the mouse comes to rest on G, no button pressed
    m_morphFrames.setInterval(30);
    connect(&m_morphFrames, &QTimer::timeout, this, [this] {
        if (morphProgress() >= 1.0) m_morphFrames.stop();
        update(boxRect(Generator));
    });
    m_flowFrames.setInterval(kFlowFrameMs);
    connect(&m_flowFrames, &QTimer::timeout, this, &AdversarialOverview::advanceDashes);
}

void AdversarialOverview::setPlaying(bool playing) {
    m_playing = playing;
    updateFlowTimer();
}

void AdversarialOverview::setFlow(const std::vector<Flow>& flow) {
    if (flow == m_flow) return;
    m_flow = flow;
    updateFlowTimer();
    update();
}

bool AdversarialOverview::arrowLit(int arrow) const {
    // Between phases every arrow is alike; in a phase only its own are lit.
    if (m_lit.empty()) return true;
    return std::any_of(m_flow.begin(), m_flow.end(), [arrow](const Flow& f) { return f.arrow == arrow; });
}

void AdversarialOverview::updateFlowTimer() {
    const bool march = m_playing || !m_flow.empty();
    if (march && !m_flowFrames.isActive()) m_flowFrames.start();
    if (!march) m_flowFrames.stop();
}

void AdversarialOverview::advanceDashes() {
    // One dash and its gap are kDashPeriod pen widths; a step of one a frame.
    m_dashOffset = std::fmod(m_dashOffset + 1.0, kDashPeriod);
    if (!isVisible()) return;  // a dock behind another: nothing to repaint
    for (int i = 0; i + 1 < BoxCount; ++i)
        if (m_playing || arrowLit(i)) update(arrowRect(i));
}

double AdversarialOverview::morphProgress() const {
    if (!m_morphClock.isValid()) return 1.0;
    return std::clamp(double(m_morphClock.elapsed()) / kMorphMs, 0.0, 1.0);
}

Matrix AdversarialOverview::shownManifold() const {
    const double t = morphProgress();
    if (t >= 1.0 || m_manifoldNoise.rows() != m_manifold.rows() || m_manifold.cols() != 2) return m_manifold;
    // The noise grid squeezed into the plane's square (Gaussian noise's grid
    // reaches +-2); 1-D noise lies along the middle line.
    Matrix start = Matrix::Zero(m_manifold.rows(), 2);
    const double reach = std::max(1e-12, m_manifoldNoise.cwiseAbs().maxCoeff());
    start.leftCols(std::min<Index>(2, m_manifoldNoise.cols())) =
        m_manifoldNoise.leftCols(std::min<Index>(2, m_manifoldNoise.cols())) * (kPlaneHi / reach);
    // Eased, so the grid leaves and arrives gently.
    const double eased = t * t * (3.0 - 2.0 * t);
    return (1.0 - eased) * start + eased * m_manifold;
}

void AdversarialOverview::startMorph() {
    if (m_morphClock.isValid()) return;  // already played under the mouse: stays on the manifold
    m_morphClock.start();
    m_morphFrames.start();
    update(boxRect(Generator));
}

void AdversarialOverview::stopMorph() {
    if (!m_morphClock.isValid()) return;
    m_morphClock.invalidate();
    m_morphFrames.stop();
    update(boxRect(Generator));
}

void AdversarialOverview::mouseMoveEvent(QMouseEvent* event) {
    if (boxRect(Generator).contains(event->position().toPoint())) startMorph();
    else stopMorph();
    QWidget::mouseMoveEvent(event);
}

void AdversarialOverview::leaveEvent(QEvent* event) {
    stopMorph();
    QWidget::leaveEvent(event);
}

QString AdversarialOverview::caption(Box box) {
    switch (box) {
    case Noise: return tr("Noise");
    case Generator: return tr("Generator");
    case Samples: return tr("Samples");
    case Discriminator: return tr("Discriminator");
    case Predictions: return tr("Predictions");
    case Losses: return tr("Losses");
    case Gradients: return tr("Gradients");
    case BoxCount: break;
    }
    return QString();
}

bool AdversarialOverview::setSnapshot(const Snapshot& s) {
    const Payload* fake = findPayload(s, "fake");
    if (!fake || fake->values.cols() != 2) {
        m_fake.resize(0, 0);
        update();
        return false;
    }
    m_fake = fake->values;
    m_real = payloadOr(s, "real");
    m_noise = payloadOr(s, "noise");
    m_noiseDimension = int(m_noise.cols());
    m_manifold = payloadOr(s, "manifold");
    m_manifoldNoise = payloadOr(s, "manifold_noise");
    m_dReal = payloadOr(s, "d_real");
    m_dFake = payloadOr(s, "d_fake");
    m_arrows = payloadOr(s, "fake_gradient");
    const QImage heat = adversarial::heatImage(s);
    if (!heat.isNull()) m_heat = heat;
    // The losses of the newest epoch, as the loss dock's readout shows them.
    const int d = seriesIndex(s.series, "d_loss"), g = seriesIndex(s.series, "g_loss");
    if (!s.newHistory.empty() && d >= 0 && g >= 0) {
        m_dLoss = s.newHistory.back().values[std::size_t(d)];
        m_gLoss = s.newHistory.back().values[std::size_t(g)];
    }
    update();
    return true;
}

void AdversarialOverview::showLoss(bool discriminator, double value) {
    (discriminator ? m_dLoss : m_gLoss) = value;
    update();
}

void AdversarialOverview::setLit(const std::vector<Box>& boxes) {
    m_lit = boxes;
    update();
}

void AdversarialOverview::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // Narrow boxes leave no empty band under the graph: the height follows the width.
    const int slot = std::max(10, (width() - (BoxCount - 1) * kArrowGap) / BoxCount);
    const int tall = std::clamp(slot + captionHeight() + 6, 50, sizeHint().height());
    if (tall != height()) setFixedHeight(tall);
}

int AdversarialOverview::captionHeight() const { return fontMetrics().height() + 2; }

QRect AdversarialOverview::arrowRect(int arrow) const {
    const int slot = std::max(10, (width() - (BoxCount - 1) * kArrowGap) / BoxCount);
    const int y = boxRect(Box(arrow)).center().y();
    return {arrow * (slot + kArrowGap) + slot, y - 6, kArrowGap + 1, 13};
}

QRect AdversarialOverview::boxRect(Box box) const {
    const int slot = std::max(10, (width() - (BoxCount - 1) * kArrowGap) / BoxCount);
    const int side = std::max(8, std::min(slot, height() - captionHeight() - 4));
    const int left = int(box) * (slot + kArrowGap) + (slot - side) / 2;
    return {left, 2, side, side};
}

AdversarialOverview::Box AdversarialOverview::boxAt(const QPoint& point) const {
    const int slot = std::max(10, (width() - (BoxCount - 1) * kArrowGap) / BoxCount);
    const int i = point.x() / (slot + kArrowGap);
    return i >= 0 && i < BoxCount ? Box(i) : BoxCount;
}

void AdversarialOverview::paintPoints(QPainter& painter, const Matrix& points, const QColor& colour, const QRectF& r,
                                      double lo, double hi) const {
    if (points.cols() < 2) return;
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const double dot = std::max(1.0, r.width() / 70.0);
    for (Index i = 0; i < points.rows(); ++i) {
        const QPointF p = toBox(points(i, 0), points(i, 1), r, lo, hi);
        if (r.contains(p)) painter.drawEllipse(p, dot, dot);
    }
}

void AdversarialOverview::paintBox(QPainter& painter, Box box, const QRectF& r) const {
    switch (box) {
    case Noise: {
        // Gaussian noise reaches past +-1: the box spans the batch's own extent.
        const double reach = m_noise.size() ? std::max(1.0, m_noise.cwiseAbs().maxCoeff()) : 1.0;
        if (m_noiseDimension == 2) {
            paintPoints(painter, m_noise, QColor(90, 90, 90), r, -reach, reach);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(90, 90, 90));
            for (Index i = 0; i < m_noise.rows(); ++i)
                painter.drawEllipse(QPointF(r.left() + (m_noise(i, 0) + reach) / (2 * reach) * r.width(),
                                            r.top() + r.height() * (0.3 + 0.4 * double(i % 7) / 6.0)), 1.2, 1.2);
        }
        break;
    }
    case Generator: {
        painter.setPen(QPen(QColor(117, 112, 179, 170), 0.8));
        const Matrix shown = shownManifold();
        const Index rows = shown.rows();
        auto node = [&](Index i) { return toBox(shown(i, 0), shown(i, 1), r, kPlaneLo, kPlaneHi); };
        const int n = int(std::lround(std::sqrt(double(rows))));
        painter.save();
        painter.setClipRect(r);
        if (m_noiseDimension == 1 || Index(n) * n != rows) {
            for (Index i = 1; i < rows; ++i) painter.drawLine(node(i - 1), node(i));
        } else {
            for (int a = 0; a < n; ++a)
                for (int b = 0; b < n; ++b) {
                    if (b + 1 < n) painter.drawLine(node(Index(a) * n + b), node(Index(a) * n + b + 1));
                    if (a + 1 < n) painter.drawLine(node(Index(a) * n + b), node(Index(a + 1) * n + b));
                }
        }
        painter.restore();
        break;
    }
    case Samples:
        paintPoints(painter, m_real, kRealColour, r, kPlaneLo, kPlaneHi);
        paintPoints(painter, m_fake, kFakeColour, r, kPlaneLo, kPlaneHi);
        break;
    case Discriminator:
        if (!m_heat.isNull()) painter.drawImage(r, m_heat);
        break;
    case Predictions: {
        // D(x) from 0 (left) to 1 (right): real samples in the top half, generated below.
        painter.setPen(QPen(QColor(200, 200, 200), 1));
        painter.drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()));
        painter.setPen(Qt::NoPen);
        auto strip = [&](const Matrix& d, const QColor& colour, double top) {
            painter.setBrush(colour);
            for (Index i = 0; i < d.rows(); ++i)
                painter.drawEllipse(QPointF(r.left() + std::clamp(d(i, 0), 0.0, 1.0) * r.width(),
                                            r.top() + r.height() * (top + 0.36 * double(i % 11) / 10.0)), 1.2, 1.2);
        };
        strip(m_dReal, kRealColour, 0.07);
        strip(m_dFake, kFakeColour, 0.57);
        break;
    }
    case Losses: {
        // Two bars on one scale, with their values.
        const double top = std::max({1.5, m_dLoss, m_gLoss});
        const double barHeight = r.height() * 0.22;
        const QLocale locale;
        auto bar = [&](double value, const QColor& colour, double y, const QString& name) {
            const double w = std::isfinite(value) ? std::clamp(value / top, 0.0, 1.0) * r.width() : 0.0;
            painter.fillRect(QRectF(r.left(), y, w, barHeight), colour);
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QRectF(r.left() + 2, y + barHeight, r.width() - 2, r.height() * 0.25), Qt::AlignLeft | Qt::AlignVCenter,
                             name + QLatin1Char(' ') + locale.toString(value, 'f', 3));
        };
        bar(m_dLoss, QColor(120, 120, 120), r.top() + r.height() * 0.04, tr("D"));
        bar(m_gLoss, QColor(40, 40, 40), r.top() + r.height() * 0.52, tr("G"));
        break;
    }
    case Gradients: {
        paintPoints(painter, m_fake, kFakeColour, r, kPlaneLo, kPlaneHi);
        if (m_arrows.rows() != m_fake.rows() || m_fake.rows() == 0) break;
        const double longest = std::max(1e-12, m_arrows.rowwise().norm().maxCoeff());
        painter.setPen(QPen(QColor(200, 60, 120), 0.8));
        painter.save();
        painter.setClipRect(r);
        for (Index i = 0; i < m_fake.rows(); i += 2) {
            const double sx = m_arrows(i, 0) / longest * 0.25, sy = m_arrows(i, 1) / longest * 0.25;
            painter.drawLine(toBox(m_fake(i, 0), m_fake(i, 1), r, kPlaneLo, kPlaneHi),
                             toBox(m_fake(i, 0) + sx, m_fake(i, 1) + sy, r, kPlaneLo, kPlaneHi));
        }
        painter.restore();
        break;
    }
    case BoxCount: break;
    }
}

void AdversarialOverview::paintArrow(QPainter& painter, int arrow) const {
    const QRect strip = arrowRect(arrow);
    const double y = strip.center().y(), from = strip.left() + 2, to = strip.right() - 2;
    const auto flow = std::find_if(m_flow.begin(), m_flow.end(), [arrow](const Flow& f) { return f.arrow == arrow; });
    const bool lit = arrowLit(arrow), inPhase = !m_lit.empty() && lit;
    const bool backward = flow != m_flow.end() && flow->backward;
    const QColor colour = inPhase ? QColor(230, 120, 0) : QColor(160, 160, 160);
    painter.setOpacity(lit ? 1.0 : 0.25);
    QPen dashed(colour, inPhase ? 1.6 : 1.2);
    dashed.setDashPattern({3.0, kDashPeriod - 3.0});
    // The pattern's offset moves it back along the line: minus goes forward.
    dashed.setDashOffset(backward ? m_dashOffset : -m_dashOffset);
    painter.setPen(dashed);
    painter.drawLine(QPointF(from, y), QPointF(to, y));
    painter.setPen(QPen(colour, inPhase ? 1.6 : 1.2));
    const double tip = backward ? from : to, back = backward ? 4.0 : -4.0;
    painter.drawLine(QPointF(tip, y), QPointF(tip + back, y - 3));
    painter.drawLine(QPointF(tip, y), QPointF(tip + back, y + 3));
}

void AdversarialOverview::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QColor frame(160, 160, 160);
    const QRect dirty = event->rect();
    const int slot = std::max(10, (width() - (BoxCount - 1) * kArrowGap) / BoxCount);
    for (int i = 0; i < BoxCount; ++i) {
        // The marching dashes repaint only their strips: the boxes' plots are left alone.
        if (i + 1 < BoxCount && dirty.intersects(arrowRect(i))) paintArrow(painter, i);
        const Box box = Box(i);
        const QRectF r = boxRect(box);
        const QRect column(i * (slot + kArrowGap), 0, slot, height());
        if (!dirty.intersects(column)) continue;
        const bool lit = m_lit.empty() || std::find(m_lit.begin(), m_lit.end(), box) != m_lit.end();
        painter.setOpacity(lit ? 1.0 : 0.25);
        painter.fillRect(r, box == Discriminator && !m_heat.isNull() ? QColor(245, 245, 245) : QColor(250, 250, 250));
        if (hasPicture()) paintBox(painter, box, r);
        painter.setPen(QPen(lit && !m_lit.empty() ? QColor(230, 120, 0) : frame, lit && !m_lit.empty() ? 2.0 : 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(r);
        // The caption under the box, cut with "..." where the box is narrow (the tooltip has it whole).
        const QRect text(i * (slot + kArrowGap), int(r.bottom()) + 2, slot, captionHeight());
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(text, Qt::AlignHCenter | Qt::AlignTop, fontMetrics().elidedText(caption(box), Qt::ElideRight, slot));
    }
    painter.setOpacity(1.0);
}

bool AdversarialOverview::event(QEvent* e) {
    if (e->type() != QEvent::ToolTip) return QWidget::event(e);
    auto* help = static_cast<QHelpEvent*>(e);
    QString tip;
    switch (boxAt(help->pos())) {
    case Noise: tip = tr("Noise: random points z, the generator's input (a fixed batch, so the samples can be followed)."); break;
    case Generator: tip = tr("Generator: the noise grid as G bends it onto the plane (its manifold). Rest the mouse here to watch the grid morph into it."); break;
    case Samples: tip = tr("Samples: real (green) and generated (purple) points, both shown to the discriminator."); break;
    case Discriminator: tip = tr("Discriminator: D(x) over the plane, green where it says \"real\", purple where it says \"generated\"."); break;
    case Predictions: tip = tr("Predictions: D(x) from 0 (left) to 1 (right) for the real samples (top) and the generated ones (bottom)."); break;
    case Losses: tip = tr("Losses: the discriminator's (D) and the generator's (G) of the latest epoch."); break;
    case Gradients: tip = tr("Gradients: where the generator's loss pushes each generated sample; G follows them."); break;
    case BoxCount: break;
    }
    if (tip.isEmpty()) QToolTip::hideText();
    else QToolTip::showText(help->globalPos(), tip, this);
    return true;
}

}  // namespace nnlab
