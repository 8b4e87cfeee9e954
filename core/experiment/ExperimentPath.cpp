#include "experiment/ExperimentPath.h"

#include "Error.h"
#include "activations/Activation.h"
#include "experiment/ExperimentJson.h"
#include "experiment/JsonExcerpt.h"
#include "experiment/KindSection.h"
#include "initializers/Initializer.h"
#include "layers/LayerTable.h"
#include "losses/Loss.h"
#include "spec/NameLookup.h"
#include "optimizers/Optimizer.h"

#include <cmath>
#include <limits>

namespace nnlab {
namespace {

using nlohmann::json;

// One step of a path: a field name or a list index.
struct Step {
    std::string key;
    std::size_t index = 0;
    bool isIndex = false;
};

[[noreturn]] void notAPath(const std::string& path) {
    throw SpecError((path.empty() ? std::string("\"\"") : path) +
                    ": not a setting path (e.g. optimizer.lr, network.layers[2].units)");
}

// "network.layers[2].units" -> network, layers, [2], units
std::vector<Step> parsePath(const std::string& path) {
    std::vector<Step> steps;
    std::size_t i = 0;
    while (i < path.size()) {
        if (path[i] == '[') {
            const std::size_t close = path.find(']', i);
            if (steps.empty() || close == std::string::npos || close == i + 1 || close - i > 10) notAPath(path);
            Step s;
            s.isIndex = true;
            for (std::size_t k = i + 1; k < close; ++k) {
                if (path[k] < '0' || path[k] > '9') notAPath(path);
                s.index = s.index * 10 + std::size_t(path[k] - '0');
            }
            steps.push_back(s);
            i = close + 1;
            if (i < path.size() && path[i] != '.' && path[i] != '[') notAPath(path);
        } else {
            const std::size_t end = std::min(path.find_first_of(".[]", i), path.size());
            if (end == i || (end < path.size() && path[end] == ']')) notAPath(path);
            steps.push_back({path.substr(i, end - i)});
            i = end;
        }
        if (i < path.size() && path[i] == '.' && ++i == path.size()) notAPath(path);
    }
    if (steps.empty()) notAPath(path);
    return steps;
}

std::string pathOf(const std::vector<Step>& steps, std::size_t count) {
    std::string p;
    for (std::size_t k = 0; k < count; ++k)
        p += steps[k].isIndex ? "[" + std::to_string(steps[k].index) + "]" : (k ? "." : "") + steps[k].key;
    return p;
}

// The parameters a named choice takes, by the field that holds it; null for
// a name the tables do not know (the reader reports it).
const std::vector<ParamDef>* choiceParams(const std::string& field, const std::string& name) {
    try {
        if (field == "optimizer") return &findOptimizer(name).params;
        if (field == "loss") return &findLoss(name).params;
        if (field == "activation") return &findActivation(name).params;
        if (field == "weight_init" || field == "bias_init") return &findInitializer(name).params;
    } catch (const Error&) {
    }
    return nullptr;
}

bool isChoiceField(const std::string& field) {
    return field == "optimizer" || field == "loss" || field == "activation" || field == "weight_init" ||
           field == "bias_init";
}

// "tanh" -> {"name": "tanh"}, then every parameter the file leaves out at its default.
void fillChoice(json& node, const std::string& field) {
    if (node.is_string()) node = json{{"name", node}};
    if (!node.is_object() || !node.contains("name") || !node["name"].is_string()) return;
    if (const auto* params = choiceParams(field, node["name"].get<std::string>()))
        for (const ParamDef& p : *params)
            if (!node.contains(p.key)) node[p.key] = p.defaultValue;
}

// The experiment as its file (without saved weights and run), plus every
// setting the writer leaves out at its default: the settings one can name.
json settingsJson(const Experiment& e) {
    Experiment bare = e;
    bare.weights.reset();
    bare.run.reset();
    json j = experimentToJson(bare);
    fillChoice(j["optimizer"], "optimizer");
    fillChoice(j["loss"], "loss");
    for (json& layer : j["network"]["layers"]) {
        if (!layer.contains("name")) layer["name"] = "";
        for (const char* field : {"activation", "weight_init", "bias_init"})
            if (layer.contains(field)) fillChoice(layer[field], field);
        try {
            const LayerInfo& info = findLayer(layer["type"].get<std::string>());
            for (const ParamDef& p : info.options)
                if (!layer.contains(p.key)) layer[p.key] = p.defaultValue;
            for (const ChoiceDef& c : info.choices)
                if (!layer.contains(c.key)) layer[c.key] = c.defaultValue();
        } catch (const Error&) {
        }
    }
    const DataSpec defaults;
    json& data = j["data"];
    if (!j["training"].contains("threads")) j["training"]["threads"] = e.training.threads;
    if (!data.contains("steps")) data["steps"] = defaults.steps;
    if (!data.contains("delay")) data["delay"] = defaults.delay;
    if (!data.contains("validation_ratio")) data["validation_ratio"] = defaults.validationRatio;
    if (!data.contains("csv"))
        data["csv"] = {{"path", ""}, {"target_column", defaults.targetColumn}, {"input_columns", json::array()}};
    if (!data["csv"].contains("sequence_steps")) data["csv"]["sequence_steps"] = defaults.sequenceSteps;
    if (!data.contains("custom")) data["custom"] = {{"points", json::array()}, {"targets", json::array()}};
    if (e.kind != kSupervisedKind) j[e.kind] = completeKindSection(bare);
    return j;
}

std::string kindOf(const json& v) {
    if (v.is_number_integer() || v.is_number_unsigned()) return "a whole number";
    if (v.is_number()) return "a number";
    if (v.is_boolean()) return "true or false";
    if (v.is_string()) return "a string";
    if (v.is_array()) return "a list";
    if (v.is_object()) return "an object";
    return "null";
}

// Follows the path through the settings, naming the first step that fails.
const json& locate(const json& settings, const std::vector<Step>& steps, const std::string& path) {
    const json* node = &settings;
    for (std::size_t k = 0; k < steps.size(); ++k) {
        const Step& s = steps[k];
        const std::string here = pathOf(steps, k);
        if (s.isIndex) {
            if (!node->is_array()) throw SpecError(path + ": " + here + " is " + kindOf(*node) + ", not a list");
            if (s.index >= node->size())
                throw SpecError(path + ": index out of range (" + here + " has " + std::to_string(node->size()) +
                                (node->size() == 1 ? " entry)" : " entries)"));
            node = &(*node)[s.index];
            continue;
        }
        if (!node->is_object())
            throw SpecError(path + ": " + (here.empty() ? "the experiment" : here) + " is " + kindOf(*node) +
                            ", it has no fields");
        const auto it = node->find(s.key);
        if (it == node->end()) {
            std::vector<std::string> known;
            for (auto f = node->begin(); f != node->end(); ++f)
                if (k > 0 || (f.key() != "format" && f.key() != "version")) known.push_back(f.key());
            throw SpecError(pathOf(steps, k + 1) + ": " + unknownNameMessage("field", s.key, known));
        }
        node = &*it;
    }
    return *node;
}

// Can `value` stand where `current` is? The reader makes the final check;
// this one gives the plain "expected a number" before a path is invented.
bool sameKind(const json& current, const json& value) {
    if (current.is_number()) return value.is_number();
    if (current.is_boolean()) return value.is_boolean();
    if (current.is_array()) return value.is_array();
    if (current.is_string() || current.is_object()) return value.is_string() || value.is_object();
    return true;
}

// 32.0 for an integer setting becomes 32 (SetHyper carries doubles).
json coerced(const json& current, const json& value) {
    if ((current.is_number_integer() || current.is_number_unsigned()) && value.is_number_float()) {
        const double x = value.get<double>();
        if (std::isfinite(x) && x == std::floor(x) && std::abs(x) < 9.007199254740992e15) return json(std::int64_t(x));
    }
    return value;
}

// After "optimizer.name" = "adam": drop what adam does not take.
void keepParamsOfNewChoice(json& choice, const std::string& field) {
    if (!choice.is_object() || !choice.contains("name") || !choice["name"].is_string()) return;
    const auto* params = choiceParams(field, choice["name"].get<std::string>());
    if (!params) return;
    for (auto it = choice.begin(); it != choice.end();) {
        bool known = it.key() == "name";
        for (const ParamDef& p : *params) known = known || it.key() == p.key;
        it = known ? std::next(it) : choice.erase(it);
    }
}

bool isSavedState(const std::string& field) { return field == "weights" || field == "run"; }

void flattenChanges(const json& a, const json& b, const std::string& path, std::vector<std::string>& out) {
    if (a.is_object() && b.is_object()) {
        for (auto it = a.begin(); it != a.end(); ++it) {
            const std::string p = path.empty() ? it.key() : path + "." + it.key();
            const auto other = b.find(it.key());
            if (other == b.end()) out.push_back(p);
            else if (isChoiceField(it.key()) && it->is_object() && other->is_object() &&
                     it->value("name", json()) != other->value("name", json()))
                out.push_back(p);  // another activation, initializer, loss or optimizer: one change
            else flattenChanges(*it, *other, p, out);
        }
        for (auto it = b.begin(); it != b.end(); ++it)
            if (!a.contains(it.key())) out.push_back(path.empty() ? it.key() : path + "." + it.key());
        return;
    }
    // A list of objects (layers) is compared entry by entry; a list of values
    // (features, columns, drawn points) as one setting.
    const bool listOfObjects = a.is_array() && b.is_array() && !a.empty() && a[0].is_object();
    if (listOfObjects && a.size() == b.size()) {
        for (std::size_t i = 0; i < a.size(); ++i) flattenChanges(a[i], b[i], path + "[" + std::to_string(i) + "]", out);
        return;
    }
    if (a != b) out.push_back(path);
}

}  // namespace

json getByPath(const Experiment& e, const std::string& path) {
    const std::vector<Step> steps = parsePath(path);
    if (isSavedState(steps[0].key)) return locate(experimentToJson(e), steps, path);
    const json settings = settingsJson(e);
    const json& found = locate(settings, steps, path);
    // The file's own form where it has one ("tanh" rather than {"name": "tanh"}).
    Experiment bare = e;
    bare.weights.reset();
    bare.run.reset();
    const json file = experimentToJson(bare);
    std::string pointer;
    for (const Step& s : steps) {
        std::string key = s.isIndex ? std::to_string(s.index) : s.key;
        for (std::size_t at = 0; (at = key.find_first_of("~/", at)) != std::string::npos; at += 2)
            key.replace(at, 1, key[at] == '~' ? "~0" : "~1");
        pointer += "/" + key;
    }
    const json::json_pointer where(pointer);
    return file.contains(where) ? file.at(where) : found;
}

void setByPath(Experiment& e, const std::string& path, const json& value) {
    const std::vector<Step> steps = parsePath(path);
    const bool saved = isSavedState(steps[0].key);
    Experiment bare = e;
    if (!saved) {
        bare.weights.reset();
        bare.run.reset();
    }
    json file = experimentToJson(bare);
    const json settings = saved ? file : settingsJson(bare);
    const json& current = locate(settings, steps, path);
    if (!sameKind(current, value)) {
        const bool choice = !steps.back().isIndex && isChoiceField(steps.back().key);
        throw SpecError(path + ": expected " + (choice ? "a name or an object with \"name\"" : kindOf(current)) +
                        ", got " + jsonExcerpt(value));
    }

    // Walk the file and the settings together; a field the file leaves out
    // is taken from the settings (its default) before it is changed.
    json* node = &file;
    const json* setting = &settings;
    json* parent = nullptr;
    for (const Step& s : steps) {
        parent = node;
        setting = s.isIndex ? &(*setting)[s.index] : &(*setting)[s.key];
        if (s.isIndex) {
            node = &(*node)[s.index];
            continue;
        }
        if (node->is_string()) *node = json{{"name", *node}};  // "tanh" -> {"name": "tanh"}
        if (!node->contains(s.key)) (*node)[s.key] = *setting;
        node = &(*node)[s.key];
    }
    *node = coerced(current, value);
    if (steps.back().key == "name" && steps.size() >= 2 && !steps[steps.size() - 2].isIndex &&
        isChoiceField(steps[steps.size() - 2].key))
        keepParamsOfNewChoice(*parent, steps[steps.size() - 2].key);

    Experiment next = experimentFromJson(file);  // every check of a file, its messages
    if (!saved) {
        next.weights = e.weights;
        next.run = e.run;
    }
    e = std::move(next);
}

SettingEffect settingEffect(const std::string& path) {
    // What the window shows, not what it trains.
    if (path == "title" || path == "classroom" || path.rfind("classroom.", 0) == 0) return SettingEffect::None;
    if (path == "batch_size" || path == "epochs") return SettingEffect::Live;
    const auto startsWith = [&](const char* prefix) { return path.rfind(prefix, 0) == 0; };
    if (startsWith("regularization.")) return SettingEffect::Live;
    if (startsWith("optimizer.") && path != "optimizer.name") return SettingEffect::Live;
    return SettingEffect::Rebuild;
}

std::vector<std::string> changedSettings(const Experiment& from, const Experiment& to) {
    std::vector<std::string> out;
    flattenChanges(settingsJson(from), settingsJson(to), "", out);
    return out;
}

std::string settingPath(const std::string& keyOrPath) {
    // What SetHyper and "try this" sent before paths: regularization by its
    // own name, the rest optimizer hyperparameters ("lr", "momentum", "beta1").
    static const char* const kRegularization[] = {"l1", "l2", "max_norm", "clip_value", "clip_norm"};
    if (keyOrPath.find_first_of(".[") != std::string::npos) return keyOrPath;
    static const char* const kTopLevel[] = {"format", "version", "title", "seed", "data", "features", "network",
                                            "loss", "optimizer", "regularization", "schedule", "early_stopping",
                                            "training", "batch_size", "epochs", "weights", "run", "classroom"};
    for (const char* field : kTopLevel)
        if (keyOrPath == field) return keyOrPath;
    for (const char* key : kRegularization)
        if (keyOrPath == key) return "regularization." + keyOrPath;
    return "optimizer." + keyOrPath;
}

}  // namespace nnlab
