// The data panel's sequence controls: data.steps (adding, sines, sines_steps),
// data.delay (recall) and sequence CSV files (data/CsvSequences.h). Edits go
// through DataPanel::edit/commit as every other data change: one undo step,
// and the run starts again on the new data.
#include "playground/DataPanel.h"

#include "common/ClassroomHiding.h"
#include "data/Csv.h"
#include "playground/ExperimentDocument.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace nnlab {
namespace {

const GeneratorInfo* generatorOf(const Experiment& e) {
    for (const GeneratorInfo& g : generatorTable())
        if (e.data.generator == g.name) return &g;
    return nullptr;
}

}  // namespace

QWidget* DataPanel::buildSequenceControls() {
    m_sequenceBox = new QWidget(this);
    m_sequenceBox->setObjectName(QStringLiteral("sequenceControls"));
    auto* form = new QFormLayout(m_sequenceBox);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_steps = new QSpinBox(m_sequenceBox);
    m_steps->setObjectName(QStringLiteral("sequenceSteps"));
    m_steps->setRange(2, int(kMaxSteps));
    m_steps->setKeyboardTracking(false);
    m_steps->setToolTip(tr("How many time steps each sequence has: longer sequences are harder to remember "
                           "through, and show the gradient fading over more steps."));
    form->addRow(tr("Time steps"), m_steps);
    m_stepsLabel = qobject_cast<QLabel*>(form->labelForField(m_steps));
    m_delay = new QSpinBox(m_sequenceBox);
    m_delay->setObjectName(QStringLiteral("recallDelay"));
    m_delay->setRange(0, int(kMaxSteps));
    m_delay->setKeyboardTracking(false);
    m_delay->setToolTip(tr("Blank steps between the symbols and the cue that asks for one of them: a plain RNN "
                           "forgets past a few, an LSTM or GRU holds on longer."));
    form->addRow(tr("Delay"), m_delay);
    m_delayLabel = qobject_cast<QLabel*>(form->labelForField(m_delay));
    markClassroomControl(m_steps, "dataset");
    markClassroomControl(m_delay, "dataset");
    connect(m_steps, &QSpinBox::valueChanged, this, &DataPanel::setSequenceSteps);
    connect(m_delay, &QSpinBox::valueChanged, this, &DataPanel::setRecallDelay);
    return m_sequenceBox;
}

void DataPanel::refreshSequenceControls(const Experiment& e) {
    const GeneratorInfo* info = generatorOf(e);
    const bool steps = info && info->length == SequenceLength::Steps;
    const bool delay = info && info->length == SequenceLength::Delay;
    {
        const QSignalBlocker a(m_steps), b(m_delay);
        // 0 keeps the set's own length: show that length.
        m_steps->setValue(steps ? (e.data.steps > 0 ? e.data.steps : int(info->sampleShape.dims[0])) : m_steps->value());
        m_delay->setValue(e.data.delay);
    }
    m_steps->setVisible(steps);
    m_stepsLabel->setVisible(steps);
    m_delay->setVisible(delay);
    m_delayLabel->setVisible(delay);
    m_sequenceBox->setVisible(steps || delay);
}

void DataPanel::setSequenceSteps(int steps) {
    if (m_doc->experiment().data.steps == steps) return;
    edit(tr("Time steps %1").arg(steps), kMergeSteps, [steps](Experiment& e) { e.data.steps = steps; });
}

void DataPanel::setRecallDelay(int delay) {
    if (m_doc->experiment().data.delay == delay) return;
    edit(tr("Recall delay %1").arg(delay), kMergeDelay, [delay](Experiment& e) { e.data.delay = delay; });
}

bool DataPanel::importSequenceCsv(const QString& path, const SequenceCsvChoice& choice) {
    const Experiment& before = m_doc->experiment();
    Experiment next = before;
    DataSpec& d = next.data;
    d.generator = "csv";
    d.csvPath = path.toStdString();
    d.targetColumn = choice.targetColumn;
    d.inputColumns.clear();  // every column but the target (and the id)
    d.sequenceSteps = choice.steps;
    d.sequenceIdColumn = choice.idColumn;
    d.problem = choice.problem;
    try {
        loadData(d);  // the file as the run will read it (data/CsvSequences.h)
    } catch (const std::exception& e) {
        // Keep what was loaded; say what is wrong, field or line first.
        showError(tr("Could not import %1: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what())));
        return false;
    }
    next.features.clear();  // the Playground features are made from two inputs of the plane
    commit(before, std::move(next), tr("Import sequences %1").arg(QFileInfo(path).fileName()));
    return m_doc->experiment().data.csvPath == path.toStdString() && m_doc->experiment().data.generator == "csv";
}

void DataPanel::importSequenceCsvInteractive() {
    QString path;
    const std::optional<CsvTable> table = chooseCsv(tr("Import sequences"), &path);
    if (!table) return;
    SequenceCsvDialog dialog(*table, QFileInfo(path).fileName(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    importSequenceCsv(path, dialog.choice());
}

}  // namespace nnlab
