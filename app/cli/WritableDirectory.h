#pragma once
// Checks an output folder before any work is done, so a run of many epochs
// does not end in "cannot write": creates it if needed and writes (and
// removes) a probe file there.
#include <string>

// Empty if files can be written in dir; else the system's reason
// ("Permission denied", "Read-only file system", "Not a directory", ...).
std::string unwritableReason(const std::string& dir);
