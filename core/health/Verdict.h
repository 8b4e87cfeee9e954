#pragma once
// A diagnosis of a run in plain language: what is wrong (name), where
// (layers), why we think so (evidence, with figures) and what to do
// (remedies, some with a one-click "try this"). English text lives in core;
// the GUI translates with tr(), keyed by the stable `name`, Remedy::key and
// Evidence::key, and may fill in the figures itself.
#include <string>
#include <vector>

namespace nnlab {

// One setting a remedy changes.
//   kind "set":   target is an experiment-file path, value a name:
//                 "network.layers[2].activation" = "relu",
//                 "network.layers[2].weight_init" = "he_uniform",
//                 "network.layers[2].bias_init" = "zeros", "optimizer.name" = "adam"
//   kind "hyper": target is a live hyperparameter (SetHyper key), value a number:
//                 "lr", "clip_norm", "clip_value", "l2"
struct TryChange {
    std::string kind;
    std::string target;
    std::string text;     // value of a "set"
    double number = 0.0;  // value of a "hyper"
};

struct Remedy {
    std::string key;                  // stable, e.g. "use_relu_he"
    std::string text;                 // English
    std::vector<TryChange> tryThis;   // empty: advice only
};

// The GUI words evidence itself from key, layer, value, names and figures;
// what names and figures hold, per key (Diagnosis.cpp fills them):
//   grad_ratio_first_last  names {first layer, last layer}; figures {|g| first, |g| last} (vanishing only)
//   bias_grad_first, update_ratio_first, dead_share, saturated_share   -
//   loss_drop_last_half, loss, update_ratio_max   -
//   nan_step          names {quantity: "output" | "gradient" | "loss", parameter or ""}
//   grad_growth       figures {early norm, late norm}
//   grad_peak         figures {step, peak norm}
//   weight_growth     figures {norm first, norm late}
//   loss_remaining    figures {loss now, loss before training}
//   unit_spread       figures {units}
//   loss_rise         figures {loss now, lowest loss}
//   loss_oscillation  figures {epochs that rose, epochs looked at}
//   loss_drop         figures {epochs}
//   time_grad_ratio   figures {|dL/dh_1|, |dL/dh_T|, T, recorded steps looked at} (a recurrent layer)
//   loss_since_first_epoch  figures {loss now, loss after the first epoch}
struct Evidence {
    std::string key;    // stable, e.g. "grad_ratio_first_last"
    std::string layer;  // "" for the whole network
    double value = 0.0;
    std::string text;   // English, with the figure (the CLI prints it)
    std::vector<std::string> names;
    std::vector<double> figures;
};

struct Verdict {
    // vanishing_gradients, vanishing_through_time, exploding_gradients,
    // dead_relu, saturation, symmetry, lr_too_high, lr_too_low
    std::string name;
    std::string title;                // English headline
    std::vector<std::string> layers;  // the layers concerned, in network order
    std::vector<Evidence> evidence;
    std::vector<Remedy> remedies;
    std::string curriculum;           // the checklist items, e.g. "000-10, 003-29"
    std::string notesCorrection;      // "Notes error: ..." where the notes are wrong; follows the textbook
};

}  // namespace nnlab
