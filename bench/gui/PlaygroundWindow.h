#pragma once
// TensorFlow Playground's own window, measured beside nnlab's (issue 15):
// Chromium opens a copy of the built page (scripts/build-tf-playground.sh)
// with measure_playground.js added, on the bench's X display, and the page
// logs its frames, longest frame gap and epochs; the browser is then closed.
#include "PlaygroundConsole.h"

#include <QSize>
#include <QString>

#include <optional>
#include <vector>

namespace nnlab {

// A page of Playground's, set through its URL hash (its own parameters:
// tanh, square loss, SGD lr 0.03, batch 10, noise 0, half of 500 points train).
struct PlaygroundPage {
    const char* name;
    QString hash;
    long trainingSamples;
};
// The spiral with six hidden layers of 8 and the page's default, circle 4-2.
PlaygroundPage playgroundDeepSpiral();
PlaygroundPage playgroundDefaultCircle();

struct PlaygroundRun {
    QString pageDir;     // holds the built index.html and bundle.js
    QString chromium;    // the browser's executable
    QSize window{1280, 800};
    double warmupSeconds = 1.0;
    double seconds = 5.0;
    int timeoutMs = 60000;   // page load, warm-up and measuring together
};

// The folder with the built page inside dir (dir itself or dir/dist), or
// nullopt with the reason in *whyNot.
std::optional<QString> findBuiltPlayground(const QString& dir, QString* whyNot);
// Chromium: the given path, or chromium / chromium-browser in PATH.
std::optional<QString> findChromium(const QString& given, QString* whyNot);

// Runs Chromium on the page and waits for its figures; never longer than
// run.timeoutMs. nullopt with the reason in *whyNot.
std::optional<PlaygroundFigures> measurePlaygroundPage(const PlaygroundPage& page, const PlaygroundRun& run, QString* whyNot);

}  // namespace nnlab
