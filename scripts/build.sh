#!/usr/bin/env bash
# Installs what is missing and builds into build/ with the one set of flags both README
# commands use, so running one after the other reuses the build instead of redoing it.
# Arguments are build targets (default: everything, tests included).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs=${FACTCHECK_JOBS:-$(nproc 2>/dev/null || echo 2)}
# -DFACTCHECK_WERROR=ON is what CI builds with; a different flag here would reconfigure the
# shared build directory and rebuild every object.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFACTCHECK_WERROR=ON >/dev/null
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build build -j "$jobs" "${targets[@]}"
