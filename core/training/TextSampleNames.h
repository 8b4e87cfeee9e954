#pragma once
// The names of the live text preview's snapshot payloads (a task with a text
// data set fills them, tasks/supervised/TextPreview.h; the Generated text dock
// reads them). Text is stored as Unicode code points, one per column.
namespace nnlab {

namespace text_sample {
inline constexpr char kGenerated[] = "text_generated";      // (1, n) code points the network wrote
inline constexpr char kSeed[] = "text_seed";                // (1, m) code points it continued
inline constexpr char kTemperature[] = "text_temperature";  // (1, 1) the temperature it sampled at
inline constexpr char kStep[] = "text_step";                // (1, 1) the training step it was sampled after
}  // namespace text_sample

}  // namespace nnlab
