#include "common/FrameReplot.h"

#include <QEvent>

#include <algorithm>
#include <qcustomplot.h>

namespace nnlab {

FrameReplot::FrameReplot(QCustomPlot* plot, int intervalMs)
    : QObject(plot), m_plot(plot), m_timer(this), m_intervalMs(intervalMs) {  // the timer named by its plot in gui_bench
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FrameReplot::replotNow);
    plot->installEventFilter(this);
    paintWithTheWindow(plot);
}

void FrameReplot::paintWithTheWindow(QCustomPlot* plot) { plot->setPlottingHint(QCP::phImmediateRefresh, false); }

void FrameReplot::request() {
    m_dirty = true;
    if (!m_plot->isVisible() || m_timer.isActive()) return;  // shown later, or drawn at the frame's end
    const qint64 since = m_sinceReplot.isValid() ? m_sinceReplot.elapsed() : m_intervalMs;
    m_timer.start(int(std::max<qint64>(0, m_intervalMs - since)));
}

void FrameReplot::replotNow() {
    if (!m_dirty || !m_plot->isVisible()) return;
    m_dirty = false;
    ++m_replots;
    m_sinceReplot.start();
    // Buffers now, the widget with the window's next paint (no repaint() of its own).
    m_plot->replot(QCustomPlot::rpQueuedRefresh);
}

bool FrameReplot::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_plot && event->type() == QEvent::Show && m_dirty) request();
    return QObject::eventFilter(watched, event);
}

}  // namespace nnlab
