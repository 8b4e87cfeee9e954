// The layer editor refuses layer types the network cannot take, with the
// engine's reason, and offers the ones it can; it warns when the network
// grows above a comfortable size or past the memory limit.
#include "playground/ExperimentDocument.h"
#include "playground/LayerInspector.h"
#include "playground/NetworkEdits.h"
#include "experiment/Experiment.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QUndoStack>
#include <QLabel>
#include <QStandardItemModel>
#include <QtTest>

using namespace nnlab;

class TestLayerInspector : public QObject {
    Q_OBJECT
private slots:
    void imageLayersAreRefusedOnFlatFeatures() {
        const Experiment e = defaultExperiment();
        const NetworkEdit conv = NetworkEdits::setLayerType(e, 0, "conv2d");
        QVERIFY(!conv.ok());
        QVERIFY2(conv.error.contains(QStringLiteral("network.layers[0]")), qPrintable(conv.error));
        QCOMPARE(conv.next.network.layers[0].type, e.network.layers[0].type);  // nothing changed
        const NetworkEdit maxout = NetworkEdits::setLayerType(e, 0, "maxout");
        QVERIFY2(maxout.ok(), qPrintable(maxout.error));
        QCOMPARE(maxout.next.network.layers[0].type, std::string("maxout"));
    }

    void typeListGreysOutWhatCannotGoThere() {
        ExperimentDocument doc;
        doc.reset(defaultExperiment());
        LayerInspector inspector(&doc);
        inspector.setLayer(0);
        auto* type = inspector.findChild<QComboBox*>(QStringLiteral("typeCombo"));
        QVERIFY(type);
        auto* model = qobject_cast<QStandardItemModel*>(type->model());
        QVERIFY(model);
        auto item = [&](const char* name) { return model->item(type->findData(QString::fromLatin1(name))); };
        QVERIFY(item("conv2d") && !item("conv2d")->isEnabled());
        QVERIFY(!item("conv2d")->toolTip().isEmpty());
        QVERIFY(item("maxpool2d") && !item("maxpool2d")->isEnabled());
        QVERIFY(item("dense")->isEnabled());
        QVERIFY(item("maxout")->isEnabled());
        QVERIFY(item("dropout")->isEnabled());
    }

    // Units are edited in the inspector: 4 is fine, 2,000 in two layers is
    // large (the optimizer's state, 256-row buffers), 20,000 past the limit.
    void sizeIsWarnedAboveAComfortableSize_data() {
        QTest::addColumn<int>("units");
        QTest::addColumn<QString>("warning");
        QTest::newRow("4") << 4 << QString();
        QTest::newRow("2,000") << 2000 << QStringLiteral("Large network: about ");  // about 280 MB
        QTest::newRow("20,000") << 20000 << QStringLiteral("Too large: this network needs about ");
    }
    void sizeIsWarnedAboveAComfortableSize() {
        QFETCH(int, units);
        QFETCH(QString, warning);
        Experiment e = defaultExperiment();
        QVERIFY(e.network.layers.size() >= 3);
        e.network.layers[0].units = units;
        e.network.layers[1].units = units;
        ExperimentDocument doc;
        doc.reset(e);
        LayerInspector inspector(&doc);
        inspector.setLayer(0);
        auto* label = inspector.findChild<QLabel*>(QStringLiteral("inspectorSizeWarning"));
        QVERIFY(label);
        QCOMPARE(label->isVisibleTo(&inspector), !warning.isEmpty());
        if (!warning.isEmpty()) QVERIFY2(label->text().startsWith(warning), qPrintable(label->text()));
        // Back to a small network: the warning goes.
        Experiment small = e;
        small.network.layers[0].units = small.network.layers[1].units = 4;
        doc.change(small, QStringLiteral("smaller"));
        QVERIFY(!label->isVisibleTo(&inspector));
    }

    // Playground's one activation for every hidden layer: picked once in the
    // "All hidden layers" box, it is one undo step; a layer that already had
    // the function keeps it as it was (its slope too), the output is untouched.
    // A reshape's options come from the layer table, as whole numbers: channels
    // from 0 (as many as the values fill), height and width from 1.
    void reshapeOptionsAreWholeNumbers() {
        Experiment e = defaultExperiment();
        LayerSpec reshape, flatten;
        reshape.type = "reshape";
        reshape.name = "to_image";
        flatten.type = "flatten";
        flatten.name = "flat";
        e.network.layers.insert(e.network.layers.begin() + 1, {reshape, flatten});
        ExperimentDocument doc;
        doc.reset(e);
        LayerInspector inspector(&doc);
        inspector.setLayer(1);
        const QStringList keys = {"channels", "height", "width"};
        for (const QString& key : keys) {
            auto* box = inspector.findChild<QDoubleSpinBox*>(QStringLiteral("param:") + key);
            QVERIFY2(box, qPrintable(key));
            QCOMPARE(box->decimals(), 0);
            QCOMPARE(box->minimum(), key == QLatin1String("channels") ? 0.0 : 1.0);
            QCOMPARE(box->value(), key == QLatin1String("channels") ? 0.0 : 1.0);
        }
    }

    void allHiddenLayersAtOnce() {
        Experiment e = defaultExperiment();
        QCOMPARE(NetworkEdits::hiddenLayers(e).size(), std::size_t(2));
        e.network.layers[0].activation = NamedSpec("leaky_relu", {{"slope", 0.2}});
        ExperimentDocument doc;
        doc.reset(e);
        LayerInspector inspector(&doc);
        inspector.resize(320, 600);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        auto* activation = inspector.findChild<QComboBox*>(QStringLiteral("allHiddenActivation"));
        auto* init = inspector.findChild<QComboBox*>(QStringLiteral("allHiddenWeightInit"));
        QVERIFY(activation && init);
        QCOMPARE(activation->currentIndex(), -1);  // the layers differ: "mixed"
        QCOMPARE(init->currentData().toString(), QStringLiteral("glorot_uniform"));

        auto pick = [](QComboBox* combo, const char* name) {
            const int row = combo->findData(QString::fromLatin1(name));
            QVERIFY(row >= 0);
            combo->showPopup();
            QAbstractItemView* view = combo->view();
            QTRY_VERIFY(view->isVisible());
            const QRect r = view->visualRect(view->model()->index(row, 0));
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
            QTRY_VERIFY(!view->isVisible());
        };
        const int steps = doc.undoStack()->count();
        pick(activation, "leaky_relu");
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QVERIFY2(doc.undoStack()->undoText().contains(QStringLiteral("2 hidden layers")), qPrintable(doc.undoStack()->undoText()));
        const Experiment& now = doc.experiment();
        QCOMPARE(now.network.layers[0].activation, e.network.layers[0].activation);  // slope 0.2 kept
        QCOMPARE(now.network.layers[1].activation.name, std::string("leaky_relu"));
        QCOMPARE(now.network.layers[2].activation, e.network.layers[2].activation);  // the output's own
        QCOMPARE(activation->currentData().toString(), QStringLiteral("leaky_relu"));

        pick(init, "he_uniform");
        QCOMPARE(doc.undoStack()->count(), steps + 2);
        QCOMPARE(doc.experiment().network.layers[0].weightInit.name, std::string("he_uniform"));
        QCOMPARE(doc.experiment().network.layers[1].weightInit.name, std::string("he_uniform"));
        QCOMPARE(doc.experiment().network.layers[2].weightInit, e.network.layers[2].weightInit);

        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(doc.experiment().network.layers == e.network.layers);
        QCOMPARE(activation->currentIndex(), -1);
    }
};

QTEST_MAIN(TestLayerInspector)
#include "tst_layer_inspector.moc"
