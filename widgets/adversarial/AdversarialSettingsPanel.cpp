#include "adversarial/AdversarialSettingsPanel.h"

#include "adversarial/DistributionPad.h"
#include "common/NumberSpinBox.h"
#include "playground/ExperimentDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nnlab {

namespace {

enum MergeKey { kMergeGeneratorRate = 7101, kMergeDiscriminatorRate, kMergeGeneratorSteps, kMergeDiscriminatorSteps };

// A value of the section, or the fallback the engine would use (GanSettings.h).
template <typename T>
T valueAt(const nlohmann::json& section, const nlohmann::json::json_pointer& at, T fallback) {
    if (!section.contains(at)) return fallback;
    const nlohmann::json& v = section.at(at);
    if constexpr (std::is_same_v<T, std::string>)
        return v.is_string() ? v.get<std::string>() : fallback;
    else
        return v.is_number() ? v.get<T>() : fallback;
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
    return e.kindSection.is_object() && e.kindSection.contains("generator") && e.kindSection.contains("discriminator");
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

    const auto rate = [this, form](const QString& label, const char* name, const QString& tip) {
        auto* box = new NumberSpinBox(m_form);
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(1e-5, 10.0);
        box->setLogSteps(true);
        box->setToolTip(tip);
        form->addRow(label, box);
        return box;
    };
    const auto steps = [this, form](const QString& label, const QString& tip) {
        auto* box = new QSpinBox(m_form);
        box->setRange(1, 20);
        box->setToolTip(tip);
        form->addRow(label, box);
        return box;
    };
    m_discriminatorRate = rate(tr("D learning rate"), "discriminatorRate", tr("The discriminator's learning rate."));
    m_discriminatorSteps = steps(tr("D steps"), tr("Discriminator updates per iteration."));
    m_generatorRate = rate(tr("G learning rate"), "generatorRate", tr("The generator's learning rate."));
    m_generatorSteps = steps(tr("G steps"), tr("Generator updates per iteration."));

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
             [&](nlohmann::json& s) { s["distribution"] = keyOf(m_distribution); });
    });
    connect(m_noiseType, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, keyOf] {
        edit(tr("Noise: %1").arg(m_noiseType->currentText()), 0, [&](nlohmann::json& s) { s["noise"]["type"] = keyOf(m_noiseType); });
    });
    connect(m_noiseDimension, qOverload<int>(&QSpinBox::valueChanged), this, [this](int d) {
        edit(tr("Noise dimension %1").arg(d), 0, [d](nlohmann::json& s) { s["noise"]["dimension"] = d; });
    });
    connect(m_loss, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, keyOf] {
        edit(tr("Loss: %1").arg(m_loss->currentText()), 0, [&](nlohmann::json& s) { s["loss"] = keyOf(m_loss); });
    });
    connect(m_smoothing, &QCheckBox::toggled, this, [this](bool on) {
        edit(on ? tr("Label smoothing on") : tr("Label smoothing off"), 0, [on](nlohmann::json& s) { s["real_label"] = on ? 0.9 : 1.0; });
    });
    connect(m_discriminatorRate, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this](double v) {
        edit(tr("D learning rate %1").arg(m_discriminatorRate->textFromValue(v)), kMergeDiscriminatorRate,
             [v](nlohmann::json& s) { s["discriminator_optimizer"]["lr"] = v; });
    });
    connect(m_generatorRate, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this](double v) {
        edit(tr("G learning rate %1").arg(m_generatorRate->textFromValue(v)), kMergeGeneratorRate,
             [v](nlohmann::json& s) { s["generator_optimizer"]["lr"] = v; });
    });
    connect(m_discriminatorSteps, qOverload<int>(&QSpinBox::valueChanged), this, [this](int k) {
        edit(tr("D steps %1").arg(k), kMergeDiscriminatorSteps, [k](nlohmann::json& s) { s["discriminator_steps"] = k; });
    });
    connect(m_generatorSteps, qOverload<int>(&QSpinBox::valueChanged), this, [this](int k) {
        edit(tr("G steps %1").arg(k), kMergeGeneratorSteps, [k](nlohmann::json& s) { s["generator_steps"] = k; });
    });

    connect(m_document, &ExperimentDocument::experimentChanged, this, &AdversarialSettingsPanel::refresh);
    refresh(m_document->experiment());
}

void AdversarialSettingsPanel::edit(const QString& description, int mergeKey,
                                    const std::function<void(nlohmann::json&)>& change) {
    if (m_refreshing || !isAdversarial(m_document->experiment())) return;
    Experiment next = m_document->experiment();
    change(next.kindSection);
    if (next.kindSection == m_document->experiment().kindSection) return;
    m_document->change(next, description, mergeKey);
}

QString AdversarialSettingsPanel::padStatus() const { return m_padStatus->text(); }

void AdversarialSettingsPanel::useDrawing() {
    if (m_pad->isEmpty()) {
        m_padStatus->setText(tr("The pad is empty: draw some strokes first, then press Use drawing."));
        return;
    }
    const Matrix points = m_pad->points();
    edit(tr("Real data: drawn (%1 points)").arg(points.rows()), 0, [&points](nlohmann::json& s) {
        nlohmann::json list = nlohmann::json::array();
        for (Index i = 0; i < points.rows(); ++i) list.push_back({points(i, 0), points(i, 1)});
        s["distribution"] = "drawn";
        s["points"] = list;
    });
    m_padStatus->setText(tr("The generator now learns your drawing."));
}

void AdversarialSettingsPanel::refresh(const Experiment& e) {
    const bool on = isAdversarial(e);
    m_note->setVisible(!on);
    m_form->setVisible(on);
    if (!on) return;
    m_refreshing = true;
    using Ptr = nlohmann::json::json_pointer;
    const nlohmann::json& s = e.kindSection;
    const auto select = [](QComboBox* box, const std::string& key) {
        const int i = box->findData(QString::fromStdString(key));
        box->setCurrentIndex(i);  // -1 for the drawn distribution: nothing picked here
    };
    select(m_distribution, valueAt<std::string>(s, Ptr("/distribution"), "gaussians"));
    select(m_noiseType, valueAt<std::string>(s, Ptr("/noise/type"), "gaussian"));
    m_noiseDimension->setValue(valueAt<int>(s, Ptr("/noise/dimension"), 2));
    select(m_loss, valueAt<std::string>(s, Ptr("/loss"), "non_saturating"));
    m_smoothing->setChecked(valueAt<double>(s, Ptr("/real_label"), 1.0) < 1.0);
    m_discriminatorRate->setValue(valueAt<double>(s, Ptr("/discriminator_optimizer/lr"), 0.1));
    m_generatorRate->setValue(valueAt<double>(s, Ptr("/generator_optimizer/lr"), 0.03));
    m_discriminatorSteps->setValue(valueAt<int>(s, Ptr("/discriminator_steps"), 2));
    m_generatorSteps->setValue(valueAt<int>(s, Ptr("/generator_steps"), 1));
    if (s.contains("points") && s.at("points").is_array() && m_pad->isEmpty()) {
        Matrix points(Index(s.at("points").size()), 2);
        for (std::size_t i = 0; i < s.at("points").size(); ++i)
            for (int c = 0; c < 2; ++c) points(Index(i), c) = s.at("points")[i][std::size_t(c)].get<double>();
        m_pad->setPoints(points);  // a saved drawing comes back onto the pad
    }
    m_refreshing = false;
}

}  // namespace nnlab
