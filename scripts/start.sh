#!/usr/bin/env bash
# Installs what the lab needs (not the test tools), builds only the lab
# (nnlab and nnlab-cli, not the tests or the bench), and starts it on its
# default experiment.
#   scripts/start.sh [NNLAB ARGUMENTS...]
#   scripts/start.sh --no-window   install and build, then draw the first window
#                                  off screen into build/first-window.png and exit
#                                  (a check that the lab starts, on a machine with no display)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh nnlab nnlab-cli
if [ "${1:-}" = "--no-window" ]; then
  QT_QPA_PLATFORM=offscreen build/app/nnlab --screenshot build/first-window.png
  echo "nnlab: built; first window drawn to build/first-window.png"
  exit 0
fi
if [ -x build/app/nnlab ]; then
  exec build/app/nnlab "$@"
fi
exec build/app/cli/nnlab-cli train resources/experiments/default.json --out out "$@"
