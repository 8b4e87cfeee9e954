#include "images/ImageDataBox.h"

#include "common/ClassroomHiding.h"
#include "data/ImageFolder.h"
#include "images/AugmentPreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace nnlab {

ImageDataBox::ImageDataBox(QWidget* parent) : QGroupBox(tr("Images"), parent) {
    setObjectName(QStringLiteral("imageDataBox"));
    auto* layout = new QVBoxLayout(this);

    m_import = new QPushButton(tr("Import image folder\u2026"), this);
    m_import->setObjectName(QStringLiteral("importImageFolder"));
    m_import->setToolTip(tr("Train on your own pictures: choose a folder with one subfolder of PNG or JPEG images "
                            "per class (shapes/circle, shapes/square, ...)."));
    m_folder = new QLabel(this);
    m_folder->setObjectName(QStringLiteral("imageFolderName"));
    m_folder->setWordWrap(true);
    auto* importRow = new QHBoxLayout;
    importRow->addWidget(m_import);
    importRow->addWidget(m_folder, 1);
    layout->addLayout(importRow);
    markClassroomControl(m_import, "dataset");  // choosing the data, as the data set buttons

    m_settings = new QWidget(this);
    auto* settings = new QVBoxLayout(m_settings);
    settings->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_settings);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto side = [this](const char* name, const QString& tip) {
        auto* box = new QSpinBox(this);
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(int(kMinImageSide), int(kMaxImageSide));
        box->setSuffix(tr(" px"));
        box->setKeyboardTracking(false);
        box->setToolTip(tip);
        return box;
    };
    m_width = side("imageWidth", tr("The width every image of the folder is stretched to."));
    m_height = side("imageHeight", tr("The height every image of the folder is stretched to."));
    m_channels = new QComboBox(this);
    m_channels->setObjectName(QStringLiteral("imageChannels"));
    m_channels->addItem(tr("Grey"), 1);
    m_channels->addItem(tr("Colour (RGB)"), 3);
    m_channels->setToolTip(tr("Grey images have one channel, colour images three (red, green, blue)."));
    auto* size = new QHBoxLayout;
    size->addWidget(m_width, 1);
    size->addWidget(new QLabel(QStringLiteral("\u00d7"), this));
    size->addWidget(m_height, 1);
    form->addRow(tr("Size"), size);
    form->addRow(tr("Colour"), m_channels);
    for (QSpinBox* box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, [this] { emit imageFormatEdited(imageWidth(), imageHeight(), imageChannels()); });
    connect(m_channels, &QComboBox::currentIndexChanged, this,
            [this] { emit imageFormatEdited(imageWidth(), imageHeight(), imageChannels()); });

    m_shift = new QSpinBox(this);
    m_shift->setObjectName(QStringLiteral("augmentShift"));
    m_shift->setRange(0, 8);
    m_shift->setSuffix(tr(" px"));
    m_shift->setToolTip(tr("Move each training image by up to this many pixels in x and y."));
    m_flip = new QCheckBox(tr("Mirror"), this);
    m_flip->setObjectName(QStringLiteral("augmentFlip"));
    m_flip->setToolTip(tr("Mirror half of the training images left to right (not for digits or letters)."));
    m_rotation = new QSpinBox(this);
    m_rotation->setObjectName(QStringLiteral("augmentRotation"));
    m_rotation->setRange(0, int(kMaxAugmentRotation));
    m_rotation->setSuffix(tr("\u00b0"));
    m_rotation->setToolTip(tr("Turn each training image by a random angle of up to this many degrees either way."));
    m_noise = new QDoubleSpinBox(this);
    m_noise->setObjectName(QStringLiteral("augmentNoise"));
    m_noise->setRange(0.0, 1.0);
    m_noise->setSingleStep(0.05);
    m_noise->setDecimals(2);
    m_noise->setToolTip(tr("Add random noise of this standard deviation to every pixel of a training image."));
    for (QAbstractSpinBox* box : std::initializer_list<QAbstractSpinBox*>{m_shift, m_rotation, m_noise})
        box->setKeyboardTracking(false);
    // One setting a row: the dock is narrow on a 1280 x 800 projector.
    auto* heading = new QLabel(tr("Augmentation of the training images"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    form->addRow(heading);
    form->addRow(tr("Shift"), m_shift);
    form->addRow(tr("Turn"), m_rotation);
    form->addRow(tr("Noise"), m_noise);
    form->addRow(QString(), m_flip);
    settings->addLayout(form);
    connect(m_shift, &QSpinBox::valueChanged, this, &ImageDataBox::emitAugment);
    connect(m_rotation, &QSpinBox::valueChanged, this, &ImageDataBox::emitAugment);
    connect(m_noise, &QDoubleSpinBox::valueChanged, this, &ImageDataBox::emitAugment);
    connect(m_flip, &QCheckBox::toggled, this, &ImageDataBox::emitAugment);

    m_preview = new AugmentPreview(this);
    settings->addWidget(m_preview, 0, Qt::AlignHCenter);
}

int ImageDataBox::imageWidth() const { return m_width->value(); }
int ImageDataBox::imageHeight() const { return m_height->value(); }
int ImageDataBox::imageChannels() const { return m_channels->currentData().toInt(); }

void ImageDataBox::emitAugment() {
    AugmentSpec a;
    a.shift = m_shift->value();
    a.flip = m_flip->isChecked();
    a.rotation = m_rotation->value();
    a.noise = m_noise->value();
    emit augmentEdited(a);
}

void ImageDataBox::showExperiment(const Experiment& e, bool images) {
    m_settings->setVisible(images);
    const DataSpec& d = e.data;
    const bool folder = d.generator == "image_folder";
    auto set = [](auto* w, auto value) {
        const QSignalBlocker block(w);
        w->setValue(value);
    };
    set(m_width, d.imageWidth);
    set(m_height, d.imageHeight);
    {
        const QSignalBlocker block(m_channels);
        m_channels->setCurrentIndex(d.imageChannels == 3 ? 1 : 0);
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_width, m_height, m_channels}) w->setEnabled(folder);
    m_folder->setText(folder ? QDir::toNativeSeparators(QString::fromStdString(d.imageFolder)) : QString());
    set(m_shift, d.augment.shift);
    set(m_rotation, int(std::lround(d.augment.rotation)));
    set(m_noise, d.augment.noise);
    {
        const QSignalBlocker block(m_flip);
        m_flip->setChecked(d.augment.flip);
    }
    m_preview->setAugment(d.augment, e.seed);
}

void ImageDataBox::setTrainingImages(const Matrix& rows, const Shape& shape) { m_preview->setImages(rows, shape); }

}  // namespace nnlab
