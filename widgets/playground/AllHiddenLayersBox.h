#pragma once
// "All hidden layers": one activation and one weight initializer for every
// hidden layer at once, as TensorFlow Playground's single Activation menu.
// Each choice is one undoable edit (NetworkEdits::setHiddenActivations);
// layers that already have the choice are left alone, so they keep their
// trained weights. When the layers differ the boxes say "mixed".
#include <QGroupBox>

class QComboBox;

namespace nnlab {

class ExperimentDocument;

class AllHiddenLayersBox : public QGroupBox {
    Q_OBJECT
public:
    explicit AllHiddenLayersBox(ExperimentDocument* doc, QWidget* parent = nullptr);

    QComboBox* activationCombo() const { return m_activation; }
    QComboBox* weightInitCombo() const { return m_weightInit; }

private:
    void refresh();

    ExperimentDocument* m_doc;
    QComboBox* m_activation;
    QComboBox* m_weightInit;
};

}  // namespace nnlab
