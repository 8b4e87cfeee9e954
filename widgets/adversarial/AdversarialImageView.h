#pragma once
// An image GAN in the "Generator and discriminator" dock, from the payload
// its task sends (GanTask.h, "fake_images" ... "interpolation"): the images
// the generator makes from a fixed noise batch (the same 64 noise vectors
// every frame, so the class watches each one sharpen), real images beside
// them, and the latent interpolation: a row of images along the line between
// the noise vectors of two samples, picked by clicking two samples or by
// "New pair". D(x) of each image is its tooltip.
#include "training/Snapshot.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace nnlab {

class AdversarialImageTiles;

class AdversarialImageView : public QWidget {
    Q_OBJECT
public:
    explicit AdversarialImageView(QWidget* parent = nullptr);

    bool hasPicture() const;
    AdversarialImageTiles* generatedTiles() const { return m_fake; }
    AdversarialImageTiles* realTiles() const { return m_real; }
    AdversarialImageTiles* interpolationTiles() const { return m_line; }
    QPushButton* newPairButton() const { return m_newPair; }
    int pairFrom() const { return m_from; }
    int pairTo() const { return m_to; }

public slots:
    void showSnapshot(std::shared_ptr<const nnlab::Snapshot> snapshot);
    // The two samples the interpolation walks between (emits interpolationChosen).
    void choosePair(int from, int to);
    void chooseNewPair();  // two other samples, at random

signals:
    // The snapshot has (true) or lacks (false) an image GAN's pictures.
    void pictureChanged(bool hasPicture);
    // A run's first picture: the window may bring this view forward.
    void pictureAppeared();
    // Please send frames whose interpolation runs from sample `from` to `to`.
    void interpolationChosen(int from, int to);

protected:
    void resizeEvent(QResizeEvent* event) override;  // the walk's row: as tall as its tiles are wide

private:
    void clearPicture();
    void onTileClicked(int index);
    void updateCaptions();

    QLabel* m_caption = nullptr;
    QLabel* m_lineCaption = nullptr;
    QLabel* m_realCaption = nullptr;
    AdversarialImageTiles* m_fake = nullptr;
    AdversarialImageTiles* m_real = nullptr;
    AdversarialImageTiles* m_line = nullptr;
    QPushButton* m_newPair = nullptr;
    int m_from = 0, m_to = 1;
    double m_meanFake = 0.0, m_meanReal = 0.0;
    bool m_hadPicture = false;
};

}  // namespace nnlab
