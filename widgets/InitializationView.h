#pragma once
// The initialisation view (curriculum 000-29, 003-30): before training, a deep
// plain net of the chosen activation, depth and width, initialised three ways
// (naive N(0, 0.05^2), Glorot, He); per layer the std of the activations and
// of the backpropagated gradients (log axes), and the activation histograms
// of one initializer layer by layer as a heat map. Computed by the engine's
// nnlab::initializationProfile; a pure widget.
#include "health/InitProfile.h"

#include <QWidget>

#include <array>
#include <vector>

class QComboBox;
class QCustomPlot;
class QCPColorMap;
class QCPGraph;
class QSpinBox;

namespace nnlab {

class InitializationView : public QWidget {
    Q_OBJECT
public:
    enum Scheme { Naive = 0, Glorot = 1, He = 2 };

    explicit InitializationView(QWidget* parent = nullptr);

    void setActivation(const QString& name);  // "relu", "tanh", ...
    void setDepth(int layers);
    void setWidth(int units);
    // Which scheme the heat map shows.
    void setHeatMapScheme(Scheme scheme);

    QCustomPlot* activationPlot() const { return m_actPlot; }
    QCustomPlot* gradientPlot() const { return m_gradPlot; }
    QCPColorMap* heatMap() const { return m_heatMap; }
    QCPGraph* activationGraph(Scheme s) const { return m_actGraphs[std::size_t(s)]; }
    QCPGraph* gradientGraph(Scheme s) const { return m_gradGraphs[std::size_t(s)]; }
    const std::vector<InitLayerProfile>& profile(Scheme s) const { return m_profiles[std::size_t(s)]; }

public slots:
    void recompute();

private:
    void updateHeatMap();

    QComboBox* m_activation = nullptr;
    QSpinBox* m_depth = nullptr;
    QSpinBox* m_width = nullptr;
    QComboBox* m_heatScheme = nullptr;
    QCustomPlot* m_actPlot = nullptr;
    QCustomPlot* m_gradPlot = nullptr;
    QCustomPlot* m_heatPlot = nullptr;
    QCPColorMap* m_heatMap = nullptr;
    std::array<QCPGraph*, 3> m_actGraphs{};
    std::array<QCPGraph*, 3> m_gradGraphs{};
    std::array<std::vector<InitLayerProfile>, 3> m_profiles;
};

}  // namespace nnlab
