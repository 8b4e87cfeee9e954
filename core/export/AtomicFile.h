#pragma once
// Export folders. Files themselves are written by io/AtomicWrite.h (included
// here, so the exports reach writeFileAtomically through this header too).
#include "io/AtomicWrite.h"

#include <string>

namespace nnlab {

// Creates a directory (and its parents) for an export; throws Error naming it.
void makeExportDirectory(const std::string& dir);

}  // namespace nnlab
