#include "common/ClassroomDialog.h"

#include "experiment/ClassroomControls.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace nnlab {

namespace {

struct Group {
    const char* title;
    std::vector<std::string> names;
};

std::vector<Group> groups() {
    return {
        {QT_TRANSLATE_NOOP("nnlab::ClassroomDialog", "Running"), {"play", "step", "reset"}},
        {QT_TRANSLATE_NOOP("nnlab::ClassroomDialog", "Training settings"),
         {"loss", "optimizer", "learning_rate", "batch_size", "epochs", "weight_seed", "schedule", "regularization",
          "early_stopping"}},
        {QT_TRANSLATE_NOOP("nnlab::ClassroomDialog", "Data"),
         {"dataset", "noise", "points", "train_ratio", "data_seed", "features", "csv_import"}},
        {QT_TRANSLATE_NOOP("nnlab::ClassroomDialog", "Network and output"),
         {"network_shape", "layer_settings", "show_test_data", "discretize"}},
    };
}

}  // namespace

QString ClassroomDialog::controlLabel(const std::string& name) {
    static const std::map<std::string, const char*> labels = {
        {"play", QT_TR_NOOP("Play and pause")},
        {"step", QT_TR_NOOP("Step and step epoch")},
        {"reset", QT_TR_NOOP("Reset and restart")},
        {"loss", QT_TR_NOOP("Loss")},
        {"optimizer", QT_TR_NOOP("Optimizer")},
        {"learning_rate", QT_TR_NOOP("Learning rate and the optimizer's other settings")},
        {"batch_size", QT_TR_NOOP("Batch size")},
        {"epochs", QT_TR_NOOP("Epochs")},
        {"weight_seed", QT_TR_NOOP("Weight seed")},
        {"schedule", QT_TR_NOOP("Learning-rate schedule")},
        {"regularization", QT_TR_NOOP("Regularization")},
        {"early_stopping", QT_TR_NOOP("Early stopping")},
        {"dataset", QT_TR_NOOP("Which data set")},
        {"noise", QT_TR_NOOP("Noise")},
        {"points", QT_TR_NOOP("Number of points")},
        {"train_ratio", QT_TR_NOOP("Training share")},
        {"data_seed", QT_TR_NOOP("Data seed and Regenerate")},
        {"features", QT_TR_NOOP("Input features")},
        {"csv_import", QT_TR_NOOP("Import CSV")},
        {"network_shape", QT_TR_NOOP("Adding and removing layers and neurons")},
        {"layer_settings", QT_TR_NOOP("Layer panel (activation, initializer, all hidden layers)")},
        {"show_test_data", QT_TR_NOOP("Show test data")},
        {"discretize", QT_TR_NOOP("Discretize")},
    };
    const auto it = labels.find(name);
    return it == labels.end() ? QString::fromStdString(name) : tr(it->second);
}

ClassroomDialog::ClassroomDialog(const std::vector<std::string>& hidden, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Hide controls for the class"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Checked controls are hidden in the window. The choice is saved with the experiment, so "
                                "students who open the file see only what the lesson is about. Training is not "
                                "changed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* grid = new QGridLayout;
    int index = 0;
    for (const Group& g : groups()) {
        auto* box = new QGroupBox(tr(g.title), this);
        auto* column = new QVBoxLayout(box);
        for (const std::string& name : g.names) {
            auto* check = new QCheckBox(controlLabel(name), box);
            check->setObjectName(QString::fromStdString("hide_" + name));
            check->setChecked(std::find(hidden.begin(), hidden.end(), name) != hidden.end());
            column->addWidget(check);
            m_boxes[name] = check;
        }
        column->addStretch(1);
        grid->addWidget(box, index / 2, index % 2);
        ++index;
    }
    layout->addLayout(grid);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* showAll = buttons->addButton(tr("Show all"), QDialogButtonBox::ResetRole);
    showAll->setToolTip(tr("Uncheck every box: the whole window again"));
    connect(showAll, &QPushButton::clicked, this, [this] {
        for (auto& [name, box] : m_boxes) box->setChecked(false);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

std::vector<std::string> ClassroomDialog::hiddenControls() const {
    std::vector<std::string> out;
    for (const auto& [name, box] : m_boxes)
        if (box->isChecked()) out.push_back(name);
    return out;  // std::map: already sorted
}

void ClassroomDialog::setHidden(const std::string& name, bool hidden) {
    if (auto it = m_boxes.find(name); it != m_boxes.end()) it->second->setChecked(hidden);
}

}  // namespace nnlab
