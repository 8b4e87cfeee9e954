#!/usr/bin/env bash
# Builds TensorFlow Playground from its source, for gui_bench to measure its
# window beside nnlab's (docs/benchmarks.md, "The window while training").
#   scripts/build-tf-playground.sh [DIR]
# DIR: the argument, else $NNLAB_TFPLAYGROUND, else ~/.cache/nnlab/tf-playground
# (gui_bench looks in the same places). Clones the pinned commit (from
# $NNLAB_TFPLAYGROUND_REPO, default GitHub; a local clone or mirror works too),
# runs its own `npm ci` and `npm run build`; the page lands in DIR/dist.
# Does nothing when DIR already holds that commit, built. Needs git, node, npm.
# Not part of the build or the tests: nothing in nnlab needs it but the bench.
set -euo pipefail
dir="${1:-${NNLAB_TFPLAYGROUND:-${XDG_CACHE_HOME:-$HOME/.cache}/nnlab/tf-playground}}"
repo="${NNLAB_TFPLAYGROUND_REPO:-https://github.com/tensorflow/playground}"
# The commit platform-notes measured (2022-04, the newest on GitHub in 2026).
commit=02469bd3751764b20486015d4202b792af5362a6

built() {
  [ -f "$dir/dist/index.html" ] && [ -f "$dir/dist/bundle.js" ] &&
    [ "$(git -C "$dir" rev-parse HEAD 2>/dev/null)" = "$commit" ]
}
if built; then
  echo "nnlab: TensorFlow Playground is built in $dir/dist"
  exit 0
fi
for tool in git npm; do
  if ! command -v "$tool" >/dev/null; then
    echo "nnlab: $tool is missing (apt-get install git nodejs npm)" >&2
    exit 1
  fi
done
if [ ! -d "$dir/.git" ]; then
  mkdir -p "$(dirname "$dir")"
  git clone --quiet "$repo" "$dir"
fi
if ! git -C "$dir" cat-file -e "$commit^{commit}" 2>/dev/null; then
  git -C "$dir" fetch --quiet "$repo"
fi
git -C "$dir" -c advice.detachedHead=false checkout --quiet "$commit"
# A failed build must not look built next time.
rm -rf "$dir/dist"
(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null && npm run build >/dev/null)
built || { echo "nnlab: the build left no $dir/dist/index.html" >&2; exit 1; }
echo "nnlab: TensorFlow Playground built in $dir/dist"
