#pragma once
// The settings of a generative adversarial network in the window (GAN Lab's
// controls): the real distribution, the noise, the loss, label smoothing, and
// for each player its optimizer, learning rate, steps per iteration and network
// (PlayerEditor); the picker shows a small picture of each distribution
// (DistributionThumbnail.h), each learning rate offers GAN Lab's list. Each change is
// one undoable edit of the experiment's kind section, so the file, Edit > Undo
// and the worker all see the same thing. For other kinds it says what it is for.
#include "experiment/Experiment.h"

#include <QWidget>

#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace nnlab {

class BackgroundPainter;
class ExperimentDocument;
class DistributionPad;
class NumberSpinBox;

class AdversarialSettingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit AdversarialSettingsPanel(ExperimentDocument* document, QWidget* parent = nullptr);
    // Wide enough for the settings' rows even while they are hidden (no game
    // open yet), so the dock that holds the panel can be sized once.
    QSize minimumSizeHint() const override;

    // The real distributions one can pick here (the drawn one comes from drawing).
    static const std::vector<std::pair<const char*, const char*>>& distributions();
    // True if the experiment is of the two-player kind (its section has both players).
    static bool isAdversarial(const Experiment& e);
    // The picker's pictures: how many have arrived (made off the GUI thread).
    int thumbnailCount() const { return m_thumbnails; }
    static constexpr int kThumbnailSide = 28;

private:
    void refresh(const Experiment& e);
    void askThumbnails(const Experiment& e);
    // One undo step setting these paths of the kind's section ("loss", "noise.type").
    void edit(const QString& description, int mergeKey, const std::vector<std::pair<std::string, nlohmann::json>>& changes);

    ExperimentDocument* m_document;
    QLabel* m_note = nullptr;
    QWidget* m_form = nullptr;
    // Rows that speak of points in the plane, hidden for an image GAN (gan.images).
    QFormLayout* m_rows = nullptr;
    std::vector<QWidget*> m_planeOnly;
    QLabel* m_imageNote = nullptr;
    QComboBox* m_distribution = nullptr;
    QComboBox* m_noiseType = nullptr;
    QSpinBox* m_noiseDimension = nullptr;
    QComboBox* m_loss = nullptr;
    QCheckBox* m_smoothing = nullptr;
    QComboBox* m_generatorOptimizer = nullptr;
    QComboBox* m_discriminatorOptimizer = nullptr;
    NumberSpinBox* m_generatorRate = nullptr;
    NumberSpinBox* m_discriminatorRate = nullptr;
    QSpinBox* m_generatorSteps = nullptr;
    QSpinBox* m_discriminatorSteps = nullptr;
    DistributionPad* m_pad = nullptr;
    QLabel* m_padStatus = nullptr;
    bool m_refreshing = false;
    BackgroundPainter* m_thumbnailPainter = nullptr;
    bool m_thumbnailsAsked = false;
    int m_thumbnails = 0;

public:
    DistributionPad* pad() const { return m_pad; }
    // "Use drawing": the drawing becomes the real data (one undo step), or a message if it is empty.
    void useDrawing();
    QString padStatus() const;
};

}  // namespace nnlab
