#pragma once
// Asks how a CSV file holds sequences (data/CsvSequences.h): wide, one
// sequence per row (T time steps of the input columns, time-major), or long,
// one time step per row with a column naming the sequence; and the target.
#include "data/Csv.h"

#include <QDialog>

#include <optional>
#include <string>

class QComboBox;
class QLabel;
class QSpinBox;

namespace nnlab {

struct SequenceCsvChoice {
    int targetColumn = -1;
    int steps = 0;                  // data.csv.sequence_steps
    std::optional<int> idColumn;    // set: long format
    std::string problem = "auto";
};

class SequenceCsvDialog : public QDialog {
    Q_OBJECT
public:
    SequenceCsvDialog(const CsvTable& table, const QString& fileName, QWidget* parent = nullptr);
    SequenceCsvChoice choice() const;

private:
    void updateLayout();

    QComboBox* m_layout = nullptr;
    QSpinBox* m_steps = nullptr;
    QComboBox* m_id = nullptr;
    QComboBox* m_target = nullptr;
    QComboBox* m_problem = nullptr;
    QLabel* m_hint = nullptr;
};

}  // namespace nnlab
