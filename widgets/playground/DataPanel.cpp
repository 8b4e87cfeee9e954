#include "playground/DataPanel.h"

#include "common/ClassroomHiding.h"
#include "playground/DataThumbnails.h"
#include "playground/ExperimentDocument.h"
#include "common/MapColors.h"
#include "playground/NetworkEdits.h"
#include "playground/PointCanvas.h"
#include "playground/CsvImportDialog.h"
#include "data/Csv.h"
#include "data/Features.h"
#include "data/ImageFolder.h"
#include "images/ImageDataBox.h"
#include "model/Network.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace nnlab {
namespace {

constexpr int kThumbSize = 46;
constexpr int kGeneratorColumns = 4;

bool isClassificationLoss(const std::string& loss) {
    return loss == "bce" || loss == "cce" || loss == "sparse_cce" || loss == "hinge";
}

QString generatorTip(const GeneratorInfo& g) {
    const std::string n = g.name;
    if (n == "circle") return DataPanel::tr("A disc of one class inside a ring of the other.");
    if (n == "xor") return DataPanel::tr("Four quadrants: the class is the sign of x\u2081\u00b7x\u2082 (exclusive or).");
    if (n == "gaussian") return DataPanel::tr("Two round clouds of points, one per class.");
    if (n == "spiral") return DataPanel::tr("Two interleaved spiral arms: hard for a small network.");
    if (n == "moons") return DataPanel::tr("Two interlocking half circles.");
    if (n == "checkerboard") return DataPanel::tr("Squares of alternating classes, like a chessboard.");
    if (n == "blobs") return DataPanel::tr("K round clouds, one per class; choose K below.");
    if (n == "multi_spiral") return DataPanel::tr("K interleaved spiral arms, one per class; choose K below.");
    if (n == "reg_plane") return DataPanel::tr("Regression: the target rises evenly across the plane.");
    if (n == "reg_gaussian") return DataPanel::tr("Regression: six bumps of positive and negative targets.");
    if (n == "csv") return DataPanel::tr("Import a table of numbers from a CSV file and choose its columns.");
    if (n == "custom") return DataPanel::tr("Draw your own points: click to add, right-click to remove.");
    if (n == "simple") return DataPanel::tr("ConvNetJS's 13 fixed points: too few for an obvious boundary.");
    if (n == "random_labels")
        return DataPanel::tr("Points with coin-flip labels: nothing to learn, so a fit is memorisation (the test "
                             "accuracy stays near 50 %).");
    return QCoreApplication::translate("Dataset", g.label);
}

// Long labels ("Blobs (K classes)") break at the space nearest the middle,
// so four previews fit side by side in a narrow dock.
QString twoLines(QString label) {
    if (label.size() <= 10) return label;
    int best = -1;
    for (int i = 0; i < label.size(); ++i)
        if (label[i] == QLatin1Char(' ') && (best < 0 || std::abs(i - label.size() / 2) < std::abs(best - label.size() / 2)))
            best = i;
    if (best >= 0) label[best] = QLatin1Char('\n');
    return label;
}

// "✓ X₁" when on, "X₁" when off; screen readers hear the state in words.
void showFeatureState(QToolButton* button, const QString& label, bool on) {
    button->setText(on ? QStringLiteral("\u2713 ") + label : label);
    button->setAccessibleName(on ? DataPanel::tr("%1, on").arg(label) : DataPanel::tr("%1, off").arg(label));
}

QString featureTip(const std::string& name) {
    return DataPanel::tr("Feed %1 to the network as an input; click to switch it on or off.")
        .arg(NetworkEdits::featureLabel(name));
}

// Convolution, pooling and a softmax layer: what an image folder gets when the
// network on show was made for points of the plane (the output follows the
// folder's classes when it is read).
std::vector<LayerSpec> smallImageNetwork() {
    LayerSpec conv;
    conv.type = "conv2d";
    conv.name = "conv1";
    conv.units = 8;
    conv.activation = NamedSpec("relu");
    conv.weightInit = NamedSpec("he_uniform");
    conv.options = {{"kernel", 3}, {"padding", 1}};
    LayerSpec pool;
    pool.type = "maxpool2d";
    pool.name = "pool1";
    pool.options = {{"kernel", 2}};
    LayerSpec flatten;
    flatten.type = "flatten";
    flatten.name = "flatten";
    LayerSpec output;
    output.name = "output";
    output.units = 2;
    output.activation = NamedSpec("softmax");
    return {conv, pool, flatten, output};
}

// The output layer a CSV data set needs, as NetworkEdits::taskOutput would
// give it once the number of classes is known.
void fitOutputToClasses(Experiment& e, ProblemKind kind, int classes) {
    const int out = NetworkEdits::outputLayer(e);
    if (out < 0) return;
    LayerSpec& l = e.network.layers[std::size_t(out)];
    const std::string& loss = e.loss.name;
    if (kind == ProblemKind::Regression) {
        l.units = 1;
        l.activation = NamedSpec("linear");
    } else if (loss == "cce" || loss == "sparse_cce") {
        l.units = classes;
        l.activation = NamedSpec("softmax");
    } else if (loss == "hinge") {
        l.units = classes == 2 ? 1 : classes;
        l.activation = NamedSpec("linear");
    } else if (classes == 2) {
        l.units = 1;
        l.activation = NamedSpec("sigmoid");
    } else {
        l.units = classes;
        l.activation = NamedSpec(loss == "bce" ? "sigmoid" : "softmax");
    }
}

}  // namespace

DataPanel::DataPanel(ExperimentDocument* document, QWidget* parent) : QWidget(parent), m_doc(document) {
    auto* layout = new QVBoxLayout(this);
    m_sampleInfo = new QLabel(this);
    m_sampleInfo->setObjectName(QStringLiteral("sampleInfo"));
    m_sampleInfo->setWordWrap(true);
    m_sampleInfo->setStyleSheet(QStringLiteral("QLabel { background: #eef4fb; border: 1px solid #9cc3e6; padding: 6px; }"));
    m_sampleInfo->hide();
    layout->addWidget(m_sampleInfo);

    // Data sources with previews.
    auto* grid = new QGridLayout;
    grid->setSpacing(3);
    m_generators = new QButtonGroup(this);
    m_generators->setExclusive(true);
    int index = 0;
    for (const GeneratorInfo& g : generatorTable()) {
        if (!g.isPlane()) continue;  // image sets (generated or IDX files) belong to the image workspace
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("generator_") + QString::fromLatin1(g.name));
        button->setCheckable(g.source != DataSource::Csv);  // CSV opens a dialog; it is checked once imported
        button->setIcon(QIcon(dataThumbnail(g, 3, kThumbSize * 2)));
        button->setIconSize(QSize(kThumbSize, kThumbSize));
        button->setText(twoLines(QCoreApplication::translate("Dataset", g.label)));
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setAutoRaise(true);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        QFont small = button->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        button->setFont(small);
        button->setToolTip(generatorTip(g));
        m_generators->addButton(button);
        m_generatorButtons[g.name] = button;
        markClassroomControl(button, g.source == DataSource::Csv ? "csv_import" : "dataset");
        grid->addWidget(button, index / kGeneratorColumns, index % kGeneratorColumns);
        ++index;
        const std::string name = g.name;
        connect(button, &QToolButton::clicked, this, [this, name] {
            if (name == "csv")
                importCsvInteractive();
            else
                selectGenerator(name);
        });
    }
    // In a box of their own: for images and sequences the plane's sets are
    // left out (the classroom's hiding shows and hides the buttons inside it).
    m_planeSets = new QWidget(this);
    m_planeSets->setObjectName(QStringLiteral("planeDataSets"));
    grid->setContentsMargins(0, 0, 0, 0);
    m_planeSets->setLayout(grid);
    layout->addWidget(m_planeSets);

    auto* form = new QFormLayout;
    m_classesForm = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_classes = new QSpinBox(this);
    m_classes->setObjectName(QStringLiteral("classes"));
    m_classes->setRange(2, 6);
    m_classes->setKeyboardTracking(false);
    m_classes->setToolTip(tr("How many classes the blobs and multi-arm spiral sets have."));
    form->addRow(tr("Classes"), m_classes);
    m_classesLabel = qobject_cast<QLabel*>(form->labelForField(m_classes));
    markClassroomControl(m_classes, "dataset");  // a setting of the blob and spiral sets

    auto slider = [this, form](QSlider*& s, QLabel*& value, const QString& label, const QString& tip, int lo, int hi,
                               int step, const char* name) {
        s = new QSlider(Qt::Horizontal, this);
        s->setObjectName(QString::fromLatin1(name));
        s->setRange(lo, hi);
        s->setSingleStep(step);
        s->setPageStep(step * 2);
        s->setToolTip(tip);
        value = new QLabel(this);
        value->setMinimumWidth(QFontMetrics(value->font()).horizontalAdvance(QStringLiteral("00000")));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* row = new QHBoxLayout;
        row->addWidget(s, 1);
        row->addWidget(value);
        form->addRow(label, row);
    };
    slider(m_noise, m_noiseValue, tr("Noise"), tr("How much the points are jittered or their labels flipped near the boundary, in percent."), 0, 80, 5, "noise");
    slider(m_points, m_pointsValue, tr("Points"), tr("How many points the data set has, training and test together."), 20, 2000, 20, "points");
    slider(m_ratio, m_ratioValue, tr("Training share"), tr("The share of the points used for training; the rest are test points."), 10, 90, 10, "trainRatio");
    slider(m_validation, m_validationValue, tr("Validation share"),
           tr("The share of the training points held out for validation: early stopping watches their loss, so the "
              "test points stay unseen until the end. 0 % trains on all of them."),
           0, 50, 5, "validationRatio");
    markClassroomControl(m_noise, "noise");  // with its label and value: the whole form row
    markClassroomControl(m_points, "points");
    markClassroomControl(m_ratio, "train_ratio");
    markClassroomControl(m_validation, "train_ratio");  // the same decision: how the data is split

    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("dataSeed"));
    m_seed->setRange(0, 999999999);
    m_seed->setKeyboardTracking(false);
    m_seed->setToolTip(tr("The data seed: the same seed always gives the same points and the same split."));
    m_regenerate = new QPushButton(tr("Regenerate"), this);
    m_regenerate->setObjectName(QStringLiteral("regenerate"));
    m_regenerate->setToolTip(tr("Draw a new seed and new points; the network keeps its weights."));
    auto* seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(m_regenerate);
    markClassroomControl(seedRow, "data_seed");
    form->addRow(tr("Seed"), seedRow);
    layout->addLayout(form);
    layout->addWidget(buildSequenceControls());

    // Input features.
    auto* featureLabel = new QLabel(tr("Input features"), this);
    featureLabel->setToolTip(tr("Which functions of x\u2081 and x\u2082 the network gets as its inputs."));
    layout->addWidget(featureLabel);
    markClassroomControl(featureLabel, "features");
    auto* features = new QGridLayout;
    features->setSpacing(2);
    int f = 0;
    for (const FeatureInfo& info : featureTable()) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("feature_") + QString::fromLatin1(info.name));
        button->setCheckable(true);
        button->setText(QString::fromUtf8(info.label));
        button->setToolTip(featureTip(info.name));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        // On and off must be told apart on a washed-out projector and without
        // colour vision: a check mark, a bold text and border when on, a dashed
        // border and no mark when off.
        button->setStyleSheet(QStringLiteral(
            "QToolButton { padding: 3px 4px; border-radius: 3px; }"
            "QToolButton:checked { border: 2px solid #1565c0; background: #e3eefb; font-weight: bold; color: #0d2a4a; }"
            "QToolButton:!checked { border: 1px dashed #9aa0a6; background: #ffffff; color: #5f6368; }"));
        const std::string name = info.name;
        const QString label = NetworkEdits::featureLabel(info.name);
        connect(button, &QToolButton::toggled, this, [button, label](bool on) { showFeatureState(button, label, on); });
        connect(button, &QToolButton::toggled, this, [this, name](bool on) { toggleFeature(name, on); });
        features->addWidget(button, f / 4, f % 4);
        m_featureButtons[name] = button;
        markClassroomControl(button, "features");
        ++f;
    }
    layout->addLayout(features);

    // CSV.
    m_csv = new QPushButton(tr("Import CSV\u2026"), this);
    m_csv->setObjectName(QStringLiteral("importCsv"));
    m_csv->setToolTip(tr("Load your own table of numbers and choose the target and input columns."));
    connect(m_csv, &QPushButton::clicked, this, &DataPanel::importCsvInteractive);
    m_csvInfo = new QLabel(this);
    m_csvInfo->setWordWrap(true);
    m_sequenceCsv = new QPushButton(tr("Sequences\u2026"), this);
    m_sequenceCsv->setObjectName(QStringLiteral("importSequenceCsv"));
    m_sequenceCsv->setToolTip(tr("Load sequences from a CSV file: one sequence per row, or one time step per row "
                                 "with a column naming the sequence."));
    connect(m_sequenceCsv, &QPushButton::clicked, this, &DataPanel::importSequenceCsvInteractive);
    auto* csvRow = new QHBoxLayout;
    csvRow->addWidget(m_csv);
    csvRow->addWidget(m_sequenceCsv);
    csvRow->addWidget(m_csvInfo, 1);
    markClassroomControl(csvRow, "csv_import");
    layout->addLayout(csvRow);
    m_images = new ImageDataBox(this);
    layout->addWidget(m_images);
    connect(m_images, &ImageDataBox::importRequested, this, &DataPanel::importImageFolderInteractive);
    connect(m_images, &ImageDataBox::imageFormatEdited, this, [this](int width, int height, int channels) {
        edit(channels == 3 ? tr("Images %1 × %2, colour").arg(width).arg(height)
                           : tr("Images %1 × %2, grey").arg(width).arg(height),
             0, [=](Experiment& e) {
                 e.data.imageWidth = width;
                 e.data.imageHeight = height;
                 e.data.imageChannels = channels;
             });
    });
    connect(m_images, &ImageDataBox::augmentEdited, this, [this](const AugmentSpec& augment) {
        edit(tr("Augmentation"), kMergeAugment, [augment](Experiment& e) { e.data.augment = augment; });
    });
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dataError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);

    // Drawing your own points.
    m_drawBox = new QWidget(this);
    auto* drawLayout = new QVBoxLayout(m_drawBox);
    drawLayout->setContentsMargins(0, 0, 0, 0);
    m_drawClass = new QComboBox(m_drawBox);
    m_drawClass->setObjectName(QStringLiteral("drawClass"));
    m_drawClass->setToolTip(tr("The class a click adds."));
    for (int k = 0; k < MapColors::kMaxClassColors; ++k) {
        QPixmap swatch(12, 12);
        swatch.fill(MapColors::classColor(k));
        m_drawClass->addItem(QIcon(swatch), tr("Class %1").arg(k), k);
    }
    m_drawClass->setCurrentIndex(1);
    m_clear = new QPushButton(tr("Clear"), m_drawBox);
    m_clear->setObjectName(QStringLiteral("clearPoints"));
    m_clear->setToolTip(tr("Remove every drawn point."));
    auto* drawRow = new QHBoxLayout;
    drawRow->addWidget(new QLabel(tr("Draw"), m_drawBox));
    drawRow->addWidget(m_drawClass, 1);
    drawRow->addWidget(m_clear);
    drawLayout->addLayout(drawRow);
    m_canvas = new PointCanvas(m_drawBox);
    drawLayout->addWidget(m_canvas);
    layout->addWidget(m_drawBox);
    layout->addStretch(1);

    connect(m_canvas, &PointCanvas::addRequested, this, [this](double x1, double x2) { addCustomPoint(x1, x2); });
    connect(m_canvas, &PointCanvas::removeRequested, this, &DataPanel::removeCustomPointNear);
    connect(m_clear, &QPushButton::clicked, this, &DataPanel::clearCustomPoints);
    connect(m_regenerate, &QPushButton::clicked, this, &DataPanel::regenerate);
    connect(m_classes, &QSpinBox::valueChanged, this, [this](int k) {
        edit(tr("Classes %1").arg(k), kMergeClasses, [k](Experiment& e) { e.data.classes = k; });
    });
    connect(m_noise, &QSlider::valueChanged, this, [this](int v) {
        m_noiseValue->setText(tr("%1 %").arg(v));
        edit(tr("Noise %1 %").arg(v), kMergeNoise, [v](Experiment& e) { e.data.noise = v / 100.0; });
    });
    connect(m_points, &QSlider::valueChanged, this, [this](int v) {
        m_pointsValue->setText(QLocale().toString(v));
        edit(tr("Points %1").arg(v), kMergePoints, [v](Experiment& e) { e.data.points = v; });
    });
    connect(m_ratio, &QSlider::valueChanged, this, [this](int v) {
        m_ratioValue->setText(tr("%1 %").arg(v));
        edit(tr("Training share %1 %").arg(v), kMergeRatio, [v](Experiment& e) { e.data.trainRatio = v / 100.0; });
    });
    connect(m_validation, &QSlider::valueChanged, this, [this](int v) {
        m_validationValue->setText(tr("%1 %").arg(v));
        edit(tr("Validation share %1 %").arg(v), kMergeValidation,
             [v](Experiment& e) { e.data.validationRatio = v / 100.0; });
    });
    connect(m_seed, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("Data seed %1").arg(v), kMergeSeed, [v](Experiment& e) { e.data.seed = std::uint64_t(v); });
    });

    connect(m_doc, &ExperimentDocument::experimentChanged, this, &DataPanel::refresh);
    refresh(m_doc->experiment());
}

QToolButton* DataPanel::generatorButton(const std::string& name) const {
    auto it = m_generatorButtons.find(name);
    return it == m_generatorButtons.end() ? nullptr : it->second;
}

QToolButton* DataPanel::featureButton(const std::string& name) const {
    auto it = m_featureButtons.find(name);
    return it == m_featureButtons.end() ? nullptr : it->second;
}

QString DataPanel::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

void DataPanel::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void DataPanel::edit(const QString& what, int mergeKey, const std::function<void(Experiment&)>& change) {
    const Experiment& before = m_doc->experiment();
    Experiment next = before;
    change(next);
    commit(before, std::move(next), what, mergeKey);
}

void DataPanel::commit(const Experiment& before, Experiment next, const QString& what, int mergeKey) {
    if (next.data == before.data && next.features == before.features) return;
    // Loads the data once here: a CSV problem is shown and nothing changes;
    // otherwise the loss and the output layer follow the kind of task.
    ProblemKind kind = ProblemKind::Classification;
    int classes = 2;
    bool loaded = false;
    try {
        const LoadedData d = loadData(next.data);
        kind = d.data.kind;
        classes = d.data.numClasses;
        loaded = true;
    } catch (const std::exception& e) {
        // A file or folder of the user's: say what is wrong with it and keep what was loaded.
        const bool folder = next.data.generator == "image_folder";
        if (next.data.generator == "csv" || folder) {
            showError(tr("Could not use %1: %2")
                          .arg(QString::fromStdString(folder ? next.data.imageFolder : next.data.csvPath), QString::fromUtf8(e.what())));
            refresh(m_doc->experiment());
            return;
        }
    }
    if (loaded) {
        ProblemKind beforeKind = kind;
        try {
            beforeKind = loadData(before.data).data.kind;
        } catch (const std::exception&) {
        }
        // A file's or a folder's classes are known once it is read: the output follows them.
        const bool counted = next.data.generator == "csv" || next.data.generator == "image_folder";
        const bool followed = NetworkEdits::outputFollowsTask(before) || before.data.generator == "csv" ||
                              next.data.generator == "image_folder";
        if (kind == ProblemKind::Regression && isClassificationLoss(next.loss.name)) next.loss = NamedSpec("mse");
        if (kind == ProblemKind::Classification && beforeKind == ProblemKind::Regression &&
            !isClassificationLoss(next.loss.name))
            next.loss = NamedSpec(classes > 2 ? "sparse_cce" : "bce");
        if (followed) {
            if (counted)
                fitOutputToClasses(next, kind, classes);
            else
                NetworkEdits::applyTaskOutput(next);
        }
    }
    showError(QString());
    m_doc->change(next, what, mergeKey);
}

void DataPanel::selectGenerator(const std::string& name) {
    const Experiment& before = m_doc->experiment();
    if (before.data.generator == name) return;
    const GeneratorInfo* info = nullptr;
    try {
        info = &findGenerator(name);
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()));
        return;
    }
    Experiment next = before;
    next.data.generator = name;
    if (info->source == DataSource::Custom && next.data.customPoints.rows() == 0) {
        // Start from the points on show, so drawing edits what the class already sees.
        startDrawing(before.data, next.data);  // else an empty pad
    }
    if (info->source == DataSource::Formula) {
        next.data.problem = "auto";
        if (next.features.empty()) next.features = {"x1", "x2"};
        // Playground: 500 points for classification, 1200 for regression;
        // random labels few enough to memorise, and back to 500 after them.
        const GeneratorInfo* was = nullptr;
        for (const GeneratorInfo& g : generatorTable())
            if (before.data.generator == g.name) was = &g;
        if (info->suggestedPoints > 0)
            next.data.points = info->suggestedPoints;
        else if (problemKindOf(before) != info->kind || (was && was->suggestedPoints > 0))
            next.data.points = info->kind == ProblemKind::Regression ? 1200 : 500;
    }
    commit(before, std::move(next), tr("Data: %1").arg(QCoreApplication::translate("Dataset", info->label)));
}

ProblemKind DataPanel::problemKindOf(const Experiment& e) {
    for (const GeneratorInfo& g : generatorTable())
        if (e.data.generator == g.name && g.source == DataSource::Formula) return g.kind;
    return e.data.problem == "regression" ? ProblemKind::Regression : ProblemKind::Classification;
}

bool DataPanel::importCsv(const QString& path, int targetColumn, const std::vector<int>& inputColumns,
                          const std::string& problem) {
    const Experiment& before = m_doc->experiment();
    Experiment next = before;
    next.data.generator = "csv";
    next.data.csvPath = path.toStdString();
    next.data.targetColumn = targetColumn;
    next.data.inputColumns = inputColumns;
    next.data.problem = problem;
    int inputs = 0;
    try {
        const CsvTable table = readCsvFile(next.data.csvPath);
        const Dataset d = datasetFromCsv(table, targetColumn, inputColumns,
                                         problem == "auto" ? std::nullopt
                                         : problem == "regression" ? std::optional(ProblemKind::Regression)
                                                                   : std::optional(ProblemKind::Classification));
        inputs = int(d.points.cols());
    } catch (const std::exception& e) {
        // Keep what was loaded; say what is wrong with the file, line first.
        showError(tr("Could not import %1: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what())));
        return false;
    }
    if (inputs == 2) {
        if (next.features.empty()) next.features = {"x1", "x2"};
    } else {
        next.features.clear();  // the Playground features are made from exactly two inputs
    }
    commit(before, std::move(next), tr("Import %1").arg(QFileInfo(path).fileName()));
    return m_doc->experiment().data.generator == "csv" && m_doc->experiment().data.csvPath == path.toStdString();
}

std::optional<CsvTable> DataPanel::chooseCsv(const QString& title, QString* path) {
    *path = QFileDialog::getOpenFileName(this, title, QString(), tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path->isEmpty()) return std::nullopt;
    try {
        return readCsvFile(path->toStdString());
    } catch (const std::exception& e) {
        showError(tr("Could not import %1: %2").arg(QFileInfo(*path).fileName(), QString::fromUtf8(e.what())));
        return std::nullopt;
    }
}

void DataPanel::importCsvInteractive() {
    refresh(m_doc->experiment());  // un-check the CSV thumbnail until an import succeeds
    QString path;
    const std::optional<CsvTable> table = chooseCsv(tr("Import CSV"), &path);
    if (!table) return;
    CsvImportDialog dialog(*table, QFileInfo(path).fileName(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    importCsv(path, dialog.targetColumn(), dialog.inputColumns(), dialog.problem());
}

bool DataPanel::importImageFolder(const QString& folder, int width, int height, int channels) {
    const Experiment& before = m_doc->experiment();
    Experiment next = before;
    DataSpec& d = next.data;
    d.generator = "image_folder";
    d.imageFolder = folder.toStdString();
    d.imageWidth = width;
    d.imageHeight = height;
    d.imageChannels = channels;
    d.problem = "auto";
    next.features.clear();  // the Playground features are made from points of the plane
    try {
        Network check(next.network, imageFolderShape(d), 1);
    } catch (const std::exception&) {
        next.network.layers = smallImageNetwork();
        next.loss = NamedSpec("sparse_cce");
    }
    commit(before, std::move(next), tr("Import %1").arg(QFileInfo(folder).fileName()));
    return m_doc->experiment().data.generator == "image_folder" && m_doc->experiment().data.imageFolder == folder.toStdString();
}

void DataPanel::importImageFolderInteractive() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import an image folder: one subfolder of PNG or JPEG images per class"), QString());
    if (folder.isEmpty()) return;
    importImageFolder(folder, m_images->imageWidth(), m_images->imageHeight(), m_images->imageChannels());
}

void DataPanel::showTrainingImages(const Matrix& rows, const Shape& shape) { m_images->setTrainingImages(rows, shape); }

void DataPanel::regenerate() {
    const std::uint64_t old = m_doc->experiment().data.seed;
    std::uint64_t seed = old;
    while (seed == old) seed = QRandomGenerator::global()->bounded(1u, 100000u);
    edit(tr("Regenerate data"), 0, [seed](Experiment& e) { e.data.seed = seed; });
}

void DataPanel::toggleFeature(const std::string& name, bool on) {
    const Experiment& before = m_doc->experiment();
    std::vector<std::string> features;
    for (const FeatureInfo& info : featureTable()) {
        const bool has = std::find(before.features.begin(), before.features.end(), info.name) != before.features.end();
        if (info.name == name ? on : has) features.emplace_back(info.name);
    }
    if (features.empty()) {
        showError(tr("Keep at least one input feature."));
        refresh(before);
        return;
    }
    Experiment next = before;
    next.features = features;
    commit(before, std::move(next),
           (on ? tr("Feature %1 on") : tr("Feature %1 off")).arg(NetworkEdits::featureLabel(name)));
}

bool DataPanel::startDrawing(const DataSpec& from, DataSpec& next) {
    next.generator = "custom";
    next.problem = "auto";
    try {
        const LoadedData d = loadData(from);
        if (d.data.kind != ProblemKind::Classification || d.data.points.cols() != 2) return false;
        next.customPoints = d.data.points;
        next.customTargets = d.data.targets;
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

bool DataPanel::pointsEditable(const Experiment& e) {
    const DataSpec& d = e.data;
    if (d.generator == "custom") return d.problem != "regression";
    for (const GeneratorInfo& g : generatorTable())
        if (d.generator == g.name)
            return g.source == DataSource::Formula && g.isPlane() && g.kind == ProblemKind::Classification;
    return false;
}

int DataPanel::classCount(const Experiment& e) {
    const DataSpec& d = e.data;
    if (d.generator == "custom")
        return d.customTargets.rows() > 0 ? std::max(2, int(d.customTargets.maxCoeff()) + 1) : 2;
    for (const GeneratorInfo& g : generatorTable())
        if (d.generator == g.name && g.supportsClasses) return d.classes;
    return 2;
}

int DataPanel::drawClass() const { return m_drawClass->currentData().toInt(); }

void DataPanel::addCustomPoint(double x1, double x2, int cls) {
    const Experiment& before = m_doc->experiment();
    Experiment next = before;
    DataSpec& d = next.data;
    if (d.generator != "custom" && !startDrawing(before.data, d)) {
        d.customPoints = Matrix(0, 2);
        d.customTargets = Matrix(0, 1);
    }
    if (cls < 0) cls = drawClass();
    const Index n = d.customPoints.rows();
    Matrix points(n + 1, 2), targets(n + 1, 1);
    if (n > 0) {
        points.topRows(n) = d.customPoints;
        targets.topRows(n) = d.customTargets;
    }
    points(n, 0) = x1;
    points(n, 1) = x2;
    targets(n, 0) = cls;
    d.customPoints = points;
    d.customTargets = targets;
    commit(before, std::move(next), tr("Add a point of class %1").arg(cls));
}

bool DataPanel::removeCustomPointNear(double x1, double x2) {
    const Experiment& before = m_doc->experiment();
    DataSpec from = before.data;
    if (from.generator != "custom" && !startDrawing(before.data, from)) return false;
    const Matrix& p = from.customPoints;
    Index best = -1;
    double bestDistance = 0.5 * 0.5;  // within half a unit of the plane (about 8 px on the pad)
    for (Index i = 0; i < p.rows(); ++i) {
        const double d = (p(i, 0) - x1) * (p(i, 0) - x1) + (p(i, 1) - x2) * (p(i, 1) - x2);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    if (best < 0) return false;
    Experiment next = before;
    next.data = from;
    const Index n = p.rows();
    Matrix points(n - 1, 2), targets(n - 1, 1);
    for (Index i = 0, j = 0; i < n; ++i) {
        if (i == best) continue;
        points.row(j) = p.row(i);
        targets.row(j) = from.customTargets.row(i);
        ++j;
    }
    next.data.customPoints = points;
    next.data.customTargets = targets;
    commit(before, std::move(next), tr("Remove a point"));
    return true;
}

void DataPanel::clearCustomPoints() {
    edit(tr("Clear the drawn points"), 0, [](Experiment& e) {
        e.data.customPoints = Matrix(0, 2);
        e.data.customTargets = Matrix(0, 1);
    });
}

void DataPanel::refresh(const Experiment& e) {
    const DataSpec& d = e.data;
    const GeneratorInfo* info = nullptr;
    for (const GeneratorInfo& g : generatorTable())
        if (d.generator == g.name) info = &g;
    {
        // Exclusive groups cannot un-check: switch exclusivity off for a moment.
        m_generators->setExclusive(false);
        for (auto& [name, button] : m_generatorButtons) {
            const QSignalBlocker block(button);
            if (name == "csv") button->setCheckable(d.generator == "csv");
            button->setChecked(name == d.generator);
        }
        m_generators->setExclusive(true);
    }
    const bool formula = info && info->source == DataSource::Formula;
    const bool classes = formula && info->supportsClasses;
    auto set = [](auto* w, auto value) {
        const QSignalBlocker block(w);
        w->setValue(value);
    };
    set(m_classes, d.classes);
    m_classes->setEnabled(classes);
    if (m_classesLabel) m_classesLabel->setEnabled(classes);
    set(m_noise, int(std::lround(d.noise * 100)));
    m_noiseValue->setText(tr("%1 %").arg(int(std::lround(d.noise * 100))));
    set(m_points, d.points);
    m_pointsValue->setText(QLocale().toString(info && info->fixedPoints > 0 ? info->fixedPoints : d.points));
    set(m_ratio, int(std::lround(d.trainRatio * 100)));
    m_ratioValue->setText(tr("%1 %").arg(int(std::lround(d.trainRatio * 100))));
    set(m_validation, int(std::lround(d.validationRatio * 100)));
    m_validationValue->setText(tr("%1 %").arg(int(std::lround(d.validationRatio * 100))));
    set(m_seed, int(d.seed));
    m_noise->setEnabled(formula && info->usesNoise);
    m_points->setEnabled(formula && info->fixedPoints == 0);
    // Images and sequences are not points of the plane: say what one sample
    // is, and the plane's input features do not apply.
    const bool plane = !info || info->isPlane() || info->source == DataSource::Csv || info->source == DataSource::Custom;
    if (!plane) {
        QStringList dims;
        for (Index n : NetworkEdits::inputShape(e).dims) dims << QLocale().toString(qlonglong(n));
        const QString shape = dims.join(QStringLiteral(" \u00d7 "));
        m_sampleInfo->setText(NetworkEdits::inputShape(e).dims.size() == 3
                                  ? tr("Data: %1. One sample is an image of %2 (channels \u00d7 height \u00d7 width). "
                                       "Other image and sequence experiments are in File > Examples.")
                                        .arg(QCoreApplication::translate("Dataset", info->label), shape)
                                  : tr("Data: %1. One sample is a sequence of %2 (time steps \u00d7 features). "
                                       "Other image and sequence experiments are in File > Examples.")
                                        .arg(QCoreApplication::translate("Dataset", info->label), shape));
    }
    m_sampleInfo->setVisible(!plane);
    m_planeSets->setVisible(plane);
    // The number of classes is the plane's blobs' and spirals'; an image or
    // sequence set brings its own, so the row would only show a wrong "2".
    m_classesForm->setRowVisible(m_classes, plane && !hiddenFromClass(m_classes));
    // Image data: its settings at the top, where the plane's settings do not apply;
    // otherwise only the import button, after the CSV import.
    const bool images = NetworkEdits::inputShape(e).dims.size() == 3;
    if (auto* box = qobject_cast<QVBoxLayout*>(layout())) {
        const bool placed = images ? box->indexOf(m_images) == box->indexOf(m_sampleInfo) + 1
                                   : box->indexOf(m_images) == box->indexOf(m_error) - 1;
        if (!placed) {
            box->removeWidget(m_images);
            box->insertWidget(images ? box->indexOf(m_sampleInfo) + 1 : box->indexOf(m_error), m_images);
        }
    }
    m_images->showExperiment(e, images);
    for (auto& [name, button] : m_featureButtons) {
        const QSignalBlocker block(button);
        button->setChecked(plane && std::find(e.features.begin(), e.features.end(), name) != e.features.end());
        showFeatureState(button, NetworkEdits::featureLabel(name), button->isChecked());
        button->setEnabled(plane && !(d.generator == "csv" && e.features.empty()));
    }
    refreshSequenceControls(e);
    m_csvInfo->setText(d.generator == "csv" ? QFileInfo(QString::fromStdString(d.csvPath)).fileName() : QString());
    const bool drawing = d.generator == "custom";
    m_drawBox->setVisible(drawing);
    m_canvas->setPoints(d.customPoints, d.customTargets);
    const bool editable = pointsEditable(e);
    if (editable != m_editable) {
        m_editable = editable;
        emit pointEditingChanged(editable);
    }
}

}  // namespace nnlab
