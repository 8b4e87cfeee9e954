// The data panel driven like a user: pick a data source, draw points, import
// a CSV file (a bad row shows the error and keeps the data), import an image
// folder (a bad one likewise), set the augmentation and see its preview, undo
// and redo.
#include "QtImageDecoder.h"
#include "images/AugmentPreview.h"
#include "images/ImageDataBox.h"
#include "playground/DataPanel.h"
#include "playground/ExperimentDocument.h"
#include "playground/PointCanvas.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace nnlab;

class TestDataPanel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // folder/<class>/<i>.png: `perClass` images per class, each class its own grey level.
    QString writeFolder(const QString& name, const QStringList& classes, int perClass) {
        const QString root = m_dir.filePath(name);
        for (int k = 0; k < classes.size(); ++k) {
            QDir().mkpath(root + "/" + classes[k]);
            for (int i = 0; i < perClass; ++i) {
                QImage image(12 + i, 10, QImage::Format_RGB32);
                image.fill(QColor::fromHsv(0, 0, 40 + 80 * k));
                image.setPixel(i % 10, i % 10, qRgb(255, 255, 255));
                image.save(root + QStringLiteral("/%1/%2.png").arg(classes[k]).arg(i));
            }
        }
        return root;
    }

private slots:
    void initTestCase() { registerQtImageDecoder(); }

    void init() {
        m_doc = new ExperimentDocument;
        m_panel = new DataPanel(m_doc);
        m_panel->resize(360, 900);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    }
    void cleanup() {
        delete m_panel;
        delete m_doc;
    }

    // Images are not points of the plane: the panel says what a sample is,
    // and the plane's input features are off; back on the plane they return.
    void imageDataSaysWhatASampleIs() {
        auto* info = m_panel->findChild<QLabel*>(QStringLiteral("sampleInfo"));
        QVERIFY(info);
        QVERIFY(info->isHidden());
        Experiment e = m_doc->experiment();
        e.data.generator = "bars";
        m_doc->change(e, QStringLiteral("bars"));
        QVERIFY(!info->isHidden());
        QVERIFY2(info->text().contains(QStringLiteral("1 \u00d7 8 \u00d7 8")), qPrintable(info->text()));
        for (QToolButton* b : m_panel->findChildren<QToolButton*>())
            if (b->objectName().startsWith(QStringLiteral("feature_"))) QVERIFY(!b->isEnabled());
        m_doc->undoStack()->undo();
        QVERIFY(info->isHidden());
    }

    void pickingAGeneratorChangesTheData() {
        QToolButton* circle = m_panel->generatorButton("circle");
        QVERIFY(circle);
        QTest::mouseClick(circle, Qt::LeftButton);
        QCOMPARE(m_doc->experiment().data.generator, std::string("circle"));
        QVERIFY(circle->isChecked());
        // Regression data: the loss and the output layer follow.
        QTest::mouseClick(m_panel->generatorButton("reg_plane"), Qt::LeftButton);
        QCOMPARE(m_doc->experiment().data.generator, std::string("reg_plane"));
        QCOMPARE(m_doc->experiment().loss.name, std::string("mse"));
        QCOMPARE(m_doc->experiment().network.layers.back().activation.name, std::string("linear"));
    }

    // ConvNetJS's presets are thumbnails like the others: "simple" is its 13
    // points (the Points slider is off and reads 13, noise is off), random
    // labels come with ConvNetJS's 40 points; leaving them brings back 500.
    void convnetPresetsArePickable() {
        auto* points = m_panel->findChild<QSlider*>(QStringLiteral("points"));
        auto* noise = m_panel->findChild<QSlider*>(QStringLiteral("noise"));
        QVERIFY(points && noise);
        QToolButton* simple = m_panel->generatorButton("simple");
        QVERIFY(simple);
        QTest::mouseClick(simple, Qt::LeftButton);
        QCOMPARE(m_doc->experiment().data.generator, std::string("simple"));
        QVERIFY(!points->isEnabled());
        QVERIFY(!noise->isEnabled());
        QCOMPARE(loadData(m_doc->experiment().data).data.size(), Index(13));
        QTest::mouseClick(m_panel->generatorButton("random_labels"), Qt::LeftButton);
        QCOMPARE(m_doc->experiment().data.generator, std::string("random_labels"));
        QCOMPARE(m_doc->experiment().data.points, 40);
        QVERIFY(points->isEnabled());
        QVERIFY(!noise->isEnabled());
        QTest::mouseClick(m_panel->generatorButton("circle"), Qt::LeftButton);
        QCOMPARE(m_doc->experiment().data.points, 500);
        QVERIFY(noise->isEnabled());
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->experiment().data.generator, std::string("random_labels"));
    }

    void drawingPointsGrowsCustomPoints() {
        QTest::mouseClick(m_panel->generatorButton("custom"), Qt::LeftButton);
        QCOMPARE(m_doc->experiment().data.generator, std::string("custom"));
        PointCanvas* canvas = m_panel->pointCanvas();
        QVERIFY(canvas->isVisible());
        // Switching to drawing starts from the points on show.
        const Index start = m_doc->experiment().data.customPoints.rows();
        QCOMPARE(start, Index(500));

        // Class 2 (green), click in the upper right corner, an empty place of the spiral.
        QComboBox* cls = m_panel->drawClassCombo();
        cls->setCurrentIndex(cls->findData(2));
        const QPoint at = canvas->toWidget(5.7, 5.7).toPoint();
        QTest::mouseClick(canvas, Qt::LeftButton, {}, at);
        const DataSpec& d = m_doc->experiment().data;
        QCOMPARE(d.customPoints.rows(), start + 1);
        QCOMPARE(d.customTargets(start, 0), 2.0);
        QVERIFY(std::abs(d.customPoints(start, 0) - 5.7) < 0.1);
        QVERIFY(std::abs(d.customPoints(start, 1) - 5.7) < 0.1);
        // Three classes drawn: the output layer follows (bce: 3 sigmoid units).
        QCOMPARE(m_doc->experiment().network.layers.back().units, Index(3));

        QTest::mouseClick(canvas, Qt::LeftButton, {}, at + QPoint(6, 0));
        QCOMPARE(m_doc->experiment().data.customPoints.rows(), start + 2);
        // Right-click removes the nearest point.
        QTest::mouseClick(canvas, Qt::RightButton, {}, at);
        QCOMPARE(m_doc->experiment().data.customPoints.rows(), start + 1);
        // Clear, then one click: a data set of one point.
        QTest::mouseClick(m_panel->findChild<QPushButton*>(QStringLiteral("clearPoints")), Qt::LeftButton);
        QCOMPARE(m_doc->experiment().data.customPoints.rows(), Index(0));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, at);
        QCOMPARE(m_doc->experiment().data.customPoints.rows(), Index(1));
    }

    void csvWithBadRowShowsErrorAndKeepsData() {
        const QString bad = QStringLiteral(NNLAB_TEST_DATA_DIR "/csv/bad_cell.csv");
        QVERIFY2(QFile::exists(bad), qPrintable(bad));
        const DataSpec before = m_doc->experiment().data;
        const int undoBefore = m_doc->undoStack()->count();
        QVERIFY(!m_panel->importCsv(bad, -1, {}));
        // The message names the file and line 4 ("5,abc,0") and the cell.
        const QString error = m_panel->errorText();
        QVERIFY2(error.contains(QStringLiteral("bad_cell.csv:4")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("abc")), qPrintable(error));
        QVERIFY(m_panel->findChild<QLabel*>(QStringLiteral("dataError"))->isVisible());
        QVERIFY(m_doc->experiment().data == before);
        QCOMPARE(m_doc->undoStack()->count(), undoBefore);

        // A good file replaces the data and clears the message.
        const QString good = QStringLiteral(NNLAB_TEST_DATA_DIR "/csv/good_header.csv");
        QVERIFY(m_panel->importCsv(good, -1, {}));
        QCOMPARE(m_doc->experiment().data.generator, std::string("csv"));
        QCOMPARE(m_doc->experiment().data.csvPath, good.toStdString());
        QVERIFY(m_panel->errorText().isEmpty());
        QVERIFY(m_panel->generatorButton("csv")->isChecked());
    }

    // A folder of images replaces the plane's data; the plane's network gives
    // way to a small CNN whose output follows the folder's classes. Undo takes it back.
    void importingAnImageFolder() {
        const QString root = writeFolder(QStringLiteral("animals"), {"cat", "dog", "fox"}, 4);
        const Experiment before = m_doc->experiment();
        auto* box = m_panel->findChild<ImageDataBox*>(QStringLiteral("imageDataBox"));
        QVERIFY(box);
        QVERIFY(m_panel->findChild<QPushButton*>(QStringLiteral("importImageFolder"))->isVisible());
        QVERIFY(!box->preview()->isVisible());  // points of the plane: only the import button
        QVERIFY(m_panel->importImageFolder(root, 16, 12, 1));
        const Experiment& e = m_doc->experiment();
        QCOMPARE(e.data.generator, std::string("image_folder"));
        QCOMPARE(e.data.imageFolder, root.toStdString());
        QCOMPARE(e.data.imageWidth, 16);
        QCOMPARE(e.data.imageHeight, 12);
        QVERIFY(e.features.empty());
        QCOMPARE(e.network.layers.front().type, std::string("conv2d"));
        QCOMPARE(e.network.layers.back().units, Index(3));  // cat, dog, fox
        QCOMPARE(e.loss.name, std::string("sparse_cce"));
        QVERIFY(m_panel->errorText().isEmpty());
        QVERIFY(box->preview()->isVisible());
        QCOMPARE(m_panel->findChild<QSpinBox*>(QStringLiteral("imageWidth"))->value(), 16);
        // The size is an edit of its own; a size the folder cannot take is refused with its reason.
        QSpinBox* width = m_panel->findChild<QSpinBox*>(QStringLiteral("imageWidth"));
        width->setValue(20);
        QCOMPARE(m_doc->experiment().data.imageWidth, 20);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->experiment().data.imageWidth, 16);
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->experiment().data == before.data);
        QCOMPARE(m_doc->experiment().network.layers, before.network.layers);
    }

    void badImageFolderShowsErrorAndKeepsData_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("says");
        QTest::newRow("class folder without images") << "empty class" << "/b: no PNG or JPEG images in this class folder";
        QTest::newRow("unreadable image") << "broken image" << "/b/0.png: cannot read the image";
        QTest::newRow("one class") << "one class" << ": only one class folder (\"a\")";
        QTest::newRow("no folder") << "nowhere" << ": the folder is not there";
    }
    void badImageFolderShowsErrorAndKeepsData() {
        QFETCH(QString, name);
        QFETCH(QString, says);
        QString root = m_dir.filePath(name);
        if (name == "empty class") {
            root = writeFolder(name, {"a"}, 2);
            QDir().mkpath(root + "/b");
        } else if (name == "broken image") {
            root = writeFolder(name, {"a", "b"}, 1);
            QFile f(root + "/b/0.png");
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a png");
        } else if (name == "one class") {
            root = writeFolder(name, {"a"}, 2);
        }
        const Experiment before = m_doc->experiment();
        const int undoBefore = m_doc->undoStack()->count();
        QVERIFY(!m_panel->importImageFolder(root, 8, 8, 1));
        const QString error = m_panel->errorText();
        QVERIFY2(error.contains(root + says), qPrintable(error));
        QVERIFY(m_doc->experiment().data == before.data);
        QCOMPARE(m_doc->experiment().network.layers, before.network.layers);
        QCOMPARE(m_doc->undoStack()->count(), undoBefore);
    }

    // The augmentation controls edit data.augment; the preview shows the
    // training images and copies made with those settings, anew when they change.
    void augmentationSettingsAndPreview() {
        Experiment e = m_doc->experiment();
        e.data.generator = "bars";
        m_doc->change(e, QStringLiteral("bars"));
        auto* box = m_panel->findChild<ImageDataBox*>(QStringLiteral("imageDataBox"));
        QVERIFY(box->preview()->isVisible());
        QVERIFY(!m_panel->findChild<QSpinBox*>(QStringLiteral("imageWidth"))->isEnabled());  // a folder's setting
        const LoadedData bars = loadData(m_doc->experiment().data);
        m_panel->showTrainingImages(bars.split.trainX.topRows(6), Shape{1, 8, 8});
        AugmentPreview* preview = box->preview();
        QCOMPARE(int(preview->tiles().size()), AugmentPreview::kImages);
        for (const auto& row : preview->tiles()) {
            QCOMPARE(int(row.size()), AugmentPreview::kCopies + 1);
            for (const Matrix& copy : row) QCOMPARE(copy, row[0]);  // no augmentation yet
        }
        QSpinBox* rotation = m_panel->findChild<QSpinBox*>(QStringLiteral("augmentRotation"));
        rotation->setValue(30);
        QCOMPARE(m_doc->experiment().data.augment.rotation, 30.0);
        m_panel->findChild<QSpinBox*>(QStringLiteral("augmentShift"))->setValue(2);
        QCOMPARE(m_doc->experiment().data.augment.shift, 2);
        QCOMPARE(m_doc->undoStack()->count(), 2);  // bars, then one merged augmentation edit
        int changed = 0;
        for (const auto& row : preview->tiles()) {
            QCOMPARE(row[0], Matrix(bars.split.trainX.row(&row - &preview->tiles()[0])));
            for (std::size_t k = 1; k < row.size(); ++k) changed += row[k] != row[0];
        }
        QVERIFY2(changed >= AugmentPreview::kImages * AugmentPreview::kCopies - 1, qPrintable(QString::number(changed)));
        m_panel->grab().save(m_dir.filePath("preview.png"));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->experiment().data.augment.rotation, 0.0);
        QCOMPARE(rotation->value(), 0);
        for (const auto& row : preview->tiles()) QCOMPARE(row[1], row[0]);
    }

    void sliderEditIsUndoable() {
        QSlider* noise = m_panel->findChild<QSlider*>(QStringLiteral("noise"));
        QVERIFY(noise);
        noise->setFocus();
        QTest::keyClick(noise, Qt::Key_Right);
        QTest::keyClick(noise, Qt::Key_Right);
        QCOMPARE(m_doc->experiment().data.noise, 0.1);  // two steps of 5 %
        // Dragging or repeated keys merge into one undo step.
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->experiment().data.noise, 0.0);
        QCOMPARE(noise->value(), 0);  // the panel follows the document
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->experiment().data.noise, 0.1);
        QCOMPARE(noise->value(), 10);
    }

    void featureTogglesEditTheFeatures() {
        QToolButton* sinX1 = m_panel->featureButton("sin_x1");
        QVERIFY(sinX1 && sinX1->isChecked());
        QTest::mouseClick(sinX1, Qt::LeftButton);
        const auto& f = m_doc->experiment().features;
        QVERIFY(std::find(f.begin(), f.end(), "sin_x1") == f.end());
        QCOMPARE(f.size(), std::size_t(6));
        m_doc->undoStack()->undo();
        QVERIFY(sinX1->isChecked());
    }

    void regenerateDrawsANewSeed() {
        const auto seed = m_doc->experiment().data.seed;
        QTest::mouseClick(m_panel->findChild<QPushButton*>(QStringLiteral("regenerate")), Qt::LeftButton);
        QVERIFY(m_doc->experiment().data.seed != seed);
    }

    // Sequences: the time steps of sines and the recall's delay are spin
    // boxes of the panel, each change one undo step; other data hides them.
    void sequenceStepsAndDelayAreUndoable() {
        QSpinBox* steps = m_panel->stepsBox();
        QSpinBox* delay = m_panel->delayBox();
        QVERIFY(steps && delay);
        QVERIFY(steps->isHidden() && delay->isHidden());  // the spiral has no time steps
        Experiment e = m_doc->experiment();
        e.data.generator = "sines";
        e.features.clear();
        m_doc->change(e, QStringLiteral("sines"));
        QVERIFY(!steps->isHidden());
        QVERIFY(delay->isHidden());
        QCOMPARE(steps->value(), 20);  // data.steps 0: the set's own length
        const int undoBefore = m_doc->undoStack()->count();
        steps->setValue(35);
        QCOMPARE(m_doc->experiment().data.steps, 35);
        QCOMPARE(m_doc->undoStack()->count(), undoBefore + 1);
        QCOMPARE(loadData(m_doc->experiment().data).data.sampleShape, (Shape{35, 1}));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->experiment().data.steps, 0);
        QCOMPARE(steps->value(), 20);

        e = m_doc->experiment();
        e.data.generator = "recall";
        e.data.classes = 3;
        m_doc->change(e, QStringLiteral("recall"));
        QVERIFY(steps->isHidden());
        QVERIFY(!delay->isHidden());
        QCOMPARE(delay->value(), 10);
        delay->setValue(4);
        QCOMPARE(m_doc->experiment().data.delay, 4);
        QCOMPARE(loadData(m_doc->experiment().data).data.sampleShape, (Shape{2 + 4 + 1, 3 + 2}));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->experiment().data.delay, 10);
        QCOMPARE(delay->value(), 10);
    }

    // A CSV file of sequences, wide (one per row) or long (an id column); a
    // row that does not fit is named and nothing changes; undo restores.
    void sequenceCsvImport() {
        QTemporaryDir dir;
        const QString wide = dir.filePath(QStringLiteral("wide.csv"));
        const QString lng = dir.filePath(QStringLiteral("long.csv"));
        auto write = [](const QString& path, const QByteArray& text) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(wide, "a0,a1,a2,b0,b1,b2,y\n1,2,3,4,5,6,0.5\n2,3,4,5,6,7,0.7\n3,4,5,6,7,8,0.9\n0,1,2,3,4,5,0.1\n");
        write(lng, "id,x,y\ns1,1,0\ns1,2,0\ns2,3,1\ns2,4,1\ns3,5,0\ns3,6,0\ns4,7,1\ns4,8,1\ns4,9,1\n");
        const DataSpec before = m_doc->experiment().data;
        SequenceCsvChoice choice;
        choice.steps = 3;
        choice.problem = "regression";
        QVERIFY(m_panel->importSequenceCsv(wide, choice));
        const DataSpec& d = m_doc->experiment().data;
        QCOMPARE(d.generator, std::string("csv"));
        QCOMPARE(d.sequenceSteps, 3);
        QVERIFY(!d.sequenceIdColumn);
        QCOMPARE(loadData(d).data.sampleShape, (Shape{3, 2}));
        QVERIFY(m_doc->experiment().features.empty());

        // Long format: sequence s4 has 3 rows where s1 has 2; the row is named, nothing changes.
        const DataSpec wideSpec = m_doc->experiment().data;
        SequenceCsvChoice longChoice;
        longChoice.idColumn = 0;
        longChoice.targetColumn = -1;
        QVERIFY(!m_panel->importSequenceCsv(lng, longChoice));
        QVERIFY2(m_panel->errorText().contains(QStringLiteral("long.csv:10")), qPrintable(m_panel->errorText()));
        QVERIFY(m_doc->experiment().data == wideSpec);
        write(lng, "id,x,y\ns1,1,0\ns1,2,0\ns2,3,1\ns2,4,1\ns3,5,0\ns3,6,0\ns4,7,1\ns4,8,1\n");
        QVERIFY(m_panel->importSequenceCsv(lng, longChoice));
        QCOMPARE(m_doc->experiment().data.sequenceIdColumn, std::optional<int>(0));
        QCOMPARE(loadData(m_doc->experiment().data).data.sampleShape, (Shape{2, 1}));
        QVERIFY(m_panel->errorText().isEmpty());

        m_doc->undoStack()->undo();
        QVERIFY(m_doc->experiment().data == wideSpec);
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->experiment().data == before);
    }

private:
    ExperimentDocument* m_doc = nullptr;
    DataPanel* m_panel = nullptr;
};

QTEST_MAIN(TestDataPanel)
#include "tst_data_panel.moc"
