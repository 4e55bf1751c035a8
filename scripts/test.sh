#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (the README's second command).
# Needs nothing outside the repository: scoring against ../shared/eval is scripts/eval.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# The SARIF validator (Microsoft's SARIF Multitool and Ajv, pinned by package-lock.json).
if [ ! -d tests/reports/tools/node_modules ] && command -v npm >/dev/null; then
  npm ci --prefix tests/reports/tools --no-audit --no-fund --loglevel=error >/dev/null
fi
scripts/build.sh
jobs=${FACTCHECK_JOBS:-$(nproc 2>/dev/null || echo 2)}
ctest --test-dir build --output-on-failure -j "$jobs"
