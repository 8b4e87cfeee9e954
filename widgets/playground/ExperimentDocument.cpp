#include "playground/ExperimentDocument.h"

#include <QUndoCommand>

namespace nnlab {
namespace {

class ChangeExperiment : public QUndoCommand {
public:
    ChangeExperiment(ExperimentDocument* doc, Experiment before, Experiment after, const QString& text, int mergeKey)
        : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after)), m_mergeKey(mergeKey) {}
    void undo() override { m_doc->setExperimentSilently(m_before); }
    void redo() override { m_doc->setExperimentSilently(m_after); }
    int id() const override { return m_mergeKey == 0 ? -1 : m_mergeKey; }
    bool mergeWith(const QUndoCommand* other) override {
        auto* o = static_cast<const ChangeExperiment*>(other);
        if (o->m_mergeKey != m_mergeKey) return false;
        m_after = o->m_after;
        return true;
    }

private:
    ExperimentDocument* m_doc;
    Experiment m_before, m_after;
    int m_mergeKey;
};

}  // namespace

ExperimentDocument::ExperimentDocument(QObject* parent) : QObject(parent), m_experiment(defaultExperiment()) {}

void ExperimentDocument::change(const Experiment& next, const QString& description, int mergeKey) {
    m_undo.push(new ChangeExperiment(this, m_experiment, next, description, mergeKey));
}

void ExperimentDocument::reset(const Experiment& experiment) {
    m_undo.clear();
    setExperimentSilently(experiment);
}

void ExperimentDocument::setExperimentSilently(const Experiment& e) {
    m_experiment = e;
    emit experimentChanged(m_experiment);
}

}  // namespace nnlab
