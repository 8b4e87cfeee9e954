// UnitDetailView's flatten view (CNN Explainer's, on the student's network):
// the maps the dense layer reads, the chosen class's weights laid out as those
// maps, and their products, whose sum plus the bias is the class's logit.
#include "inside/MapColours.h"
#include "inside/UnitDetailView.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

constexpr int kTitle = 22;
constexpr int kBlockCaption = 16;
constexpr int kMaxChips = 24;  // a wider hidden layer is chosen in the overview instead

double maxAbs(const Matrix& m) { return m.size() > 0 ? m.cwiseAbs().maxCoeff() : 0.0; }

}  // namespace

bool UnitDetailView::flattenShown() const {
    return m_frame && classWeightsDenseStage(*m_frame, m_stage) >= 0 && classWeights(*m_frame, m_stage, m_channel).has_value();
}

std::optional<ClassWeights> UnitDetailView::shownClassWeights() const {
    if (!m_frame) return std::nullopt;
    return classWeights(*m_frame, m_stage, m_channel);
}

void UnitDetailView::layoutFlatten() {
    const std::optional<ClassWeights> cw = shownClassWeights();
    if (!cw) return;
    const QFontMetrics fm(font());
    int y = kTitle + 4;
    const int units = m_frame->stages[std::size_t(cw->denseStage)].channels;
    if (units <= kMaxChips) {
        int x = 8;
        for (int k = 0; k < units; ++k) {
            const int w = std::max(28, fm.horizontalAdvance(className(k)) + 14);
            if (x + w > width() - 8 && x > 8) {
                x = 8;
                y += 22;
            }
            m_classChips.emplace_back(x, y, w, 19);
            x += w + 4;
        }
        y += 28;
    }
    const int t = cw->channels > 24 ? 32 : 40;
    const int perRow = std::max(1, (width() - 16) / (t + 4));
    const int rows = (cw->channels + perRow - 1) / perRow;
    for (int block = 0; block < 3; ++block) {
        y += kBlockCaption;
        for (int ch = 0; ch < cw->channels; ++ch)
            m_areas.push_back({QRect(8 + (ch % perRow) * (t + 4), y + (ch / perRow) * (t + 4), t, t), cw->height, cw->width,
                               false, ch});
        y += rows * (t + 4) + 6;
    }
    m_formulaTop = y + 4;
    m_formulaLeft = 8;
}

QStringList UnitDetailView::flattenLines() const {
    QStringList lines;
    const std::optional<ClassWeights> cw = shownClassWeights();
    if (!cw) return lines;
    const bool logits = m_frame->stageTitle(cw->denseStage) == QCoreApplication::translate("LookInside", "logits");
    const QString unit = logits ? className(cw->unit) : tr("unit %1").arg(cw->unit + 1);
    if (m_frame->stages[std::size_t(m_stage)].kind == inside_view::kFlatten)
        lines << tr("flatten lays the %1 maps of %2x%3 out in one row of %4 values; the dense layer after it multiplies "
                    "each value by its own weight, sums the products and adds a bias.")
                     .arg(cw->channels).arg(cw->height).arg(cw->width).arg(cw->channels * cw->height * cw->width);
    lines << tr("%1: the sum of the %2 products value x weight = %3; + bias %4 = %5")
                 .arg(unit).arg(cw->weights.size()).arg(number(cw->productSum()), number(cw->bias), number(cw->value));
    const int ch = std::clamp(m_row, 0, cw->channels - 1);
    const int pixel = std::clamp(m_cell.y(), 0, cw->height - 1) * cw->width + std::clamp(m_cell.x(), 0, cw->width - 1);
    const double v = cw->values(ch, pixel), w = cw->weights(ch, pixel);
    lines << tr("Map %1, row %2, column %3: pixel value %4 x weight %5 = %6")
                 .arg(ch + 1).arg(pixel / cw->width + 1).arg(pixel % cw->width + 1).arg(number(v), number(w), number(v * w));
    if (logits) lines << tr("Softmax then turns the logits into the probabilities (click the softmax column).");
    return lines;
}

void UnitDetailView::paintFlatten(QPainter& p) {
    const std::optional<ClassWeights> cw = shownClassWeights();
    if (!cw) return;
    const bool logits = m_frame->stageTitle(cw->denseStage) == QCoreApplication::translate("LookInside", "logits");
    const QString unit = logits ? className(cw->unit) : tr("unit %1").arg(cw->unit + 1);
    // The classes to choose from, the chosen one marked, the answer in bold.
    for (int k = 0; k < int(m_classChips.size()); ++k) {
        const QRect& r = m_classChips[std::size_t(k)];
        const bool chosen = k == cw->unit;
        p.setPen(chosen ? QColor(0, 120, 215) : QColor(170, 170, 170));
        p.setBrush(chosen ? QColor(255, 236, 200) : palette().color(QPalette::AlternateBase));
        p.drawRect(r.adjusted(0, 0, -1, -1));
        QFont f = font();
        f.setBold(logits && k == m_frame->predicted);
        p.setFont(f);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(r, Qt::AlignCenter, className(k));
    }
    p.setBrush(Qt::NoBrush);
    p.setFont(font());
    const InsideStage& maps = m_frame->stages[std::size_t(cw->mapStage)];
    const LayerFrame& layer = m_frame->layers[std::size_t(m_frame->stages[std::size_t(cw->denseStage)].layer)];
    // One colour scale for every class, so that two classes' weights compare.
    const double weightLimit = maxAbs(layer.weights);
    const Matrix products = cw->values.cwiseProduct(cw->weights);
    const double productLimit = maxAbs(products);
    const QString captions[3] = {
        tr("%1: the %2 maps the dense layer reads (flattened: %3 values)").arg(m_frame->stageTitle(cw->mapStage)).arg(cw->channels).arg(products.size()),
        tr("their weights to %1, each on the pixel it multiplies (red adds, blue subtracts)").arg(unit),
        tr("pixel value x weight: what each pixel adds to %1").arg(unit)};
    const int perBlock = cw->channels;
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() - 1.0));
    for (int i = 0; i < int(m_areas.size()); ++i) {
        const Area& a = m_areas[std::size_t(i)];
        const int block = i / perBlock;
        if (a.row == 0) {
            p.setFont(small);
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRect(8, a.rect.top() - kBlockCaption, width() - 16, kBlockCaption), Qt::AlignLeft | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(captions[block], Qt::ElideRight, width() - 16));
            p.setFont(font());
        }
        const int ch = a.row;
        if (block == 0) p.drawImage(a.rect, tileImage(maps, ch, tileRange(*m_frame, cw->mapStage, ch, ColourScale::Unit)));
        else if (block == 1) p.drawImage(a.rect, valuesImage(cw->weights.row(ch).data(), cw->height, cw->width, weightLimit));
        else p.drawImage(a.rect, valuesImage(products.row(ch).data(), cw->height, cw->width, productLimit));
        p.setPen(QColor(160, 160, 160));
        p.drawRect(a.rect.adjusted(0, 0, -1, -1));
        if (ch == m_row) {
            const double s = double(a.rect.width()) / cw->width;
            p.setPen(QPen(QColor(255, 140, 0), 2));
            p.drawRect(QRectF(a.rect.left() + m_cell.x() * s, a.rect.top() + m_cell.y() * s, s, s));
        }
    }
    paintLines(p, m_formulaTop);
}

}  // namespace nnlab
