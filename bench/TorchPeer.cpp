#include "TorchPeer.h"

#include "Timing.h"

#include <array>
#include <cstdio>
#include <stdexcept>
#include <sys/wait.h>

namespace nnlab::bench {
namespace {

// Single quotes for /bin/sh (popen); a quote inside becomes '\''.
std::string shellQuoted(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// Runs a command, returns its stdout and sets `status` to its exit code (-1 if it did not run).
std::string runCommand(const std::string& command, int& status) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) {
        status = -1;
        return out;
    }
    std::array<char, 4096> buffer;
    for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) out.append(buffer.data(), n);
    const int raw = pclose(pipe);
    status = raw == -1 ? -1 : WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return out;
}

}  // namespace

TorchPeer::TorchPeer(std::string python, std::string script, int threads)
    : m_python(std::move(python)), m_script(std::move(script)), m_threads(threads) {}

bool TorchPeer::available() {
    if (m_available < 0) {
        int status = 0;
        runCommand(shellQuoted(m_python) + " -c 'import torch' >/dev/null 2>&1", status);
        m_available = status == 0;
        if (!m_available) m_why = m_python + " cannot import torch (Debian: apt-get install python3-torch)";
    }
    return m_available == 1;
}

void TorchPeer::runRound(const std::string& torchCase, double seconds, double warmup) {
    const std::string command = shellQuoted(m_python) + " " + shellQuoted(m_script) + " --case " + torchCase +
                                " --seconds " + std::to_string(seconds) + " --warmup " + std::to_string(warmup) +
                                " --threads " + std::to_string(m_threads);
    int status = 0;
    const std::string out = runCommand(command, status);
    if (status != 0) throw std::runtime_error("PyTorch peer: \"" + command + "\" exited with " + std::to_string(status));
    nlohmann::json report;
    try {
        report = nlohmann::json::parse(out);
    } catch (const std::exception& e) {
        throw std::runtime_error("PyTorch peer: output is not JSON: " + std::string(e.what()));
    }
    m_about = {{"torch", report.value("torch", "")}, {"blas", report.value("blas", "")},
               {"threads", report.value("threads", 0)}, {"script", m_script}, {"python", m_python}};
    for (const auto& r : report.at("results"))
        for (const auto& [key, value] : r.items())
            if (value.is_number()) m_runs[r.at("case").get<std::string>() + "/" + r.at("dtype").get<std::string>() + "/" + key].push_back(value.get<double>());
}

std::vector<double> TorchPeer::runs(const std::string& torchCase, const std::string& dtype,
                                    const std::string& figure) const {
    auto it = m_runs.find(torchCase + "/" + dtype + "/" + figure);
    return it == m_runs.end() ? std::vector<double>{} : it->second;
}

double TorchPeer::median(const std::string& torchCase, const std::string& dtype, const std::string& figure) const {
    return bench::median(runs(torchCase, dtype, figure));
}

nlohmann::ordered_json TorchPeer::comparison(const std::string& torchCase, double engineTrain,
                                             double engineInfer) const {
    nlohmann::ordered_json out = about();
    for (const char* dtype : {"float32", "float64"}) {
        nlohmann::ordered_json d;
        const double train = median(torchCase, dtype, "train_samples_per_s");
        d["train_samples_per_s"] = train;
        d["train_runs"] = runs(torchCase, dtype, "train_samples_per_s");
        d["train_samples_per_s_wall"] = median(torchCase, dtype, "train_samples_per_s_wall");
        d["nnlab_over_torch_train"] = train > 0.0 ? engineTrain / train : 0.0;
        if (engineInfer >= 0.0) {
            const double infer = median(torchCase, dtype, "infer_samples_per_s");
            d["infer_samples_per_s"] = infer;
            d["infer_runs"] = runs(torchCase, dtype, "infer_samples_per_s");
            d["nnlab_over_torch_infer"] = infer > 0.0 ? engineInfer / infer : 0.0;
        }
        out[dtype] = d;
    }
    out["rates"] = "per CPU second of each process (medians of rounds interleaved with the engine's runs)";
    return out;
}

}  // namespace nnlab::bench
