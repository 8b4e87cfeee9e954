#include "health/Figures.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace nnlab {

double roundedPercent(double share) {
    if (!std::isfinite(share)) return 100.0 * share;
    return std::round(100.0 * share) + 0.0;  // std::round: halves away from zero; + 0.0 turns -0 into 0
}

double roundedSignificant(double v, int digits) {
    if (!std::isfinite(v) || v == 0.0) return v + 0.0;
    // printf rounds the decimal text correctly; reading it back gives the
    // double nearest the rounded figure, which every formatter prints alike.
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.*e", digits - 1, v);
    return std::strtod(buf, nullptr) + 0.0;
}

std::string percentText(double share) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.0f %%", roundedPercent(share));
    return buf;
}

std::string figureText(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.3g", roundedSignificant(v, 3));
    return buf;
}

}  // namespace nnlab
