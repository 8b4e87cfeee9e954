#pragma once
// The 2-D GAN as GAN Lab draws it, from the gan kind's snapshot payload: the
// discriminator's probability as a heat map behind everything, the real
// samples, the generated samples of a fixed noise batch (they glide from
// frame to frame, 1.25 s as in GAN Lab, drawn on the GUI thread from the two
// frames' positions), the generator's gradient as arrows on them, and the
// generator's manifold (the noise grid warped by G). Each layer can be
// switched off; the mouse resting on a dot shows its index and coordinates.
// Above the plane the iteration counter, from the snapshot's step count. Above them the model overview graph (AdversarialOverview.h);
// beside the plane, the verdicts on the run (mode collapse,
// oscillation, a discriminator that wins) with their "Try this" buttons.
#include "training/Snapshot.h"

#include <QImage>
#include <QWidget>

#include <memory>
#include <vector>

class QBoxLayout;
class QCheckBox;
class QGridLayout;
class QSplitter;
class QLabel;
class QTimer;
class QToolButton;
class QVariantAnimation;

namespace nnlab {

class AdversarialOverview;
class AdversarialPlane;
class ReadoutLabel;
class VerdictList;

class AdversarialPlaneView : public QWidget {
    Q_OBJECT
public:
    explicit AdversarialPlaneView(QWidget* parent = nullptr);

    bool hasPicture() const;
    AdversarialPlane* plane() const { return m_plane; }
    QCheckBox* layerToggle(const QString& name) const;  // "real", "fake", "heat", "arrows", "manifold"
    VerdictList* verdictList() const { return m_verdicts; }
    AdversarialOverview* overview() const { return m_overview; }

    // Slow motion's controls and the caption of the phase shown.
    QToolButton* slowMotionButton() const { return m_slowMotion; }
    QToolButton* nextPhaseButton() const { return m_nextPhase; }
    // GAN Lab's step mode: one update of the discriminator only, or of the generator only.
    QToolButton* stepDiscriminatorButton() const { return m_stepD; }
    QToolButton* stepGeneratorButton() const { return m_stepG; }
    QString phaseCaption() const;
    static constexpr int kPhaseMilliseconds = 1250;  // GAN Lab's pace
    // "Iteration 001,234" (GAN Lab's counter: zero-padded, grouped).
    QString iterationText() const;
    // Before a picture is taken: every motion at its end (the dots where the
    // newest frame puts them).
    void finishMotion();

public slots:
    void showSnapshot(std::shared_ptr<const nnlab::Snapshot> snapshot);
    void stopSlowMotion();
    // Training plays or stops: the overview's flow arrows march, slow motion ends.
    void setPlaying(bool playing);

signals:
    // A run's first picture: the window may bring this view forward.
    void pictureAppeared();
    // Slow motion: one phase of the iteration, please (a StepPart "phase").
    void phaseStepRequested();
    // One update of one player: part is "discriminator" or "generator" (a StepPart).
    void partStepRequested(const QString& part);
    // Forwarded from the verdict list: apply with nnlab::applyTry().
    void tryRequested(const QString& verdict, const QString& remedy, const std::vector<nnlab::TryChange>& changes,
                      const QString& label);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitSplit();
    void arrange(bool wide);
    int wideWidth() const;  // from here the verdicts fit beside the plane

    AdversarialOverview* m_overview = nullptr;
    AdversarialPlane* m_plane = nullptr;
    VerdictList* m_verdicts = nullptr;
    QSplitter* m_split = nullptr;
    QToolButton* m_slowMotion = nullptr;
    QToolButton* m_nextPhase = nullptr;
    QToolButton* m_stepD = nullptr;
    QToolButton* m_stepG = nullptr;
    QLabel* m_caption = nullptr;
    ReadoutLabel* m_iterations = nullptr;
    QTimer* m_phaseTimer = nullptr;
    QWidget* m_toggles = nullptr;
    QGridLayout* m_toggleGrid = nullptr;
    QBoxLayout* m_planeRow = nullptr;
    QBoxLayout* m_slowRow = nullptr;     // slow motion's and step mode's buttons
    QBoxLayout* m_readoutRow = nullptr;  // narrow: the counter and the caption below them
    std::vector<QCheckBox*> m_toggleBoxes;
    bool m_wide = true;
    bool m_splitMoved = false;  // the user's split stays
};

// The drawing itself (AdversarialPlaneView holds it with its toggles).
class AdversarialPlane : public QWidget {
    Q_OBJECT
public:
    explicit AdversarialPlane(QWidget* parent = nullptr);

    // False (and the picture cleared) if the snapshot has no GAN payload.
    bool setSnapshot(const Snapshot& snapshot);
    bool hasPicture() const { return m_real.rows() > 0; }
    void setShown(const QString& layer, bool on);
    // The newest frame's generated samples, and where they are drawn now
    // (on their way there while they glide).
    const Matrix& fake() const { return m_fake; }
    Matrix shownFake() const;
    const Matrix& real() const { return m_real; }

    // The generated samples glide this long to a new frame's positions (GAN
    // Lab's transition); 0 or finishGlide(): they jump there.
    static constexpr int kGlideMilliseconds = 1250;
    void setGlideMilliseconds(int milliseconds);
    bool gliding() const;
    void finishGlide();

    // Where a sample's dot is drawn (widget coordinates), and the tooltip for
    // the dot nearest a point, within a few pixels (empty: none there).
    QPointF dotCentre(bool generated, Index row) const;
    QString dotTip(const QPoint& at) const;

    QSize sizeHint() const override { return {420, 420}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;  // the dots' tooltips

private:
    QPointF toWidget(double x, double y, const QRectF& area) const;
    QRectF plotArea() const;  // the square the plane is drawn in
    double dotRadius() const;

    Matrix m_real, m_fake, m_arrows, m_manifold;
    Matrix m_fakeFrom;  // where the generated samples glide from
    QVariantAnimation* m_glide = nullptr;
    int m_glideMs = kGlideMilliseconds;
    std::uint64_t m_revision = 0;  // another structure: the samples jump
    int m_noiseDimension = 2;
    std::vector<double> m_cellDensity;  // the manifold's cells, 0..1 (2-D noise)
    double m_lo = -1.0, m_hi = 1.0;
    QImage m_heat;
    bool m_showReal = true, m_showFake = true, m_showHeat = true, m_showArrows = true, m_showManifold = false;
};

}  // namespace nnlab
