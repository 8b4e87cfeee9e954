#pragma once
// "Look inside" (CNN Explainer's overview and detail views on the student's
// own network): the names of the snapshot payloads the supervised kind fills
// while the window asks for them (the SetInspection command, Command.h), so
// that a view needs no header of the kind. Computed on the worker thread by
// tasks/supervised/LayerOutputs.h.
//
// A "stage" is one column of the overview: the input, then for each layer its
// pre-activation (conv, dense) and, if its activation is not linear, the
// activation's output as a stage of its own; pooling, flatten and any other
// layer one stage each.
namespace nnlab {

namespace inside_view {
inline constexpr char kImage[] = "inside_image";            // (1, C*H*W) raw pixels of the sample
inline constexpr char kSource[] = "inside_source";          // (1, 4): test index (-1: sent image), true class (-1), predicted class, step
inline constexpr char kStages[] = "inside_stages";          // (S, kStageColumns), one row per stage
inline constexpr char kStagePrefix[] = "inside_stage_";     // + stage number: (1, C*H*W) its values
inline constexpr char kProbabilities[] = "inside_probabilities";  // (1, K) class probabilities
// The expanded conv unit (SetInspection::expandStage): one row per input
// channel, that channel's kernel slid over it (Ho*Wo); their sum plus the bias
// is the unit's pre-activation map.
inline constexpr char kUnitParts[] = "inside_unit_parts";
inline constexpr char kUnitInfo[] = "inside_unit_info";     // (1, 3): stage, unit, bias

// Columns of kStages.
enum StageColumn { kLayer = 0, kKind, kActivation, kChannels, kHeight, kWidth, kKernel, kStride, kPadding, kDilation, kStageColumns };
// kKind values. kActivation holds the index of the layer's activation in
// activationTable() (-1: none), for the stage's label.
enum StageKind { kInput = 0, kConv, kActivationStage, kMaxPool, kAvgPool, kFlatten, kDense, kOther };
}  // namespace inside_view

}  // namespace nnlab
