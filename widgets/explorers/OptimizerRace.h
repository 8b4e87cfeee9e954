#pragma once
// Concept explorer: optimizers racing on 2-D loss surfaces (intro 000-30..38,
// ad3501 "optimizer race"). The engine's optimizers, each with its own
// hyperparameters, start from one point of a surface (ill-conditioned bowl,
// Rosenbrock, Beale, Himmelblau, a saddle, or a slice of a real network's
// loss) and step together, one click at a time or animated; trails on the
// contour map, loss against steps beside it. A second tab compares batch,
// mini-batch and stochastic gradient descent (BatchRacePanel).
//
// The network loss slice must first train its network (300 epochs, then 3000
// Adam steps for its minimum) and sample its map: that runs on a thread of its
// own while the page shows that it is busy; the formula surfaces are instant.
#include "explorers/BackgroundJobs.h"
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
    // A surface is being built on another thread; the race stays on the old one till then.
    bool isBusy() const { return m_building >= 0; }
    // Builds still running, wanted or not (a dropped one finishes unseen).
    int backgroundJobs() const { return m_jobs.pending(); }

    static constexpr int kMaxSteps = 5000;  // the animation stops here

signals:
    // The chosen surface is on the map and the racers stand on it.
    void surfaceReady();

public slots:
    void setSurface(int index);
    void stepRace(int steps = 1);
    void setPlaying(bool on);
    void resetRace();
    void setStart(double x, double y);

private:
    struct BuiltSurface {
        std::unique_ptr<Surface> surface;
        std::vector<double> samples;  // resolution x resolution, sampleSurface()'s layout
        int resolution = 0;
        std::string error;
    };
    static BuiltSurface buildSurface(const std::string& name);
    void showSurface(BuiltSurface built);
    // building: the index of the surface being built, or -1 when none is.
    void setBusy(int building);
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
    int m_building = -1;  // the surface index being built on another thread, if any
    BackgroundJobs m_jobs;  // last: destroyed first, waiting for a build still running
};

}  // namespace nnlab
