#include "images/AugmentPreview.h"

#include "images/ImagePixels.h"

#include <QPainter>

#include <algorithm>

namespace nnlab {
namespace {

constexpr int kTile = 44;
constexpr int kGap = 4;
constexpr int kHeader = 18;

}  // namespace

AugmentPreview::AugmentPreview(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("augmentPreview"));
    setToolTip(tr("Training images as the network sees them (left) and augmented copies as a training batch "
                  "gets them: each time an image is used it is moved, mirrored, turned and made noisy anew."));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize AugmentPreview::sizeHint() const {
    const int rows = std::max(1, int(m_tiles.size()));
    return {(kCopies + 1) * (kTile + kGap) + 2 * kGap, kHeader + rows * (kTile + kGap) + kGap};
}

QSize AugmentPreview::minimumSizeHint() const { return sizeHint(); }

void AugmentPreview::setImages(const Matrix& rows, const Shape& shape) {
    m_rows = rows.topRows(std::min<Index>(kImages, rows.rows()));
    m_shape = shape;
    rebuild();
}

void AugmentPreview::setAugment(const AugmentSpec& spec, std::uint64_t seed) {
    if (spec == m_spec && seed == m_seed) return;
    m_spec = spec;
    m_seed = seed;
    rebuild();
}

void AugmentPreview::rebuild() {
    m_tiles.clear();
    m_pictures.clear();
    if (m_shape.dims.size() == 3 && m_rows.cols() == m_shape.size()) {
        Rng rng(m_seed);
        RowVector scratch(m_rows.cols());
        for (Index r = 0; r < m_rows.rows(); ++r) {
            std::vector<Matrix> row{m_rows.row(r)};
            for (int k = 0; k < kCopies; ++k) {
                RowVector copy = m_rows.row(r);
                augmentImage(copy, m_shape, m_spec, rng, scratch);
                row.emplace_back(copy);
            }
            std::vector<QImage> pictures;
            for (const Matrix& tile : row)
                pictures.push_back(imageFromRow(tile, 0, int(m_shape.dims[0]), int(m_shape.dims[1]), int(m_shape.dims[2])));
            m_tiles.push_back(std::move(row));
            m_pictures.push_back(std::move(pictures));
        }
    }
    updateGeometry();
    update();
}

void AugmentPreview::paintEvent(QPaintEvent*) {
    QPainter p(this);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    p.setPen(palette().color(QPalette::WindowText));
    if (m_pictures.empty()) {
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("The images appear when the data is loaded."));
        return;
    }
    p.drawText(QRect(kGap, 0, kTile, kHeader), Qt::AlignCenter, tr("Image"));
    p.drawText(QRect(kGap + kTile + kGap, 0, kCopies * (kTile + kGap), kHeader), Qt::AlignCenter,
               m_spec.active() ? tr("Augmented copies") : tr("No augmentation"));
    for (std::size_t r = 0; r < m_pictures.size(); ++r)
        for (std::size_t c = 0; c < m_pictures[r].size(); ++c) {
            const QRect box(kGap + int(c) * (kTile + kGap), kHeader + int(r) * (kTile + kGap), kTile, kTile);
            p.drawImage(box, m_pictures[r][c]);
            p.setPen(c == 0 ? QColor(0x15, 0x65, 0xc0) : QColor(0x9a, 0xa0, 0xa6));
            p.drawRect(box.adjusted(0, 0, -1, -1));
        }
}

}  // namespace nnlab
