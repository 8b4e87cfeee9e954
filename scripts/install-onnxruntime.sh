#!/usr/bin/env bash
# Installs onnxruntime-node, the independent ONNX runtime the export tests run
# nnlab's .onnx files in (tests/onnx/run_onnx.mjs), from the npm registry into
# DIR (default build/onnx-runtime), once. Its CPU binaries are inside the npm
# package, so the install script (it only fetches GPU providers) is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
version=1.30.0
dir="${1:-build/onnx-runtime}"
installed="$dir/node_modules/onnxruntime-node/package.json"
if [ -f "$installed" ] && grep -q "\"version\": \"$version\"" "$installed"; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "nnlab: npm is missing (scripts/install-deps.sh installs nodejs and npm)" >&2
  exit 1
fi
mkdir -p "$dir"
[ -f "$dir/package.json" ] || echo '{"name": "nnlab-onnx-runtime", "private": true}' > "$dir/package.json"
echo "nnlab: installing onnxruntime-node $version into $dir"
(cd "$dir" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error "onnxruntime-node@$version" >/dev/null)
