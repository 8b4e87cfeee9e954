#pragma once
// Batch, mini-batch and stochastic gradient descent side by side on the MSE
// surface of a line fit (intro 000-30..32, 001-12): the same engine SGD step,
// fed the exact gradient, a mini-batch's or one sample's. The trails show the
// noise of the estimates; the loss can be read per update or per epoch; a
// read-out gives each runner's updates per epoch and the mean angle between
// its gradient and the exact one.
#include "explorers/BatchRace.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace nnlab {

class NumberSpinBox;
class SurfaceMap;

class BatchRacePanel : public QWidget {
    Q_OBJECT
public:
    explicit BatchRacePanel(QWidget* parent = nullptr);
    ~BatchRacePanel() override;

    BatchRace& race() { return *m_race; }
    SurfaceMap* map() const { return m_map; }
    QCustomPlot* lossPlot() const { return m_loss; }
    QCustomPlot* dataPlot() const { return m_data; }
    NumberSpinBox* learningRateBox() const { return m_lr; }
    QSpinBox* miniBatchBox() const { return m_miniBatch; }
    QCheckBox* decayBox() const { return m_decay; }
    QComboBox* axisBox() const { return m_axis; }
    QPushButton* stepButton() const { return m_step; }
    QPushButton* playButton() const { return m_play; }
    QLabel* readout() const { return m_readout; }
    QTimer* timer() const { return m_timer; }

    static constexpr int kPoints = 100;
    static constexpr int kMaxSteps = 3000;

public slots:
    void stepRace(int steps = 1);
    void setPlaying(bool on);
    void resetRace();
    void newData();

private:
    void buildRace();
    void refresh();
    QString runnerName(int i) const;

    std::unique_ptr<BatchRace> m_race;
    std::uint64_t m_dataSeed = 1;
    SurfaceMap* m_map = nullptr;
    QCustomPlot* m_loss = nullptr;
    QCustomPlot* m_data = nullptr;
    NumberSpinBox* m_lr = nullptr;
    QSpinBox* m_miniBatch = nullptr;
    QCheckBox* m_decay = nullptr;
    QComboBox* m_axis = nullptr;
    QPushButton* m_step = nullptr;
    QPushButton* m_play = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_newData = nullptr;
    QLabel* m_stepLabel = nullptr;
    QLabel* m_readout = nullptr;
    QTimer* m_timer = nullptr;
};

}  // namespace nnlab
