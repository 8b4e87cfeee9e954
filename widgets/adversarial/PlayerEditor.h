#pragma once
// One player's network in the Game settings dock, edited as the playground's
// canvas edits its network: - and + for the number of hidden layers, - and +
// for each hidden layer's neurons, one activation for its hidden layers. Every
// edit is one step in Edit > Undo (PlayerEdits builds it); an edit past a limit
// is refused and the reason shown under the buttons.
#include "adversarial/PlayerEdits.h"

#include <QGroupBox>

#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QToolButton;

namespace nnlab {

class ExperimentDocument;

class PlayerEditor : public QGroupBox {
    Q_OBJECT
public:
    PlayerEditor(ExperimentDocument* document, PlayerEdits::Player player, QWidget* parent = nullptr);

    // Why the last edit was refused, or empty.
    QString status() const;

private:
    void refresh();
    void apply(const NetworkEdit& edit);
    QToolButton* button(const QString& text, const QString& name, const QString& tip);

    ExperimentDocument* m_document;
    PlayerEdits::Player m_player;
    QLabel* m_layerCount = nullptr;
    QComboBox* m_activation = nullptr;
    QFormLayout* m_layers = nullptr;
    std::vector<QLabel*> m_widths;  // one per hidden layer row
    QLabel* m_status = nullptr;
};

}  // namespace nnlab
