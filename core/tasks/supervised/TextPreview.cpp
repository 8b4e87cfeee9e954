#include "tasks/supervised/TextPreview.h"

#include "data/Utf8.h"
#include "training/Capabilities.h"
#include "training/TextSampleNames.h"
#include "training/TextSampling.h"

#include <algorithm>

namespace nnlab {

namespace {

Matrix codePoints(const std::u32string& text) {
    Matrix m(1, Index(text.size()));
    for (std::size_t i = 0; i < text.size(); ++i) m(0, Index(i)) = double(text[i]);
    return m;
}

Matrix scalar(double v) {
    return Matrix::Constant(1, 1, v);
}

}  // namespace

TextPreview::TextPreview() {
    m_settings.temperature = 0.7;
    m_settings.seedText = "the ";
}

void TextPreview::setSampling(const SetTextSampling& settings) {
    m_settings = settings;
    m_settings.temperature = std::clamp(settings.temperature, 0.0, kMaxTemperature);
    m_settingsChanged = true;
}

void TextPreview::fill(NetworkModel& model, std::uint64_t step, std::uint64_t revision, std::vector<Payload>& out) {
    const auto now = std::chrono::steady_clock::now();
    const auto since = now - m_at;
    const bool due = m_payload.empty() || m_settingsChanged || revision != m_revision || step < m_step ||
                     (step >= m_step + kTextPreviewSteps && since >= 10 * m_cost);
    if (due) {
        Rng rng(model.experiment().seed * 0x9E3779B97F4A7C15ULL + step);
        TextSampleRequest request;
        request.seedText = m_settings.seedText;
        request.temperature = m_settings.temperature;
        request.length = kTextPreviewLength;
        const std::string written = sampleText(model, request, rng);
        m_payload = {{text_sample::kGenerated, codePoints(decodeUtf8(written, "generated text"))},
                     {text_sample::kSeed, codePoints(decodeUtf8(m_settings.seedText, "seed text"))},
                     {text_sample::kTemperature, scalar(m_settings.temperature)},
                     {text_sample::kStep, scalar(double(step))}};
        m_settingsChanged = false;
        m_step = step;
        m_revision = revision;
        m_at = std::chrono::steady_clock::now();
        m_cost = m_at - now;
    }
    out.insert(out.end(), m_payload.begin(), m_payload.end());
}

}  // namespace nnlab
