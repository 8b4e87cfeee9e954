#pragma once
// The data: a picker of every data source with a preview of each, noise,
// number of points, train/test ratio, seed and regenerate, the Playground
// input features, CSV import, and drawing your own points. Every change is an
// undoable edit of the document.
#include "experiment/Experiment.h"
#include "playground/SequenceCsvDialog.h"

#include <QWidget>

#include <functional>
#include <optional>

#include <map>
#include <string>
#include <vector>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QToolButton;

namespace nnlab {

class ExperimentDocument;
class ImageDataBox;
class PointCanvas;

class DataPanel : public QWidget {
    Q_OBJECT
public:
    explicit DataPanel(ExperimentDocument* document, QWidget* parent = nullptr);

    // What the buttons do, callable from tests and other views.
    void selectGenerator(const std::string& name);
    // Reads the file and applies the columns. On a bad file or column the
    // error is shown in the panel and the experiment stays as it was.
    bool importCsv(const QString& path, int targetColumn, const std::vector<int>& inputColumns,
                   const std::string& problem = "auto");
    // A point of class cls (-1: the class chosen under "Draw"). From any
    // two-class or K-class set of the plane the data first becomes drawn
    // points, starting from the points on show; one undo step either way.
    void addCustomPoint(double x1, double x2, int cls = -1);
    bool removeCustomPointNear(double x1, double x2);
    // Points of the plane can be added and removed by clicking (a
    // classification set of the plane, or drawn points); not CSV, images or regression.
    static bool pointsEditable(const Experiment& e);
    // The class a plain click adds, and the number of classes of the data on show.
    int drawClass() const;
    static int classCount(const Experiment& e);
    void clearCustomPoints();
    // Reads the folder (one subfolder of PNG/JPEG images per class) at this
    // size and colour. On a problem the error is shown, naming the file, and
    // the experiment stays as it was. A network made for points of the plane
    // gets a small convolutional network in its place.
    bool importImageFolder(const QString& folder, int width, int height, int channels);
    ImageDataBox* imageBox() const { return m_images; }
    void regenerate();

    // The kind of task the data source gives, without loading it (CSV and
    // drawn data: as their "problem" field says, classification if "auto").
    static ProblemKind problemKindOf(const Experiment& e);

    QString errorText() const;
    PointCanvas* pointCanvas() const { return m_canvas; }
    QToolButton* generatorButton(const std::string& name) const;
    QToolButton* featureButton(const std::string& name) const;
    QComboBox* drawClassCombo() const { return m_drawClass; }

    // Sequences (DataPanelSequences.cpp): the time steps of the adding and
    // sines sets (data.steps), the recall's delay (data.delay), and a CSV file
    // of sequences, wide or long. Each change is one undo step.
    void setSequenceSteps(int steps);
    void setRecallDelay(int delay);
    bool importSequenceCsv(const QString& path, const SequenceCsvChoice& choice);
    QSpinBox* stepsBox() const { return m_steps; }
    QSpinBox* delayBox() const { return m_delay; }

public slots:
    void refresh(const nnlab::Experiment& experiment);
    // The file dialog, then the column chooser, then importCsv().
    void importCsvInteractive();
    // The file dialog, then SequenceCsvDialog, then importSequenceCsv().
    void importSequenceCsvInteractive();
    // Shows a problem with the data (also used for the worker's data errors).
    void showError(const QString& message);
    // The folder dialog, then importImageFolder() at the size the panel shows.
    void importImageFolderInteractive();
    // A few training images as the network sees them, for the augmentation preview.
    void showTrainingImages(const nnlab::Matrix& rows, const nnlab::Shape& shape);

signals:
    // Whether clicks may add and remove points (pointsEditable) changed: the
    // output view takes clicks then.
    void pointEditingChanged(bool editable);

private:
    enum MergeKey { kMergeNoise = 0x7400, kMergePoints, kMergeRatio, kMergeSeed, kMergeClasses, kMergeSteps, kMergeDelay, kMergeAugment, kMergeValidation };

    // The file dialog and the table it names; nothing (the error shown) when cancelled or unreadable.
    std::optional<CsvTable> chooseCsv(const QString& title, QString* path);
    void edit(const QString& what, int mergeKey, const std::function<void(Experiment&)>& change);
    void commit(const Experiment& before, Experiment next, const QString& what, int mergeKey = 0);
    void toggleFeature(const std::string& name, bool on);
    // next.data becomes drawn points, starting from the points of `from` on show.
    static bool startDrawing(const DataSpec& from, DataSpec& next);
    QWidget* buildSequenceControls();
    void refreshSequenceControls(const Experiment& e);

    ExperimentDocument* m_doc;
    QButtonGroup* m_generators = nullptr;
    std::map<std::string, QToolButton*> m_generatorButtons;
    QSpinBox* m_classes = nullptr;
    QLabel* m_classesLabel = nullptr;
    QFormLayout* m_classesForm = nullptr;  // its row is left out for image and sequence data
    QSlider* m_noise = nullptr;
    QLabel* m_noiseValue = nullptr;
    QSlider* m_points = nullptr;
    QLabel* m_pointsValue = nullptr;
    QSlider* m_ratio = nullptr;
    QLabel* m_ratioValue = nullptr;
    QSlider* m_validation = nullptr;
    QLabel* m_validationValue = nullptr;
    QSpinBox* m_seed = nullptr;
    QPushButton* m_regenerate = nullptr;
    std::map<std::string, QToolButton*> m_featureButtons;
    QPushButton* m_csv = nullptr;
    QLabel* m_csvInfo = nullptr;
    QLabel* m_sampleInfo = nullptr;  // images and sequences: what one sample is; the plane's features do not apply
    QLabel* m_error = nullptr;
    QWidget* m_drawBox = nullptr;
    QComboBox* m_drawClass = nullptr;
    QPushButton* m_clear = nullptr;
    PointCanvas* m_canvas = nullptr;
    QWidget* m_sequenceBox = nullptr;
    QSpinBox* m_steps = nullptr;
    QSpinBox* m_delay = nullptr;
    QLabel* m_stepsLabel = nullptr;
    QLabel* m_delayLabel = nullptr;
    QPushButton* m_sequenceCsv = nullptr;
    ImageDataBox* m_images = nullptr;
    QWidget* m_planeSets = nullptr;  // the plane's data set buttons
    bool m_editable = false;
};

}  // namespace nnlab
