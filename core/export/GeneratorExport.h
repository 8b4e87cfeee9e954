#pragma once
// Exports of a generator (training/Capabilities.h SampleGenerator: the
// generator of an adversarial game), docs/export.md:
//   ONNX      input "input" (N, d): noise; output "output" (N, C*H*W) for a
//             dense generator of images (flat NCHW rows, as nnlab's), or
//             (N, C, H, W), or (N, 2) for points of the plane. The metadata
//             gives the noise ("nnlab.noise": gaussian or uniform, and its
//             dimension) and the samples' shape and range.
//   PyTorch   DIR/generate.py (torch.nn.Sequential of the generator, nnlab's
//             weights, noise drawn as nnlab draws it) and DIR/weights.npz;
//             `python3 generate.py --samples 64 --out samples.npy`, and
//             `--check` prints the output for noise read from JSON.
//   PNG       a grid of generated images for fresh noise from a seed.
#include "experiment/Experiment.h"
#include "export/OnnxExport.h"
#include "io/SampleGrid.h"

#include <string>
#include <vector>

namespace nnlab {

class SampleGenerator;

OnnxOptions generatorOnnxOptions(SampleGenerator& generator, const Experiment& experiment, bool doublePrecision = false);
void exportGeneratorOnnx(SampleGenerator& generator, const Experiment& experiment, const std::string& path,
                         bool doublePrecision = false);

// generate.py's text; throws SpecError for a layer the script cannot build.
std::string generatorScript(SampleGenerator& generator, const Experiment& experiment);
// Writes dir/generate.py and dir/weights.npz; returns the paths.
std::vector<std::string> exportGeneratorPytorch(SampleGenerator& generator, const Experiment& experiment,
                                                const std::string& dir);

// n generated samples for noise drawn from Rng(seed), as one picture (the
// generator's images side by side); ShapeError if its samples are not images.
RasterImage generatedSampleGrid(SampleGenerator& generator, Index n, std::uint64_t seed, const SampleGridLayout& layout);
void exportSampleGridPng(SampleGenerator& generator, const std::string& path, Index n, std::uint64_t seed,
                         const SampleGridLayout& layout);

}  // namespace nnlab
