#include "adversarial/AdversarialImageView.h"

#include "adversarial/AdversarialImageTiles.h"
#include "adversarial/AdversarialPicture.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

#include <algorithm>

namespace nnlab {

namespace {

constexpr int kGeneratedColumns = 8;
constexpr int kRealColumns = 4;
constexpr int kInterpolationColumns = 10;

Matrix payloadOr(const Snapshot& s, const char* name) {
    const Payload* p = adversarial::findPayload(s, name);
    return p ? p->values : Matrix();
}

QLabel* wrappedLabel(const QString& text, const QString& name) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setObjectName(name);
    return label;
}

}  // namespace

AdversarialImageView::AdversarialImageView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("adversarialImageView"));
    m_caption = wrappedLabel(QString(), QStringLiteral("generatedImagesCaption"));
    m_fake = new AdversarialImageTiles(kGeneratedColumns);
    m_fake->setObjectName(QStringLiteral("generatedImages"));
    m_fake->setToolTip(tr("The generator's images of a fixed noise batch: the same noise every frame, so each image "
                          "changes only because the generator learns. Click two to walk between them."));
    m_real = new AdversarialImageTiles(kRealColumns);
    m_real->setObjectName(QStringLiteral("realImages"));
    m_realCaption = wrappedLabel(QString(), QStringLiteral("realImagesCaption"));
    m_line = new AdversarialImageTiles(kInterpolationColumns);
    m_line->setObjectName(QStringLiteral("interpolationImages"));
    m_lineCaption = wrappedLabel(QString(), QStringLiteral("interpolationCaption"));
    m_newPair = new QPushButton(tr("New pair"));
    m_newPair->setObjectName(QStringLiteral("newPairButton"));
    m_newPair->setToolTip(tr("Walk between two other generated images, picked at random."));

    auto* generated = new QVBoxLayout;
    generated->addWidget(new QLabel(tr("<b>Generated</b>")));
    generated->addWidget(m_fake, 1);
    auto* real = new QVBoxLayout;
    real->addWidget(new QLabel(tr("<b>Real</b>")));
    real->addWidget(m_real, 1);
    real->addWidget(m_realCaption);
    auto* grids = new QHBoxLayout;
    grids->addLayout(generated, 2);
    grids->addLayout(real, 1);

    auto* lineHead = new QHBoxLayout;
    lineHead->addWidget(m_lineCaption, 1);
    lineHead->addWidget(m_newPair);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    // The grid of 8 rows takes most of the height, the walk's one row the rest.
    layout->addLayout(grids, 5);
    layout->addLayout(lineHead);
    layout->addWidget(m_line);

    connect(m_fake, &AdversarialImageTiles::tileClicked, this, &AdversarialImageView::onTileClicked);
    connect(m_newPair, &QPushButton::clicked, this, &AdversarialImageView::chooseNewPair);
    updateCaptions();
}

void AdversarialImageView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // The grid's 8 rows and the walk's one share the height the tiles get:
    // 9 rows of equal tiles, unless ten across the width are smaller.
    const int across = (m_line->width() - 2) / kInterpolationColumns - 2;
    const int shared = (m_fake->height() + m_line->height()) / (kGeneratedColumns + 1) - 2;
    m_line->setFixedHeight(std::clamp(std::min(across, shared), 16, 120) + 4);
}

bool AdversarialImageView::hasPicture() const { return m_fake->count() > 0; }

void AdversarialImageView::clearPicture() {
    m_fake->clear();
    m_real->clear();
    m_line->clear();
}

void AdversarialImageView::showSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    if (!snapshot) return;
    const Matrix geometry = payloadOr(*snapshot, "image_shape");
    if (geometry.rows() != 1 || geometry.cols() != 5) {
        // Another kind, or points of the plane: nothing of ours to show.
        if (hasPicture()) {
            clearPicture();
            emit pictureChanged(false);
        }
        m_hadPicture = false;
        return;
    }
    const Shape shape{Index(geometry(0, 0)), Index(geometry(0, 1)), Index(geometry(0, 2))};
    const double lo = geometry(0, 3), hi = geometry(0, 4);
    const Matrix fakeD = payloadOr(*snapshot, "fake_images_d"), realD = payloadOr(*snapshot, "real_images_d");
    m_fake->setImages(payloadOr(*snapshot, "fake_images"), shape, lo, hi, fakeD);
    m_real->setImages(payloadOr(*snapshot, "real_images"), shape, lo, hi, realD);
    m_line->setImages(payloadOr(*snapshot, "interpolation"), shape, lo, hi);
    m_meanFake = fakeD.size() ? fakeD.mean() : 0.0;
    m_meanReal = realD.size() ? realD.mean() : 0.0;
    const Matrix pair = payloadOr(*snapshot, "interpolation_pair");
    if (pair.size() == 2) {
        m_from = int(pair(0, 0));
        m_to = int(pair(0, 1));
    }
    m_fake->setMarks(m_from, m_to);
    if (m_line->count() > 1) m_line->setMarks(0, m_line->count() - 1);
    updateCaptions();
    if (!m_hadPicture) {
        m_hadPicture = true;
        emit pictureChanged(true);
        emit pictureAppeared();
    }
}

void AdversarialImageView::updateCaptions() {
    const QLocale locale;
    m_caption->setText(tr("The generator's images of the same 64 noise vectors, frame after frame: they sharpen "
                          "as it learns. Mean D(x): generated %1, real %2.")
                           .arg(locale.toString(m_meanFake, 'f', 2), locale.toString(m_meanReal, 'f', 2)));
    m_realCaption->setText(tr("Images the discriminator sees as real."));
    m_lineCaption->setText(tr("<b>Latent interpolation</b>: from generated image %1 "
                              "(<span style='color:%3'>blue</span>) to %2 (<span style='color:%4'>orange</span>), "
                              "along the straight line between their noise vectors.")
                               .arg(m_from + 1)
                               .arg(m_to + 1)
                               .arg(AdversarialImageTiles::kFirstMark.name(), AdversarialImageTiles::kSecondMark.name()));
}

void AdversarialImageView::choosePair(int from, int to) {
    if (from == to) return;
    m_from = from;
    m_to = to;
    m_fake->setMarks(m_from, m_to);
    updateCaptions();
    emit interpolationChosen(from, to);
}

void AdversarialImageView::onTileClicked(int index) {
    // The newest click is the walk's end; the one before, its start.
    if (index != m_to) choosePair(m_to, index);
}

void AdversarialImageView::chooseNewPair() {
    const int n = std::max(2, m_fake->count());
    QRandomGenerator* random = QRandomGenerator::global();
    const int from = int(random->bounded(n));
    int to = int(random->bounded(n - 1));
    if (to >= from) ++to;
    choosePair(from, to);
}

}  // namespace nnlab
