#!/usr/bin/env bash
# CPack makes a .deb holding the binary, the datasets under share/factcheck, the man page and
# the completions; skipped (77) where dpkg-deb is not installed. Usage: deb_package_test.sh BUILD_DIR
set -euo pipefail
command -v dpkg-deb >/dev/null || { echo "skipped: dpkg-deb not installed"; exit 77; }
build=$1
out=$(mktemp -d "${TMPDIR:-/tmp}/factcheck-deb-XXXXXX")
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/factcheck_*.deb)
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/factcheck ./usr/share/factcheck/catalog/ ./usr/share/man/man1/factcheck.1 \
            ./usr/share/bash-completion/completions/factcheck ./usr/share/zsh/vendor-completions/_factcheck \
            ./usr/share/fish/vendor_completions.d/factcheck.fish; do
  grep -q " $path" <<<"$contents" || { echo "missing from $deb: $path"; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q libcurl || { echo "no Depends on libcurl in $deb"; exit 1; }
echo "ok: $(basename "$deb")"
