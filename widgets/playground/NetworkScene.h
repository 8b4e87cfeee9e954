#pragma once
// The items of the network canvas for one experiment: columns of neurons
// (inputs left, output right), edges, headers with +/- buttons, chips.
// build() lays them out once per structural change; apply() recolours them
// from a snapshot and creates nothing, so it can run at 60 Hz.
#include "playground/CanvasItems.h"
#include "experiment/Experiment.h"
#include "training/Snapshot.h"

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QTimer>

#include <functional>

#include <memory>
#include <vector>

namespace nnlab {

class BackgroundPainter;

// True if the teacher hid the +/- buttons (classroom.hide has "network_shape").
bool shapeHiddenIn(const Experiment& e);

class NetworkScene : public QGraphicsScene {
    Q_OBJECT
public:
    // More neurons than this in a column: only the first kShownWhenMany are
    // drawn, with a "+N more" note, so a 784-input net stays a drawing.
    static constexpr int kMaxDrawn = 64;
    static constexpr int kShownWhenMany = 32;

    struct Column {
        int layer = -1;                    // index in network.layers; -1: the input features
        Index units = 0;
        int pieces = 1;                    // maxout: rows of W per unit
        bool output = false;
        std::vector<int> chips;            // dropout/batchnorm/prelu layers after it
        std::vector<NeuronItem*> neurons;  // the drawn ones, neuron i at index i
        std::vector<EdgeItem*> edgesIn;    // from the previous column: [target * drawnBefore + source]
        ColumnItem* background = nullptr;
        std::vector<ChipItem*> chipItems;
        qreal x = 0;
        double middle = 0.0;  // where Discretize splits its maps: 0.5 for sigmoid and softmax outputs
    };

    explicit NetworkScene(QObject* parent = nullptr);

    // inputCount: the width of the input when the experiment has no feature
    // list (CSV data feeds its columns as they are). viewWidth: the pixels the
    // view has, so that columns spread to fill it at 1:1 scale; 0 = no hint.
    void build(const Experiment& e, int inputCount, qreal viewWidth = 0);
    // The column spacing build() would choose for this many columns and width.
    // minPitch: the narrowest spacing at which the column headers still fit
    // (minPitch() of the last build; 84 without one); leftMargin: the room
    // for the feature labels (leftMargin() of the last build).
    static qreal columnPitch(std::size_t columns, qreal viewWidth, qreal minPitch = 84.0, qreal leftMargin = 86.0);
    qreal minPitch() const { return m_minPitch; }
    qreal leftMargin() const { return m_leftMargin; }
    // Narrow views get short column headers ("8" over "Sigmoid", the whole
    // "8 neurons" in the tooltip), so a deep network fits at a readable size.
    bool compactHeaders() const { return m_compact; }
    bool shapeLocked() const { return m_shapeLocked; }
    // Shows or hides the +/- buttons without building the scene again.
    void setShapeLocked(bool locked);
    qreal pitchX() const { return m_pitchX; }
    void apply(const Snapshot& s);
    // As apply(), but the thumbnails are coloured on a helper thread and
    // arrive a moment later (the GUI thread only draws them); the edges'
    // picture is made there in both cases.
    void apply(std::shared_ptr<const Snapshot> s);
    // Pictures still being made or waiting for the next frame (tests wait for none).
    bool picturesPending() const;
    bool picturesBeingMade() const;
    // Made, and shown with the next frame (apply()) or after the wait below.
    std::size_t picturesWaiting() const { return m_waitingPictures.size(); }
    // How long a picture waits for a frame to take it along (tests hold it).
    void setPictureWait(int ms);
    // Playground's "Discretize output" on the thumbnails too: two colours,
    // split at 0 (0.5 for a sigmoid or softmax neuron). Call apply() after.
    void setDiscretized(bool on);
    bool discretized() const { return m_discretize; }
    // -2: nothing selected; -1: the inputs; else a layer index.
    void setSelectedLayer(int layer);

    const std::vector<Column>& columns() const { return m_columns; }
    int columnOf(int layer) const;  // the column showing a layer or its chip; -1 if none
    NeuronItem* neuron(int layer, int index) const;
    EdgeItem* edge(int layer, int row, int col) const;
    CanvasButton* button(CanvasButton::Action action, int layer) const;
    qreal nodeSize() const { return m_nodeSize; }
    int inputCount() const { return m_inputCount; }
    std::size_t edgeCount() const;
    // Neurons marked by the last apply() (UnitState of their layer's health).
    int deadCount() const { return m_dead; }
    // Dead units in layers where fewer than kDeadLayerShare are dead: no
    // dead_relu verdict, the rest of the layer carries the signal.
    int harmlessDeadCount() const { return m_deadHarmless; }
    int saturatedCount() const { return m_saturated; }

private:
    void addHeader(const Experiment& e, Column& column, qreal top);
    void addLayerCountControl(const Experiment& e);
    void addChips(const Experiment& e, Column& column, qreal top, qreal width);
    void addEdges(std::size_t c);
    void fillFeatureMaps(int grid, double lo, double hi);
    CanvasButton* addButton(CanvasButton::Action action, int layer, const QString& glyph, QPointF at,
                            const QString& tip);
    QGraphicsSimpleTextItem* addLabel(const QString& text, const QFont& font, const QColor& colour, QPointF center,
                                      qreal maxWidth, Qt::Alignment align = Qt::AlignHCenter);

    void repaintEdges();
    // Pictures that arrive between two frames wait for the next frame (or a
    // frame's time when none comes), so that the window paints the canvas
    // once a frame rather than once per frame and once per picture (each
    // paint of the window waits for the X server once).
    void atNextFrame(std::function<void()> change);
    void applyWaitingPictures();
    // Weights, biases and unit states of a frame; the thumbnails are separate.
    void applyFrame(const Snapshot& s);
    void applyThumbnails(const Snapshot& s);
    void postThumbnails(std::shared_ptr<const Snapshot> s);
    // The maps the column shows: after its batchnorm or dropout; null if none fits.
    const Matrix* columnMaps(const Column& col, const Snapshot& s) const;
    void applyUnitStates(const Column& col, const LayerFrame& f);

    std::vector<Column> m_columns;
    EdgeLayer* m_edgeLayer = nullptr;
    BackgroundPainter* m_edgePainter;       // the edges' picture
    BackgroundPainter* m_thumbnailPainter;  // the neurons' thumbnails
    std::uint64_t m_generation = 0;         // build() count: pictures of an older scene are dropped
    QTimer* m_edgeTimer;            // at most ~30 edge repaints a second; the last state always shows
    QElapsedTimer m_sinceEdgePaint;
    std::vector<std::function<void()>> m_waitingPictures;  // atNextFrame()
    QTimer* m_frameTimer;  // applies them when no frame comes
    std::vector<std::string> m_features;
    std::vector<CanvasButton*> m_buttons;
    std::vector<double> m_scratch;
    QFont m_font, m_smallFont;
    qreal m_nodeSize = 36, m_pitchY = 48, m_pitchX = 150;
    qreal m_minPitch = 84.0;  // narrowest column spacing the headers allow
    qreal m_leftMargin = 86.0;  // room for the feature labels left of the inputs
    bool m_compact = false;     // short column headers (compactHeaders())
    bool m_shapeLocked = false; // no +/- buttons: classroom.hide has "network_shape"
    int m_inputCount = 0;
    int m_dead = 0, m_saturated = 0, m_deadHarmless = 0;
    int m_featureGrid = 0;
    bool m_discretize = false;
    double m_featureLo = 0, m_featureHi = 0;
};

}  // namespace nnlab
