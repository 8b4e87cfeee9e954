#pragma once
// The live "Generated text" of a run on a text data set: the network writes a
// short text after the seed text at the chosen temperature, on the worker
// thread, between two steps. Refreshed at most every kTextPreviewSteps steps
// (or at once when the settings change), and no more often than keeps its
// cost under a tenth of the time, so the preview never slows training much.
// It draws from its own generator, seeded from the experiment's seed and the
// step, so a run trains the same with or without it.
#include "training/Command.h"
#include "training/Snapshot.h"

#include <chrono>
#include <cstdint>
#include <vector>

namespace nnlab {

class NetworkModel;

constexpr std::uint64_t kTextPreviewSteps = 50;
constexpr int kTextPreviewLength = 160;  // characters per preview

class TextPreview {
public:
    TextPreview();
    void setSampling(const SetTextSampling& settings);
    // Appends the payloads (training/TextSampleNames.h), recomputed when due.
    void fill(NetworkModel& model, std::uint64_t step, std::uint64_t revision, std::vector<Payload>& out);

private:
    SetTextSampling m_settings;
    std::vector<Payload> m_payload;
    bool m_settingsChanged = true;
    std::uint64_t m_step = 0, m_revision = 0;
    std::chrono::steady_clock::time_point m_at;
    std::chrono::steady_clock::duration m_cost{};
};

}  // namespace nnlab
