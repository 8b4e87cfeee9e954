#include "KindDocks.h"

#include "adversarial/AdversarialSettingsPanel.h"
#include "playground/NetworkEdits.h"
#include "sequences/SequencePanel.h"

#include <QDockWidget>
#include <QMainWindow>

#include <functional>
#include <map>

namespace nnlab {
namespace {

// What an experiment is, as far as the docks care.
struct ExperimentTraits {
    bool twoPlayers = false;  // generator and discriminator sections
    bool network = false;     // one network the window draws and inspects
    bool images = false;      // per-sample input of more than one axis
    bool recurrent = false;
    bool text = false;
    bool plane() const { return !twoPlayers && !images && !recurrent; }
};

ExperimentTraits traitsOf(const Experiment& e) {
    ExperimentTraits t;
    t.twoPlayers = AdversarialSettingsPanel::isAdversarial(e);
    t.network = !t.twoPlayers && !e.network.layers.empty();
    t.recurrent = t.network && SequencePanel::hasRecurrentLayer(e);
    t.images = t.network && !t.recurrent && NetworkEdits::inputShape(e).dims.size() > 1;
    t.text = t.recurrent && e.data.generator == "text";
    return t;
}

using Rule = std::function<bool(const ExperimentTraits&)>;

// The docks that speak about some models only, by object name.
const std::map<QString, Rule>& rules() {
    static const std::map<QString, Rule> table = {
        {QStringLiteral("dataDock"), [](const ExperimentTraits& t) { return !t.twoPlayers; }},
        {QStringLiteral("gameDock"), [](const ExperimentTraits& t) { return t.twoPlayers; }},
        {QStringLiteral("layerDock"), [](const ExperimentTraits& t) { return t.network; }},
        {QStringLiteral("outputDock"), [](const ExperimentTraits& t) { return t.plane(); }},
        {QStringLiteral("hiddenDock"), [](const ExperimentTraits& t) { return t.network && t.plane(); }},
        {QStringLiteral("imagesDock"), [](const ExperimentTraits& t) { return t.images; }},
        {QStringLiteral("lookInsideDock"), [](const ExperimentTraits& t) { return t.images; }},
        {QStringLiteral("adversarialDock"), [](const ExperimentTraits& t) { return t.twoPlayers; }},
        {QStringLiteral("sequenceDock"), [](const ExperimentTraits& t) { return t.recurrent; }},
        {QStringLiteral("textDock"), [](const ExperimentTraits& t) { return t.text; }},
        {QStringLiteral("healthDock"), [](const ExperimentTraits& t) { return t.network; }},
        {QStringLiteral("initDock"), [](const ExperimentTraits& t) { return t.network; }},
    };
    return table;
}

}  // namespace

KindDocks::KindDocks(QMainWindow* window) : QObject(window), m_window(window) {}

bool KindDocks::applies(const QString& dockName, const Experiment& experiment) {
    const auto rule = rules().find(dockName);
    return rule == rules().end() || rule->second(traitsOf(experiment));
}

void KindDocks::apply(const Experiment& experiment) {
    const ExperimentTraits traits = traitsOf(experiment);
    for (const auto& [name, rule] : rules()) {
        auto* dock = m_window->findChild<QDockWidget*>(name);
        if (!dock) continue;
        if (!rule(traits)) {
            if (!dock->isHidden()) {
                dock->hide();
                m_hidden.insert(name);
            }
        } else if (m_hidden.remove(name)) {
            dock->show();
        }
    }
}

QStringList KindDocks::hiddenDocks() const {
    QStringList names(m_hidden.begin(), m_hidden.end());
    names.sort();
    return names;
}

void KindDocks::setHiddenDocks(const QStringList& names) {
    m_hidden.clear();
    for (const QString& name : names)
        if (rules().count(name)) m_hidden.insert(name);
}

}  // namespace nnlab
