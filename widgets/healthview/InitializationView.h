#pragma once
// The initialisation view (curriculum 000-29, 003-30): before training, a deep
// plain net of the chosen activation, depth and width, initialised three ways
// (naive N(0, 0.05^2), Glorot, He); per layer the std of the activations and
// of the backpropagated gradients (log axes), and the activation histograms
// of one initializer layer by layer as a heat map. Computed by the engine's
// nnlab::initializationProfile; a pure widget. setExperiment() takes the
// activation, depth and width of the experiment's hidden layers and adds its
// own initializer as a fourth curve. It recomputes only when those change
// (a learning-rate drag costs nothing) and only while shown; a 20-layer
// profile of 256 samples costs a few ms per scheme.
#include "experiment/Experiment.h"
#include "health/InitProfile.h"

#include <QWidget>

#include <array>
#include <vector>

class QComboBox;
class QLabel;
class QCustomPlot;
class QCPColorMap;
class QCPGraph;
class QSpinBox;

namespace nnlab {

class InitializationView : public QWidget {
    Q_OBJECT
public:
    // Current: the experiment's own initializer (setExperiment()); before any, He.
    enum Scheme { Naive = 0, Glorot = 1, He = 2, Current = 3 };
    static constexpr int kSchemes = 4;

    explicit InitializationView(QWidget* parent = nullptr);

    void setActivation(const QString& name);  // "relu", "tanh", ...
    void setDepth(int layers);
    void setWidth(int units);
    // Which scheme the heat map shows.
    void setHeatMapScheme(Scheme scheme);
    int depth() const;
    int width() const;
    QString activation() const;
    const NamedSpec& currentInit() const { return m_currentInit; }
    // "Activation std at layer N: naive .., Glorot .., He .." of the last computation.
    QString summaryText() const;
    bool isStale() const { return m_stale; }

    QCustomPlot* activationPlot() const { return m_actPlot; }
    QCustomPlot* gradientPlot() const { return m_gradPlot; }
    QCPColorMap* heatMap() const { return m_heatMap; }
    QCPGraph* activationGraph(Scheme s) const { return m_actGraphs[std::size_t(s)]; }
    QCPGraph* gradientGraph(Scheme s) const { return m_gradGraphs[std::size_t(s)]; }
    const std::vector<InitLayerProfile>& profile(Scheme s) const { return m_profiles[std::size_t(s)]; }

public slots:
    // Hidden layers of the experiment: their count, widest width, the first
    // one's activation and initializer. Recomputes when the net it shows changes.
    void setExperiment(const nnlab::Experiment& experiment);
    void recompute();  // now, synchronously

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateHeatMap();

    QComboBox* m_activation = nullptr;
    QSpinBox* m_depth = nullptr;
    QSpinBox* m_width = nullptr;
    QComboBox* m_heatScheme = nullptr;
    QLabel* m_summary = nullptr;
    NamedSpec m_currentInit{"he_normal"};
    bool m_stale = false;  // inputs changed while hidden
    QCustomPlot* m_actPlot = nullptr;
    QCustomPlot* m_gradPlot = nullptr;
    QCustomPlot* m_heatPlot = nullptr;
    QCPColorMap* m_heatMap = nullptr;
    std::array<QCPGraph*, kSchemes> m_actGraphs{};
    std::array<QCPGraph*, kSchemes> m_gradGraphs{};
    std::array<std::vector<InitLayerProfile>, kSchemes> m_profiles;
};

}  // namespace nnlab
