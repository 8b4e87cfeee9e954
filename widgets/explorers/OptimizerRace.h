#pragma once
// Concept explorer: optimizers racing on 2-D loss surfaces (intro 000-30..38,
// ad3501 "optimizer race"). The engine's optimizers, each with its own
// hyperparameters, start from one point of a surface (ill-conditioned bowl,
// Rosenbrock, Beale, Himmelblau, a saddle, or a slice of a real network's
// loss) and step together, one click at a time or animated; trails on the
// contour map, loss against steps beside it. A second tab compares batch,
// mini-batch and stochastic gradient descent (BatchRacePanel).
#include "explorers/Race.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace nnlab {

class BatchRacePanel;
class RacerList;
class SurfaceMap;

class OptimizerRace : public QWidget {
    Q_OBJECT
public:
    explicit OptimizerRace(QWidget* parent = nullptr);
    ~OptimizerRace() override;

    Race& race() { return *m_race; }
    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* surfaceBox() const { return m_surface; }
    SurfaceMap* map() const { return m_map; }
    QCustomPlot* lossPlot() const { return m_loss; }
    RacerList* racers() const { return m_racers; }
    BatchRacePanel* batchPanel() const { return m_batch; }
    QPushButton* stepButton() const { return m_step; }
    QPushButton* playButton() const { return m_play; }
    QPushButton* resetButton() const { return m_reset; }
    QTimer* timer() const { return m_timer; }

    static constexpr int kMaxSteps = 5000;  // the animation stops here

public slots:
    void setSurface(int index);
    void stepRace(int steps = 1);
    void setPlaying(bool on);
    void resetRace();
    void setStart(double x, double y);

private:
    QWidget* buildRaceTab();
    void rebuildTrails();
    void refresh();
    QString describeSurface(const std::string& name) const;

    std::unique_ptr<Race> m_race;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_surface = nullptr;
    QLabel* m_formula = nullptr;
    QLabel* m_about = nullptr;
    QLabel* m_stepLabel = nullptr;
    QPushButton* m_step = nullptr;
    QPushButton* m_play = nullptr;
    QPushButton* m_reset = nullptr;
    QSpinBox* m_speed = nullptr;
    QCheckBox* m_logLoss = nullptr;
    SurfaceMap* m_map = nullptr;
    QCustomPlot* m_loss = nullptr;
    RacerList* m_racers = nullptr;
    BatchRacePanel* m_batch = nullptr;
    QTimer* m_timer = nullptr;
};

}  // namespace nnlab
