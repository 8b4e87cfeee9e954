// The layout rules that keep the code readable as kinds of model are added
// (docs/architecture.md), checked by reading the sources:
//  - core's folders form no cycle, and follow one order from low to high;
//  - a kind's folder (core/tasks/<kind>/) includes no other kind's;
//  - the worker, the window, the CLI and the exports never name a concrete
//    task class: they hold a Task from the registry;
//  - a kind is named only in its own folder and the registry (and in tests,
//    resources and docs), so adding one touches nothing else.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include <functional>
#include <map>
#include <set>

namespace {

const QString kRoot = QStringLiteral(NNLAB_SOURCE_DIR);

// Low to high: a folder may include its own and lower ones only.
const QStringList kCoreOrder = {"io", "spec",  "random",  "parallel",   "activations", "initializers", "losses", "optimizers",
                                "layers", "model",     "data",        "experiment",   "health", "training",
                                "tasks", "export",     "explorers",   "oracle"};

QStringList sourceFiles(const QString& folder) {
    QStringList files;
    QDirIterator it(kRoot + "/" + folder, {"*.cpp", "*.h"}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) files << it.next();
    files.sort();
    return files;
}

QString read(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(f.readAll());
}

// The folder under core/ a path is in ("tasks/supervised" for a kind), or empty for core/'s root.
QString coreUnit(const QString& relative) {
    const QStringList parts = relative.split('/');
    if (parts.size() < 2) return {};
    if (parts[0] == "tasks" && parts.size() >= 3) return parts[0] + "/" + parts[1];
    return parts[0];
}

QStringList includes(const QString& text) {
    QStringList out;
    static const QRegularExpression re(QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""),
                                       QRegularExpression::MultilineOption);
    for (auto m = re.globalMatch(text); m.hasNext();) out << m.next().captured(1);
    return out;
}

// Text without // and /* */ comments, so a comment may mention a class.
QString code(QString text) {
    static const QRegularExpression block(QStringLiteral("/\\*.*?\\*/"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression line(QStringLiteral("//[^\\n]*"));
    return text.remove(block).remove(line);
}

QStringList kindFolders() {
    return QDir(kRoot + "/core/tasks").entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

// "class SupervisedTask : public Task" in a kind's headers.
QStringList concreteTaskClasses() {
    QStringList names;
    static const QRegularExpression re(QStringLiteral("class\\s+(\\w+)\\s*(?:final\\s*)?:\\s*public\\s+Task\\b"));
    for (const QString& file : sourceFiles("core/tasks"))
        for (auto m = re.globalMatch(read(file)); m.hasNext();) names << m.next().captured(1);
    return names;
}

}  // namespace

class TestArchitecture : public QObject {
    Q_OBJECT
private slots:
    void sourcesAreThere() {
        QVERIFY2(sourceFiles("core").size() > 100, qPrintable(kRoot));
        QVERIFY(concreteTaskClasses().contains("SupervisedTask"));
        QVERIFY(kindFolders().contains("supervised"));
    }

    void coreFoldersFormNoCycle() {
        std::map<QString, std::set<QString>> edges;
        for (const QString& file : sourceFiles("core")) {
            const QString from = coreUnit(QDir(kRoot + "/core").relativeFilePath(file));
            for (const QString& inc : includes(read(file))) {
                if (!inc.contains('/')) continue;
                const QString to = coreUnit(inc);
                if (!from.isEmpty() && to != from && QFileInfo::exists(kRoot + "/core/" + inc)) edges[from].insert(to);
            }
        }
        std::map<QString, int> state;  // 0 new, 1 on the path, 2 done
        QStringList path;
        std::function<void(const QString&)> visit = [&](const QString& unit) {
            state[unit] = 1;
            path << unit;
            for (const QString& next : edges[unit]) {
                if (state[next] == 1) QFAIL(qPrintable("core folders form a cycle: " + path.join(" -> ") + " -> " + next));
                if (state[next] == 0) visit(next);
                if (QTest::currentTestFailed()) return;
            }
            path.removeLast();
            state[unit] = 2;
        };
        for (const auto& [unit, targets] : edges)
            if (state[unit] == 0) visit(unit);
    }

    void coreFoldersFollowTheOrder() {
        for (const QString& file : sourceFiles("core")) {
            const QString relative = QDir(kRoot + "/core").relativeFilePath(file);
            const QString from = coreUnit(relative);
            if (from.isEmpty()) continue;
            const int fromRank = kCoreOrder.indexOf(from.section('/', 0, 0));
            QVERIFY2(fromRank >= 0, qPrintable("core/" + from + " is not in the folder order of tst_architecture"));
            for (const QString& inc : includes(read(file))) {
                if (!inc.contains('/') || !QFileInfo::exists(kRoot + "/core/" + inc)) continue;
                const QString to = coreUnit(inc);
                const int toRank = kCoreOrder.indexOf(to.section('/', 0, 0));
                QVERIFY2(toRank <= fromRank, qPrintable("core/" + relative + " includes " + inc + ": " + to +
                                                          " is above " + from));
                // One kind never leans on another; only the registry (tasks/) sees them all.
                if (from.startsWith("tasks/") && to.startsWith("tasks/"))
                    QVERIFY2(to == from, qPrintable("core/" + relative + " includes another kind's " + inc));
            }
        }
    }

    void consumersHoldATask() {
        const QStringList classes = concreteTaskClasses();
        QVERIFY(classes.size() >= 2);
        QStringList consumers = sourceFiles("app") + sourceFiles("widgets") + sourceFiles("core/export");
        for (const QString& file : consumers) {
            const QString text = code(read(file));
            for (const QString& name : classes)
                QVERIFY2(!text.contains(QRegularExpression("\\b" + name + "\\b")),
                         qPrintable(file + " names the concrete task class " + name + "; hold a Task"));
            for (const QString& inc : includes(text))
                // DiagnoseRun and RecurrentComparison build their tasks through the registry too.
                QVERIFY2(!inc.startsWith("tasks/") || inc == "tasks/TaskRegistry.h" || inc == "tasks/DiagnoseRun.h" ||
                             inc == "tasks/RecurrentComparison.h",
                         qPrintable(file + " includes " + inc));
        }
    }

    void aKindIsNamedOnlyInItsFolderAndTheRegistry() {
        // The supervised kind is every file's default and the playground's own, so
        // the rule is for the kinds added beside it.
        for (const QString& kind : kindFolders()) {
            if (kind == "supervised") continue;
            // As a word: "gan" names the kind, "setOrganizationName", the
            // oracle's case "gan_losses" or an example file "gan-ring" do not.
            const QRegularExpression named("(?<![A-Za-z0-9_-])" + QRegularExpression::escape(kind) + "(?![A-Za-z0-9_-])");
            for (const QString& folder : {"core", "app", "widgets", "bench"})
                for (const QString& file : sourceFiles(folder)) {
                    const QString relative = QDir(kRoot).relativeFilePath(file);
                    if (relative.startsWith("core/tasks/" + kind + "/") || relative == "core/tasks/TaskRegistry.cpp")
                        continue;
                    QVERIFY2(!code(read(file)).contains(named),
                             qPrintable(relative + " names the kind \"" + kind + "\": only its folder and the registry may"));
                }
        }
    }
};

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
