// Every label of the engine's tables is listed for translation
// (widgets/TableLabels.cpp), so a new table entry cannot stay English only.
#include "common/TableLabels.h"
#include "activations/Activation.h"
#include "data/Dataset.h"
#include "initializers/Initializer.h"
#include "layers/LayerTable.h"
#include "losses/Loss.h"
#include "optimizers/Optimizer.h"

#include <QtTest>

#include <set>
#include <string>

using namespace nnlab;

class TestTableLabels : public QObject {
    Q_OBJECT
private slots:
    void everyTableLabelIsListed() {
        std::set<std::pair<std::string, std::string>> listed;
        for (const auto& [context, text] : tableLabels()) listed.insert({context, text});
        QStringList missing;
        auto check = [&](const char* context, const char* text) {
            if (text && *text && !listed.count({context, text})) missing << QStringLiteral("%1: %2").arg(context, text);
        };
        for (const auto& g : generatorTable()) check("Dataset", g.label);
        for (const auto& l : lossTable()) {
            check("Loss", l.label);
            check("Loss", l.reduction);
            for (const auto& p : l.params) check("Loss", p.label);
        }
        for (const auto& o : optimizerTable()) {
            check("Optimizer", o.label);
            for (const auto& p : o.params) check("Optimizer", p.label);
        }
        for (const auto& a : activationTable()) {
            check("Activation", a.label);
            check("Activation", a.whyNoGradient);
            for (const auto& p : a.params) check("Activation", p.label);
        }
        for (const auto& i : initializerTable()) {
            check("Initializer", i.label);
            for (const auto& p : i.params) check("Initializer", p.label);
        }
        for (const auto& l : layerTable()) {
            check("Layer", l.label);
            for (const auto& p : l.options) check("Layer", p.label);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("add to widgets/TableLabels.cpp: ") + missing.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestTableLabels)
#include "tst_table_labels.moc"
