#!/usr/bin/env bash
# Installs what is missing (the lab's packages and the test tools), builds everything, and runs every test (Qt Test via CTest).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests
scripts/build.sh
# onnxruntime-node for the ONNX export test (tests/core/tst_export): required in CI.
if ! scripts/install-onnxruntime.sh build/onnx-runtime; then
  [ -n "${CI:-}" ] && exit 1
  echo "nnlab: warning: onnxruntime-node is not installed; the ONNX export test will be skipped" >&2
fi
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 -j "$(nproc)"
