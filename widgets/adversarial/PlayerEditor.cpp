#include "adversarial/PlayerEditor.h"

#include "activations/Activation.h"
#include "playground/ExperimentDocument.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace nnlab {

PlayerEditor::PlayerEditor(ExperimentDocument* document, PlayerEdits::Player player, QWidget* parent)
    : QGroupBox(parent), m_document(document), m_player(player) {
    const bool g = player == PlayerEdits::Generator;
    const QString prefix = QString::fromLatin1(PlayerEdits::field(player));
    setObjectName(prefix + QStringLiteral("Editor"));
    setTitle(g ? tr("Generator network") : tr("Discriminator network"));
    setToolTip(g ? tr("The generator's hidden layers; its output is a point of the plane. A change starts both "
                      "networks again.")
                 : tr("The discriminator's hidden layers; its output is the logit of D(x). A change starts both "
                      "networks again."));

    auto* remove = button(QStringLiteral("\u2212"), prefix + QStringLiteral("RemoveLayer"), tr("Remove the last hidden layer"));
    auto* add = button(QStringLiteral("+"), prefix + QStringLiteral("AddLayer"), tr("Add a hidden layer before the output"));
    m_layerCount = new QLabel(this);
    m_activation = new QComboBox(this);
    m_activation->setObjectName(prefix + QStringLiteral("Activation"));
    m_activation->setToolTip(tr("The activation of every hidden layer of this network; one step to undo."));
    m_activation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_activation->setMinimumContentsLength(4);  // "ReLU"; the dock must fit 1024 px in German
    m_activation->setPlaceholderText(tr("mixed"));
    for (const ActivationInfo& info : activationTable())
        if (info.backward)  // both networks learn by backpropagation
            m_activation->addItem(QCoreApplication::translate("Activation", info.label), QString::fromLatin1(info.name));

    auto* top = new QHBoxLayout;
    top->addWidget(remove);
    top->addWidget(m_layerCount);
    top->addWidget(add);
    top->addStretch(1);
    top->addWidget(m_activation, 1);
    m_layers = new QFormLayout;
    m_layers->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_status = new QLabel(this);
    m_status->setObjectName(prefix + QStringLiteral("EditStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_layers);
    layout->addWidget(m_status);

    connect(add, &QToolButton::clicked, this,
            [this] { apply(PlayerEdits::addHiddenLayer(m_document->experiment(), m_player)); });
    connect(remove, &QToolButton::clicked, this,
            [this] { apply(PlayerEdits::removeHiddenLayer(m_document->experiment(), m_player)); });
    connect(m_activation, qOverload<int>(&QComboBox::activated), this, [this](int i) {
        apply(PlayerEdits::setHiddenActivation(m_document->experiment(), m_player,
                                               m_activation->itemData(i).toString().toStdString()));
    });
    connect(m_document, &ExperimentDocument::experimentChanged, this, &PlayerEditor::refresh);
    refresh();
}

QToolButton* PlayerEditor::button(const QString& text, const QString& name, const QString& tip) {
    auto* b = new QToolButton(this);
    b->setText(text);
    b->setObjectName(name);
    b->setToolTip(tip);
    b->setAutoRaise(false);
    return b;
}

QString PlayerEditor::status() const { return m_status->text(); }

void PlayerEditor::apply(const NetworkEdit& edit) {
    m_status->setText(edit.error);
    m_status->setVisible(!edit.ok());
    if (!edit.ok()) {
        refresh();  // a refused activation goes back to the one in use
        return;
    }
    if (edit.next.kindSection == m_document->experiment().kindSection) return;
    m_document->change(edit.next, edit.description);
}

void PlayerEditor::refresh() {
    const Experiment& e = m_document->experiment();
    const std::vector<Index> widths = PlayerEdits::hiddenUnits(e, m_player);
    // Singular and plural as two whole texts: no "(s)" on screen before the translations have plural forms.
    m_layerCount->setText(widths.size() == 1 ? tr("1 hidden layer") : tr("%1 hidden layers").arg(widths.size()));
    {
        const QSignalBlocker block(m_activation);
        m_activation->setCurrentIndex(m_activation->findData(QString::fromStdString(PlayerEdits::hiddenActivation(e, m_player))));
        m_activation->setEnabled(!widths.empty());
    }
    if (m_widths.size() != widths.size()) {
        while (m_layers->rowCount() > 0) m_layers->removeRow(0);
        m_widths.clear();
        const QString prefix = QString::fromLatin1(PlayerEdits::field(m_player));
        for (std::size_t i = 0; i < widths.size(); ++i) {
            const int hidden = int(i);
            const QString n = QString::number(hidden + 1);
            auto* row = new QWidget(this);
            auto* h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            auto* less = button(QStringLiteral("\u2212"), prefix + QStringLiteral("RemoveNeuron") + n, tr("One neuron less"));
            auto* more = button(QStringLiteral("+"), prefix + QStringLiteral("AddNeuron") + n, tr("One neuron more"));
            auto* width = new QLabel(row);
            width->setObjectName(prefix + QStringLiteral("Width") + n);
            h->addWidget(less);
            h->addWidget(width);
            h->addWidget(more);
            h->addStretch(1);
            m_layers->addRow(tr("Layer %1").arg(hidden + 1), row);
            m_widths.push_back(width);
            connect(less, &QToolButton::clicked, this,
                    [this, hidden] { apply(PlayerEdits::removeNeuron(m_document->experiment(), m_player, hidden)); });
            connect(more, &QToolButton::clicked, this,
                    [this, hidden] { apply(PlayerEdits::addNeuron(m_document->experiment(), m_player, hidden)); });
        }
    }
    for (std::size_t i = 0; i < widths.size(); ++i)
        m_widths[i]->setText(widths[i] == 1 ? tr("1 neuron") : tr("%1 neurons").arg(widths[i]));
}

}  // namespace nnlab
