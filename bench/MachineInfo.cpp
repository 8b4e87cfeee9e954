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

// The widest vector extension the compiler was allowed to use for this build
// (its predefined macros), which is what Eigen's kernels were compiled for.
std::string buildInstructionSet() {
    std::string set;
#if defined(__AVX512F__)
    set = "avx512f";
#elif defined(__AVX2__)
    set = "avx2";
#elif defined(__AVX__)
    set = "avx";
#elif defined(__SSE4_2__)
    set = "sse4.2";
#elif defined(__SSE2__)
    set = "sse2";
#else
    set = "scalar";
#endif
#if defined(__FMA__)
    set += "+fma";
#endif
    return set;
}

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
    m["instruction_set"] = buildInstructionSet();
#ifdef NNLAB_NATIVE_BUILD
    m["native_build"] = true;  // -march=native (CMake option NNLAB_NATIVE)
#else
    m["native_build"] = false;
#endif
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
