#pragma once
// A few training images and what the augmentation (data.augment) makes of
// them: one row per image, the image as the network sees it first, then
// copies augmented as a training batch would augment them. The copies are
// drawn from a generator seeded with the experiment's seed, so the preview
// stands still until a setting or the images change, and changes at once then.
#include "Types.h"
#include "data/Augmentation.h"

#include <QImage>
#include <QWidget>

#include <vector>

namespace nnlab {

class AugmentPreview : public QWidget {
    Q_OBJECT
public:
    static constexpr int kImages = 4;  // rows
    static constexpr int kCopies = 3;  // augmented copies per row

    explicit AugmentPreview(QWidget* parent = nullptr);

    // rows: training images, C*H*W values each (NCHW); the first kImages are shown.
    void setImages(const Matrix& rows, const Shape& shape);
    void setAugment(const AugmentSpec& spec, std::uint64_t seed);

    // What is shown, row by row: the original then its copies (for tests).
    const std::vector<std::vector<Matrix>>& tiles() const { return m_tiles; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void rebuild();

    Matrix m_rows;
    Shape m_shape;
    AugmentSpec m_spec;
    std::uint64_t m_seed = 1;
    std::vector<std::vector<Matrix>> m_tiles;  // [image][0 = original, 1.. = copies], each (1, C*H*W)
    std::vector<std::vector<QImage>> m_pictures;
};

}  // namespace nnlab
