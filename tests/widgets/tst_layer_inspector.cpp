// The layer editor refuses layer types the network cannot take, with the
// engine's reason, and offers the ones it can.
#include "playground/ExperimentDocument.h"
#include "playground/LayerInspector.h"
#include "playground/NetworkEdits.h"
#include "experiment/Experiment.h"

#include <QComboBox>
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
};

QTEST_MAIN(TestLayerInspector)
#include "tst_layer_inspector.moc"
