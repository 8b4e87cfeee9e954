#pragma once
// A run's history against the epoch, for any kind of model: every series the
// task reports (Snapshot::series) is a curve, losses on the left axis,
// metrics (accuracy, RMSE, error shares) on the right one; rates (learning
// rate, radius) are in the tooltip only. A log-scale toggle, a live readout
// and a tooltip that reads the values at the epoch under the mouse.
#include "experiment/DownsampledHistory.h"
#include "training/Snapshot.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QBoxLayout;
class QCheckBox;
class QCustomPlot;
class QCPGraph;
class QCPRange;

namespace nnlab {

class FrameReplot;
class ReadoutLabel;

class LossPlot : public QWidget {
    Q_OBJECT
public:
    static constexpr int kReplotIntervalMs = 40;
    // Points per curve: about one per pixel of a wide plot. The curves are
    // stroked 2 px wide, and Qt strokes wide pens point by point on the GUI thread.
    static constexpr int kMaxPlotted = 500;

    explicit LossPlot(QWidget* parent = nullptr);

    // The series the history's values are; a new list clears the plot.
    // Snapshots carry it, so a caller sets it only to prepare an empty plot.
    void setSeries(const std::vector<SeriesInfo>& series);
    // The x axis: the epoch, or the step count (a game's iterations).
    void setHistoryByStep(bool byStep);
    const std::vector<SeriesInfo>& series() const { return m_series; }
    bool isLogScale() const;
    // The points held: every epoch of a short run, a long one thinned (older
    // epochs at a stride) so that hours of training hold bounded memory.
    const std::vector<HistoryPoint>& history() const { return m_history.points(); }
    QCustomPlot* plot() const { return m_plot; }
    // The readout at an epoch, as the hover tooltip shows it; empty if none.
    QString describeEpoch(double epoch) const;

public slots:
    void showSnapshot(std::shared_ptr<const nnlab::Snapshot> snapshot);
    void clear();
    // Clears, and ignores history points up to this step (from data now replaced).
    void clear(std::uint64_t ignoreUpToStep);
    void setLogScale(bool on);
    // The network on screen changed without training (a weight typed, a layer
    // added, an undo): the last losses no longer describe it, so the readout
    // shows dashes until the next measured point.
    void markStale();

public:
    QString readoutText() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitTicks();  // value ticks for the plot's height
    void fitReadout();

    void addPoints(const std::vector<HistoryPoint>& points);
    void plotPoint(const HistoryPoint& p);
    double xOf(const HistoryPoint& p) const;  // where a point sits on the x axis
    void updateReadout();
    void rescale();
    void onMouseMove(QMouseEvent* event);

    FrameReplot* m_replot = nullptr;
    QCustomPlot* m_plot = nullptr;
    std::vector<SeriesInfo> m_series;
    std::vector<QCPGraph*> m_graphs;  // one per series; null for a rate
    QCheckBox* m_log = nullptr;
    ReadoutLabel* m_readout = nullptr;   // training loss
    ReadoutLabel* m_readout2 = nullptr;  // test loss
    QBoxLayout* m_readoutRow = nullptr;
    DownsampledHistory<HistoryPoint> m_history;
    std::uint64_t m_lastStep = 0;
    bool m_byStep = false;
    std::size_t m_stride = 1;
    std::uint64_t m_ignoreUpToStep = 0;
    bool m_stale = false;
    std::uint64_t m_staleAtStep = 0;  // the last step measured before the edit  // every m_stride-th history point is plotted
    void clearCurves();
    QCPRange valueRange(SeriesRole role, bool* found) const;
};

}  // namespace nnlab
