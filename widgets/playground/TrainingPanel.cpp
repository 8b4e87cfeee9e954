#include "playground/TrainingPanel.h"

#include "common/ClassroomHiding.h"
#include "playground/ExperimentDocument.h"
#include "playground/NetworkEdits.h"
#include "common/NumberSpinBox.h"
#include "losses/Loss.h"
#include "optimizers/Optimizer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace nnlab {
namespace {

const char* const kScheduleKinds[] = {"constant", "step", "exponential", "cosine"};

QString hyperTip(const std::string& key) {
    if (key == "lr") return TrainingPanel::tr("How far each update moves the weights; applied live, the weights are kept.");
    if (key == "momentum") return TrainingPanel::tr("How much of the previous update is carried into the next one.");
    if (key == "beta1") return TrainingPanel::tr("Decay rate of the running average of the gradients.");
    if (key == "beta2") return TrainingPanel::tr("Decay rate of the running average of the squared gradients.");
    if (key == "eps") return TrainingPanel::tr("A small number added to the denominator so that it is never zero.");
    if (key == "rho") return TrainingPanel::tr("Decay rate of the running averages this optimizer keeps.");
    if (key == "weight_decay") return TrainingPanel::tr("Shrinks every weight towards zero a little at each update, separately from the gradient.");
    return TrainingPanel::tr("A hyperparameter of the chosen optimizer.");
}

bool logScaled(const std::string& key) { return key == "lr" || key == "eps" || key == "weight_decay"; }

}  // namespace

TrainingPanel::TrainingPanel(ExperimentDocument* document, QWidget* parent) : QWidget(parent), m_doc(document) {
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_loss = new QComboBox(this);
    m_loss->setObjectName(QStringLiteral("lossCombo"));
    m_loss->setToolTip(tr("The quantity training makes small: how far the outputs are from the targets."));
    for (const LossInfo& info : lossTable())
        m_loss->addItem(QCoreApplication::translate("Loss", info.label), QString::fromLatin1(info.name));
    form->addRow(tr("Loss"), m_loss);
    markClassroomControl(m_loss, "loss");

    m_optimizer = new QComboBox(this);
    m_optimizer->setObjectName(QStringLiteral("optimizerCombo"));
    m_optimizer->setToolTip(tr("The rule that turns gradients into weight updates; its settings appear below it."));
    for (const OptimizerInfo& info : optimizerTable())
        m_optimizer->addItem(QCoreApplication::translate("Optimizer", info.label), QString::fromLatin1(info.name));
    form->addRow(tr("Optimizer"), m_optimizer);
    markClassroomControl(m_optimizer, "optimizer");

    auto* hyperWidget = new QWidget(this);
    m_hyperForm = new QFormLayout(hyperWidget);
    m_hyperForm->setContentsMargins(12, 0, 0, 0);
    m_hyperForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_hyperForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(hyperWidget);
    markClassroomControl(hyperWidget, "learning_rate");

    m_batch = new QSpinBox(this);
    m_batch->setObjectName(QStringLiteral("batchSize"));
    m_batch->setRange(0, 100000);
    m_batch->setSpecialValueText(tr("whole set"));
    m_batch->setKeyboardTracking(false);
    m_batch->setToolTip(tr("How many training points are averaged for one update; 0 uses the whole training set."));
    form->addRow(tr("Batch size"), m_batch);
    markClassroomControl(m_batch, "batch_size");

    m_epochs = new QSpinBox(this);
    m_epochs->setObjectName(QStringLiteral("epochs"));
    m_epochs->setRange(0, 10000000);
    m_epochs->setSpecialValueText(tr("no limit"));
    m_epochs->setKeyboardTracking(false);
    m_epochs->setToolTip(tr("Training stops after this many passes over the training set; 0 trains until paused."));
    form->addRow(tr("Epochs"), m_epochs);
    markClassroomControl(m_epochs, "epochs");

    // The starting weights come from this seed: Reset draws a new one, so the
    // class sees a new start, and typing an old one back repeats that run.
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("weightSeed"));
    m_seed->setRange(1, kMaxSeed);
    m_seed->setKeyboardTracking(false);
    m_seed->setToolTip(tr("The random seed of the starting weights. Reset draws a new one; type a seed you noted and "
                          "use Training > Restart from the same weights to repeat a run exactly."));
    form->addRow(tr("Weight seed"), m_seed);
    markClassroomControl(m_seed, "weight_seed");

    // training.precision: a rebuild (the controller sees the path's effect).
    m_precision = new QComboBox(this);
    m_precision->setObjectName(QStringLiteral("precisionCombo"));
    m_precision->setToolTip(
        tr("Double precision (float64) computes everything in 64-bit numbers: the default, what the small networks "
           "and the reference cases use. Single precision (float32) runs the big matrix products of large dense and "
           "convolutional layers in 32-bit numbers, about twice as fast on images; the weights and the optimizer "
           "stay in double. Changing it rebuilds the model: the weights are kept, the optimizer starts afresh."));
    m_precision->addItem(tr("Double (float64)"), QStringLiteral("float64"));
    m_precision->addItem(tr("Single (float32)"), QStringLiteral("float32"));
    form->addRow(tr("Precision"), m_precision);
    // training.threads: applied between two steps, nothing rebuilt.
    m_threads = new QComboBox(this);
    m_threads->setObjectName(QStringLiteral("threadsCombo"));
    m_threads->setToolTip(
        tr("Two cores split the large matrix products of big dense layers (a million multiply-adds and more) "
           "between two threads: about a third faster on a machine with nothing else to do. When other programs "
           "keep the cores busy, a step waits for the second thread and gets slower. The small networks always "
           "use one core; the results agree to the last digits."));
    m_threads->addItem(tr("One core"), 1);
    m_threads->addItem(tr("Two cores (idle machine)"), 2);
    form->addRow(tr("Threads"), m_threads);

    // Learning-rate schedule.
    auto* scheduleBox = new QGroupBox(tr("Learning-rate schedule"), this);
    markClassroomControl(scheduleBox, "schedule");
    m_scheduleForm = new QFormLayout(scheduleBox);
    m_scheduleForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_schedule = new QComboBox(scheduleBox);
    m_schedule->setObjectName(QStringLiteral("scheduleCombo"));
    m_schedule->setToolTip(tr("How the learning rate changes from epoch to epoch."));
    m_schedule->addItem(tr("Constant"), QStringLiteral("constant"));
    m_schedule->addItem(tr("Step decay"), QStringLiteral("step"));
    m_schedule->addItem(tr("Exponential decay"), QStringLiteral("exponential"));
    m_schedule->addItem(tr("Cosine"), QStringLiteral("cosine"));
    m_scheduleForm->addRow(tr("Kind"), m_schedule);
    m_stepEpochs = addNumber(m_scheduleForm, tr("Every (epochs)"), tr("The decay period: step decay multiplies by gamma once per period."), 1, 1e6, false, "stepEpochs");
    m_gamma = addNumber(m_scheduleForm, tr("Gamma"), tr("The factor the learning rate is multiplied by per period."), 0, 1, false, "gamma");
    m_gamma->setSingleStep(0.05);
    m_minLr = addNumber(m_scheduleForm, tr("Minimum rate"), tr("The learning rate the cosine curve ends at."), 0, 10, true, "minLr");
    m_period = addNumber(m_scheduleForm, tr("Period (epochs)"), tr("Length of the cosine curve in epochs; 0 uses the run's epochs."), 0, 1e6, false, "periodEpochs");
    m_warmup = addNumber(m_scheduleForm, tr("Warm-up (epochs)"), tr("The learning rate rises linearly from zero over these first epochs."), 0, 1e6, false, "warmupEpochs");

    // Regularisation and clipping.
    auto* regBox = new QGroupBox(tr("Regularization"), this);
    markClassroomControl(regBox, "regularization");
    auto* regForm = new QFormLayout(regBox);
    regForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_l1 = addNumber(regForm, tr("L1"), tr("Adds this times the sum of |w| to the loss; after each step it shrinks every weight by the learning rate times this and stops at exactly zero, so unneeded weights become 0 (dashed edges on the canvas)."), 0, 10, true, "l1");
    m_l2 = addNumber(regForm, tr("L2"), tr("Adds this times the sum of w\u00b2 to the loss, keeping all weights small."), 0, 10, true, "l2");
    m_maxNorm = addNumber(regForm, tr("Max-norm"), tr("Rescales each neuron's incoming weights to at most this length after every update; 0 is off."), 0, 1e3, false, "maxNorm");
    m_clipValue = addNumber(regForm, tr("Clip value"), tr("Clamps every gradient component to this size before the update; 0 is off."), 0, 1e6, true, "clipValue");
    m_clipNorm = addNumber(regForm, tr("Clip norm"), tr("Scales all gradients down together when their total length exceeds this; 0 is off."), 0, 1e6, true, "clipNorm");

    // Early stopping.
    m_early = new QGroupBox(tr("Early stopping"), this);
    m_early->setObjectName(QStringLiteral("earlyStopping"));
    m_early->setCheckable(true);
    m_early->setToolTip(tr("Stop when the validation loss (without a validation set, the test loss) has not improved for a while."));
    markClassroomControl(m_early, "early_stopping");
    auto* earlyForm = new QFormLayout(m_early);
    earlyForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_patience = new QSpinBox(m_early);
    m_patience->setObjectName(QStringLiteral("patience"));
    m_patience->setRange(1, 100000);
    m_patience->setKeyboardTracking(false);
    m_patience->setToolTip(tr("How many epochs without improvement are tolerated before training stops."));
    earlyForm->addRow(tr("Patience"), m_patience);
    m_minDelta = addNumber(earlyForm, tr("Min. improvement"), tr("A new loss counts as better only if it beats the best by more than this."), 0, 1e3, true, "minDelta");
    m_restoreBest = new QCheckBox(tr("Restore best weights"), m_early);
    m_restoreBest->setToolTip(tr("When stopping, put back the weights of the epoch with the lowest loss."));
    earlyForm->addRow(m_restoreBest);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scheduleBox);
    layout->addWidget(regBox);
    layout->addWidget(m_early);
    layout->addStretch(1);

    // Edits.
    connect(m_loss, &QComboBox::activated, this, [this](int index) {
        const std::string name = m_loss->itemData(index).toString().toStdString();
        const Experiment before = m_doc->experiment();
        if (before.loss.name == name) return;
        Experiment next = before;
        next.loss = NamedSpec(name);
        NetworkEdits::keepOutputFollowing(before, next);
        m_doc->change(next, tr("Loss: %1").arg(m_loss->itemText(index)));
    });
    connect(m_optimizer, &QComboBox::activated, this, [this](int index) {
        const std::string name = m_optimizer->itemData(index).toString().toStdString();
        if (m_doc->experiment().optimizer.name == name) return;
        edit(tr("Optimizer: %1").arg(m_optimizer->itemText(index)), 0, [&](Experiment& e) {
            // The learning rate stays when the new optimizer has one; the rest take the table's defaults.
            NamedSpec next(name);
            const double lr = e.optimizer.get("lr", -1.0);
            for (const ParamDef& p : findOptimizer(name).params)
                if (std::string(p.key) == "lr" && lr > 0) next.params["lr"] = lr;
            e.optimizer = next;
        });
    });
    connect(m_batch, &QSpinBox::valueChanged, this,
            [this](int v) { edit(tr("Batch size %1").arg(v), kMergeBatch, [v](Experiment& e) { e.batchSize = v; }); });
    connect(m_epochs, &QSpinBox::valueChanged, this,
            [this](int v) { edit(tr("Epochs %1").arg(v), kMergeEpochs, [v](Experiment& e) { e.epochs = v; }); });
    connect(m_seed, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("Weight seed %1").arg(v), kMergeSeed, [v](Experiment& e) { e.seed = std::uint64_t(v); });
    });
    connect(m_precision, &QComboBox::activated, this, [this](int index) {
        const Precision p = precisionFromName(m_precision->itemData(index).toString().toStdString());
        if (m_doc->experiment().training.precision == p) return;
        edit(tr("Precision: %1").arg(m_precision->itemText(index)), 0, [p](Experiment& e) { e.training.precision = p; });
    });
    connect(m_threads, &QComboBox::activated, this, [this](int index) {
        const int threads = m_threads->itemData(index).toInt();
        if (m_doc->experiment().training.threads == threads) return;
        edit(tr("Threads: %1").arg(m_threads->itemText(index)), 0, [threads](Experiment& e) { e.training.threads = threads; });
    });
    connect(m_schedule, &QComboBox::activated, this, [this](int index) {
        const std::string kind = m_schedule->itemData(index).toString().toStdString();
        edit(tr("Learning-rate schedule: %1").arg(m_schedule->itemText(index)), 0,
             [&](Experiment& e) { e.schedule.kind = kind; });
    });
    int scheduleIndex = 0;
    auto scheduleField = [this, &scheduleIndex](NumberSpinBox* box, double ScheduleSpec::*field, const QString& what) {
        const int key = kMergeSchedule + 0x10 * (++scheduleIndex);
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, field, what, key](double v) {
            edit(what, key, [field, v](Experiment& e) { e.schedule.*field = v; });
        });
    };
    scheduleField(m_stepEpochs, &ScheduleSpec::stepEpochs, tr("Schedule period"));
    scheduleField(m_gamma, &ScheduleSpec::gamma, tr("Schedule gamma"));
    scheduleField(m_minLr, &ScheduleSpec::minLr, tr("Schedule minimum rate"));
    scheduleField(m_period, &ScheduleSpec::periodEpochs, tr("Cosine period"));
    scheduleField(m_warmup, &ScheduleSpec::warmupEpochs, tr("Warm-up epochs"));
    int regIndex = 0;
    auto regField = [this, &regIndex](NumberSpinBox* box, double RegularizationSpec::*field, const QString& what) {
        const int key = kMergeReg + (regIndex++);
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, field, what, key](double v) {
            edit(what.arg(QLocale().toString(v, 'g', 4)), key, [field, v](Experiment& e) { e.regularization.*field = v; });
        });
    };
    regField(m_l1, &RegularizationSpec::l1, tr("L1 %1"));
    regField(m_l2, &RegularizationSpec::l2, tr("L2 %1"));
    regField(m_maxNorm, &RegularizationSpec::maxNorm, tr("Max-norm %1"));
    regField(m_clipValue, &RegularizationSpec::clipValue, tr("Clip value %1"));
    regField(m_clipNorm, &RegularizationSpec::clipNorm, tr("Clip norm %1"));
    connect(m_early, &QGroupBox::toggled, this, [this](bool on) {
        edit(on ? tr("Early stopping on") : tr("Early stopping off"), 0, [on](Experiment& e) { e.earlyStopping.enabled = on; });
    });
    connect(m_patience, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("Patience %1").arg(v), kMergeEarly, [v](Experiment& e) { e.earlyStopping.patience = v; });
    });
    connect(m_minDelta, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("Minimum improvement"), kMergeEarly + 1, [v](Experiment& e) { e.earlyStopping.minDelta = v; });
    });
    connect(m_restoreBest, &QCheckBox::toggled, this, [this](bool on) {
        edit(tr("Restore best weights"), 0, [on](Experiment& e) { e.earlyStopping.restoreBest = on; });
    });

    connect(m_doc, &ExperimentDocument::experimentChanged, this, &TrainingPanel::refresh);
    refresh(m_doc->experiment());
}

NumberSpinBox* TrainingPanel::addNumber(QFormLayout* form, const QString& label, const QString& tip, double lo,
                                        double hi, bool log, const char* objectName) {
    auto* box = new NumberSpinBox(form->parentWidget());
    box->setObjectName(QString::fromLatin1(objectName));
    box->setRange(lo, hi);
    box->setLogSteps(log);
    box->setToolTip(tip);
    form->addRow(label, box);
    return box;
}

NumberSpinBox* TrainingPanel::hyperBox(const std::string& key) const {
    auto it = m_hyper.find(key);
    return it == m_hyper.end() ? nullptr : it->second;
}

void TrainingPanel::edit(const QString& what, int mergeKey, const std::function<void(Experiment&)>& change) {
    Experiment next = m_doc->experiment();
    change(next);
    m_doc->change(next, what, mergeKey);
}

void TrainingPanel::buildHyperBoxes(const std::string& optimizer) {
    if (optimizer == m_hyperFor) return;
    while (m_hyperForm->rowCount() > 0) m_hyperForm->removeRow(0);
    m_hyper.clear();
    m_hyperFor = optimizer;
    const OptimizerInfo* info = nullptr;
    try {
        info = &findOptimizer(optimizer);
    } catch (const std::exception&) {
        return;  // an unknown name is reported by the worker
    }
    int index = 0;
    for (const ParamDef& p : info->params) {
        const std::string key = p.key;
        auto* box = new NumberSpinBox(m_hyperForm->parentWidget());
        box->setObjectName(QStringLiteral("hyper_") + QString::fromLatin1(p.key));
        box->setLogSteps(logScaled(key));
        box->setRange(0.0, key == "lr" ? 100.0 : (key.rfind("beta", 0) == 0 || key == "rho" || key == "momentum") ? 0.999999 : 1e3);
        if (!logScaled(key)) box->setSingleStep(0.01);
        // "beta2 (decay of the squared-gradient average)": the name on the row,
        // the explanation in the tooltip, so the panel stays narrow.
        const QString fullLabel = QCoreApplication::translate("Optimizer", p.label);
        const int paren = fullLabel.indexOf(QStringLiteral(" ("));
        const QString shortLabel = paren > 0 ? fullLabel.left(paren) : fullLabel;
        box->setToolTip(paren > 0 ? tr("%1 (%2)").arg(hyperTip(key), fullLabel) : hyperTip(key));
        const int mergeKey = kMergeHyper + index++;
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, key, mergeKey, label = QString::fromLatin1(p.label)](double v) {
            edit(tr("%1 %2").arg(QCoreApplication::translate("Optimizer", label.toLatin1().constData()),
                                 QLocale().toString(v, 'g', 6)),
                 mergeKey, [&](Experiment& e) { e.optimizer.params[key] = v; });
        });
        m_hyperForm->addRow(shortLabel, box);
        m_hyper[key] = box;
    }
}

void TrainingPanel::updateScheduleRows(const std::string& kind) {
    const bool stepLike = kind == "step" || kind == "exponential";
    m_scheduleForm->setRowVisible(m_stepEpochs, stepLike);
    m_scheduleForm->setRowVisible(m_gamma, stepLike);
    m_scheduleForm->setRowVisible(m_minLr, kind == "cosine");
    m_scheduleForm->setRowVisible(m_period, kind == "cosine");
}

void TrainingPanel::refresh(const Experiment& e) {
    auto select = [](QComboBox* combo, const std::string& name) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(combo->findData(QString::fromStdString(name)));
    };
    auto set = [](auto* box, auto value) {
        const QSignalBlocker block(box);
        box->setValue(value);
    };
    select(m_loss, e.loss.name);
    select(m_optimizer, e.optimizer.name);
    buildHyperBoxes(e.optimizer.name);
    try {
        for (const ParamDef& p : findOptimizer(e.optimizer.name).params)
            if (NumberSpinBox* box = hyperBox(p.key)) set(box, e.optimizer.get(p.key, p.defaultValue));
    } catch (const std::exception&) {
    }
    set(m_batch, e.batchSize);
    set(m_epochs, e.epochs);
    set(m_seed, int(std::clamp<std::uint64_t>(e.seed, 1, kMaxSeed)));
    select(m_precision, precisionName(e.training.precision));
    if (const int at = m_threads->findData(e.training.threads); at >= 0 && at != m_threads->currentIndex()) {
        const QSignalBlocker block(m_threads);
        m_threads->setCurrentIndex(at);
    }
    select(m_schedule, e.schedule.kind);
    updateScheduleRows(e.schedule.kind);
    set(m_stepEpochs, e.schedule.stepEpochs);
    set(m_gamma, e.schedule.gamma);
    set(m_minLr, e.schedule.minLr);
    set(m_period, e.schedule.periodEpochs);
    set(m_warmup, e.schedule.warmupEpochs);
    set(m_l1, e.regularization.l1);
    set(m_l2, e.regularization.l2);
    set(m_maxNorm, e.regularization.maxNorm);
    set(m_clipValue, e.regularization.clipValue);
    set(m_clipNorm, e.regularization.clipNorm);
    {
        const QSignalBlocker block(m_early);
        m_early->setChecked(e.earlyStopping.enabled);
    }
    set(m_patience, e.earlyStopping.patience);
    set(m_minDelta, e.earlyStopping.minDelta);
    {
        const QSignalBlocker block(m_restoreBest);
        m_restoreBest->setChecked(e.earlyStopping.restoreBest);
    }
}

}  // namespace nnlab
