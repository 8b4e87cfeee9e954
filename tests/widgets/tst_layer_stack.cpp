// The image network's layer stack: shapes and parameter counts per layer,
// add / remove / move as single undo steps, and a stack that does not fit
// refused with the engine's reason, the experiment left as it was.
#include "common/ClassroomHiding.h"
#include "experiment/ExperimentJson.h"
#include "images/LayerStackView.h"
#include "playground/ExperimentDocument.h"
#include "playground/NetworkEdits.h"

#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

namespace nnlab {

class LayerStackTest : public QObject {
    Q_OBJECT
private:
    static QString cell(LayerStackView& view, int row, int column) {
        QTableWidgetItem* item = view.table()->item(row, column);
        return item ? item->text() : QString();
    }
    static Experiment bars() { return readExperimentFile(NNLAB_RESOURCES_DIR "/experiments/bars_cnn.json"); }

private slots:
    void showsShapesAndParameters() {
        ExperimentDocument document;
        document.reset(bars());
        LayerStackView view(&document);
        QCOMPARE(view.table()->rowCount(), 5);  // input + conv, pool, flatten, dense
        QCOMPARE(cell(view, 0, 2), QStringLiteral("1 \u00d7 8 \u00d7 8"));
        QCOMPARE(cell(view, 1, 2), QStringLiteral("4 \u00d7 6 \u00d7 6"));  // 3x3 kernel, no padding
        QCOMPARE(cell(view, 1, 3), QStringLiteral("40"));                  // 4 * 1 * 3 * 3 + 4
        QCOMPARE(cell(view, 2, 2), QStringLiteral("4 \u00d7 3 \u00d7 3"));
        QCOMPARE(cell(view, 3, 2), QStringLiteral("36"));
        QCOMPARE(cell(view, 4, 3), QStringLiteral("37"));
        QVERIFY(view.total()->text().contains(QStringLiteral("77")));
    }

    // A teacher who hides "network_shape" hides the stack's Add/Remove/Move too.
    void shapeButtonsHideForTheClass() {
        ExperimentDocument document;
        document.reset(bars());
        LayerStackView view(&document);
        view.show();
        const auto shownButtons = [&view] {
            int shown = 0;
            for (QToolButton* b : view.findChildren<QToolButton*>()) shown += b->isVisibleTo(&view) ? 1 : 0;
            return shown;
        };
        QCOMPARE(shownButtons(), 4);
        applyClassroomHiding(&view, {"network_shape"});
        QCOMPARE(shownButtons(), 0);
        applyClassroomHiding(&view, {});
        QCOMPARE(shownButtons(), 4);
    }

    void addRemoveMoveAreUndoable() {
        ExperimentDocument document;
        document.reset(bars());
        LayerStackView view(&document);
        view.table()->selectRow(1);  // the convolution
        QCOMPARE(view.selectedLayer(), 0);
        view.addLayer("conv2d");  // 8 filters 3x3, padding 1: keeps 6x6
        QCOMPARE(document.experiment().network.layers.size(), std::size_t(5));
        QCOMPARE(document.experiment().network.layers[1].type, std::string("conv2d"));
        QCOMPARE(cell(view, 2, 2), QStringLiteral("8 \u00d7 6 \u00d7 6"));
        QCOMPARE(view.selectedLayer(), 1);
        view.moveSelected(+1);  // below the pooling: 8 x 3 x 3
        QCOMPARE(document.experiment().network.layers[2].type, std::string("conv2d"));
        QCOMPARE(cell(view, 3, 2), QStringLiteral("8 \u00d7 3 \u00d7 3"));
        view.removeSelected();
        QCOMPARE(document.experiment().network.layers.size(), std::size_t(4));
        QCOMPARE(document.undoStack()->count(), 3);
        document.undoStack()->undo();
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(document.experiment().network.layers.size(), std::size_t(4));
        QCOMPARE(cell(view, 1, 2), QStringLiteral("4 \u00d7 6 \u00d7 6"));
        QCOMPARE(document.experiment().network.layers[1].type, std::string("maxpool2d"));
    }

    // A reshape offered in the Add menu, fitted with its options one at a time
    // (channels 0: as many as the values fill); a size that does not fit is
    // refused naming both sizes, the experiment unchanged.
    void reshapeOptionsAreCheckedAgainstTheStack() {
        ExperimentDocument document;
        document.reset(bars());
        LayerStackView view(&document);
        QVERIFY(view.findChild<QAction*>(QStringLiteral("add_reshape")));
        view.table()->selectRow(2);  // the pooling: 4 x 3 x 3 = 36 values
        view.addLayer("reshape");
        QVERIFY2(view.message()->isHidden(), qPrintable(view.message()->text()));
        QCOMPARE(document.experiment().network.layers[2].type, std::string("reshape"));
        QCOMPARE(cell(view, 3, 2), QStringLiteral("36 × 1 × 1"));
        NetworkEdit edit = NetworkEdits::setOption(document.experiment(), 2, "height", 3);
        QVERIFY2(edit.ok(), qPrintable(edit.error));
        document.change(edit.next, edit.description);
        QCOMPARE(cell(view, 3, 2), QStringLiteral("12 × 3 × 1"));
        edit = NetworkEdits::setOption(document.experiment(), 2, "width", 2);  // 36 / 6 = 6 channels
        QVERIFY2(edit.ok(), qPrintable(edit.error));
        document.change(edit.next, edit.description);
        QCOMPARE(cell(view, 3, 2), QStringLiteral("6 × 3 × 2"));
        edit = NetworkEdits::setOption(document.experiment(), 2, "channels", 5);
        QVERIFY(!edit.ok());
        QVERIFY2(edit.error.contains(QStringLiteral("reshape to 5x3x2 needs 30 values, the input 4x3x3 has 36")),
                 qPrintable(edit.error));
        QCOMPARE(document.experiment().network.layers[2].options.count("channels"), std::size_t(0));
    }

    void impossibleStacksAreRefused() {
        ExperimentDocument document;
        document.reset(bars());
        LayerStackView view(&document);
        const Experiment before = document.experiment();
        // Pooling after pooling after pooling: 3x3 -> 1x1 -> nothing left to pool.
        view.table()->selectRow(2);
        view.addLayer("maxpool2d");
        QVERIFY(view.message()->isHidden());
        view.addLayer("maxpool2d");
        QVERIFY(!view.message()->isHidden());
        QVERIFY2(view.message()->text().contains(QStringLiteral("cannot go here")), qPrintable(view.message()->text()));
        QCOMPARE(document.experiment().network.layers.size(), before.network.layers.size() + 1);
        // The output layer stays.
        view.table()->selectRow(int(document.experiment().network.layers.size()));
        view.removeSelected();
        QVERIFY(view.message()->text().contains(QStringLiteral("output layer")));
    }
};

}  // namespace nnlab

QTEST_MAIN(nnlab::LayerStackTest)
#include "tst_layer_stack.moc"
