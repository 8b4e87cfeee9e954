// nnlab-cli oracle FILE...: per file the largest relative error, or
// "skipped: <reason>"; exit 1 if any file fails (error above 1e-7).
#include "Commands.h"

#include "oracle/OracleReplay.h"

#include <cstdio>
#include <iostream>

int runOracleCommand(const std::vector<std::string>& args) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        (args.empty() ? std::cerr : std::cout)
            << "usage: nnlab-cli oracle FILE...\n"
               "Replays reference files (kinds activations, losses, train, layer; see ../shared/oracle/README.md)\n"
               "and prints per file the largest relative error max|a-b|/(|b|+max|b|), or 'skipped: <reason>' for\n"
               "a kind the engine does not have yet. Exit status 1 if any file exceeds 1e-7.\n";
        return args.empty() ? 2 : 0;
    }
    int failed = 0, passed = 0, skipped = 0;
    for (const std::string& path : args) {
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
    std::cout << passed << " passed, " << failed << " failed, " << skipped << " skipped\n";
    return failed > 0 ? 1 : 0;
}
