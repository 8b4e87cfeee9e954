// Where and how the figures were made: the bench is only comparable on the
// same machine, compiler, flags and load.
#include "BenchCases.h"

#include "activations/VectorMath.h"

#include <Eigen/Core>

#include <chrono>
#include <ctime>
#include <fstream>
#include <string>
#include <thread>

namespace nnlab::bench {

double loadAverage1() {
    std::ifstream in("/proc/loadavg");
    double load = -1.0;
    in >> load;
    return load;
}

nlohmann::ordered_json machineInfo() {
    nlohmann::ordered_json m;
    std::string cpu = "unknown";
    std::ifstream info("/proc/cpuinfo");
    for (std::string line; std::getline(info, line);)
        if (line.rfind("model name", 0) == 0) {
            cpu = line.substr(line.find(':') + 2);
            break;
        }
    m["cpu"] = cpu;
    m["hardware_threads"] = std::thread::hardware_concurrency();
#if defined(__clang__)
    m["compiler"] = std::string("clang ") + __clang_version__;
#elif defined(__GNUC__)
    m["compiler"] = std::string("gcc ") + __VERSION__;
#endif
    m["eigen"] = std::to_string(EIGEN_WORLD_VERSION) + "." + std::to_string(EIGEN_MAJOR_VERSION) + "." +
                 std::to_string(EIGEN_MINOR_VERSION);
    m["eigen_simd"] = Eigen::SimdInstructionSetsInUse();
    m["tanh_kernel"] = vmath::tanhKernelName();
#ifdef NDEBUG
    m["assertions"] = false;
#else
    m["assertions"] = true;
#endif
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    char date[32];
    std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
    m["date"] = date;
    return m;
}

}  // namespace nnlab::bench
