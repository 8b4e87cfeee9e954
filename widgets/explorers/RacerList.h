#pragma once
// The racers of the optimizer race, one row each: colour, optimizer (any of
// the table), its hyperparameters, a read-out, a remove button; an "Add"
// button below. Rows only edit specs; OptimizerRace applies them.
#include "spec/NamedSpec.h"

#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace nnlab {

class NumberSpinBox;

class RacerRow : public QWidget {
    Q_OBJECT
public:
    RacerRow(const NamedSpec& spec, const QColor& color, QWidget* parent = nullptr);
    NamedSpec spec() const;
    void setSpec(const NamedSpec& spec);  // without emitting
    void setReadout(const QString& text);
    QComboBox* optimizerBox() const { return m_optimizer; }
    NumberSpinBox* hyperBox(const std::string& key) const;
    QLabel* readout() const { return m_readout; }

signals:
    void specChanged(const nnlab::NamedSpec& spec);
    void optimizerChosen(const QString& name);
    void removeRequested();

private:
    void buildHyperBoxes(const NamedSpec& spec);

    QComboBox* m_optimizer = nullptr;
    QWidget* m_hyperHost = nullptr;
    std::vector<std::pair<std::string, NumberSpinBox*>> m_hyper;
    QLabel* m_readout = nullptr;
    bool m_quiet = false;
};

class RacerList : public QWidget {
    Q_OBJECT
public:
    explicit RacerList(QWidget* parent = nullptr);
    // The learning rate a newly chosen optimizer starts with (the surface's suggestion).
    void setLearningRateHint(std::function<double(const std::string&)> hint) { m_hint = std::move(hint); }

    void setSpecs(const std::vector<NamedSpec>& specs);
    std::vector<NamedSpec> specs() const;
    int count() const { return int(m_rows.size()); }
    RacerRow* row(int i) const { return m_rows[std::size_t(i)]; }
    QPushButton* addButton() const { return m_add; }
    static constexpr int kMaxRacers = 7;  // one per series colour

signals:
    void racerChanged(int index, const nnlab::NamedSpec& spec);
    void racerAdded(const nnlab::NamedSpec& spec);
    void racerRemoved(int index);

private:
    RacerRow* appendRow(const NamedSpec& spec);
    int indexOf(RacerRow* row) const;
    void addNext();

    QVBoxLayout* m_rowsLayout = nullptr;
    QPushButton* m_add = nullptr;
    std::vector<RacerRow*> m_rows;
    std::function<double(const std::string&)> m_hint;
};

}  // namespace nnlab
