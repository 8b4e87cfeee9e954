#include "inside/KernelGallery.h"

#include "inside/MapColours.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

constexpr int kSize = 40, kGap = 6;

}  // namespace

KernelGallery::KernelGallery(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("kernelGallery"));
    setToolTip(tr("The first layer's learned kernels: red weights add, blue ones subtract."));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void KernelGallery::setFrame(const InsideFrame* frame) {
    const int before = kernelCount();
    m_frame = frame;
    if (kernelCount() != before) updateGeometry();
    update();
}

int KernelGallery::firstConvStage() const {
    if (!m_frame) return -1;
    for (int s = 0; s < int(m_frame->stages.size()); ++s)
        if (m_frame->stages[std::size_t(s)].kind == inside_view::kConv) return s;
    return -1;
}

int KernelGallery::kernelCount() const {
    const int s = firstConvStage();
    if (s < 0) return 0;
    const InsideStage& st = m_frame->stages[std::size_t(s)];
    const int inputs = m_frame->stages[std::size_t(s) - 1].channels;
    return st.channels * inputs;
}

QSize KernelGallery::sizeHint() const { return QSize(160, heightForWidth(160)); }

int KernelGallery::heightForWidth(int width) const {
    const int perRow = std::max(1, (width - 4) / (kSize + kGap));
    const int n = kernelCount();
    return n == 0 ? 0 : ((n + perRow - 1) / perRow) * (kSize + kGap) + 4;
}

void KernelGallery::paintEvent(QPaintEvent*) {
    const int s = firstConvStage();
    if (s < 0) return;
    const InsideStage& st = m_frame->stages[std::size_t(s)];
    const LayerFrame& layer = m_frame->layers[std::size_t(st.layer)];
    const int k = st.kernel, inputs = m_frame->stages[std::size_t(s) - 1].channels;
    if (layer.weights.rows() != st.channels || layer.weights.cols() != Index(inputs) * k * k) return;
    QPainter p(this);
    const double limit = layer.weights.cwiseAbs().maxCoeff();
    const int perRow = std::max(1, (width() - 4) / (kSize + kGap));
    int i = 0;
    for (int unit = 0; unit < st.channels; ++unit)
        for (int c = 0; c < inputs; ++c, ++i) {
            const QRect r(2 + (i % perRow) * (kSize + kGap), 2 + (i / perRow) * (kSize + kGap), kSize, kSize);
            p.drawImage(r, valuesImage(layer.weights.data() + unit * layer.weights.cols() + c * k * k, k, k, limit));
            p.setPen(QColor(160, 160, 160));
            p.drawRect(r.adjusted(0, 0, -1, -1));
        }
}

}  // namespace nnlab
