#pragma once
// GAN Lab's model overview graph: noise -> generator -> samples ->
// discriminator -> predictions -> losses -> gradients, each box with a small
// live plot drawn from the snapshot the plane gets (no extra data is sent):
// the noise batch, the warped noise grid, the real and generated samples,
// D's heat map, D(real) and D(fake) on a 0..1 strip, the two losses as bars,
// and G's gradient as arrows on the generated samples. One row, sized for
// the dock's width; a box can be lit and the others dimmed (a phase of an
// iteration). As in GAN Lab, the mouse resting on the generator's box plays a
// two-second morph there: the regular noise grid ("manifold_noise", squeezed
// into the box) glides node by node to where G puts it ("manifold").
// The flow arrows between the boxes are dashed; while training plays the
// dashes march along them, and in slow motion only the phase's arrows are
// lit and march (backwards for a gradient going back to its network).
#include "training/Snapshot.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTimer>
#include <QWidget>

#include <vector>

namespace nnlab {

class AdversarialOverview : public QWidget {
    Q_OBJECT
public:
    enum Box { Noise, Generator, Samples, Discriminator, Predictions, Losses, Gradients, BoxCount };

    explicit AdversarialOverview(QWidget* parent = nullptr);

    // False (and cleared) if the snapshot has no game payload.
    bool setSnapshot(const Snapshot& snapshot);
    bool hasPicture() const { return m_fake.rows() > 0; }
    // The boxes lit; the rest dimmed. Empty: every box lit.
    void setLit(const std::vector<Box>& boxes);
    const std::vector<Box>& lit() const { return m_lit; }
    static QString caption(Box box);
    // The box under a point of the widget, or BoxCount.
    Box boxAt(const QPoint& point) const;
    QRect boxRect(Box box) const;  // the plot's square, in widget coordinates
    // Slow motion's loss phases show the walked batch's loss in the Losses box.
    void showLoss(bool discriminator, double value);
    double dLoss() const { return m_dLoss; }
    double gLoss() const { return m_gLoss; }
    // The generator box's morph: 0 shows the noise grid, 1 the manifold (also
    // when no morph plays). The nodes drawn there now, in plane coordinates.
    static constexpr int kMorphMs = 2000;
    double morphProgress() const;
    Matrix shownManifold() const;

    // Flow arrow i runs from box i to box i + 1; backward: the phase sends
    // something back along it (a gradient).
    struct Flow {
        int arrow;
        bool backward;
        bool operator==(const Flow& o) const { return arrow == o.arrow && backward == o.backward; }
    };
    // Training plays: every arrow's dashes march.
    void setPlaying(bool playing);
    // Slow motion's phase: only these arrows lit and marching. Empty: all alike.
    void setFlow(const std::vector<Flow>& flow);
    const std::vector<Flow>& flow() const { return m_flow; }
    bool arrowLit(int arrow) const;
    // The dashes' offset in pixels, and whether they march now.
    double dashOffset() const { return m_dashOffset; }
    bool flowing() const { return m_flowFrames.isActive(); }
    static constexpr int kFlowFrameMs = 50;
    QRect arrowRect(int arrow) const;  // the strip between box arrow and arrow + 1

    QSize sizeHint() const override { return {700, 112}; }
    QSize minimumSizeHint() const override { return {200, 70}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;  // as tall as the boxes are wide
    bool event(QEvent* event) override;  // a tooltip per box
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void paintBox(QPainter& painter, Box box, const QRectF& r) const;
    void paintArrow(QPainter& painter, int arrow) const;
    void updateFlowTimer();
    void advanceDashes();
    void paintPoints(QPainter& painter, const Matrix& points, const QColor& colour, const QRectF& r, double lo, double hi) const;
    int captionHeight() const;

    void startMorph();
    void stopMorph();

    Matrix m_noise, m_manifold, m_manifoldNoise, m_real, m_fake, m_dReal, m_dFake, m_arrows;
    int m_noiseDimension = 2;
    QImage m_heat;
    double m_dLoss = 0.0, m_gLoss = 0.0;
    std::vector<Box> m_lit;
    QElapsedTimer m_morphClock;  // valid while a morph plays or has played under the mouse
    QTimer m_morphFrames;        // repaints the box while it plays
    bool m_playing = false;
    std::vector<Flow> m_flow;
    double m_dashOffset = 0.0;
    QTimer m_flowFrames;  // marches the dashes while playing or in a phase with arrows
};

}  // namespace nnlab
