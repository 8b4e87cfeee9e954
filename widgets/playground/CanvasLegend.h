#pragma once
// The key to the canvas's colours, as Playground's legend under its output:
// a bar from orange (-1) through grey (0) to blue (+1) for neuron outputs,
// weights and biases, then what an edge's width and a dashed edge mean.
// Sits in a corner of the canvas; discretized, the bar shows the two colours.
#include <QWidget>

namespace nnlab {

class CanvasLegend : public QWidget {
    Q_OBJECT
public:
    explicit CanvasLegend(QWidget* parent = nullptr);
    void setDiscretized(bool on);
    bool discretized() const { return m_discretized; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    bool m_discretized = false;
};

}  // namespace nnlab
