#pragma once
// The one way the lab writes a file (experiments, history.csv, recovery files,
// exports, figures): whole files that are never half-written. The bytes go to
// a temporary file in the target's folder ("NAME.part-PID-N"), every write()
// is checked, the data is fsync'ed, and only then renamed over the target
// (rename() is atomic within one file system). On any failure the temporary
// file is removed, the previous target is intact, and the error gives the
// system's reason ("No space left on device", "File too large", ...).
#include <string>

namespace nnlab {

// Throws Error "PATH: cannot write (STEP: REASON)" naming the target.
void writeFileAtomically(const std::string& path, const std::string& bytes);
// The same without throwing, for callers that word the message themselves (the
// window, through tr()): false and *reason = "STEP: REASON" ("write: No space
// left on device") on failure.
bool tryWriteFileAtomically(const std::string& path, const std::string& bytes, std::string* reason);

}  // namespace nnlab
