// nnlab-cli forecast EXPERIMENT.json [SEED.csv] [--steps N] [--sample I] [--out FILE]
// Free-running prediction (core/training/FreeRunning.h): the trained network
// continues a sequence from a seed window, fed its own predictions.
#include "Commands.h"
#include "TrainedTask.h"

#include "Error.h"
#include "data/Csv.h"
#include "export/AtomicFile.h"
#include "export/CsvExport.h"
#include "training/Capabilities.h"
#include "training/FreeRunning.h"

#include <iostream>
#include <sstream>

namespace {

constexpr long kMaxForecastSteps = 1000000;

void printForecastUsage(std::ostream& out) {
    out << "usage: nnlab-cli forecast EXPERIMENT.json [SEED.csv] [--steps N] [--sample I] [--out FILE]\n"
           "  EXPERIMENT.json  a trained sequence experiment (DIR/trained.json from 'nnlab-cli train'), e.g. sines,\n"
           "                   whose network predicts the next time step\n"
           "  SEED.csv         the start of the sequence, one time step per row (one column per feature, a\n"
           "                   header row is optional), at least as many rows as the network's window\n"
           "  --steps N        predict N steps, each from a window holding the earlier predictions (default 50)\n"
           "  --sample I       without SEED.csv: start from sequence I of the test set (default 0)\n"
           "  --out FILE       write the CSV there instead of to standard output\n"
           "Output: CSV step,source,<features>: the seed's steps (source \"seed\"), then the\n"
           "predicted ones (source \"forecast\").\n";
}

bool parseCount(const std::string& text, long max, long& value) {
    try {
        std::size_t used = 0;
        value = std::stol(text, &used);
        return used == text.size() && value >= 0 && value <= max;
    } catch (const std::exception&) {
        return false;
    }
}

std::string forecastCsv(const nnlab::Matrix& seed, const nnlab::Matrix& forecast) {
    std::ostringstream s;
    s << "step,source";
    for (nnlab::Index f = 0; f < seed.cols(); ++f)
        s << ',' << (seed.cols() == 1 ? std::string("value") : "x" + std::to_string(f + 1));
    s << '\n';
    const auto rows = [&](const nnlab::Matrix& m, const char* source, nnlab::Index first) {
        for (nnlab::Index r = 0; r < m.rows(); ++r) {
            s << first + r << ',' << source;
            for (nnlab::Index f = 0; f < m.cols(); ++f) s << ',' << nnlab::csvNumber(m(r, f));
            s << '\n';
        }
    };
    rows(seed, "seed", 0);
    rows(forecast, "forecast", seed.rows());
    return s.str();
}

}  // namespace

int runForecastCommand(const std::vector<std::string>& args) {
    std::vector<std::string> files;
    std::string outPath;
    long steps = 50, sample = 0;
    bool sampleGiven = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            printForecastUsage(std::cout);
            return 0;
        } else if (a == "--out" && i + 1 < args.size()) {
            outPath = args[++i];
        } else if (a == "--steps" && i + 1 < args.size()) {
            if (!parseCount(args[++i], kMaxForecastSteps, steps) || steps == 0) {
                std::cerr << "nnlab-cli forecast: --steps expects a whole number from 1 to " << kMaxForecastSteps
                          << ", got \"" << args[i] << "\"\n";
                return 2;
            }
        } else if (a == "--sample" && i + 1 < args.size()) {
            if (!parseCount(args[++i], kMaxForecastSteps, sample)) {
                std::cerr << "nnlab-cli forecast: --sample expects a whole number from 0, got \"" << args[i] << "\"\n";
                return 2;
            }
            sampleGiven = true;
        } else if (!a.empty() && a[0] == '-' && a != "-") {
            std::cerr << "nnlab-cli forecast: unknown option \"" << a << "\"\n";
            printForecastUsage(std::cerr);
            return 2;
        } else {
            files.push_back(a);
        }
    }
    if (files.empty() || files.size() > 2 || (files.size() == 2 && sampleGiven)) {
        if (files.size() == 2 && sampleGiven) std::cerr << "nnlab-cli forecast: give SEED.csv or --sample, not both\n";
        printForecastUsage(std::cerr);
        return 2;
    }
    try {
        const std::unique_ptr<nnlab::Task> owned = trainedTask(files[0], "forecast with");
        nnlab::NetworkModel& model = nnlab::requireNetwork(*owned, "forecast with");
        nnlab::Matrix seed;
        if (files.size() == 2) {
            const nnlab::CsvTable table = nnlab::readCsvFile(files[1]);
            for (nnlab::Index c = 0; c < table.columns(); ++c)
                if (table.isText(c))
                    throw nnlab::DataError(table.source + ": " + nnlab::csvColumnName(table, c) +
                                           " is text, a seed must be numbers");
            seed = table.values;
        } else {
            seed = nnlab::seedFromData(model, nnlab::Index(sample));
        }
        const nnlab::Matrix forecast = nnlab::freeRun(model, seed, nnlab::Index(steps));
        const std::string csv = forecastCsv(seed, forecast);
        if (outPath.empty()) {
            std::cout << csv;
        } else {
            nnlab::writeFileAtomically(outPath, csv);
            std::cerr << "wrote " << seed.rows() << " seed steps and " << forecast.rows() << " predicted steps to "
                      << outPath << "\n";
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "nnlab-cli forecast: " << e.what() << "\n";
        return 1;
    }
}
