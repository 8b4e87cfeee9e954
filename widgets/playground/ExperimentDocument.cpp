#include "playground/ExperimentDocument.h"

#include <QUndoCommand>

namespace nnlab {
namespace {

// A settings edit. If it makes the engine initialise layers again, undo puts
// back the weights from before it, and redo the weights it had when undone:
// neither direction loses a trained network.
class ChangeExperiment : public QUndoCommand {
public:
    ChangeExperiment(ExperimentDocument* doc, Experiment before, Experiment after, const QString& text, int mergeKey)
        : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after)), m_mergeKey(mergeKey) {
        if (reinitialisesLayers(m_before, m_after)) m_beforeWeights = m_doc->currentWeights();
    }
    void undo() override {
        const bool structural = reinitialisesLayers(m_before, m_after);
        if (structural) m_afterWeights = m_doc->currentWeights();
        m_doc->setExperimentSilently(m_before);
        if (structural && m_beforeWeights) m_doc->requestWeights(*m_beforeWeights);
    }
    void redo() override {
        m_doc->setExperimentSilently(m_after);
        if (m_afterWeights && reinitialisesLayers(m_before, m_after)) m_doc->requestWeights(*m_afterWeights);
    }
    int id() const override { return m_mergeKey == 0 ? -1 : m_mergeKey; }
    bool mergeWith(const QUndoCommand* other) override {
        auto* o = static_cast<const ChangeExperiment*>(other);
        if (o->m_mergeKey != m_mergeKey) return false;
        m_after = o->m_after;
        if (!m_beforeWeights) m_beforeWeights = o->m_beforeWeights;
        return true;
    }

private:
    ExperimentDocument* m_doc;
    Experiment m_before, m_after;
    std::optional<WeightSet> m_beforeWeights, m_afterWeights;
    int m_mergeKey;
};

class ChangeWeight : public QUndoCommand {
public:
    ChangeWeight(ExperimentDocument* doc, int layer, QString param, int row, int col, double before, double after,
                 const QString& text)
        : QUndoCommand(text), m_doc(doc), m_layer(layer), m_param(std::move(param)), m_row(row), m_col(col),
          m_before(before), m_after(after) {}
    void undo() override { m_doc->requestWeight(m_layer, m_param, m_row, m_col, m_before); }
    void redo() override { m_doc->requestWeight(m_layer, m_param, m_row, m_col, m_after); }

private:
    ExperimentDocument* m_doc;
    int m_layer;
    QString m_param;
    int m_row, m_col;
    double m_before, m_after;
};

}  // namespace

bool reinitialisesLayers(const Experiment& from, const Experiment& to) {
    return from.network.layers != to.network.layers || from.data != to.data || from.features != to.features ||
           from.loss != to.loss || from.optimizer.name != to.optimizer.name || from.batchSize != to.batchSize;
}

ExperimentDocument::ExperimentDocument(QObject* parent) : QObject(parent), m_experiment(defaultExperiment()) {}

void ExperimentDocument::change(const Experiment& next, const QString& description, int mergeKey) {
    m_undo.push(new ChangeExperiment(this, m_experiment, next, description, mergeKey));
}

void ExperimentDocument::changeWeight(int layer, const QString& param, int row, int col, double before, double after,
                                      const QString& description) {
    m_undo.push(new ChangeWeight(this, layer, param, row, col, before, after, description));
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
