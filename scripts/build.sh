#!/usr/bin/env bash
# Configures and builds nnlab into build/ (Release).
#   scripts/build.sh                  everything: the lab, every test, the bench
#   scripts/build.sh TARGET...        only those targets (scripts/start.sh: nnlab nnlab-cli)
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
if [ $# -gt 0 ]; then
  cmake --build build --parallel "$(nproc)" --target "$@"
else
  cmake --build build --parallel "$(nproc)"
fi
