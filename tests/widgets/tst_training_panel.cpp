// The training panel driven like a user: the optimizer's hyperparameter boxes
// follow the optimizer table, typed values become undoable edits.
#include "playground/ExperimentDocument.h"
#include "common/NumberSpinBox.h"
#include "playground/TrainingPanel.h"
#include "optimizers/Optimizer.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoStack>
#include <QtTest>

using namespace nnlab;

namespace {

// Chooses an entry with the keyboard, as a user would (emits activated()).
void choose(QComboBox* combo, const QString& data) {
    const int target = combo->findData(data);
    QVERIFY2(target >= 0, qPrintable(data));
    combo->setFocus();
    while (combo->currentIndex() < target) QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target) QTest::keyClick(combo, Qt::Key_Up);
}

void typeInto(QAbstractSpinBox* box, const QString& text) {
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Enter);
}

}  // namespace

class TestTrainingPanel : public QObject {
    Q_OBJECT
private slots:
    void init() {
        m_doc = new ExperimentDocument;
        m_panel = new TrainingPanel(m_doc);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    }
    void cleanup() {
        delete m_panel;
        delete m_doc;
    }

    void optimizerBoxesFollowTheTable_data() {
        QTest::addColumn<QString>("optimizer");
        for (const OptimizerInfo& info : optimizerTable()) QTest::newRow(info.name) << QString::fromLatin1(info.name);
    }
    void optimizerBoxesFollowTheTable() {
        QFETCH(QString, optimizer);
        // Start from SGD (lr only), or from Adam when SGD is the row.
        const QString start = optimizer == QLatin1String("sgd") ? QStringLiteral("adam") : QStringLiteral("sgd");
        choose(m_panel->optimizerCombo(), start);
        choose(m_panel->optimizerCombo(), optimizer);
        QCOMPARE(QString::fromStdString(m_doc->experiment().optimizer.name), optimizer);
        const OptimizerInfo& info = findOptimizer(optimizer.toStdString());
        for (const ParamDef& p : info.params) {
            NumberSpinBox* box = m_panel->hyperBox(p.key);
            QVERIFY2(box, p.key);
            QTRY_VERIFY(box->isVisible());  // a layout shows new children on the next event loop pass
            if (std::string(p.key) != "lr") QCOMPARE(box->value(), p.defaultValue);
        }
        // No box is left over from the previous optimizer.
        const auto boxes = m_panel->findChildren<NumberSpinBox*>(QRegularExpression(QStringLiteral("^hyper_")));
        QCOMPARE(boxes.size(), qsizetype(info.params.size()));
    }

    void switchingOptimizerKeepsLearningRate() {
        choose(m_panel->optimizerCombo(), QStringLiteral("sgd"));
        typeInto(m_panel->hyperBox("lr"), QStringLiteral("0.3"));
        QCOMPARE(m_doc->experiment().optimizer.get("lr", 0), 0.3);
        choose(m_panel->optimizerCombo(), QStringLiteral("momentum"));
        QVERIFY(m_panel->hyperBox("momentum"));
        QCOMPARE(m_panel->hyperBox("lr")->value(), 0.3);
    }

    void typedLearningRateIsOneUndoStep() {
        const double before = m_doc->experiment().optimizer.get("lr", 0);
        const int count = m_doc->undoStack()->count();
        typeInto(m_panel->hyperBox("lr"), QStringLiteral("0.003"));
        QCOMPARE(m_doc->experiment().optimizer.get("lr", 0), 0.003);
        QCOMPARE(m_doc->undoStack()->count(), count + 1);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->experiment().optimizer.get("lr", 0), before);
        QCOMPARE(m_panel->hyperBox("lr")->value(), before);
    }

    void arrowKeysWalkTheLadder() {
        NumberSpinBox* lr = m_panel->hyperBox("lr");
        typeInto(lr, QStringLiteral("0.01"));
        lr->setFocus();
        QTest::keyClick(lr, Qt::Key_Up);
        QCOMPARE(m_doc->experiment().optimizer.get("lr", 0), 0.03);
        QTest::keyClick(lr, Qt::Key_Up);
        QCOMPARE(m_doc->experiment().optimizer.get("lr", 0), 0.1);
        QTest::keyClick(lr, Qt::Key_Down);
        QTest::keyClick(lr, Qt::Key_Down);
        QTest::keyClick(lr, Qt::Key_Down);
        QCOMPARE(m_doc->experiment().optimizer.get("lr", 0), 0.003);
    }

    void regularisationAndSchedule() {
        typeInto(m_panel->findChild<QAbstractSpinBox*>(QStringLiteral("l2")), QStringLiteral("0.001"));
        QCOMPARE(m_doc->experiment().regularization.l2, 0.001);
        typeInto(m_panel->findChild<QAbstractSpinBox*>(QStringLiteral("clipNorm")), QStringLiteral("5"));
        QCOMPARE(m_doc->experiment().regularization.clipNorm, 5.0);
        typeInto(m_panel->findChild<QAbstractSpinBox*>(QStringLiteral("batchSize")), QStringLiteral("32"));
        QCOMPARE(m_doc->experiment().batchSize, 32);

        auto* gamma = m_panel->findChild<QAbstractSpinBox*>(QStringLiteral("gamma"));
        QVERIFY(!gamma->isVisible());  // constant schedule: no gamma
        choose(m_panel->findChild<QComboBox*>(QStringLiteral("scheduleCombo")), QStringLiteral("step"));
        QCOMPARE(m_doc->experiment().schedule.kind, std::string("step"));
        QVERIFY(gamma->isVisible());
        typeInto(gamma, QStringLiteral("0.25"));
        QCOMPARE(m_doc->experiment().schedule.gamma, 0.25);

        auto* early = m_panel->findChild<QGroupBox*>(QStringLiteral("earlyStopping"));
        QVERIFY(!early->isChecked());
        early->setChecked(true);  // QGroupBox's title check box
        QVERIFY(m_doc->experiment().earlyStopping.enabled);
        typeInto(m_panel->findChild<QSpinBox*>(QStringLiteral("patience")), QStringLiteral("7"));
        QCOMPARE(m_doc->experiment().earlyStopping.patience, 7);
    }

    void lossChangeKeepsOutputFollowing() {
        choose(m_panel->lossCombo(), QStringLiteral("mse"));
        QCOMPARE(m_doc->experiment().loss.name, std::string("mse"));
        choose(m_panel->lossCombo(), QStringLiteral("hinge"));
        QCOMPARE(m_doc->experiment().network.layers.back().activation.name, std::string("linear"));
    }

    // training.precision: the combo is one undoable edit, follows the document,
    // and its tooltip says when single precision pays.
    void precisionCombo() {
        QComboBox* combo = m_panel->precisionCombo();
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QString("float64"));
        QVERIFY(combo->toolTip().contains("float32") && combo->toolTip().contains("convolutional"));
        const int count = m_doc->undoStack()->count();
        choose(combo, QStringLiteral("float32"));
        QVERIFY(m_doc->experiment().training.precision == Precision::Float32);
        QCOMPARE(m_doc->undoStack()->count(), count + 1);
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->experiment().training.precision == Precision::Float64);
        QCOMPARE(combo->currentData().toString(), QString("float64"));
    }

private:
    ExperimentDocument* m_doc = nullptr;
    TrainingPanel* m_panel = nullptr;
};

QTEST_MAIN(TestTrainingPanel)
#include "tst_training_panel.moc"
