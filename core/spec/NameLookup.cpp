#include "spec/NameLookup.h"

#include <algorithm>

namespace nnlab {
namespace {

std::size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

}  // namespace

std::string unknownNameMessage(const std::string& family, const std::string& name,
                               const std::vector<std::string>& known) {
    std::string msg = "unknown " + family + " \"" + name + "\" (known: ";
    std::string best;
    std::size_t bestDistance = 3;  // suggest only near misses
    for (std::size_t i = 0; i < known.size(); ++i) {
        msg += (i ? ", " : "") + known[i];
        const std::size_t d = editDistance(name, known[i]);
        if (d < bestDistance) {
            bestDistance = d;
            best = known[i];
        }
    }
    if (!best.empty()) msg += "; did you mean \"" + best + "\"?";
    return msg + ")";
}

}  // namespace nnlab
