#include "tasks/gan/GanSettings.h"

#include "Error.h"
#include "data/Dataset.h"
#include "experiment/ExperimentJson.h"
#include "spec/NameLookup.h"
#include "tasks/gan/GanPlayer.h"
#include "tasks/gan/RealDistributions.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace nnlab {
namespace {

using nlohmann::json;

std::string place(const std::string& key) { return "gan." + key; }

// at: the field's place in the file ("gan.real_label", "gan.images.samples").
double numberAt(const json& object, const std::string& key, const std::string& at, double fallback, double lo, double hi) {
    const auto it = object.find(key);
    if (it == object.end()) return fallback;
    if (!it->is_number()) throw SpecError(at + ": expected a number, got " + it->dump());
    const double v = it->get<double>();
    if (!(v >= lo && v <= hi)) {
        std::ostringstream range;
        range << lo << " .. " << hi;
        throw SpecError(at + ": " + it->dump() + " is outside " + range.str());
    }
    return v;
}

double wholeAt(const json& object, const std::string& key, const std::string& at, double fallback, double lo, double hi) {
    const double v = numberAt(object, key, at, fallback, lo, hi);
    if (v != std::floor(v)) throw SpecError(at + ": expected a whole number, got " + json(v).dump());
    return v;
}

double number(const json& section, const std::string& key, double fallback, double lo, double hi) {
    return numberAt(section, key, place(key), fallback, lo, hi);
}

int whole(const json& section, const std::string& key, int fallback, int lo, int hi) {
    return int(wholeAt(section, key, place(key), fallback, lo, hi));
}

std::string name(const json& section, const std::string& key, const std::string& fallback) {
    const auto it = section.find(key);
    if (it == section.end()) return fallback;
    if (!it->is_string()) throw SpecError(place(key) + ": expected a name, got " + it->dump());
    return it->get<std::string>();
}

void rejectUnknown(const json& object, const std::string& path, const std::vector<std::string>& known) {
    for (auto it = object.begin(); it != object.end(); ++it)
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            throw SpecError(path + "." + it.key() + ": " + unknownNameMessage("field", it.key(), known));
}

void readNoise(const json& section, GanSettings& s) {
    // Points of the plane come from noise of the plane's dimension or less; an
    // image from as many numbers as the file asks (GANs on MNIST take 10 to 100).
    const int most = s.isImage() ? kMaxImageNoiseDimension : 2;
    const std::string range = "1 .. " + std::to_string(most);
    const auto it = section.find("noise");
    if (it == section.end()) return;
    if (!it->is_object())
        throw SpecError("gan.noise: expected {\"dimension\": " + range + ", \"type\": \"uniform\" or \"gaussian\"}");
    rejectUnknown(*it, "gan.noise", {"dimension", "type"});
    if (const auto d = it->find("dimension"); d != it->end()) {
        if (!d->is_number_integer() || d->get<int>() < 1 || d->get<int>() > most)
            throw SpecError("gan.noise.dimension: expected " + (most == 2 ? std::string("1 or 2") : range) +
                            (s.isImage() ? "" : " (points of the plane)") + ", got " + d->dump());
        s.noiseDimension = d->get<int>();
    }
    if (const auto t = it->find("type"); t != it->end()) {
        const std::vector<std::string> types = {"uniform", "gaussian"};
        if (!t->is_string() || std::find(types.begin(), types.end(), t->get<std::string>()) == types.end())
            throw SpecError("gan.noise.type: " +
                            (t->is_string() ? unknownNameMessage("noise type", t->get<std::string>(), types)
                                            : "expected \"uniform\" or \"gaussian\", got " + t->dump()));
        s.noiseType = t->get<std::string>() == "uniform" ? NoiseType::Uniform : NoiseType::Gaussian;
    }
}

// The network's last layer: its units and, for a logit, a linear activation.
void checkOutput(const NetworkSpec& spec, const std::string& path, Index units, bool logit) {
    const LayerSpec& last = spec.layers.back();
    const std::string at = path + ".layers[" + std::to_string(spec.layers.size() - 1) + "]";
    if (last.type != "dense" || last.units != units)
        throw SpecError(at + ": the last layer must be dense with " + std::to_string(units) +
                        (units == 1 ? " unit (D's logit)" : " units (a point of the plane)"));
    if (logit && last.activation.name != "linear")
        throw SpecError(at + ".activation: the discriminator ends in a logit, so \"linear\" (D(x) = sigmoid of it), "
                             "not \"" + last.activation.name + "\"");
}

NetworkSpec readNetwork(const json& section, const std::string& key, NetworkSpec fallback) {
    const auto it = section.find(key);
    return it == section.end() ? std::move(fallback) : networkSpecFromJson(*it, place(key));
}

NetworkSpec readNetwork(const json& section, const std::string& key, NetworkSpec fallback, Index units, bool logit) {
    NetworkSpec spec = readNetwork(section, key, std::move(fallback));
    checkOutput(spec, place(key), units, logit);
    return spec;
}

Matrix readPoints(const json& section) {
    const auto it = section.find("points");
    if (it == section.end()) return {};
    if (!it->is_array()) throw SpecError("gan.points: expected a list of [x, y] points");
    Matrix points(Index(it->size()), 2);
    for (std::size_t i = 0; i < it->size(); ++i) {
        const json& p = (*it)[i];
        if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number())
            throw SpecError("gan.points[" + std::to_string(i) + "]: expected [x, y], got " + p.dump());
        points(Index(i), 0) = p[0].get<double>();
        points(Index(i), 1) = p[1].get<double>();
        if (!points.row(Index(i)).allFinite())
            throw SpecError("gan.points[" + std::to_string(i) + "]: expected finite numbers");
    }
    return points;
}

std::vector<std::string> imageSources() {
    std::vector<std::string> names;
    for (const GeneratorInfo& g : generatorTable())
        if (g.sampleShape.dims.size() == 3) names.emplace_back(g.name);
    return names;
}

std::optional<GanImages> readImages(const json& section) {
    const auto it = section.find("images");
    if (it == section.end()) return std::nullopt;
    if (!it->is_object()) throw SpecError("gan.images: expected {\"source\": \"digits\", \"samples\": 3000}, got " + it->dump());
    rejectUnknown(*it, "gan.images", {"source", "samples", "noise", "seed"});
    GanImages g;
    if (const auto src = it->find("source"); src != it->end()) {
        const std::vector<std::string> known = imageSources();
        if (!src->is_string() || std::find(known.begin(), known.end(), src->get<std::string>()) == known.end())
            throw SpecError("gan.images.source: " +
                            (src->is_string() ? unknownNameMessage("image source", src->get<std::string>(), known)
                                              : "expected a name, got " + src->dump()));
        g.source = src->get<std::string>();
    }
    g.samples = int(wholeAt(*it, "samples", "gan.images.samples", g.samples, 10, 60000));
    g.noise = numberAt(*it, "noise", "gan.images.noise", g.noise, 0.0, kMaxNoise);
    g.seed = std::uint64_t(wholeAt(*it, "seed", "gan.images.seed", double(g.seed), 0, 9007199254740992.0));
    for (const char* planeOnly : {"distribution", "points"})
        if (section.contains(planeOnly))
            throw SpecError(place(planeOnly) + ": an image GAN's real data are gan.images; leave " + planeOnly + " out");
    return g;
}

// The layer whose activation gives G's pixels their range: the last one, or
// the one before trailing flatten/reshape layers (they only copy the values).
std::size_t squashingLayer(const NetworkSpec& generator) {
    std::size_t i = generator.layers.size() - 1;
    while (i > 0 && (generator.layers[i].type == "flatten" || generator.layers[i].type == "reshape")) --i;
    return i;
}

// An image generator's output: one value per pixel, squashed into the pixels' range.
// A flat output is read as the image's NCHW row; an image-shaped one (a
// convolutional G: dense, reshape, conv_transpose2d) must be the data's shape,
// as D and the pictures read the rows as such.
void checkImageGenerator(const GanSettings& s) {
    const Shape out = GanPlayer::check(s.generator, Shape{Index(s.noiseDimension)}, "generator");
    const Shape image = s.sampleShape();
    const std::string at = "gan.generator.layers[" + std::to_string(s.generator.layers.size() - 1) + "]";
    if (out.size() != image.size())
        throw SpecError(at + ": the generator makes " + out.toString() + " = " + std::to_string(out.size()) +
                        " values, an image of " + image.toString() + " has " + std::to_string(image.size()));
    if (out.dims.size() > 1 && out != image)
        throw SpecError(at + ": the generator makes images of " + out.toString() + " (channels x height x width), "
                             "the real images are " + image.toString());
    const std::size_t squashing = squashingLayer(s.generator);
    const std::string& act = s.generator.layers[squashing].activation.name;
    if (act != "sigmoid" && act != "tanh")
        throw SpecError("gan.generator.layers[" + std::to_string(squashing) +
                        "].activation: an image generator ends in \"sigmoid\" (pixels 0..1) or \"tanh\" "
                        "(pixels scaled to -1..1), not \"" + act + "\"");
}

NamedSpec readOptimizer(const json& section, const std::string& key, NamedSpec fallback) {
    const auto it = section.find(key);
    return it == section.end() ? fallback : optimizerSpecFromJson(*it, place(key));
}

void readGame(const json& section, const Experiment& experiment, GanSettings& s) {
    const std::string loss = name(section, "loss", "non_saturating");
    try {
        s.loss = findAdversarialLoss(loss).loss;
    } catch (const SpecError& e) {
        throw SpecError("gan.loss: " + std::string(e.what()));
    }
    s.realLabel = number(section, "real_label", s.realLabel, 0.5, 1.0);
    s.generatorOptimizer = readOptimizer(section, "generator_optimizer", s.generatorOptimizer);
    s.discriminatorOptimizer = readOptimizer(section, "discriminator_optimizer", s.discriminatorOptimizer);
    s.discriminatorSteps = whole(section, "discriminator_steps", s.discriminatorSteps, 0, 10);
    s.generatorSteps = whole(section, "generator_steps", s.generatorSteps, 0, 10);
    s.iterationsPerEpoch = whole(section, "iterations_per_epoch", s.iterationsPerEpoch, 1, 1000000);
    s.poolSize = whole(section, "pool_size", s.poolSize, 10, 1000000);
    if (experiment.batchSize < 1 || experiment.batchSize > 100000)
        throw SpecError("batch_size: a GAN draws 1 to 100000 samples per batch, got " +
                        std::to_string(experiment.batchSize));
    s.batchSize = experiment.batchSize;
}

GanSettings readImageSettings(const json& section, const Experiment& experiment, GanSettings& s) {
    readNoise(section, s);
    const Shape image = s.sampleShape();
    s.generator = readNetwork(section, "generator", defaultImageGenerator(image.size()));
    s.discriminator = readNetwork(section, "discriminator", defaultImageDiscriminator());
    checkOutput(s.discriminator, "gan.discriminator", 1, true);
    checkImageGenerator(s);
    GanPlayer::check(s.discriminator, image, "discriminator");
    readGame(section, experiment, s);
    return s;
}

}  // namespace

NetworkSpec defaultGenerator() {
    NetworkSpec spec;
    LayerSpec hidden, out;
    hidden.units = 16;
    hidden.activation = NamedSpec("relu");
    hidden.weightInit = NamedSpec("he_uniform");
    out.units = 2;
    spec.layers = {hidden, out};
    return spec;
}

NetworkSpec defaultImageGenerator(Index pixels) {
    NetworkSpec spec = defaultGenerator();
    spec.layers[0].units = 128;
    spec.layers[1].units = pixels;
    spec.layers[1].activation = NamedSpec("sigmoid");
    return spec;
}

NetworkSpec defaultImageDiscriminator() {
    NetworkSpec spec = defaultDiscriminator();
    LayerSpec flatten;
    flatten.type = "flatten";
    spec.layers[0].units = 128;
    spec.layers[0].activation = NamedSpec("leaky_relu");
    spec.layers.insert(spec.layers.begin(), flatten);
    return spec;
}

Shape GanSettings::sampleShape() const {
    return images ? findGenerator(images->source).sampleShape : Shape{2};
}

double GanSettings::sampleLo() const {
    if (!images) return -1.0;
    return generator.layers.empty() || generator.layers[squashingLayer(generator)].activation.name != "tanh" ? 0.0 : -1.0;
}

NetworkSpec defaultDiscriminator() {
    NetworkSpec spec = defaultGenerator();
    spec.layers.back().units = 1;
    return spec;
}

GanSettings readGanSettings(const Experiment& experiment) {
    const json& section = experiment.kindSection.is_object() ? experiment.kindSection : json::object();
    rejectUnknown(section, "gan",
                  {"distribution", "points", "images", "noise", "generator", "discriminator", "loss", "real_label",
                   "generator_optimizer", "discriminator_optimizer", "discriminator_steps", "generator_steps",
                   "iterations_per_epoch", "pool_size"});
    GanSettings s;
    s.images = readImages(section);
    if (s.images) return readImageSettings(section, experiment, s);
    s.distribution = name(section, "distribution", s.distribution);
    try {
        findRealDistribution(s.distribution);
    } catch (const SpecError& e) {
        throw SpecError("gan.distribution: " + std::string(e.what()));
    }
    s.points = readPoints(section);
    if (s.distribution == kDrawnDistribution && s.points.rows() == 0)
        throw SpecError("gan.points: the drawn distribution has no points yet (draw some, then apply)");
    readNoise(section, s);
    s.generator = readNetwork(section, "generator", defaultGenerator(), 2, false);
    s.discriminator = readNetwork(section, "discriminator", defaultDiscriminator(), 1, true);
    GanPlayer::check(s.generator, Shape{Index(s.noiseDimension)}, "generator");
    GanPlayer::check(s.discriminator, Shape{2}, "discriminator");
    readGame(section, experiment, s);
    return s;
}

void checkGanSection(const Experiment& experiment) { (void)readGanSettings(experiment); }

json fullGanSection(const Experiment& experiment) { return ganSectionJson(readGanSettings(experiment)); }

json ganSectionJson(const GanSettings& s) {
    json j = {
        {"noise", {{"dimension", s.noiseDimension}, {"type", s.noiseType == NoiseType::Uniform ? "uniform" : "gaussian"}}},
        {"generator", networkSpecToJson(s.generator)},
        {"discriminator", networkSpecToJson(s.discriminator)},
        {"loss", [&] {
             for (const AdversarialLossInfo& info : adversarialLossTable())
                 if (info.loss == s.loss) return info.name;
             return "non_saturating";
         }()},
        {"real_label", s.realLabel},
        {"generator_optimizer", namedSpecToJson(s.generatorOptimizer)},
        {"discriminator_optimizer", namedSpecToJson(s.discriminatorOptimizer)},
        {"discriminator_steps", s.discriminatorSteps},
        {"generator_steps", s.generatorSteps},
        {"iterations_per_epoch", s.iterationsPerEpoch},
        {"pool_size", s.poolSize},
    };
    if (s.images) {
        j["images"] = {{"source", s.images->source}, {"samples", s.images->samples}, {"noise", s.images->noise},
                       {"seed", s.images->seed}};
    } else {
        j["distribution"] = s.distribution;
        // Written even when empty: a drawing is then set by its path, "gan.points".
        json points = json::array();
        for (Index i = 0; i < s.points.rows(); ++i) points.push_back({s.points(i, 0), s.points(i, 1)});
        j["points"] = points;
    }
    return j;
}

}  // namespace nnlab
