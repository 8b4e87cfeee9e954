#include "playground/CsvImportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace nnlab {

CsvImportDialog::CsvImportDialog(const CsvTable& table, const QString& fileName, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Import %1").arg(fileName));
    m_summary = new QLabel(tr("%n row(s), %1 column(s).", nullptr, int(table.values.rows())).arg(table.columns()), this);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("csvTarget"));
    m_target->setToolTip(tr("The column the network learns to predict."));
    m_inputs = new QListWidget(this);
    m_inputs->setObjectName(QStringLiteral("csvInputs"));
    m_inputs->setToolTip(tr("The columns the network reads; with exactly two, the data is drawn on the plane."));
    for (Index c = 0; c < table.columns(); ++c) {
        const QString name = QString::fromStdString(table.header[std::size_t(c)]);
        const QString text = table.isText(c) ? tr("%1 (text)").arg(name) : name;
        m_target->addItem(text, int(c));
        auto* item = new QListWidgetItem(text, m_inputs);
        item->setData(Qt::UserRole, int(c));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    }
    m_target->setCurrentIndex(m_target->count() - 1);
    m_problem = new QComboBox(this);
    m_problem->setToolTip(tr("Classification predicts a class, regression a number; automatic decides from the target column."));
    m_problem->addItem(tr("Automatic"), QStringLiteral("auto"));
    m_problem->addItem(tr("Classification"), QStringLiteral("classification"));
    m_problem->addItem(tr("Regression"), QStringLiteral("regression"));

    auto* form = new QFormLayout;
    form->addRow(tr("Target column"), m_target);
    form->addRow(tr("Input columns"), m_inputs);
    form->addRow(tr("Problem"), m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_target, &QComboBox::currentIndexChanged, this, &CsvImportDialog::updateInputs);
    updateInputs();
}

void CsvImportDialog::updateInputs() {
    // Every column but the target, by default.
    const int target = m_target->currentData().toInt();
    for (int i = 0; i < m_inputs->count(); ++i) {
        QListWidgetItem* item = m_inputs->item(i);
        const bool isTarget = item->data(Qt::UserRole).toInt() == target;
        item->setCheckState(isTarget ? Qt::Unchecked : Qt::Checked);
        item->setFlags(isTarget ? item->flags() & ~Qt::ItemIsEnabled : item->flags() | Qt::ItemIsEnabled);
    }
}

int CsvImportDialog::targetColumn() const { return m_target->currentData().toInt(); }

std::vector<int> CsvImportDialog::inputColumns() const {
    std::vector<int> columns;
    for (int i = 0; i < m_inputs->count(); ++i)
        if (m_inputs->item(i)->checkState() == Qt::Checked) columns.push_back(m_inputs->item(i)->data(Qt::UserRole).toInt());
    return columns;
}

std::string CsvImportDialog::problem() const { return m_problem->currentData().toString().toStdString(); }

}  // namespace nnlab
