#pragma once
// Reads the figures measure_playground.js logs in TensorFlow Playground's
// window from Chromium's stderr (--enable-logging=stderr), e.g.
//   [..:INFO:CONSOLE:16] "nnlab-tfp frames=92 seconds=5.002 longest_gap_ms=83.4
//   epochs=92 training_samples=250 viewport=1279x683", source: file:///... (16)
// Plain C++: tests/bench checks it without a browser.
#include <optional>
#include <string>

namespace nnlab {

struct PlaygroundFigures {
    double seconds = 0;            // the measured span, first to last frame
    long frames = 0;               // requestAnimationFrame callbacks in it
    double longestGapMs = 0;       // longest time between two of them
    long epochs = 0;               // the page's epoch counter, end minus start
    long trainingSamples = 0;      // points in Playground's training set
    std::string viewport;          // the page's inner size, "WxH"
    double framesPerSecond() const { return frames / seconds; }
    double samplesPerSecond() const { return double(epochs) * double(trainingSamples) / seconds; }
};

// What a block of stderr says: the figures, or an error the page reported,
// or neither yet (keep waiting).
struct PlaygroundReading {
    std::optional<PlaygroundFigures> figures;
    std::string error;   // non-empty: the page could not be measured, and why
};

// Looks for the first "nnlab-tfp " line in text. A result line missing a
// figure, or with seconds <= 0, is reported as an error naming the field.
PlaygroundReading readPlaygroundConsole(const std::string& text);

}  // namespace nnlab
