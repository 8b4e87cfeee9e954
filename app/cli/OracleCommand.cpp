// nnlab-cli oracle FILE...: per file the largest relative error, or
// "skipped: <reason>"; exit 1 if any file fails (error above 1e-7), 2 if a
// file cannot be read (like cmp: a comparison that could not be made is
// trouble, not a difference).
#include "Commands.h"

#include "oracle/OracleReplay.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace {

// Empty if the file can be read; else the system's reason.
std::string unreadableReason(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return "is a directory";
    std::ifstream in(path);
    if (!in) return std::strerror(errno);
    return {};
}

}  // namespace

int runOracleCommand(const std::vector<std::string>& args) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        (args.empty() ? std::cerr : std::cout)
            << "usage: nnlab-cli oracle FILE...\n"
               "Replays reference files (kinds activations, losses, train, layer; see ../shared/oracle/README.md)\n"
               "and prints per file the largest relative error max|a-b|/(|b|+max|b|), or 'skipped: <reason>' for\n"
               "a kind the engine does not have yet. Exit status 1 if any file exceeds 1e-7, 2 if a file\n"
               "cannot be read.\n";
        return args.empty() ? 2 : 0;
    }
    int failed = 0, passed = 0, skipped = 0, unreadable = 0;
    for (const std::string& path : args) {
        if (const std::string reason = unreadableReason(path); !reason.empty()) {
            ++unreadable;
            std::cerr << "nnlab-cli oracle: cannot open " << path << ": " << reason << "\n";
            continue;
        }
        const nnlab::OracleResult r = nnlab::replayOracleFile(path);
        if (r.skipped) {
            ++skipped;
            std::cout << path << ": skipped: " << r.reason << "\n";
            continue;
        }
        const double err = r.maxError();
        const bool ok = err <= nnlab::kOracleFailAbove;
        ok ? ++passed : ++failed;
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.3e", err);
        std::cout << path << ": " << (ok ? "ok" : "FAIL") << " max relative error " << buf;
        if (const nnlab::OracleCheck* w = r.worst(); w && !ok) std::cout << " (" << w->what << ")";
        std::cout << " over " << r.checks.size() << " checks";
        if (!r.skippedParts.empty()) std::cout << "; " << r.skippedParts.size() << " cases skipped";
        std::cout << "\n";
        for (const std::string& part : r.skippedParts) std::cout << "  skipped case: " << part << "\n";
    }
    std::cout << passed << " passed, " << failed << " failed, " << skipped << " skipped";
    if (unreadable > 0) std::cout << ", " << unreadable << " could not be read";
    std::cout << "\n";
    if (unreadable > 0) return 2;
    return failed > 0 ? 1 : 0;
}
