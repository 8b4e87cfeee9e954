// The rules are described in GanVerdicts.h, with their thresholds.
#include "tasks/gan/GanVerdicts.h"

#include "optimizers/Optimizer.h"
#include "tasks/gan/GanSeries.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace nnlab {
namespace {

std::string percent(double share) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f %%", 100.0 * share);
    return buffer;
}

std::string figure(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3g", v);
    return buffer;
}

// The learning rate a player trains with: the file's, else its optimizer's default.
double lr(const NamedSpec& optimizer) {
    const auto it = optimizer.params.find("lr");
    if (it != optimizer.params.end()) return it->second;
    for (const ParamDef& p : findOptimizer(optimizer.name).params)
        if (std::string(p.key) == "lr") return p.defaultValue;
    return 0.01;
}

TryChange hyper(const std::string& path, double value) { return {"hyper", path, "", value}; }

Remedy lowerLr(const char* key, const char* player, const std::string& path, double now) {
    return {key, std::string("Halve the ") + player + "'s learning rate to " + figure(now / 2.0), {hyper(path, now / 2.0)}};
}

Remedy moreSteps(const char* key, const char* player, const std::string& path, int now) {
    const int next = std::min(10, now + 1);
    return {key, std::string("Train the ") + player + " " + std::to_string(next) + " times per iteration",
            {hyper(path, double(next))}};
}

Remedy labelSmoothing() {
    return {"label_smoothing", "Label the real samples 0.9 instead of 1 (one-sided label smoothing)",
            {hyper("gan.real_label", 0.9)}};
}

double valueAt(const HistoryPoint& p, std::size_t series) { return p.values[series]; }

void modeCollapse(const GanSettings& s, const std::vector<HistoryPoint>& history, const ModeCoverage& c,
                  int collapsedEpochs, std::vector<Verdict>& out) {
    if (int(history.size()) < kSettleEpochs || collapsedEpochs < kCollapseEpochs || !isPartialCoverage(c)) return;
    if (c.fakeOutside > kCollapseOutside) return;  // still on its way to the data, not crowded onto a mode
    Verdict v;
    v.name = "mode_collapse";
    v.title = "Mode collapse: the generator makes only some of the real modes";
    v.layers = {"generator"};
    Evidence coverage;
    coverage.key = "mode_coverage";
    coverage.value = double(c.covered) / double(c.modes);
    coverage.figures = {double(c.covered), double(c.modes), double(collapsedEpochs)};
    coverage.text = "The generated samples reach " + std::to_string(c.covered) + " of the " + std::to_string(c.modes) +
                    " real modes (for " + std::to_string(collapsedEpochs) + " epochs in a row).";
    v.evidence.push_back(coverage);
    Evidence shares;
    shares.key = "mode_shares";
    shares.value = *std::max_element(c.fakeShare.begin(), c.fakeShare.end());
    std::string fake, real;
    for (std::size_t m = 0; m < c.fakeShare.size(); ++m) {
        fake += (m ? ", " : "") + percent(c.fakeShare[m]);
        real += (m ? ", " : "") + percent(c.realShare[m]);
    }
    shares.figures = c.fakeShare;
    shares.figures.insert(shares.figures.end(), c.realShare.begin(), c.realShare.end());
    shares.text = "Generated samples per mode: " + fake + " (real: " + real + ").";
    v.evidence.push_back(shares);
    v.remedies.push_back(
        lowerLr("lower_generator_lr", "generator", "gan.generator_optimizer.lr", lr(s.generatorOptimizer)));
    if (s.discriminatorSteps < 10)
        v.remedies.push_back(
            moreSteps("more_discriminator_steps", "discriminator", "gan.discriminator_steps", s.discriminatorSteps));
    v.remedies.push_back({"reset_other_seed", "Reset with another seed: another start often reaches every mode", {}});
    out.push_back(v);
}

void oscillation(const GanSettings& s, const std::vector<HistoryPoint>& history, std::vector<Verdict>& out) {
    if (int(history.size()) < kOscWindow) return;
    std::vector<double> gap;
    for (std::size_t i = history.size() - std::size_t(kOscWindow); i < history.size(); ++i)
        gap.push_back(valueAt(history[i], kDReal) - valueAt(history[i], kDFake));
    for (double g : gap)
        if (!std::isfinite(g)) return;
    // Least-squares line through (i, gap_i); the oscillation is what it leaves.
    const double n = double(gap.size()), meanX = (n - 1.0) / 2.0;
    double meanY = 0.0;
    for (double g : gap) meanY += g / n;
    double sxy = 0.0, sxx = 0.0;
    for (std::size_t i = 0; i < gap.size(); ++i) {
        sxy += (double(i) - meanX) * (gap[i] - meanY);
        sxx += (double(i) - meanX) * (double(i) - meanX);
    }
    const double slope = sxy / sxx;
    double lo = 1e300, hi = -1e300, squares = 0.0;
    for (std::size_t i = 0; i < gap.size(); ++i) {
        const double r = gap[i] - (meanY + slope * (double(i) - meanX));
        lo = std::min(lo, r);
        hi = std::max(hi, r);
        squares += r * r;
    }
    const double spread = std::sqrt(squares / n), trend = std::abs(slope) * (n - 1.0);
    int turns = 0;
    for (std::size_t i = 2; i < gap.size(); ++i)
        if ((gap[i] - gap[i - 1]) * (gap[i - 1] - gap[i - 2]) < 0.0) ++turns;
    if (turns < kOscTurns || spread < kOscSpread || trend >= hi - lo) return;
    Verdict v;
    v.name = "oscillation";
    v.title = "Oscillation: the two players chase each other without settling";
    v.layers = {"generator", "discriminator"};
    Evidence e;
    e.key = "gap_oscillation";
    e.value = spread;
    e.figures = {double(turns), n, spread};
    e.text = "Over the last " + std::to_string(kOscWindow) + " epochs D(real) - D(fake) changed direction " +
             std::to_string(turns) + " times, spreading by " + figure(spread) + " around its trend.";
    v.evidence.push_back(e);
    const double dLr = lr(s.discriminatorOptimizer), gLr = lr(s.generatorOptimizer);
    v.remedies.push_back({"lower_both_lr",
                          "Halve both learning rates (" + figure(dLr / 2.0) + " for D, " + figure(gLr / 2.0) + " for G)",
                          {hyper("gan.discriminator_optimizer.lr", dLr / 2.0), hyper("gan.generator_optimizer.lr", gLr / 2.0)}});
    if (s.realLabel > 0.9) v.remedies.push_back(labelSmoothing());
    out.push_back(v);
}

void discriminatorWins(const GanSettings& s, const std::vector<HistoryPoint>& history, std::vector<Verdict>& out) {
    if (history.size() < 2) return;
    const HistoryPoint& a = history[history.size() - 2];
    const HistoryPoint& b = history.back();
    const double fake = (valueAt(a, kDFake) + valueAt(b, kDFake)) / 2.0;
    const double real = (valueAt(a, kDReal) + valueAt(b, kDReal)) / 2.0;
    if (!(fake <= kWinFake && real >= kWinReal)) return;
    std::uint64_t since = b.epoch;
    for (const HistoryPoint& p : history)
        if (valueAt(p, kDFake) <= kWinFake) {
            since = p.epoch;
            break;
        }
    Verdict v;
    v.name = "discriminator_wins";
    v.title = "The discriminator wins too fast: it tells every generated sample apart";
    v.layers = {"discriminator"};
    Evidence e;
    e.key = "d_fake_low";
    e.value = fake;
    e.figures = {fake, real, double(since)};
    e.text = "D(fake) is " + figure(fake) + " and D(real) " + figure(real) + "; D(fake) fell under " +
             figure(kWinFake) + " in epoch " + std::to_string(since) + ".";
    v.evidence.push_back(e);
    if (s.loss == AdversarialLoss::Minimax) {
        Evidence g;
        g.key = "generator_gradient";
        g.value = fake;
        g.figures = {fake, 1.0 - fake};
        g.text = "Under the minimax loss the generator's gradient per logit is D(fake) = " + figure(fake) +
                 "; the non-saturating loss would give 1 - D(fake) = " + figure(1.0 - fake) + ".";
        v.evidence.push_back(g);
        v.remedies.push_back({"use_non_saturating",
                              "Use the non-saturating loss: -log D(G(z)) keeps the generator's gradient when D wins",
                              {{"set", "gan.loss", "non_saturating", 0.0}}});
    }
    v.remedies.push_back(
        lowerLr("lower_discriminator_lr", "discriminator", "gan.discriminator_optimizer.lr", lr(s.discriminatorOptimizer)));
    if (s.generatorSteps < 10)
        v.remedies.push_back(moreSteps("more_generator_steps", "generator", "gan.generator_steps", s.generatorSteps));
    if (s.realLabel > 0.9) v.remedies.push_back(labelSmoothing());
    out.push_back(v);
}

}  // namespace

bool isPartialCoverage(const ModeCoverage& c) { return c.modes >= 2 && c.covered >= 1 && c.covered < c.modes; }

std::vector<Verdict> diagnoseGan(const GanSettings& settings, const std::vector<HistoryPoint>& history,
                                 const ModeCoverage& coverage, int collapsedEpochs) {
    std::vector<Verdict> out;
    discriminatorWins(settings, history, out);
    modeCollapse(settings, history, coverage, collapsedEpochs, out);
    oscillation(settings, history, out);
    return out;
}

}  // namespace nnlab
