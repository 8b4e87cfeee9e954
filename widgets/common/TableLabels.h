#pragma once
// The labels of the engine's tables (data sets, losses, optimizers,
// activations, initializers, layer types and their parameters) for lupdate:
// core/ has no Qt, so its strings are listed here with QT_TRANSLATE_NOOP in
// the context the views translate them in. tst_table_labels fails when a
// table gains an entry that is missing here.
#include <utility>
#include <vector>

namespace nnlab {

// {context, English text}
const std::vector<std::pair<const char*, const char*>>& tableLabels();

}  // namespace nnlab
