#!/usr/bin/env bash
# Installs what is missing, builds, and starts the lab on its default experiment.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
if [ -x build/app/nnlab ]; then
  exec build/app/nnlab "$@"
fi
exec build/app/cli/nnlab-cli train resources/experiments/default.json --out out "$@"
