#pragma once
// The Data dock's part for images: import a folder of PNG/JPEG images (one
// subfolder per class) at a chosen size and colour, the augmentation of the
// training images (shift, flip, rotation, noise), and a preview of a few
// training images with augmented copies. It shows settings and says what was
// edited; DataPanel turns the edits into undoable changes of the experiment.
#include "experiment/Experiment.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace nnlab {

class AugmentPreview;

class ImageDataBox : public QGroupBox {
    Q_OBJECT
public:
    explicit ImageDataBox(QWidget* parent = nullptr);

    // The settings of e; the size and colour controls are for an image folder
    // only, and without image data only the import button shows.
    void showExperiment(const Experiment& e, bool images);
    // Training images (NCHW rows, as the network sees them) for the preview.
    void setTrainingImages(const Matrix& rows, const Shape& shape);

    int imageWidth() const;
    int imageHeight() const;
    int imageChannels() const;
    AugmentPreview* preview() const { return m_preview; }
    QPushButton* importButton() const { return m_import; }

signals:
    void importRequested();
    void imageFormatEdited(int width, int height, int channels);
    void augmentEdited(const nnlab::AugmentSpec& augment);

private:
    void emitAugment();

    QPushButton* m_import = nullptr;
    QLabel* m_folder = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QComboBox* m_channels = nullptr;
    QSpinBox* m_shift = nullptr;
    QCheckBox* m_flip = nullptr;
    QSpinBox* m_rotation = nullptr;
    QDoubleSpinBox* m_noise = nullptr;
    AugmentPreview* m_preview = nullptr;
    QWidget* m_settings = nullptr;  // everything below the import button
};

}  // namespace nnlab
