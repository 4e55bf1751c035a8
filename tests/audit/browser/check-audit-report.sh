#!/usr/bin/env bash
# Runs `factcheck audit` twice on a copy of the bundled sources and opens its report in headless Chromium (audit_check.py); run by CTest (audit_report_browser).
# Usage: check-audit-report.sh FACTCHECK_BIN OUT_DIR
# Exit 77 (CTest: skipped) only when chromium is absent. The report and its screenshots stay in OUT_DIR.
set -euo pipefail
bin=$(realpath "$1")
out=$(realpath -m "$2")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "SKIP: chromium is not installed (scripts/install-deps.sh installs Debian's chromium)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$out"
mkdir -p "$out" "$work/data/third_party"
# A copy, so the second run can see an article fixed: the sources name their files relative
# to their folder, the database as ../third_party/all-gpus.json and device captures as ../measured/.
cp -r "$root/datasets/sources" "$work/data/sources"
cp -r "$root/datasets/measured" "$work/data/measured"
cp "$root/datasets/third_party/all-gpus.json" "$work/data/third_party/"
audit() {
  local rc=0
  "$bin" audit --sources "$work/data/sources" --db "$work/history.sqlite" --out "$out/report" --today 2026-01-15 \
    --host-delay-ms 0 --retries 0 >"$work/audit.log" 2>&1 || rc=$?
  [ "$rc" -le 1 ] || { echo "FAIL: factcheck audit exited $rc"; cat "$work/audit.log"; exit 1; }
}
audit
sed -i 's/TDP is 75 W/TDP is 72 W/' "$work/data/sources/articles/budget-inference-cards.md"
audit
python3 "$here/audit_check.py" "$browser" "$out/report" "$out"
