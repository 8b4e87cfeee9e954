#pragma once
// Loss, optimizer (with every hyperparameter of the chosen one, built from
// the optimizer table), batch size, epochs, seed, precision, learning-rate schedule,
// regularisation, clipping and early stopping. Every change is an undoable
// edit of the document; the controller turns the live ones (learning rate,
// regularisation, clipping, batch size) into SetHyper, so weights are kept.
#include "experiment/Experiment.h"

#include <QWidget>

#include <map>
#include <string>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QSpinBox;

namespace nnlab {

class ExperimentDocument;
class NumberSpinBox;

class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPanel(ExperimentDocument* document, QWidget* parent = nullptr);

    // The spin box of an optimizer hyperparameter ("lr", "beta1", ...), or nullptr.
    NumberSpinBox* hyperBox(const std::string& key) const;
    QComboBox* optimizerCombo() const { return m_optimizer; }
    QComboBox* lossCombo() const { return m_loss; }
    QSpinBox* seedBox() const { return m_seed; }
    QComboBox* precisionCombo() const { return m_precision; }
    QComboBox* threadsCombo() const { return m_threads; }
    // Seeds drawn by Reset and typed here stay in an int spin box's range.
    static constexpr int kMaxSeed = 999999999;

public slots:
    void refresh(const nnlab::Experiment& experiment);

private:
    enum MergeKey {
        kMergeHyper = 0x7100,  // + index of the hyperparameter
        kMergeBatch = 0x7200,
        kMergeEpochs,
        kMergeSchedule,
        kMergeReg,             // + field
        kMergeEarly = 0x7300,
        kMergeSeed = 0x7400,
    };

    void buildHyperBoxes(const std::string& optimizer);
    void edit(const QString& what, int mergeKey, const std::function<void(Experiment&)>& change);
    NumberSpinBox* addNumber(QFormLayout* form, const QString& label, const QString& tip, double lo, double hi,
                             bool log, const char* objectName);
    void updateScheduleRows(const std::string& kind);

    ExperimentDocument* m_doc;
    QComboBox* m_loss = nullptr;
    QComboBox* m_optimizer = nullptr;
    QFormLayout* m_hyperForm = nullptr;
    std::map<std::string, NumberSpinBox*> m_hyper;
    std::string m_hyperFor;  // optimizer whose boxes are built
    QSpinBox* m_batch = nullptr;
    QSpinBox* m_epochs = nullptr;
    QSpinBox* m_seed = nullptr;
    QComboBox* m_precision = nullptr;
    QComboBox* m_threads = nullptr;

    QFormLayout* m_scheduleForm = nullptr;
    QComboBox* m_schedule = nullptr;
    NumberSpinBox* m_stepEpochs = nullptr;
    NumberSpinBox* m_gamma = nullptr;
    NumberSpinBox* m_minLr = nullptr;
    NumberSpinBox* m_period = nullptr;
    NumberSpinBox* m_warmup = nullptr;

    NumberSpinBox* m_l1 = nullptr;
    NumberSpinBox* m_l2 = nullptr;
    NumberSpinBox* m_maxNorm = nullptr;
    NumberSpinBox* m_clipValue = nullptr;
    NumberSpinBox* m_clipNorm = nullptr;

    QGroupBox* m_early = nullptr;
    QSpinBox* m_patience = nullptr;
    NumberSpinBox* m_minDelta = nullptr;
    QCheckBox* m_restoreBest = nullptr;
};

}  // namespace nnlab
