#!/usr/bin/env bash
# Installs the Debian 12 packages nnlab needs, only those that are missing.
#   scripts/install-deps.sh          what the lab needs to build and run (scripts/start.sh)
#   scripts/install-deps.sh --tests  that, plus the tools the tests run (scripts/test.sh)
set -euo pipefail
packages=(build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
  libqcustomplot-dev libqcustomplot2.1-qt6 libeigen3-dev nlohmann-json3-dev zlib1g-dev
  libonnx-dev libprotobuf-dev protobuf-compiler  # ONNX export (core/export/)
  dataset-fashion-mnist)  # Fashion-MNIST as gzip IDX files (read with zlib) for the image experiments
if [ "${1:-}" = "--tests" ]; then
  # The export test runs the generated PyTorch script (python3-torch: about 150
  # packages, 4-5 minutes) and onnxruntime-node (scripts/install-onnxruntime.sh)
  # with node and npm: Debian's, unless the machine has them already (e.g.
  # NodeSource's nodejs, which bundles npm and conflicts with Debian's npm).
  packages+=(python3-torch)
  command -v node >/dev/null || packages+=(nodejs)
  command -v npm >/dev/null || packages+=(npm)
elif [ -n "${1:-}" ]; then
  echo "usage: scripts/install-deps.sh [--tests]" >&2
  exit 2
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "nnlab: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
