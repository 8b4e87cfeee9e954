#pragma once
// The toolbar of the playground: play/pause, step, step epoch, reset, the
// speed slider, and the epoch counter, elapsed training time and samples per
// second of the latest snapshot.
#include "training/Snapshot.h"

#include <QToolBar>

#include <memory>

class QSlider;

namespace nnlab {

class ReadoutLabel;

class TrainingToolBar : public QToolBar {
    Q_OBJECT
public:
    // 1000 steps/s: about 40 epochs a second on Playground-sized data, so a
    // class can watch the boundary form (full speed ends 1000 epochs in a second).
    static constexpr int kDefaultSpeed = 7;

    TrainingToolBar(const QList<QAction*>& actions, QWidget* parent = nullptr);

    QSlider* speedSlider() const { return m_speed; }
    QString epochText() const;
    QString rateText() const;
    // The speed readout for a snapshot: a dash until training has run long
    // enough (kMinRateSeconds) for a rate to mean something.
    static QString rateText(const Snapshot& snapshot);
    static constexpr double kMinRateSeconds = 0.25;
    // "001,234" as TensorFlow Playground shows it: six digits, zero-padded, grouped.
    static QString formatEpoch(std::uint64_t epoch);
    static QString formatElapsed(double seconds);

public slots:
    void showSnapshot(std::shared_ptr<const nnlab::Snapshot> snapshot);
    void setSpeed(int level);

signals:
    void speedChanged(int level);

private:
    QSlider* m_speed = nullptr;
    ReadoutLabel* m_epoch = nullptr;
    ReadoutLabel* m_elapsed = nullptr;
    ReadoutLabel* m_rate = nullptr;
};

}  // namespace nnlab
