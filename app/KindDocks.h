#pragma once
// Which docks have something to say about the open experiment. A dock that
// has nothing to show for it (the game's settings beside a playground
// network, the decision map beside images) leaves the tab bars while that
// experiment is open and comes back with one it speaks about. A dock the user
// closed stays closed; View still opens any dock by hand.
#include "experiment/Experiment.h"

#include <QObject>
#include <QSet>
#include <QStringList>

class QMainWindow;

namespace nnlab {

class KindDocks : public QObject {
    Q_OBJECT
public:
    explicit KindDocks(QMainWindow* window);
    // False only for the docks that depend on the model (listed in the .cpp);
    // any other dock applies to everything.
    static bool applies(const QString& dockName, const Experiment& experiment);
    // Hides what does not apply, shows again what this class hid and applies now.
    void apply(const Experiment& experiment);
    // The docks this class hid: kept with the window's layout, which
    // saveState() stores as plainly hidden.
    QStringList hiddenDocks() const;
    void setHiddenDocks(const QStringList& names);

private:
    QMainWindow* m_window;
    QSet<QString> m_hidden;
};

}  // namespace nnlab
