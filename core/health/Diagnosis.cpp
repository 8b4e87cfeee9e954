// Diagnosis rules. Each reads RunSummary (the recorded health; "late" = the
// last quarter of the recorded points) and the train loss per epoch.
// Thresholds, with the signal each follows (curriculum 003-29: "per-layer
// gradient-norm ratios far from 1; early layers not changing; loss stuck
// (vanishing); loss or weights shooting up, NaN (exploding)"):
//
// vanishing_gradients  (000-10, 003-29, GBC §8.2.5)
//   median ||g_first|| / median ||g_last|| over the late window <= kVanishRatio
//   (1e-2: two orders of magnitude; first/last = first/last layer with weights)
//   AND (the first layer barely moves: median ||dW||/||W|| <= kStillUpdate
//   (1e-4), OR the loss plateaus: the last half of the epochs lowered the
//   train loss by less than kPlateau (2 %)); not after a NaN or explosion.
// exploding_gradients  (000-11, 003-11, 003-29)
//   a NaN/inf stopped the run (a layer's output or gradient, or the loss);
//   OR the total ||g|| grew by kGrowth (100x) from the first to the last
//   quarter and the loss did not improve; OR at some step the total ||g||
//   reached kGrowth times its value at the first step (a spike, even if the
//   units then died) and the loss did not end below half its value before
//   training;
//   OR a layer's weight norm grew kGrowth-fold to huge weights (RMS >=
//   kHugeWeight = 10; Glorot/He weights have RMS about 1/sqrt(fan_in)); OR
//   ||g_first|| / ||g_last|| >= kExplodeRatio (1e2) and the loss did not improve.
// vanishing_through_time  (Bengio, Simard & Frasconi 1994; Pascanu, Mikolov &
//   Bengio 2013; GBC §10.7): a recurrent layer (rnn, lstm, gru; untruncated
//   backpropagation through time, T >= 2) whose median ||dL/dh_1|| /
//   median ||dL/dh_T|| over the late window is <= kTimeVanishRatio (1e-2: the
//   first step gets a hundredth of the last one's gradient, so what happened
//   early in the sequence barely teaches the weights) AND it hurts: after at
//   least 3 epochs the train loss is still >= kTimeStuck (50 %) of the first
//   epoch's (which is the easy part: on the adding problem, the mean answer).
//   A net that needs only the last steps (next value of a sine) gets little
//   gradient at t = 1 rightly, and learns: no verdict. Not after a NaN or an
//   explosion. A layer-wise ratio cannot see this: the recurrent weights are
//   one layer.
// dead_relu  (000-13, GBC §6.3.1)
//   a ReLU layer with at least kDeadShare (50 %) of its units dead (f'(z) = 0
//   on kDeadSamples = 100 samples in a row: persistentDeadFraction), mean over
//   the late window.
// saturation  (003-16 [WE-14], 003-07)
//   a hidden sigmoid/tanh layer with at least kSaturatedShare (60 %) of its
//   outputs saturated (f'(z) < 0.18 of the peak: |z| > 3 for sigmoid),
//   mean over the late window, AND it hurts: the train loss is still above
//   kSaturationProgress (50 %) of the loss before training. A trained net
//   saturates some units on purpose (sharp decision boundaries).
// symmetry  (000-26, 003-05, GBC §8.4)
//   a hidden layer of >= 2 units whose units never differ: unit spread
//   <= 1e-12 (1 + ||W||) at the first AND at the latest point.
// lr_too_high  (001-07)
//   diverging: the last epoch's train loss > kDiverge (1.5) x the lowest and
//   above the loss before training (the first step's batch loss); OR
//   oscillating: over the last kOscWindow (20) epochs at least kOscShare
//   (40 %) of the epoch-to-epoch changes are rises and the
//   mean |change| is >= kOscSize (5 %) of the first epoch's loss (relative to
//   the start, so small wiggles near a loss of 0 do not count).
//   OR stuck above chance (needs no start: a run opened from a file or
//   continued after it diverged): with a cross-entropy or hinge loss, the
//   last quarter of the epochs (at least 3) all sit at >= kAboveChance (3x)
//   the loss of a know-nothing output (bce: ln 2 per output at 0.5; cce,
//   sparse_cce: ln K for K classes; hinge: 1 at output 0) and did not fall by
//   kPlateau. Clamped losses (bce at 1e-7: about 16) never become NaN, so a
//   step too large leaves saturated wrong outputs there for good.
// lr_too_low  (001-07, CS231n "ratio of updates to weights ~ 1e-3")
//   every weighted layer's median ||dW||/||W|| <= kLowUpdate (1e-4, a tenth
//   of the healthy 1e-3), the train loss still falls (>= 80 % of the epoch
//   changes are drops) but by less than kLowProgress (10 %) of the loss
//   before training; not when vanishing, symmetry or an explosion already
//   explains it.
//
// Texts are English; Verdict::notesCorrection says where the course notes
// (../shared/curriculum/intro-notes.md, "Notes error") differ from the
// textbook, which the lab follows. Evidence and remedy keys are stable (the
// GUI translates by them); a remedy's tryThis is applied by applyTry().
#include "health/Diagnosis.h"

#include "Error.h"
#include "experiment/ExperimentPath.h"
#include "health/Figures.h"
#include "health/UnitState.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace nnlab {
namespace {

constexpr double kVanishRatio = 1e-2;
constexpr double kStillUpdate = 1e-4;
constexpr double kTimeVanishRatio = 1e-2;
constexpr double kTimeStuck = 0.5;
constexpr double kPlateau = 0.02;
constexpr double kGrowth = 1e2;
constexpr double kExplodeRatio = 1e2;
constexpr double kHugeWeight = 10.0;
constexpr double kDeadShare = kDeadLayerShare;  // health/UnitState.h: the canvas says the same
constexpr double kSaturatedShare = 0.6;
constexpr double kSaturationProgress = 0.5;
constexpr double kSymmetryTolerance = 1e-12;
constexpr double kDiverge = 1.5;
constexpr std::size_t kOscWindow = 20;
constexpr double kOscShare = 0.4;
constexpr double kOscSize = 0.05;
constexpr double kAboveChance = 3.0;
constexpr double kLowUpdate = 1e-4;
constexpr double kLowProgress = 0.10;

double median(std::vector<double> v) {
    if (v.empty()) return 0.0;
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(mid), v.end());
    double m = v[mid];
    if (v.size() % 2 == 0) m = 0.5 * (m + *std::max_element(v.begin(), v.begin() + std::ptrdiff_t(mid)));
    return m;
}

// Rounded as the GUI rounds them (health/Figures.h).
std::string fmt(double v) { return figureText(v); }
std::string percent(double v) { return percentText(v); }

std::string layerPath(std::size_t i, const char* field) {
    return "network.layers[" + std::to_string(i) + "]." + field;
}

bool isHidden(const RunSummary& s, std::size_t i) { return int(i) != s.lastWeighted && i + 1 < s.layers.size(); }

// Does the loss still improve? Relative drop of the train loss from the first
// epoch of `from` (a share of the run) to the last.
double relativeDrop(const std::vector<double>& loss, double from) {
    if (loss.size() < 2) return 1.0;
    const std::size_t start = std::size_t(double(loss.size() - 1) * from);
    const double a = loss[start], b = loss.back();
    if (!std::isfinite(a) || !std::isfinite(b)) return 0.0;
    return (a - b) / std::max(std::abs(a), 1e-12);
}

bool lossImproved(const RunSummary& s) {
    return s.epochLoss.size() < 2 || relativeDrop(s.epochLoss, 0.0) > kPlateau;
}

// Recommended initializer for an activation (003-10, 003-30).
std::string recommendedInit(const std::string& activation) {
    if (activation == "relu" || activation == "leaky_relu" || activation == "elu" || activation == "gelu" ||
        activation == "gelu_tanh" || activation == "swish" || activation == "mish")
        return "he_uniform";
    if (activation == "selu") return "lecun_normal";
    return "glorot_uniform";
}

const LayerSpec* specOf(const Experiment& e, std::size_t i) {
    return i < e.network.layers.size() ? &e.network.layers[i] : nullptr;
}

double learningRate(const Experiment& e) { return e.optimizer.get("lr", 0.01); }

Remedy lowerLr(const Experiment& e, const std::string& text) {
    return {"lower_lr", text + " (now " + fmt(learningRate(e)) + ", try " + fmt(learningRate(e) / 10.0) + ")",
            {{"hyper", "lr", "", learningRate(e) / 10.0}}};
}

// ---- rules ---------------------------------------------------------------

void vanishingThroughTime(const RunSummary& s, const NumericFailure* failure, std::vector<Verdict>& out) {
    if (s.points == 0 || failure) return;
    for (const Verdict& v : out)
        if (v.name == "exploding_gradients") return;
    if (s.epochLoss.size() < 3 || !(s.epochLoss.front() > 0.0)) return;
    const double remaining = s.epochLoss.back() / s.epochLoss.front();
    if (!(remaining >= kTimeStuck)) return;
    Verdict v;
    v.name = "vanishing_through_time";
    v.title = "The gradient fades through time: the early steps of a sequence hardly teach the recurrent layer";
    v.curriculum = "GBC 10.7";
    bool plain = false;
    std::vector<std::size_t> plainLayers;
    for (std::size_t i = 0; i < s.layers.size(); ++i) {
        const LayerSummary& l = s.layers[i];
        if (!l.info.recurrent || l.info.truncated || l.info.steps < 2 || l.timeGradLastLate <= 0.0 ||
            l.timeGradRatioLate > kTimeVanishRatio)
            continue;
        v.layers.push_back(l.info.name);
        v.evidence.push_back({"time_grad_ratio", l.info.name, l.timeGradRatioLate,
                              "over the last " + std::to_string(s.latePoints) + " recorded steps, the median gradient "
                                  "reaching the hidden state of " + l.info.name + " at the first time step is " +
                                  fmt(l.timeGradRatioLate) + " times that at the last of its " +
                                  std::to_string(l.info.steps) + " steps (" + fmt(l.timeGradFirstLate) + " vs " +
                                  fmt(l.timeGradLastLate) + ")",
                              {},
                              {l.timeGradFirstLate, l.timeGradLastLate, double(l.info.steps), double(s.latePoints)}});
        if (l.info.type == "rnn") {
            plain = true;
            plainLayers.push_back(i);
        }
    }
    if (v.layers.empty()) return;
    v.evidence.push_back({"loss_since_first_epoch", "", remaining,
                          "the train loss is still " + percent(remaining) + " of its value after the first epoch (" +
                              fmt(s.epochLoss.back()) + " of " + fmt(s.epochLoss.front()) + ")",
                          {},
                          {s.epochLoss.back(), s.epochLoss.front()}});
    if (plain) {
        Remedy lstm{"use_lstm", "Use an LSTM (or a GRU) instead of the plain RNN: its cell state carries the gradient "
                                "back through the forget gate, not through a squashing function at every step",
                    {}};
        for (std::size_t i : plainLayers) lstm.tryThis.push_back({"set", layerPath(i, "type"), "lstm", 0.0});
        v.remedies.push_back(lstm);
    } else {
        v.remedies.push_back({"train_gates", "Train on: an LSTM or GRU learns to hold its forget or update gate open, "
                                             "and the gradient then reaches the early steps",
                              {}});
    }
    v.remedies.push_back({"clip_norm", "Clip the gradient norm (Pascanu et al. 2013): the rare large gradients of a "
                                       "recurrent net do not throw the weights away while the faint early ones are learned",
                          {{"hyper", "clip_norm", "", 1.0}}});
    v.remedies.push_back({"shorter_sequences", "Train on shorter sequences (a shorter delay) first, then lengthen them",
                          {}});
    out.push_back(std::move(v));
}

void vanishing(const RunSummary& s, const Experiment& e, const NumericFailure* failure, std::vector<Verdict>& out) {
    if (s.firstWeighted < 0 || s.firstWeighted == s.lastWeighted || s.points == 0 || failure) return;
    for (const Verdict& v : out)
        if (v.name == "exploding_gradients") return;  // ratios of blown-up gradients say nothing
    const LayerSummary& first = s.layers[std::size_t(s.firstWeighted)];
    const double plateauDrop = relativeDrop(s.epochLoss, 0.5);
    const bool still = first.updateRatioLate <= kStillUpdate;
    const bool plateau = s.epochLoss.size() >= 4 && plateauDrop < kPlateau;
    if (!(s.gradRatioFirstLast <= kVanishRatio && (still || plateau))) return;
    Verdict v;
    v.name = "vanishing_gradients";
    v.title = "Vanishing gradients: the early layers hardly learn";
    v.curriculum = "000-10, 003-12, 003-29, 004-05";
    const LayerSummary& last = s.layers[std::size_t(s.lastWeighted)];
    for (std::size_t i = 0; i < s.layers.size(); ++i) {
        const LayerSummary& l = s.layers[i];
        if (l.info.hasWeights && int(i) != s.lastWeighted && l.gradNormLate <= kVanishRatio * last.gradNormLate)
            v.layers.push_back(l.info.name);
    }
    v.evidence.push_back({"grad_ratio_first_last", "", s.gradRatioFirstLast,
                          "over the last " + std::to_string(s.latePoints) + " recorded steps (" +
                              std::to_string(s.lateFromStep) + " to " + std::to_string(s.lastStep) +
                              "), the median gradient of " + first.info.name + " is " + fmt(s.gradRatioFirstLast) +
                              " times that of " + last.info.name + " (" + fmt(first.gradNormLate) + " vs " +
                              fmt(last.gradNormLate) + ")",
                          {first.info.name, last.info.name},
                          {first.gradNormLate, last.gradNormLate, double(s.latePoints), double(s.lateFromStep),
                           double(s.lastStep)}});
    v.evidence.push_back({"bias_grad_first", first.info.name, first.biasGradNormLate,
                          "its bias gradient is small too: " + fmt(first.biasGradNormLate)});
    v.evidence.push_back({"update_ratio_first", first.info.name, first.updateRatioLate,
                          first.info.name + "'s weights change by " + fmt(first.updateRatioLate) +
                              " of their size per step (healthy: about 1e-3)"});
    if (s.epochLoss.size() >= 2)
        v.evidence.push_back({"loss_drop_last_half", "", plateauDrop,
                              (roundedPercent(plateauDrop) < 0.0 ? "the train loss rose by " + percent(-plateauDrop)
                                                                 : "the train loss fell by " + percent(plateauDrop)) +
                                  " over the last half of the epochs"});

    Remedy relu{"use_relu_he", "Use ReLU in the hidden layers with He initialisation (003-10: ReLU + He, "
                               "sigmoid/tanh + Glorot); ReLU's slope is 1 where it is active",
                {}};
    for (std::size_t i = 0; i < s.layers.size(); ++i) {
        const LayerSummary& l = s.layers[i];
        if (!isHidden(s, i) || !l.info.squashing || !specOf(e, i)) continue;
        relu.tryThis.push_back({"set", layerPath(i, "activation"), "relu", 0.0});
        relu.tryThis.push_back({"set", layerPath(i, "weight_init"), "he_uniform", 0.0});
    }
    if (!relu.tryThis.empty()) v.remedies.push_back(relu);
    Remedy init{"use_recommended_init", "Initialise each layer for its activation: Glorot for sigmoid/tanh, He for "
                                        "the ReLU family (003-10, 003-30), so the gain per layer stays near 1",
                {}};
    for (std::size_t i = 0; i + 1 < s.layers.size(); ++i) {
        const LayerSpec* spec = specOf(e, i);
        if (!spec || !s.layers[i].info.hasWeights) continue;
        const std::string want = recommendedInit(s.layers[i].info.activation);
        if (spec->weightInit.name != want) init.tryThis.push_back({"set", layerPath(i, "weight_init"), want, 0.0});
    }
    if (!init.tryThis.empty()) v.remedies.push_back(init);
    v.remedies.push_back({"batchnorm", "Add batch normalisation between the hidden layers (003-31)", {}});
    v.remedies.push_back({"fewer_layers", "Use fewer layers: each sigmoid layer multiplies the gradient by at most 0.25 "
                                          "(0.25^5 = 9.8e-4)", {}});
    v.notesCorrection =
        "Notes error (000-10): the notes say the update ends with w_new = w_old exactly. The gradient gets tiny, not "
        "zero. They also blame tanh as much as sigmoid; tanh's slope peaks at 1 and it only vanishes where it "
        "saturates. Notes error (003-12): bias gradients are said not to vanish; dL/db[l] is the same backpropagated "
        "error as dL/dW[l] and vanishes with it (GBC §6.5).";
    out.push_back(std::move(v));
}

void exploding(const RunSummary& s, const Experiment& e, const NumericFailure* failure, std::vector<Verdict>& out) {
    Verdict v;
    v.name = "exploding_gradients";
    v.title = "Exploding gradients: the updates blow up";
    v.curriculum = "000-11, 003-11, 003-29";
    const bool improved = lossImproved(s);
    bool found = false;
    if (failure) {
        found = true;
        v.layers.push_back(failure->layer);
        v.evidence.push_back({"nan_step", failure->layer, double(failure->step),
                              "at step " + std::to_string(failure->step) + " the " + failure->quantity +
                                  (failure->param.empty() ? "" : " of " + failure->param) + " of " + failure->layer +
                                  " became NaN or infinite; training stopped with the weights from before that step",
                              {failure->quantity, failure->param}});
    }
    if (s.points >= 4 && s.gradNormEarly > 0.0 && s.gradNormLate >= kGrowth * s.gradNormEarly && !improved) {
        found = true;
        v.evidence.push_back({"grad_growth", "", s.gradNormLate / s.gradNormEarly,
                              "the gradient norm grew " + fmt(s.gradNormLate / s.gradNormEarly) + "-fold (" +
                                  fmt(s.gradNormEarly) + " to " + fmt(s.gradNormLate) + ")",
                              {},
                              {s.gradNormEarly, s.gradNormLate}});
    }
    const bool halved = !s.epochLoss.empty() && s.epochLoss.back() <= 0.5 * s.initialLoss;
    if (s.points >= 2 && s.gradNormFirst > 0.0 && s.gradNormPeak >= kGrowth * s.gradNormFirst && !halved) {
        found = true;
        v.evidence.push_back({"grad_peak", "", s.gradNormPeak / s.gradNormFirst,
                              "at step " + std::to_string(s.gradNormPeakStep) + " the gradient norm reached " +
                                  fmt(s.gradNormPeak) + ", " + fmt(s.gradNormPeak / s.gradNormFirst) +
                                  " times its value at the first step",
                              {},
                              {double(s.gradNormPeakStep), s.gradNormPeak}});
    }
    for (const LayerSummary& l : s.layers) {
        if (!l.info.hasWeights || l.weightNormFirst <= 0.0) continue;
        const double growth = l.weightNormLate / l.weightNormFirst;
        const double rms = l.weightNormLate / std::sqrt(double(std::max<Index>(1, l.info.weightCount)));
        if ((growth >= kGrowth && rms >= kHugeWeight) || !std::isfinite(growth)) {
            found = true;
            if (std::find(v.layers.begin(), v.layers.end(), l.info.name) == v.layers.end()) v.layers.push_back(l.info.name);
            v.evidence.push_back({"weight_growth", l.info.name, growth,
                                  l.info.name + "'s weights grew " + fmt(growth) + "-fold (norm " +
                                      fmt(l.weightNormFirst) + " to " + fmt(l.weightNormLate) + ")",
                                  {},
                                  {l.weightNormFirst, l.weightNormLate}});
        }
    }
    if (s.firstWeighted >= 0 && s.firstWeighted != s.lastWeighted && s.gradRatioFirstLast >= kExplodeRatio && !improved) {
        found = true;
        v.evidence.push_back({"grad_ratio_first_last", "", s.gradRatioFirstLast,
                              "the gradient of " + s.layers[std::size_t(s.firstWeighted)].info.name + " is " +
                                  fmt(s.gradRatioFirstLast) + " times that of " +
                                  s.layers[std::size_t(s.lastWeighted)].info.name,
                              {s.layers[std::size_t(s.firstWeighted)].info.name, s.layers[std::size_t(s.lastWeighted)].info.name}});
    }
    if (!found) return;
    if (v.layers.empty() && s.firstWeighted >= 0) v.layers.push_back(s.layers[std::size_t(s.firstWeighted)].info.name);
    if (e.regularization.clipNorm <= 0.0)
        v.remedies.push_back({"clip_norm", "Clip the gradient norm (003-11): g <- g min(1, c / (||g|| + 1e-6)), c = 1",
                              {{"hyper", "clip_norm", "", 1.0}}});
    Remedy init{"use_recommended_init", "Use a variance-preserving initialisation: Glorot for sigmoid/tanh/linear, He "
                                        "for ReLU (003-10, 003-30); large initial weights multiply the signal at "
                                        "every layer (000-11)",
                {}};
    for (std::size_t i = 0; i < s.layers.size(); ++i) {
        const LayerSpec* spec = specOf(e, i);
        if (!spec || !s.layers[i].info.hasWeights) continue;
        const std::string want = recommendedInit(s.layers[i].info.activation);
        if (spec->weightInit.name != want) init.tryThis.push_back({"set", layerPath(i, "weight_init"), want, 0.0});
    }
    // Weights drawn too large blow up whatever the learning rate (a tenth of
    // it still diverges on the large-init lesson): offer the initialisation
    // then, and a lower rate only where the initialisation is already right.
    if (!init.tryThis.empty()) v.remedies.push_back(init);
    else v.remedies.push_back(lowerLr(e, "Lower the learning rate"));
    v.remedies.push_back({"batchnorm", "Add batch normalisation between the hidden layers (003-31)", {}});
    v.notesCorrection =
        "Notes error (000-13): NaN is not \"a very large or very small number\"; it is IEEE 754 not-a-number, "
        "distinct from +-inf, and comes from overflow, log 0 or 0/0 (GBC §4.1). A NaN loss is not a dead ReLU.";
    out.push_back(std::move(v));
}

void deadRelu(const RunSummary& s, const Experiment& e, std::vector<Verdict>& out) {
    Verdict v;
    v.name = "dead_relu";
    v.title = "Dead ReLUs: units that output 0 for every input";
    v.curriculum = "000-13, 000-14, 003-18, 003-19";
    Remedy leaky{"use_leaky_relu", "Use leaky ReLU (slope 0.01 for x < 0, 000-14): its gradient is never 0, so a "
                                   "unit can recover",
                 {}};
    // Units that start identical at z = 0 (zero weights) are the symmetry
    // verdict's: a lower rate or leaky slope does not separate them.
    std::vector<std::string> symmetric;
    for (const Verdict& other : out)
        if (other.name == "symmetry") symmetric.insert(symmetric.end(), other.layers.begin(), other.layers.end());
    for (std::size_t i = 0; i < s.layers.size(); ++i) {
        const LayerSummary& l = s.layers[i];
        if (!l.info.canDie || l.deadLate < kDeadShare) continue;
        if (std::find(symmetric.begin(), symmetric.end(), l.info.name) != symmetric.end()) continue;
        v.layers.push_back(l.info.name);
        v.evidence.push_back({"dead_share", l.info.name, l.deadLate,
                              percent(l.deadLate) + " of the units of " + l.info.name +
                                  " output 0 on every input (z <= 0 for 100 samples in a row and more): they get no gradient"});
        if (specOf(e, i)) leaky.tryThis.push_back({"set", layerPath(i, "activation"), "leaky_relu", 0.0});
    }
    if (v.layers.empty()) return;
    v.remedies.push_back(leaky);
    v.remedies.push_back(lowerLr(e, "Lower the learning rate: one large step can push a unit's bias so far down "
                                    "that z < 0 everywhere"));
    Remedy he{"use_he_init", "Initialise ReLU layers with He and zero biases (003-10); all-negative or negative-bias "
                             "starts leave units dead from the first step (000-26)",
              {}};
    for (std::size_t i = 0; i < s.layers.size(); ++i) {
        const LayerSpec* spec = specOf(e, i);
        if (!spec || !s.layers[i].info.canDie) continue;
        if (spec->weightInit.name != "he_uniform" && spec->weightInit.name != "he_normal")
            he.tryThis.push_back({"set", layerPath(i, "weight_init"), "he_uniform", 0.0});
        if (spec->biasInit.name != "zeros") he.tryThis.push_back({"set", layerPath(i, "bias_init"), "zeros", 0.0});
    }
    if (!he.tryThis.empty()) v.remedies.push_back(he);
    v.notesCorrection =
        "Notes error (000-13): the notes show a log with loss: nan as dying ReLU. A dead unit outputs 0 and passes "
        "zero gradient; the loss stays finite. NaN comes from overflow, log 0 or 0/0 (GBC §4.1).";
    out.push_back(std::move(v));
}

void saturation(const RunSummary& s, const Experiment& e, std::vector<Verdict>& out) {
    if (s.epochLoss.empty() || s.points == 0) return;
    const double remaining = s.epochLoss.back() / std::max(s.initialLoss, 1e-300);
    if (std::isfinite(remaining) && remaining <= kSaturationProgress) return;
    Verdict v;
    v.name = "saturation";
    v.title = "Saturated units: sigmoid/tanh outputs stuck near their limits";
    v.curriculum = "003-16, 003-07, 000-26";
    Remedy init{"use_glorot", "Initialise with Glorot (003-10): large weights push z beyond |z| > 3, where the "
                              "slope is below 18 % of its peak",
                {}};
    Remedy relu{"use_relu_he", "Use ReLU with He initialisation in the hidden layers: ReLU does not saturate for z > 0",
                {}};
    for (std::size_t i = 0; i < s.layers.size(); ++i) {
        const LayerSummary& l = s.layers[i];
        if (!isHidden(s, i) || !l.info.squashing || l.saturatedLate < kSaturatedShare) continue;
        v.layers.push_back(l.info.name);
        v.evidence.push_back({"saturated_share", l.info.name, l.saturatedLate,
                              percent(l.saturatedLate) + " of the outputs of " + l.info.name +
                                  " are saturated (slope below 18 % of its peak; |z| > 3 for sigmoid)"});
        const LayerSpec* spec = specOf(e, i);
        if (!spec) continue;
        if (spec->weightInit.name != "glorot_uniform" && spec->weightInit.name != "glorot_normal")
            init.tryThis.push_back({"set", layerPath(i, "weight_init"), "glorot_uniform", 0.0});
        relu.tryThis.push_back({"set", layerPath(i, "activation"), "relu", 0.0});
        relu.tryThis.push_back({"set", layerPath(i, "weight_init"), "he_uniform", 0.0});
    }
    if (v.layers.empty()) return;
    v.evidence.push_back({"loss_remaining", "", remaining,
                          "the train loss is still " + percent(remaining) + " of its value before training (" +
                              fmt(s.epochLoss.back()) + " of " + fmt(s.initialLoss) + ")",
                          {},
                          {s.epochLoss.back(), s.initialLoss}});
    if (!init.tryThis.empty()) v.remedies.push_back(init);
    v.remedies.push_back(relu);
    v.remedies.push_back({"normalise_inputs", "Standardise the inputs and add batch normalisation (003-31)", {}});
    v.notesCorrection =
        "Notes error (003-07): the notes say small weights map the sigmoid to 0 \"the same as\" large weights. Small "
        "weights put z near 0, where the slope is largest (0.25); large weights saturate. Small weights vanish "
        "because many small factors multiply across layers.";
    out.push_back(std::move(v));
}

void symmetry(const RunSummary& s, const Experiment& e, std::vector<Verdict>& out) {
    Verdict v;
    v.name = "symmetry";
    v.title = "Symmetric units: every unit of a layer computes the same thing";
    v.curriculum = "000-26, 003-05";
    Remedy random{"random_init", "Initialise the weights at random (Glorot for sigmoid/tanh, He for ReLU, 003-10) to "
                                 "break the symmetry; zero biases are fine",
                  {}};
    for (std::size_t i = 0; i < s.layers.size(); ++i) {
        const LayerSummary& l = s.layers[i];
        if (!l.info.hasWeights || l.info.units < 2 || !isHidden(s, i)) continue;
        const double tolerance = kSymmetryTolerance * (1.0 + l.weightNormLate);
        const bool finite = std::isfinite(tolerance) && std::isfinite(l.unitSpreadFirst) && std::isfinite(l.unitSpreadLate);
        if (!finite || l.unitSpreadFirst > tolerance || l.unitSpreadLate > tolerance) continue;
        v.layers.push_back(l.info.name);
        v.evidence.push_back({"unit_spread", l.info.name, l.unitSpreadLate,
                              "the " + std::to_string(l.info.units) + " units of " + l.info.name +
                                  " have identical weights and biases (largest difference " + fmt(l.unitSpreadLate) +
                                  "): they get the same gradient and stay identical",
                              {},
                              {double(l.info.units)}});
        if (specOf(e, i))
            random.tryThis.push_back({"set", layerPath(i, "weight_init"), recommendedInit(l.info.activation), 0.0});
    }
    if (v.layers.empty()) return;
    if (!s.epochLoss.empty())
        v.evidence.push_back({"loss", "", s.epochLoss.back(),
                              "the train loss is " + fmt(s.epochLoss.back()) + " (ln 2 = 0.693 is a coin toss)"});
    v.remedies.push_back(random);
    v.notesCorrection =
        "Notes error (000-26): random initialisation is justified in the notes as avoiding \"a false minimum\". The "
        "reason is breaking symmetry: units that start equal get equal gradients and stay equal (GBC §8.4).";
    out.push_back(std::move(v));
}

// The loss of an output that knows nothing, or 0 when the loss has no such figure (mse depends on the targets).
double chanceLoss(const Experiment& e) {
    const std::string& loss = e.loss.name;
    if (loss == "bce") return std::log(2.0);
    if (loss == "hinge") return 1.0;
    if ((loss == "cce" || loss == "sparse_cce") && !e.network.layers.empty()) {
        const Index k = e.network.layers.back().units;
        return k >= 2 ? std::log(double(k)) : 0.0;
    }
    return 0.0;
}

void lrTooHigh(const RunSummary& s, const Experiment& e, std::vector<Verdict>& out) {
    const std::vector<double>& L = s.epochLoss;
    if (L.size() < 3) return;
    Verdict v;
    v.name = "lr_too_high";
    v.title = "Learning rate too high: the loss jumps or diverges";
    v.curriculum = "001-07";
    // The loss before training counts: a first epoch can already have diverged.
    const double start = s.points > 0 && std::isfinite(s.initialLoss) ? s.initialLoss : L.front();
    const double lowest = std::min(start, *std::min_element(L.begin(), L.end()));
    bool found = false;
    if (!std::isfinite(L.back()) || (L.back() > kDiverge * lowest && L.back() > start)) {
        found = true;
        v.evidence.push_back({"loss_rise", "", L.back() / std::max(lowest, 1e-300),
                              "the train loss rose to " + fmt(L.back()) + " from a lowest " + fmt(lowest),
                              {},
                              {L.back(), lowest}});
    }
    const double chance = chanceLoss(e);
    const std::size_t late = std::max<std::size_t>(3, L.size() / 4);
    if (!found && chance > 0.0 && L.size() >= late) {
        const auto first = L.end() - std::ptrdiff_t(late);
        const bool above = std::all_of(first, L.end(), [&](double l) { return l >= kAboveChance * chance; });
        const bool falling = std::isfinite(*first) && std::isfinite(L.back()) && *first - L.back() > kPlateau * *first;
        if (above && !falling) {
            found = true;
            v.evidence.push_back({"loss_above_chance", "", L.back() / chance,
                                  "the train loss sits at " + fmt(L.back()) + " for the last " + std::to_string(late) +
                                      " epochs, " + fmt(L.back() / chance) + " times the " + fmt(chance) +
                                      " of an output that knows nothing: the outputs are stuck at wrong answers",
                                  {},
                                  {L.back(), chance, double(late)}});
        }
    }
    const std::size_t n = std::min(kOscWindow, L.size() - 1);
    std::size_t rises = 0;
    double change = 0.0;
    for (std::size_t i = L.size() - n; i < L.size(); ++i) {
        rises += L[i] > L[i - 1] ? 1 : 0;
        change += std::abs(L[i] - L[i - 1]) / std::max(std::abs(L.front()), 1e-12);
    }
    change /= double(n);
    if (n >= 5 && double(rises) >= kOscShare * double(n) && change >= kOscSize) {
        found = true;
        v.evidence.push_back({"loss_oscillation", "", change,
                              std::to_string(rises) + " of the last " + std::to_string(n) +
                                  " epochs raised the train loss; it moves by " + percent(change) +
                                  " of the first epoch's loss per epoch",
                              {},
                              {double(rises), double(n)}});
    }
    if (!found) return;
    v.remedies.push_back(lowerLr(e, "Lower the learning rate"));
    v.remedies.push_back({"schedule", "Decay the learning rate over the epochs (step or cosine schedule)", {}});
    v.notesCorrection =
        "Notes error (001-07): the notes say a too-large learning rate makes the model \"converge\". It overshoots "
        "and can diverge: on E = (xw - y)^2 one step multiplies the error by (1 - 2 a x^2), which oscillates for "
        "a > 1/(2x^2) and diverges for a > 1/x^2.";
    out.push_back(std::move(v));
}

void lrTooLow(const RunSummary& s, const Experiment& e, const std::vector<Verdict>& so_far, std::vector<Verdict>& out) {
    const std::vector<double>& L = s.epochLoss;
    if (L.size() < 5 || s.firstWeighted < 0) return;
    for (const Verdict& v : so_far)
        if (v.name == "vanishing_gradients" || v.name == "symmetry" || v.name == "exploding_gradients") return;
    double largest = 0.0;
    for (const LayerSummary& l : s.layers)
        if (l.info.hasWeights) largest = std::max(largest, l.updateRatioLate);
    if (largest > kLowUpdate) return;
    std::size_t drops = 0;
    for (std::size_t i = 1; i < L.size(); ++i) drops += L[i] < L[i - 1] ? 1 : 0;
    const double start = std::isfinite(s.initialLoss) && s.initialLoss > 0.0 ? s.initialLoss : L.front();
    const double progress = (start - L.back()) / std::max(std::abs(start), 1e-12);
    if (double(drops) < 0.8 * double(L.size() - 1) || progress >= kLowProgress) return;
    Verdict v;
    v.name = "lr_too_low";
    v.title = "Learning rate too low: the loss falls, but very slowly";
    v.curriculum = "001-07";
    v.evidence.push_back({"update_ratio_max", "", largest,
                          "no layer's weights change by more than " + fmt(largest) +
                              " of their size per step (healthy: about 1e-3)"});
    v.evidence.push_back({"loss_drop", "", progress,
                          "the train loss fell steadily but only by " + percent(progress) + " of its start in " +
                              std::to_string(L.size()) + " epochs",
                          {},
                          {double(L.size())}});
    const double lr = learningRate(e);
    v.remedies.push_back({"raise_lr", "Raise the learning rate (now " + fmt(lr) + ", try " + fmt(lr * 10.0) + ")",
                          {{"hyper", "lr", "", lr * 10.0}}});
    if (e.optimizer.name == "sgd")
        v.remedies.push_back({"use_adam", "Use Adam, which scales each step by the gradient's running RMS",
                              {{"set", "optimizer.name", "adam", 0.0}}});
    out.push_back(std::move(v));
}

}  // namespace

RunSummary summarize(const HealthHistory& health, const std::vector<double>& epochLoss) {
    RunSummary s;
    s.epochLoss = epochLoss;
    s.points = health.size();
    const std::size_t nLayers = health.layers().size();
    s.layers.resize(nLayers);
    for (std::size_t i = 0; i < nLayers; ++i) {
        s.layers[i].info = health.layers()[i];
        if (health.layers()[i].hasWeights) {
            if (s.firstWeighted < 0) s.firstWeighted = int(i);
            s.lastWeighted = int(i);
        }
    }
    if (s.points == 0) return s;
    s.lastStep = health.latest().step;
    s.initialLoss = health.first().loss;
    // The windows are quarters of the recorded steps, not of the points: the
    // first steps are recorded densely (HealthRecorder::due).
    const std::uint64_t firstStep = health.at(0).step, span = s.lastStep - firstStep;
    std::size_t lateBegin = s.points - 1, earlyEnd = 1;
    while (lateBegin > 0 && health.at(lateBegin - 1).step >= s.lastStep - span / 4) --lateBegin;
    while (earlyEnd < s.points && health.at(earlyEnd).step <= firstStep + span / 4) ++earlyEnd;
    const std::size_t late = s.points - lateBegin;
    s.latePoints = late;
    s.lateFromStep = health.at(lateBegin).step;
    const HealthPoint& first = health.first();
    const HealthPoint& latest = health.latest();
    for (std::size_t i = 0; i < nLayers; ++i) {
        LayerSummary& l = s.layers[i];
        std::vector<double> g, bg, u, tFirst, tLast;
        double dead = 0.0, sat = 0.0;
        for (std::size_t k = lateBegin; k < s.points; ++k) {
            const LayerHealth& h = health.at(k).layers[i];
            tFirst.push_back(h.timeGradFirst);
            tLast.push_back(h.timeGradLast);
            g.push_back(h.weightGradNorm);
            bg.push_back(h.biasGradNorm);
            u.push_back(h.updateRatio);
            dead += h.persistentDeadFraction;
            sat += h.saturatedFraction;
        }
        l.gradNormFirst = first.layers[i].weightGradNorm;
        l.gradNormLate = median(g);
        l.biasGradNormLate = median(bg);
        l.updateRatioLate = median(u);
        l.weightNormFirst = first.layers[i].weightNorm;
        l.weightNormLate = latest.layers[i].weightNorm;
        l.deadLate = dead / double(late);
        l.saturatedLate = sat / double(late);
        l.unitSpreadFirst = first.layers[i].unitSpread;
        l.unitSpreadLate = latest.layers[i].unitSpread;
        if (l.info.recurrent) {
            l.timeGradFirstLate = median(tFirst);
            l.timeGradLastLate = median(tLast);
            l.timeGradRatioLate = l.timeGradLastLate > 0.0 ? l.timeGradFirstLate / l.timeGradLastLate : 1.0;
        }
    }
    auto totalGrad = [&](const HealthPoint& p) {
        double sq = 0.0;
        for (const LayerHealth& h : p.layers) sq += h.weightGradNorm * h.weightGradNorm + h.biasGradNorm * h.biasGradNorm;
        return std::sqrt(sq);
    };
    std::vector<double> early, lateTotal;
    for (std::size_t k = 0; k < earlyEnd; ++k) early.push_back(totalGrad(health.at(k)));
    for (std::size_t k = lateBegin; k < s.points; ++k) lateTotal.push_back(totalGrad(health.at(k)));
    s.gradNormFirst = totalGrad(first);
    for (std::size_t k = 0; k < s.points; ++k) {
        const double g = totalGrad(health.at(k));
        if (g > s.gradNormPeak || std::isnan(g)) {
            s.gradNormPeak = std::isnan(g) ? HUGE_VAL : g;
            s.gradNormPeakStep = health.at(k).step;
        }
    }
    s.gradNormEarly = median(early);
    s.gradNormLate = median(lateTotal);
    if (s.firstWeighted >= 0 && s.firstWeighted != s.lastWeighted) {
        // The ratio of the two medians the evidence prints, so its figures divide.
        const double a = s.layers[std::size_t(s.firstWeighted)].gradNormLate;
        const double b = s.layers[std::size_t(s.lastWeighted)].gradNormLate;
        s.gradRatioFirstLast = b > 0.0 ? a / b : (a > 0.0 ? 1e300 : 1.0);
    }
    return s;
}

std::vector<Verdict> diagnose(const RunSummary& s, const Experiment& e, const NumericFailure* failure) {
    std::vector<Verdict> out;
    exploding(s, e, failure, out);
    vanishing(s, e, failure, out);
    vanishingThroughTime(s, failure, out);
    symmetry(s, e, out);
    deadRelu(s, e, out);
    saturation(s, e, out);
    lrTooHigh(s, e, out);
    lrTooLow(s, e, out, out);
    return out;
}

std::vector<Verdict> diagnose(const HealthHistory& health, const std::vector<double>& epochLoss,
                              const Experiment& experiment, const NumericFailure* failure) {
    return diagnose(summarize(health, epochLoss), experiment, failure);
}

Experiment applyTry(const Experiment& experiment, const std::vector<TryChange>& changes) {
    // Each change is a setting by path, checked as the experiment file is;
    // "hyper" targets may still be short keys ("lr", "clip_norm").
    Experiment e = experiment;
    for (const TryChange& c : changes) {
        if (c.kind == "hyper") setByPath(e, settingPath(c.target), c.number);
        else if (c.kind == "set") setByPath(e, c.target, c.text);
        else throw SpecError(c.target + ": unknown change kind \"" + c.kind + "\"");
    }
    return e;
}

}  // namespace nnlab
