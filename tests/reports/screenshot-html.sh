#!/usr/bin/env bash
# Screenshots an HTML report in headless Chromium so a person can look at it; used by hand (see tests/golden/README.md).
# Usage: screenshot-html.sh REPORT.html OUT.png [WIDTHxHEIGHT]   (Debian: apt-get install chromium)
set -euo pipefail
html=$(realpath "$1")
png=$(realpath -m "$2")
size=${3:-1400x1000}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "SKIP: chromium not installed (apt-get install chromium)"
  exit 77
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --no-first-run --user-data-dir="$profile" --hide-scrollbars --window-size="${size/x/,}" \
  --screenshot="$png" "file://$html" 2>/dev/null
echo "wrote $png"
