#pragma once
// The first conv layer's learned kernels as little pictures (one per unit,
// one row per input channel), red for positive weights, blue for negative, on
// one scale for the whole layer, so their edges and blobs can be compared.
#include "inside/InsideFrame.h"

#include <QWidget>

namespace nnlab {

class KernelGallery : public QWidget {
    Q_OBJECT
public:
    explicit KernelGallery(QWidget* parent = nullptr);
    void setFrame(const InsideFrame* frame);
    int kernelCount() const;
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int firstConvStage() const;
    const InsideFrame* m_frame = nullptr;
};

}  // namespace nnlab
