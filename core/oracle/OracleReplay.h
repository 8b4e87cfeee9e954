#pragma once
// Replays a reference file in the format of ../shared/oracle (README there):
// kinds "activations", "losses", "train" and "layer". Used by `nnlab-cli
// oracle` and by the tests, so both judge the engine the same way. Every
// value is read from the file (shapes, seeds, hyperparameters), never assumed.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace nnlab {

struct OracleCheck {
    std::string what;      // "tanh.dy_dx", "step 3 loss", "layers[1].W final"
    double error = 0.0;    // max |a-b| / (|b| + max|b|)
};

struct OracleResult {
    std::string name;                 // file name or its "name"
    std::string kind;
    bool skipped = false;             // the whole file uses something the engine lacks
    std::string reason;               // why skipped
    std::vector<std::string> skippedParts;  // cases inside a file that could not be run, with reasons
    std::vector<OracleCheck> checks;
    double maxError() const;
    const OracleCheck* worst() const;
};

constexpr double kOracleFailAbove = 1e-7;

// max |a - b| / (|b| + max|b|) over same-shaped arrays (infinity if shapes differ).
double oracleRelativeError(const std::vector<double>& a, const std::vector<double>& b);

OracleResult replayOracle(const nlohmann::json& file, const std::string& name);
// Reads and replays; a file that is not JSON or lacks "kind" gives a skipped
// result with the reason.
OracleResult replayOracleFile(const std::string& path);

}  // namespace nnlab
