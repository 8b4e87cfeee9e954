#pragma once
// The form for the layer selected on the canvas: type, neurons, activation
// and its parameters, weight and bias initializers with theirs, layer options
// (drop rate, ...), batch normalisation and dropout after a dense layer, and
// "output follows the task" on the output layer. Every change is one undoable
// ExperimentDocument::change(); a spin box dragged along merges into one step.
#include <QWidget>

#include <string>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace nnlab {

class ExperimentDocument;
struct Experiment;
struct NetworkEdit;
struct NamedSpec;
struct ParamDef;

class LayerInspector : public QWidget {
    Q_OBJECT
public:
    explicit LayerInspector(ExperimentDocument* doc, QWidget* parent = nullptr);

public slots:
    void setLayer(int layer);  // which layer it edits; -1 the inputs, -2 none

private:
    using ParamBoxes = std::vector<std::pair<std::string, QDoubleSpinBox*>>;
    void onExperimentChanged();
    void refresh();
    void rebuildForm();
    void updateValues();
    QString formKey() const;
    void push(const NetworkEdit& edit, int field = 0);
    void showMessage(const QString& text);
    int mergeKey(int field) const;

    void addTypeRow(QFormLayout* form);
    void addUnitsRow(QFormLayout* form);
    void addActivationRows(QFormLayout* form);
    void addInitializerRows(QFormLayout* form, bool bias);
    void addOptionRows(QFormLayout* form, int layer, ParamBoxes& boxes, int firstField);
    void addChipRows(QFormLayout* form);
    void addOutputRows(QFormLayout* form);
    QDoubleSpinBox* paramBox(const ParamDef& def, double value, const std::string& key);
    void fillParams(ParamBoxes& boxes, const NamedSpec& spec);

    ExperimentDocument* m_doc;
    int m_layer = -2;
    std::string m_layerName;    // follows the layer when others are inserted before it
    bool m_unlockOutput = false;  // "follows the task" unticked, activation still the task's
    QString m_formKey;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_message;
    QLabel* m_sizeWarning;  // NetworkEdits::sizeWarning of the whole network
    QWidget* m_form = nullptr;

    QComboBox* m_type = nullptr;
    QSpinBox* m_units = nullptr;
    QComboBox* m_activation = nullptr;
    QLabel* m_gradientWarning = nullptr;
    QComboBox* m_weightInit = nullptr;
    QComboBox* m_biasInit = nullptr;
    QCheckBox* m_batchNorm = nullptr;
    QCheckBox* m_dropout = nullptr;
    QDoubleSpinBox* m_dropRate = nullptr;
    QCheckBox* m_followTask = nullptr;
    ParamBoxes m_activationParams, m_weightParams, m_biasParams, m_options;
};

}  // namespace nnlab
