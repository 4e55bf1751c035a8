#!/usr/bin/env bash
# Installs the Debian packages factcheck builds and tests with; a fast no-op when all are present.
set -euo pipefail
packages=(
  cmake ninja-build g++ pkg-config python3
  libxml2-dev libcurl4-openssl-dev libre2-dev nlohmann-json3-dev catch2
  libmd4c-dev libcli11-dev libsqlite3-dev libpoppler-cpp-dev
  # The HTML report tests: headless Chromium renders and prints it, pdftotext reads the PDF.
  chromium poppler-utils
  dpkg-dev  # dpkg-shlibdeps: the .deb's Depends (cpack -G DEB)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# npm installs the pinned SARIF validator (tests/reports/tools); any npm on PATH will do
# (a Node.js distribution may ship its own), else Debian's.
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
