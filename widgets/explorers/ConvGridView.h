#pragma once
// The animated sweep of the convolution explorer: the input grid (with its
// padding ring), the kernel and the output grid, each cell with its number,
// the current window highlighted on the input and its result on the output.
// For the transposed convolution the roles turn round: the current input
// pixel is highlighted and the output window its kernel stamp adds to.
// It only paints what ConvSweep holds; the numbers come from the engine.
#include "Types.h"

#include <QString>
#include <QWidget>

namespace nnlab {

struct ConvSweep {
    enum class Kind { Convolution, Transposed, MaxPool, AvgPool, GlobalPool };
    Kind kind = Kind::Convolution;
    Matrix input;   // H x W, one channel
    Matrix kernel;  // k x k (pooling: only its size is used)
    Index stride = 1, padding = 0, dilation = 1, outputPadding = 0;
    Matrix output;  // Ho x Wo, from the engine's layer
    int step = 0;   // the output cell (transposed: the input cell) in row-major order

    Index kernelSize() const { return kernel.rows(); }
    int stepCount() const;  // output cells, or input cells for the transposed kind
    bool valid() const { return output.size() > 0; }
};

class ConvGridView : public QWidget {
    Q_OBJECT
public:
    explicit ConvGridView(QWidget* parent = nullptr);
    void setSweep(const ConvSweep& sweep);
    const ConvSweep& sweep() const { return m_sweep; }
    QSize minimumSizeHint() const override { return {420, 180}; }

    // How a number is written in a cell: whole numbers without decimals.
    static QString cellText(double v);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ConvSweep m_sweep;
};

}  // namespace nnlab
