#pragma once
// Training and test loss against the epoch, with accuracy (classification)
// or RMSE (regression) on a second axis, a log-scale toggle, live readouts
// and a tooltip that reads the values at the epoch under the mouse.
#include "training/Snapshot.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QCustomPlot;
class QCPGraph;

namespace nnlab {

class ReadoutLabel;

class LossPlot : public QWidget {
    Q_OBJECT
public:
    static constexpr int kReplotIntervalMs = 40;
    static constexpr int kMaxPlotted = 1000;  // points per curve: about 2 per pixel of a wide plot

    explicit LossPlot(QWidget* parent = nullptr);

    // Classification shows accuracy on the second axis, regression RMSE.
    void setClassification(bool classification);
    bool isLogScale() const;
    const std::vector<HistoryPoint>& history() const { return m_history; }
    QCustomPlot* plot() const { return m_plot; }
    // The readout at an epoch, as the hover tooltip shows it; empty if none.
    QString describeEpoch(double epoch) const;

public slots:
    void showSnapshot(std::shared_ptr<const nnlab::Snapshot> snapshot);
    void clear();
    // Clears, and ignores history points up to this step (from data now replaced).
    void clear(std::uint64_t ignoreUpToStep);
    void setLogScale(bool on);

private:

    void addPoints(const std::vector<HistoryPoint>& points);
    void plotPoint(const HistoryPoint& p);
    void updateReadout();
    void rescale();
    void onMouseMove(QMouseEvent* event);

    QTimer m_replotTimer;
    QCustomPlot* m_plot = nullptr;
    QCPGraph* m_trainLoss = nullptr;
    QCPGraph* m_testLoss = nullptr;
    QCPGraph* m_trainMetric = nullptr;
    QCPGraph* m_testMetric = nullptr;
    QCheckBox* m_log = nullptr;
    ReadoutLabel* m_readout = nullptr;
    std::vector<HistoryPoint> m_history;
    std::uint64_t m_lastStep = 0;
    std::size_t m_stride = 1;
    std::uint64_t m_ignoreUpToStep = 0;  // every m_stride-th history point is plotted
    bool m_classification = true;
};

}  // namespace nnlab
