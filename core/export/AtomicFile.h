#pragma once
// Whole-file writes that never leave a half-written file: the bytes go to a
// temporary file next to the target ("name.part-PID"), are flushed, and only
// then renamed over the target (rename() is atomic on one file system). On any
// failure the temporary file is removed and the old target, if any, is intact.
#include <string>

namespace nnlab {

// Throws Error "PATH: cannot write (REASON)" naming the target.
void writeFileAtomically(const std::string& path, const std::string& bytes);

// Creates a directory (and its parents) for an export; throws Error naming it.
void makeExportDirectory(const std::string& dir);

}  // namespace nnlab
