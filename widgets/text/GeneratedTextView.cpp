#include "text/GeneratedTextView.h"

#include "training/TextSampleNames.h"
#include "training/TextSampling.h"

#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSlider>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

namespace nnlab {

namespace {

// The slider's steps: temperature = value / kSliderScale, 0 .. 2.
constexpr int kSliderScale = 100;
constexpr int kSliderMax = 200;

const Payload* findPayload(const Snapshot& s, const char* name) {
    for (const Payload& p : s.payload)
        if (p.name == name) return &p;
    return nullptr;
}

QString textOf(const Payload& p) {
    std::u32string codes;
    for (Index i = 0; i < p.values.size(); ++i) codes.push_back(char32_t(p.values(i)));
    return QString::fromUcs4(codes.data(), qsizetype(codes.size()));
}

}  // namespace

GeneratedTextView::GeneratedTextView(QWidget* parent)
    : QWidget(parent), m_sinceSent(std::make_unique<QElapsedTimer>()) {
    auto* layout = new QVBoxLayout(this);
    auto* controls = new QFormLayout;
    auto* temperatureRow = new QHBoxLayout;
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("temperatureSlider"));
    m_slider->setRange(0, kSliderMax);
    m_slider->setValue(70);
    m_slider->setToolTip(tr("Low: the network writes the character it believes most (at 0 always the same text). "
                            "High: it takes more risks and makes up new words."));
    m_temperatureValue = new QLabel(this);
    m_temperatureValue->setMinimumWidth(m_temperatureValue->fontMetrics().horizontalAdvance(QStringLiteral("0.000")));
    temperatureRow->addWidget(m_slider, 1);
    temperatureRow->addWidget(m_temperatureValue);
    controls->addRow(tr("Temperature"), temperatureRow);
    m_seed = new QLineEdit(QStringLiteral("the "), this);
    m_seed->setObjectName(QStringLiteral("seedText"));
    m_seed->setToolTip(tr("The text the network goes on from; characters it never saw count as empty."));
    controls->addRow(tr("Start with"), m_seed);
    layout->addLayout(controls);

    m_empty = new QLabel(tr("Train a network on text (Examples, Text; or File, Open Text File) to see what it "
                            "writes here, every few steps."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty, 1);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("generatedText"));
    m_text->setOpenLinks(false);
    m_text->hide();
    layout->addWidget(m_text, 1);

    showTemperature();
    connect(m_slider, &QSlider::valueChanged, this, [this] {
        showTemperature();
        emitSampling();
    });
    connect(m_seed, &QLineEdit::editingFinished, this, [this] {
        if (!m_samples.empty() && m_samples.front().seed == m_seed->text()) return;
        emitSampling();
    });
}

GeneratedTextView::~GeneratedTextView() = default;

double GeneratedTextView::temperature() const {
    return double(m_slider->value()) / kSliderScale;
}

QString GeneratedTextView::seedText() const {
    return m_seed->text();
}

void GeneratedTextView::setTemperature(double temperature) {
    m_slider->setValue(int(std::lround(temperature * kSliderScale)));
}

void GeneratedTextView::setSeedText(const QString& text) {
    m_seed->setText(text);
    emitSampling();
}

QStringList GeneratedTextView::shownSamples() const {
    QStringList out;
    for (const Sample& s : m_samples) out << s.seed + s.written;
    return out;
}

void GeneratedTextView::showTemperature() {
    const double t = temperature();
    m_temperatureValue->setText(t <= kMinTemperature ? tr("0 (most likely)") : QLocale().toString(t, 'f', 2));
}

void GeneratedTextView::emitSampling() {
    m_sinceSent->start();
    emit samplingChanged(temperature(), seedText());
}

void GeneratedTextView::showSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    if (!snapshot) return;
    const Payload* written = findPayload(*snapshot, text_sample::kGenerated);
    const Payload* seed = findPayload(*snapshot, text_sample::kSeed);
    const Payload* temperature = findPayload(*snapshot, text_sample::kTemperature);
    const Payload* step = findPayload(*snapshot, text_sample::kStep);
    if (!written || !seed || !temperature || !step) {
        if (!m_samples.empty() || m_text->isVisible()) {
            m_samples.clear();
            m_text->hide();
            m_empty->show();
        }
        return;
    }
    Sample sample{std::uint64_t(step->values(0, 0)), temperature->values(0, 0), textOf(*seed), textOf(*written)};
    // A new run (its step went back), or one that samples with other settings
    // than these: this view's settings are the ones the user sees, so send them.
    const bool otherSettings = std::abs(sample.temperature - this->temperature()) > 1e-9 || sample.seed != seedText();
    if (otherSettings && (!m_sinceSent->isValid() || m_sinceSent->elapsed() > 500)) emitSampling();
    if (!m_samples.empty() && m_samples.front().step > sample.step) m_samples.clear();
    const bool fresh = m_samples.empty() || m_samples.front().step != sample.step ||
                       m_samples.front().written != sample.written;
    if (!fresh) return;
    const bool first = m_samples.empty();
    m_samples.push_front(sample);
    while (m_samples.size() > std::size_t(kKeptSamples)) m_samples.pop_back();
    render();
    if (first) emit textAppeared();
}

void GeneratedTextView::render() {
    m_empty->hide();
    m_text->show();
    QString html;
    const QLocale locale;
    for (const Sample& s : m_samples) {
        html += QStringLiteral("<p style='color:#5f6b76; margin-bottom:2px'>%1</p>")
                    .arg(tr("After step %1, temperature %2")
                             .arg(locale.toString(qulonglong(s.step)), locale.toString(s.temperature, 'f', 2)));
        // The seed in grey, what the network wrote in black; line breaks kept.
        html += QStringLiteral("<p style='font-family:monospace; white-space:pre-wrap; margin-top:0'>"
                               "<span style='color:#8a949c'>%1</span>%2</p>")
                    .arg(s.seed.toHtmlEscaped(), s.written.toHtmlEscaped());
    }
    m_text->setHtml(html);
}

}  // namespace nnlab
