#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (the README's second command).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# The SARIF validator (Microsoft's SARIF Multitool and Ajv, pinned by package-lock.json).
if [ ! -d tests/reports/tools/node_modules ]; then
  npm ci --prefix tests/reports/tools --no-audit --no-fund --loglevel=error >/dev/null
fi
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFACTCHECK_WERROR=ON >/dev/null
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"
