#pragma once
// Choosing the columns of a CSV file: which column is the target, which are
// the inputs (two of them can be drawn on the plane), and whether the task
// is classification or regression.
#include "data/Csv.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QListWidget;
class QLabel;

namespace nnlab {

class CsvImportDialog : public QDialog {
    Q_OBJECT
public:
    CsvImportDialog(const CsvTable& table, const QString& fileName, QWidget* parent = nullptr);

    int targetColumn() const;
    std::vector<int> inputColumns() const;
    std::string problem() const;  // "auto", "classification", "regression"

private:
    void updateInputs();

    QComboBox* m_target = nullptr;
    QListWidget* m_inputs = nullptr;
    QComboBox* m_problem = nullptr;
    QLabel* m_summary = nullptr;
};

}  // namespace nnlab
