#pragma once
// The names of a recurrent network's sequence payloads (the supervised kind
// fills them, tasks/supervised/SequenceResults.h; the Sequences dock reads
// them), so that a view needs no header of the kind. Every matrix is about one
// chosen validation sequence (SnapshotOptions::sequenceSample), T its steps.
namespace nnlab {

namespace sequence_results {
// (1, 6): chosen sample, samples to choose from, T, input features, outputs
// per step, 1 if the output is one row per step (many-to-many) else 0.
inline constexpr char kInfo[] = "seq_info";
inline constexpr char kInputs[] = "seq_inputs";          // (T, F) the network's input, one row per step
inline constexpr char kPrediction[] = "seq_prediction";  // (T, K) many-to-many, else (1, K)
inline constexpr char kTarget[] = "seq_target";          // as kPrediction: the encoded target
inline constexpr char kLoss[] = "seq_loss";              // (1, 1) the loss of that sequence
// Per recurrent layer (a bidirectional layer's cells as "<name>/forward" and
// "<name>/backward", the backward one put back in time order), the prefix
// followed by the layer's name:
inline constexpr char kHiddenPrefix[] = "seq_hidden:";   // (H, T) h_t, a unit per row
inline constexpr char kGatePrefix[] = "seq_gates:";      // (G*H, T) gate activations, gate blocks of H rows:
                                                         //   LSTM (G = 4) i, f, g, o; GRU (G = 3) r, z, n
inline constexpr char kGradPrefix[] = "seq_grad:";       // (1, T) |dL/dh_t| of that sequence
}  // namespace sequence_results

}  // namespace nnlab
