#pragma once
// Replots one QCustomPlot at most once per frame, and not at all while it is
// hidden (a dock behind another tab): request() only marks the plot dirty.
// The first request after a quiet spell replots on the next pass of the
// event loop, as rpQueuedReplot does; requests that follow within a frame
// wait for the frame's end and are drawn together, so ten snapshots in one
// frame cost one replot. A hidden plot is drawn when it is shown again.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QCustomPlot;

namespace nnlab {

class FrameReplot : public QObject {
    Q_OBJECT
public:
    static constexpr int kFrameMs = 16;  // 60 frames per second

    explicit FrameReplot(QCustomPlot* plot, int intervalMs = kFrameMs);

    // QCustomPlot's default hints hold phImmediateRefresh: every replot()
    // with rpRefreshHint (also the one rpQueuedReplot defers) then calls
    // repaint(), and Qt paints and flushes the window's whole dirty region
    // there and then, once per plot and frame. Without it a replotted plot is
    // painted with the window's next update, together with everything else.
    // Every plot that follows training calls this (FrameReplot does it for its own).
    static void paintWithTheWindow(QCustomPlot* plot);

    void request();
    bool isPending() const { return m_dirty; }
    // Replots done through this object (tests count them).
    int replots() const { return m_replots; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void replotNow();

    QCustomPlot* m_plot;
    QTimer m_timer;
    QElapsedTimer m_sinceReplot;
    int m_intervalMs;
    int m_replots = 0;
    bool m_dirty = false;
};

}  // namespace nnlab
