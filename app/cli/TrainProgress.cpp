#include "TrainProgress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

std::string format(const char* pattern, double value) {
    char buf[64];
    std::snprintf(buf, sizeof buf, pattern, value);
    return buf;
}

std::string epochText(std::uint64_t epoch, int epochs) {
    return "epoch " + std::to_string(epoch) + (epochs > 0 ? "/" + std::to_string(epochs) : std::string());
}

// Columns of the terminal on stderr, where the bar is drawn; COLUMNS or 80
// if it does not say.
int terminalColumns() {
    winsize size{};
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    if (const char* columns = std::getenv("COLUMNS")) {
        const int n = std::atoi(columns);
        if (n > 0) return n;
    }
    return 80;
}

}  // namespace

TrainProgress::TrainProgress(int epochs)
    : m_epochs(epochs), m_terminal(isatty(STDOUT_FILENO) && isatty(STDERR_FILENO)) {}

std::string TrainProgress::terminalLine(const EpochFigures& f, int epochs, int columns) {
    // In the task's order of importance: what does not fit is left off from the
    // end. The epoch and the first two figures (the main losses) come before
    // the bar; the bar's smallest size comes before the other figures.
    constexpr std::size_t kMinBar = 10, kMaxBar = 30, kFirst = 3;
    std::vector<std::string> fields = {epochText(f.epoch, epochs)};
    for (const EpochFigure& v : f.values) fields.push_back(v.label + format(" %.4f", v.value));
    fields.push_back(format("%.1fs", f.seconds));
    const std::size_t room = std::size_t(std::max(columns - 1, 1));  // the last column would wrap on some terminals
    std::string text;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string next = text.empty() ? fields[i] : text + "  " + fields[i];
        const std::size_t reserved = i < kFirst || epochs <= 0 ? 0 : kMinBar + 3;
        if (next.size() + reserved > room) {
            if (i < kFirst) break;
            continue;  // a later, shorter field (the seconds) may still fit
        }
        text = next;
    }
    if (text.empty()) text = fields.front().substr(0, room);
    // "[####----] " before the figures, 10 to 30 cells wide, if there is room.
    if (epochs > 0 && room >= text.size() + kMinBar + 3) {
        const std::size_t width = std::min(kMaxBar, room - text.size() - 3);
        const std::size_t filled = std::min(width, std::size_t(double(width) * double(f.epoch) / double(epochs)));
        text = "[" + std::string(filled, '#') + std::string(width - filled, '-') + "] " + text;
    }
    return text;
}

std::string TrainProgress::plainLine(const EpochFigures& f, int epochs) {
    std::string line = epochText(f.epoch, epochs);
    for (const EpochFigure& v : f.values) line += " " + v.key + format(" %.6f", v.value);
    return line;
}

void TrainProgress::show(const EpochFigures& figures) {
    if (m_terminal) {
        // \r back to the start, \033[K clears what a longer earlier line left.
        const std::string line = terminalLine(figures, m_epochs, terminalColumns());
        std::fprintf(stderr, "\r%s\033[K", line.c_str());
        std::fflush(stderr);
        m_lineOpen = true;
    } else {
        std::printf("%s\n", plainLine(figures, m_epochs).c_str());
        std::fflush(stdout);
    }
}

std::string TrainProgress::withinEpochLine(std::uint64_t epoch, double fraction, double seconds, int epochs,
                                           int columns) {
    fraction = std::clamp(fraction, 0.0, 1.0);
    std::string text = epochText(epoch, epochs) + format(" (%.0f %%)", 100.0 * fraction) + format("  %.1fs", seconds);
    const std::size_t room = std::size_t(std::max(columns - 1, 1));
    if (text.size() > room) return text.substr(0, room);
    constexpr std::size_t kMinBar = 10, kMaxBar = 30;
    if (epochs > 0 && room >= text.size() + kMinBar + 3) {
        // The bar counts the whole run: finished epochs plus this one's share.
        const std::size_t width = std::min(kMaxBar, room - text.size() - 3);
        const double done = (double(epoch) - 1.0 + fraction) / double(epochs);
        const std::size_t filled = std::min(width, std::size_t(double(width) * std::max(0.0, done)));
        text = "[" + std::string(filled, '#') + std::string(width - filled, '-') + "] " + text;
    }
    return text;
}

void TrainProgress::showWithinEpoch(std::uint64_t epoch, double fraction, double seconds) {
    if (!m_terminal) return;
    const std::string line = withinEpochLine(epoch, fraction, seconds, m_epochs, terminalColumns());
    std::fprintf(stderr, "\r%s\033[K", line.c_str());
    std::fflush(stderr);
    m_lineOpen = true;
}

void TrainProgress::print(const std::string& line) {
    finish();
    std::printf("%s\n", line.c_str());
    std::fflush(stdout);
}

void TrainProgress::finish() {
    if (!m_lineOpen) return;
    std::fprintf(stderr, "\n");
    std::fflush(stderr);
    m_lineOpen = false;
}
