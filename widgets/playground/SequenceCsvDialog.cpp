#include "playground/SequenceCsvDialog.h"

#include "data/Dataset.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nnlab {

SequenceCsvDialog::SequenceCsvDialog(const CsvTable& table, const QString& fileName, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Import sequences from %1").arg(fileName));
    auto* summary = new QLabel(tr("%n row(s), %1 column(s).", nullptr, int(table.values.rows())).arg(table.columns()), this);

    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("sequenceCsvLayout"));
    m_layout->addItem(tr("Wide: one sequence per row"), QStringLiteral("wide"));
    m_layout->addItem(tr("Long: one time step per row, with a sequence id column"), QStringLiteral("long"));
    m_layout->setToolTip(tr("How the file holds its sequences."));
    m_steps = new QSpinBox(this);
    m_steps->setObjectName(QStringLiteral("sequenceCsvSteps"));
    m_steps->setRange(0, int(kMaxSteps));
    m_steps->setValue(std::max(1, int(table.columns()) - 1));
    m_id = new QComboBox(this);
    m_id->setObjectName(QStringLiteral("sequenceCsvId"));
    m_id->setToolTip(tr("The column that says which sequence a row belongs to (numbers or text)."));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("sequenceCsvTarget"));
    m_target->setToolTip(tr("The column the network learns to predict, one value per sequence."));
    for (Index c = 0; c < table.columns(); ++c) {
        const QString name = QString::fromStdString(table.header[std::size_t(c)]);
        const QString text = table.isText(c) ? tr("%1 (text)").arg(name) : name;
        m_target->addItem(text, int(c));
        m_id->addItem(text, int(c));
    }
    m_target->setCurrentIndex(m_target->count() - 1);
    m_problem = new QComboBox(this);
    m_problem->setToolTip(tr("Classification predicts a class, regression a number; automatic decides from the target column."));
    m_problem->addItem(tr("Automatic"), QStringLiteral("auto"));
    m_problem->addItem(tr("Classification"), QStringLiteral("classification"));
    m_problem->addItem(tr("Regression"), QStringLiteral("regression"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Layout"), m_layout);
    form->addRow(tr("Time steps"), m_steps);
    form->addRow(tr("Sequence id column"), m_id);
    form->addRow(tr("Target column"), m_target);
    form->addRow(tr("Problem"), m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &SequenceCsvDialog::updateLayout);
    updateLayout();
}

void SequenceCsvDialog::updateLayout() {
    const bool wide = m_layout->currentData().toString() == QStringLiteral("wide");
    m_id->setEnabled(!wide);
    m_steps->setSpecialValueText(wide ? QString() : tr("as long as the first"));
    m_steps->setMinimum(wide ? 1 : 0);
    m_steps->setToolTip(wide ? tr("T: the input columns of a row are T time steps of F features each, time-major "
                                  "(step 0's features, then step 1's, ...).")
                             : tr("The length every sequence must have; 0: as long as the first."));
    m_hint->setText(wide ? tr("Every column but the target is an input; their number must split into the time steps.")
                         : tr("Rows with the same id form one sequence, in file order; each needs the same target on "
                              "every row. A row that does not fit is named with its line."));
}

SequenceCsvChoice SequenceCsvDialog::choice() const {
    SequenceCsvChoice c;
    c.targetColumn = m_target->currentData().toInt();
    c.steps = m_steps->value();
    if (m_layout->currentData().toString() == QStringLiteral("long")) c.idColumn = m_id->currentData().toInt();
    c.problem = m_problem->currentData().toString().toStdString();
    return c;
}

}  // namespace nnlab
