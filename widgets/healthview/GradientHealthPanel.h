#pragma once
// The gradient-health panel: per-layer gradient norms over the recorded steps
// on a log axis with the first/last ratio, saturated and dead shares per
// layer, the chosen layer's histogram (weights, activations or gradients) now
// and as a heat map over time, and the verdict list with "Try this" buttons.
// A pure view: fed by Snapshot (a task's HealthMonitor, when recording, fills
// newHealth, layers[i].health and verdicts), it never sees the worker.
#include "health/Verdict.h"
#include "training/Snapshot.h"

#include <QWidget>

#include <deque>
#include <limits>
#include <memory>
#include <vector>

class QComboBox;
class QCustomPlot;
class QCPBars;
class QCPColorMap;
class QCPGraph;
class QCPItemText;

namespace nnlab {

class FrameReplot;
class ReadoutLabel;
class VerdictList;

class GradientHealthPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kReplotIntervalMs = 40;
    enum class HistogramKind { Weights = 0, Activations = 1, Gradients = 2 };

    explicit GradientHealthPanel(QWidget* parent = nullptr);

    QCustomPlot* normPlot() const { return m_normPlot; }
    QCustomPlot* sharePlot() const { return m_sharePlot; }
    QCustomPlot* histogramPlot() const { return m_histPlot; }
    QCPColorMap* heatMap() const { return m_heatMap; }
    VerdictList* verdictList() const { return m_verdicts; }
    // Coalesces the gradient-norm plot's replots (one per frame at most).
    const FrameReplot* normReplot() const { return m_normReplot; }
    // One curve per layer with weights (its ||dL/dW||); layerNames() in the same order.
    QCPGraph* normGraph(int i) const { return i >= 0 && i < int(m_normGraphs.size()) ? m_normGraphs[std::size_t(i)] : nullptr; }
    int normGraphCount() const { return int(m_normGraphs.size()); }
    QStringList layerNames() const { return m_layerNames; }
    // ||g_first|| / ||g_last|| of the latest point; NaN before any.
    double firstLastRatio() const { return m_ratio; }
    QString ratioText() const;
    // The verdict's median ratio shown under it; NaN when no verdict has one.
    double verdictRatio() const { return m_verdictRatio; }
    // Dead units outside every verdict's layers: the "harmless" ones.
    static int harmlessDeadUnits(const Snapshot& s);
    int heatMapColumns() const { return int(m_points.size()); }

    void setHistogramLayer(int layer);  // index into the snapshot's layers
    int histogramLayer() const;
    void setHistogramKind(HistogramKind kind);
    HistogramKind histogramKind() const;

public slots:
    void showSnapshot(std::shared_ptr<const nnlab::Snapshot> snapshot);
    void clear();

signals:
    // Forwarded from the verdict list: apply with nnlab::applyTry() or SetHyper.
    void tryRequested(const QString& verdict, const QString& remedy, const std::vector<nnlab::TryChange>& changes,
                      const QString& label);

private:
    static constexpr int kMaxColumns = 300;   // heat-map columns (recorded points)
    static constexpr int kMaxPlotted = 2000;  // points per norm curve: a moving window

    void rebuild(const Snapshot& s);
    void addPoint(const HealthPoint& p);
    void updateShares(const Snapshot& s);
    void updateRatioText(const Snapshot& s);
    void updateHistogram();
    const Histogram* histogramOf(const LayerHealth& h) const;

    QCustomPlot* m_normPlot = nullptr;
    QCustomPlot* m_sharePlot = nullptr;
    QCustomPlot* m_histPlot = nullptr;
    QCustomPlot* m_heatPlot = nullptr;
    FrameReplot* m_normReplot = nullptr;
    FrameReplot* m_shareReplot = nullptr;
    FrameReplot* m_histReplot = nullptr;
    FrameReplot* m_heatReplot = nullptr;
    QCPBars* m_saturatedBars = nullptr;
    QCPBars* m_deadBars = nullptr;
    QCPBars* m_histBars = nullptr;
    QCPItemText* m_zeroNote = nullptr;  // exact zeros have no log bin: their share, as text
    QCPColorMap* m_heatMap = nullptr;
    QComboBox* m_layer = nullptr;
    QComboBox* m_kind = nullptr;
    ReadoutLabel* m_ratioLabel = nullptr;
    ReadoutLabel* m_medianLabel = nullptr;  // the verdict's median ratio, while a verdict has one
    VerdictList* m_verdicts = nullptr;

    std::vector<QCPGraph*> m_normGraphs;
    std::vector<int> m_weighted;  // snapshot layer index of each norm curve
    QStringList m_layerNames;
    std::deque<HealthPoint> m_points;  // the last kMaxColumns recorded points
    std::uint64_t m_revision = 0, m_lastStep = 0;
    double m_ratio = std::numeric_limits<double>::quiet_NaN();
    double m_verdictRatio = std::numeric_limits<double>::quiet_NaN();
};

}  // namespace nnlab
