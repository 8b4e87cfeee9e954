#include "adversarial/AdversarialSettingsPanel.h"

#include "adversarial/DistributionPad.h"
#include "adversarial/DistributionThumbnail.h"
#include "adversarial/PlayerEditor.h"
#include "Error.h"
#include "experiment/ExperimentPath.h"
#include "common/BackgroundPainter.h"
#include "common/NumberSpinBox.h"
#include "common/QuickChoices.h"
#include "optimizers/Optimizer.h"
#include "playground/ExperimentDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <algorithm>
#include <QGroupBox>
#include <QIcon>
#include <QPixmap>
#include <QPushButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nnlab {

namespace {

// GAN Lab's list of learning rates for each player.
const std::vector<double> kGanLabRates = {0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0};

enum MergeKey { kMergeGeneratorRate = 7101, kMergeDiscriminatorRate, kMergeGeneratorSteps, kMergeDiscriminatorSteps };

// A setting of the kind's section by path ("loss", "noise.type"): the file's
// value, else the kind's default (experiment/KindSection.h). Null if there is none.
nlohmann::json setting(const Experiment& e, const std::string& path) {
    try {
        return getByPath(e, e.kind + "." + path);
    } catch (const Error&) {
        return nullptr;
    }
}

QComboBox* choices(QWidget* parent, const std::vector<std::pair<QString, QString>>& items) {
    auto* box = new QComboBox(parent);
    for (const auto& [key, label] : items) box->addItem(label, key);
    // Sized by a few characters, not the longest entry: the dock may be narrow.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    return box;
}

}  // namespace

const std::vector<std::pair<const char*, const char*>>& AdversarialSettingsPanel::distributions() {
    static const std::vector<std::pair<const char*, const char*>> list = {
        {"gaussian", QT_TRANSLATE_NOOP("nnlab::AdversarialSettingsPanel", "Single Gaussian")},
        {"gaussians", QT_TRANSLATE_NOOP("nnlab::AdversarialSettingsPanel", "Mixture of Gaussians")},
        {"line", QT_TRANSLATE_NOOP("nnlab::AdversarialSettingsPanel", "Simple line")},
        {"ring", QT_TRANSLATE_NOOP("nnlab::AdversarialSettingsPanel", "Ring")},
        {"disjoint", QT_TRANSLATE_NOOP("nnlab::AdversarialSettingsPanel", "Three disjoint regions")},
        {"two_moons", QT_TRANSLATE_NOOP("nnlab::AdversarialSettingsPanel", "Two moons")},
        {"spiral", QT_TRANSLATE_NOOP("nnlab::AdversarialSettingsPanel", "Spiral")},
        {"grid", QT_TRANSLATE_NOOP("nnlab::AdversarialSettingsPanel", "Grid of Gaussians")},
    };
    return list;
}

bool AdversarialSettingsPanel::isAdversarial(const Experiment& e) {
    return e.kind != kSupervisedKind && setting(e, "generator").is_object() && setting(e, "discriminator").is_object();
}

QSize AdversarialSettingsPanel::minimumSizeHint() const {
    QSize hint = QWidget::minimumSizeHint();
    const QMargins margins = layout() ? layout()->contentsMargins() : QMargins();
    hint.setWidth(std::max(hint.width(), m_form->minimumSizeHint().width() + margins.left() + margins.right()));
    return hint;
}

AdversarialSettingsPanel::AdversarialSettingsPanel(ExperimentDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document) {
    m_note = new QLabel(tr("The settings of a generative adversarial network: open one from File > Examples "
                           "(Generative adversarial networks)."),
                        this);
    m_note->setWordWrap(true);
    m_form = new QWidget(this);
    auto* form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    std::vector<std::pair<QString, QString>> real;
    for (const auto& [key, label] : distributions()) real.emplace_back(QString::fromLatin1(key), tr(label));
    m_distribution = choices(m_form, real);
    m_distribution->setObjectName(QStringLiteral("adversarialDistribution"));
    m_distribution->setToolTip(tr("The real data the generator must learn to imitate."));
    m_distribution->setIconSize(QSize(kThumbnailSide, kThumbnailSide));
    m_thumbnailPainter = new BackgroundPainter(this);
    form->addRow(tr("Real data"), m_distribution);

    m_noiseType = choices(m_form, {{QStringLiteral("gaussian"), tr("Gaussian")}, {QStringLiteral("uniform"), tr("Uniform")}});
    m_noiseType->setToolTip(tr("The noise the generator turns into samples: N(0, 1) or uniform on (-1, 1)."));
    m_noiseDimension = new QSpinBox(m_form);
    m_noiseDimension->setRange(1, 2);
    m_noiseDimension->setToolTip(tr("1: the generator draws a curve; 2: it warps a plane."));
    auto* noise = new QHBoxLayout;
    noise->addWidget(m_noiseType, 1);
    noise->addWidget(m_noiseDimension);
    form->addRow(tr("Noise"), noise);

    m_loss = choices(m_form, {{QStringLiteral("non_saturating"), tr("Non-saturating (log loss)")},
                              {QStringLiteral("minimax"), tr("Minimax (log loss)")},
                              {QStringLiteral("least_squares"), tr("Least squares")}});
    m_loss->setObjectName(QStringLiteral("adversarialLoss"));
    m_loss->setToolTip(tr("Non-saturating, the default: the generator maximises log D(G(z)) instead of minimising "
                          "log(1 - D(G(z))), so it still gets a gradient while the discriminator wins."));
    form->addRow(tr("Loss"), m_loss);
    m_smoothing = new QCheckBox(tr("Label smoothing (real = 0.9)"), m_form);
    m_smoothing->setToolTip(tr("One-sided label smoothing: the real samples are labelled 0.9 instead of 1. A discriminator that is never quite sure gives the generator gentler gradients."));
    form->addRow(m_smoothing);

    // GAN Lab's learning rates one click away, beside the box that still
    // takes any value (and whose arrows walk the same 1-3-10 ladder).
    const auto rate = [this, form](const QString& label, const char* name, const QString& tip) {
        auto* box = new NumberSpinBox(m_form);
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(1e-5, 10.0);
        box->setLogSteps(true);
        box->setToolTip(tip);
        auto* choices = new QuickChoices(box, kGanLabRates, m_form);
        choices->setObjectName(QString::fromLatin1(name) + QStringLiteral("Choices"));
        choices->setToolTip(tr("GAN Lab's learning rates: pick one, or type any other into the box."));
        auto* row = new QHBoxLayout;
        row->addWidget(box, 1);
        row->addWidget(choices);
        form->addRow(label, row);
        return box;
    };
    const auto steps = [this, form](const QString& label, const QString& tip) {
        auto* box = new QSpinBox(m_form);
        box->setRange(0, 10);  // the file reader's range, GAN Lab's too
        box->setToolTip(tip);
        form->addRow(label, box);
        return box;
    };
    // Each player's own optimizer (GAN Lab: SGD or Adam each); another one
    // starts its state again, the weights stay.
    const auto optimizer = [this, form](const QString& label, const char* name, const QString& tip) {
        std::vector<std::pair<QString, QString>> items;
        for (const OptimizerInfo& info : optimizerTable())
            items.emplace_back(QString::fromLatin1(info.name), QCoreApplication::translate("Optimizer", info.label));
        QComboBox* box = choices(m_form, items);
        box->setObjectName(QString::fromLatin1(name));
        box->setToolTip(tip);
        form->addRow(label, box);
        return box;
    };
    m_discriminatorOptimizer = optimizer(tr("D optimizer"), "discriminatorOptimizer",
                                         tr("The discriminator's optimizer; changing it keeps the weights and starts the "
                                            "optimizer's state (e.g. Adam's moments) again."));
    m_discriminatorRate = rate(tr("D learning rate"), "discriminatorRate", tr("The discriminator's learning rate."));
    m_discriminatorSteps = steps(tr("D steps"), tr("Discriminator updates per iteration."));
    m_generatorOptimizer = optimizer(tr("G optimizer"), "generatorOptimizer",
                                     tr("The generator's optimizer; changing it keeps the weights and starts the "
                                        "optimizer's state (e.g. Adam's moments) again."));
    m_generatorRate = rate(tr("G learning rate"), "generatorRate", tr("The generator's learning rate."));
    m_generatorSteps = steps(tr("G steps"), tr("Generator updates per iteration."));

    // Each player's network, edited as the playground's (GAN Lab's +/- for layers and neurons).
    auto* generatorEditor = new PlayerEditor(m_document, PlayerEdits::Generator, m_form);
    auto* discriminatorEditor = new PlayerEditor(m_document, PlayerEdits::Discriminator, m_form);
    form->addRow(generatorEditor);
    form->addRow(discriminatorEditor);
    m_imageNote = new QLabel(tr("An image GAN's generator and discriminator (flatten, reshape, dense or convolution layers) "
                                "are set in its experiment file; the settings above apply as for points."),
                             m_form);
    m_imageNote->setWordWrap(true);
    form->addRow(m_imageNote);

    // Draw your own (GAN Lab): a pad, Use drawing, Clear.
    auto* drawBox = new QGroupBox(tr("Draw the real data"), m_form);
    auto* drawLayout = new QVBoxLayout(drawBox);
    m_pad = new DistributionPad(drawBox);
    m_pad->setObjectName(QStringLiteral("distributionPad"));
    auto* use = new QPushButton(tr("Use drawing"), drawBox);
    use->setObjectName(QStringLiteral("useDrawing"));
    use->setToolTip(tr("Make the drawing the real data the generator must learn (one step in Edit > Undo)."));
    auto* clear = new QPushButton(tr("Clear"), drawBox);
    clear->setToolTip(tr("Wipe the pad; the real data stays as it is until you use a new drawing."));
    m_padStatus = new QLabel(drawBox);
    m_padStatus->setWordWrap(true);
    auto* drawButtons = new QHBoxLayout;
    drawButtons->addWidget(use);
    drawButtons->addWidget(clear);
    drawButtons->addStretch(1);
    drawLayout->addWidget(m_pad);
    drawLayout->addLayout(drawButtons);
    drawLayout->addWidget(m_padStatus);
    form->addRow(drawBox);
    m_rows = form;
    m_planeOnly = {m_distribution, m_noiseDimension, generatorEditor, discriminatorEditor, drawBox};
    connect(use, &QPushButton::clicked, this, &AdversarialSettingsPanel::useDrawing);
    connect(clear, &QPushButton::clicked, m_pad, &DistributionPad::clear);
    connect(m_pad, &DistributionPad::drawingChanged, m_padStatus, &QLabel::clear);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_form);
    layout->addStretch(1);

    const auto keyOf = [](QComboBox* box) { return box->currentData().toString().toStdString(); };
    connect(m_distribution, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, keyOf] {
        edit(tr("Real data: %1").arg(m_distribution->currentText()), 0,
             {{"distribution", keyOf(m_distribution)}});
    });
    connect(m_noiseType, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, keyOf] {
        edit(tr("Noise: %1").arg(m_noiseType->currentText()), 0, {{"noise.type", keyOf(m_noiseType)}});
    });
    connect(m_noiseDimension, qOverload<int>(&QSpinBox::valueChanged), this, [this](int d) {
        edit(tr("Noise dimension %1").arg(d), 0, {{"noise.dimension", d}});
    });
    connect(m_loss, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, keyOf] {
        edit(tr("Loss: %1").arg(m_loss->currentText()), 0, {{"loss", keyOf(m_loss)}});
    });
    connect(m_smoothing, &QCheckBox::toggled, this, [this](bool on) {
        edit(on ? tr("Label smoothing on") : tr("Label smoothing off"), 0, {{"real_label", on ? 0.9 : 1.0}});
    });
    connect(m_discriminatorOptimizer, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, keyOf] {
        edit(tr("D optimizer: %1").arg(m_discriminatorOptimizer->currentText()), 0,
             {{"discriminator_optimizer.name", keyOf(m_discriminatorOptimizer)}});
    });
    connect(m_generatorOptimizer, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, keyOf] {
        edit(tr("G optimizer: %1").arg(m_generatorOptimizer->currentText()), 0,
             {{"generator_optimizer.name", keyOf(m_generatorOptimizer)}});
    });
    connect(m_discriminatorRate, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this](double v) {
        edit(tr("D learning rate %1").arg(m_discriminatorRate->textFromValue(v)), kMergeDiscriminatorRate,
             {{"discriminator_optimizer.lr", v}});
    });
    connect(m_generatorRate, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this](double v) {
        edit(tr("G learning rate %1").arg(m_generatorRate->textFromValue(v)), kMergeGeneratorRate,
             {{"generator_optimizer.lr", v}});
    });
    connect(m_discriminatorSteps, qOverload<int>(&QSpinBox::valueChanged), this, [this](int k) {
        edit(tr("D steps %1").arg(k), kMergeDiscriminatorSteps, {{"discriminator_steps", k}});
    });
    connect(m_generatorSteps, qOverload<int>(&QSpinBox::valueChanged), this, [this](int k) {
        edit(tr("G steps %1").arg(k), kMergeGeneratorSteps, {{"generator_steps", k}});
    });

    connect(m_document, &ExperimentDocument::experimentChanged, this, &AdversarialSettingsPanel::refresh);
    refresh(m_document->experiment());
}

void AdversarialSettingsPanel::edit(const QString& description, int mergeKey,
                                    const std::vector<std::pair<std::string, nlohmann::json>>& changes) {
    if (m_refreshing || !isAdversarial(m_document->experiment())) return;
    Experiment next = m_document->experiment();
    try {
        for (const auto& [path, value] : changes) setByPath(next, next.kind + "." + path, value);
    } catch (const Error& e) {
        m_padStatus->setText(QString::fromUtf8(e.what()));  // not expected: the controls offer valid values
        return;
    }
    if (next.kindSection == m_document->experiment().kindSection) return;
    m_document->change(next, description, mergeKey);
}

QString AdversarialSettingsPanel::padStatus() const { return m_padStatus->text(); }

void AdversarialSettingsPanel::askThumbnails(const Experiment& e) {
    // Once per panel: the pictures depend on the distribution and the seed
    // only, and a task is built for each (a few milliseconds), so off the GUI thread.
    m_thumbnailsAsked = true;
    std::vector<std::string> names;
    for (const auto& entry : distributions()) names.emplace_back(entry.first);
    m_thumbnailPainter->post([this, e, names] {
        // Drawn at twice the size: crisp on a high-density screen too.
        std::vector<QImage> images;
        for (const std::string& name : names) images.push_back(distributionThumbnail(e, name, 2 * kThumbnailSide));
        return BackgroundPainter::Done([this, names, images] {
            for (std::size_t i = 0; i < names.size(); ++i) {
                const int item = m_distribution->findData(QString::fromStdString(names[i]));
                if (item < 0 || images[i].isNull()) continue;
                m_distribution->setItemIcon(item, QIcon(QPixmap::fromImage(images[i])));
                ++m_thumbnails;
            }
        });
    });
}

void AdversarialSettingsPanel::useDrawing() {
    if (m_pad->isEmpty()) {
        m_padStatus->setText(tr("The pad is empty: draw some strokes first, then press Use drawing."));
        return;
    }
    const Matrix points = m_pad->points();
    nlohmann::json list = nlohmann::json::array();
    for (Index i = 0; i < points.rows(); ++i) list.push_back({points(i, 0), points(i, 1)});
    edit(tr("Real data: drawn (%1 points)").arg(points.rows()), 0, {{"points", list}, {"distribution", "drawn"}});
    m_padStatus->setText(tr("The generator now learns your drawing."));
}

void AdversarialSettingsPanel::refresh(const Experiment& e) {
    const bool on = isAdversarial(e);
    m_note->setVisible(!on);
    m_form->setVisible(on);
    if (!on) return;
    m_refreshing = true;
    // Every value from the kind's settings, the file's or its default: no default is repeated here.
    const auto select = [&e](QComboBox* box, const std::string& path) {
        const nlohmann::json v = setting(e, path);
        box->setCurrentIndex(v.is_string() ? box->findData(QString::fromStdString(v.get<std::string>())) : -1);
    };  // -1 for the drawn distribution: nothing picked here
    const auto number = [&e](const std::string& path) {
        const nlohmann::json v = setting(e, path);
        return v.is_number() ? v.get<double>() : 0.0;
    };
    // An image GAN has no distribution in the plane to pick or draw, and its
    // networks start with layers the +/- editors do not draw.
    const bool images = setting(e, "images").is_object();
    for (QWidget* w : m_planeOnly) {
        if (m_rows->labelForField(w)) m_rows->setRowVisible(w, !images);  // with its label
        else w->setVisible(!images);
    }
    m_imageNote->setVisible(images);
    if (!images && !m_thumbnailsAsked) askThumbnails(e);
    select(m_distribution, "distribution");
    select(m_noiseType, "noise.type");
    m_noiseDimension->setValue(int(number("noise.dimension")));
    select(m_loss, "loss");
    m_smoothing->setChecked(number("real_label") < 1.0);
    select(m_discriminatorOptimizer, "discriminator_optimizer.name");
    select(m_generatorOptimizer, "generator_optimizer.name");
    m_discriminatorRate->setValue(number("discriminator_optimizer.lr"));
    m_generatorRate->setValue(number("generator_optimizer.lr"));
    m_discriminatorSteps->setValue(int(number("discriminator_steps")));
    m_generatorSteps->setValue(int(number("generator_steps")));
    const nlohmann::json drawn = setting(e, "points");
    if (drawn.is_array() && !drawn.empty() && m_pad->isEmpty()) {
        Matrix points(Index(drawn.size()), 2);
        for (std::size_t i = 0; i < drawn.size(); ++i)
            for (int c = 0; c < 2; ++c) points(Index(i), c) = drawn[i][std::size_t(c)].get<double>();
        m_pad->setPoints(points);  // a saved drawing comes back onto the pad
    }
    m_refreshing = false;
}

}  // namespace nnlab
