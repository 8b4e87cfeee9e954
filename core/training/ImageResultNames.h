#pragma once
// The names of an image classifier's snapshot payloads (the supervised kind
// fills them, tasks/supervised/ImageResults.h; the Test images view reads
// them), so that a view needs no header of the kind.
namespace nnlab {

namespace image_results {
inline constexpr char kShape[] = "image_shape";              // (1, 3): C, H, W
inline constexpr char kGalleryInputs[] = "gallery_inputs";   // (k, C*H*W) raw pixels
inline constexpr char kGalleryLabels[] = "gallery_labels";   // (k, 1) true class
inline constexpr char kGalleryProbabilities[] = "gallery_probabilities";  // (k, K)
inline constexpr char kConfusion[] = "confusion";            // (K, K) counts: row true, column predicted
inline constexpr char kWorstInputs[] = "worst_inputs";
inline constexpr char kWorstLabels[] = "worst_labels";
inline constexpr char kWorstProbabilities[] = "worst_probabilities";
}  // namespace image_results

}  // namespace nnlab
