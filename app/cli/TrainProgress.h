#pragma once
// How `nnlab-cli train` shows its epochs. On a terminal (stdout and stderr
// both): one line on stderr redrawn in place, fitted to the terminal's width,
// which is asked again at every redraw so a resized window is followed. Else
// (a pipe, a log, CI): one plain line per epoch on stdout.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// One of the task's series at the end of an epoch: "training loss" for a
// person, "train_loss" for a script.
struct EpochFigure {
    std::string label, key;
    double value = 0.0;
};

struct EpochFigures {
    std::uint64_t epoch = 0;
    std::vector<EpochFigure> values;  // in the task's order; a series without a value is left out
    double seconds = 0.0;
};

class TrainProgress {
public:
    // epochs 0: no limit.
    explicit TrainProgress(int epochs);
    bool onTerminal() const { return m_terminal; }
    void show(const EpochFigures& figures);
    // Within a long epoch (an image set): how far it is, on a terminal only;
    // plain output keeps one line per finished epoch.
    void showWithinEpoch(std::uint64_t epoch, double fraction, double seconds);
    // A line of its own (a note), below the bar.
    void print(const std::string& line);
    // Ends the bar's line.
    void finish();

    // The bar's line for a terminal of this many columns: at most columns - 1
    // characters, figures first, the bar only where it fits.
    static std::string terminalLine(const EpochFigures& figures, int epochs, int columns);
    static std::string plainLine(const EpochFigures& figures, int epochs);
    static std::string withinEpochLine(std::uint64_t epoch, double fraction, double seconds, int epochs, int columns);

private:
    int m_epochs;
    bool m_terminal;
    bool m_lineOpen = false;
};
