#!/usr/bin/env bash
# Validates SARIF files against the SARIF 2.1.0 JSON schema (Ajv) and Microsoft's SARIF Multitool (schema + SARIF rules); run by CTest as reports_sarif_validation.
# Usage: validate-sarif.sh FILE.sarif...   Exit 0 valid, 1 invalid, 77 validator not installed (CTest skip).
# Install the validators once with: npm ci --prefix tests/reports/tools (package-lock.json pins them)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tool="$here/node_modules/@microsoft/sarif-multitool/bin.js"
binary="$here/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if ! command -v node >/dev/null || [ ! -f "$tool" ] || [ ! -f "$binary" ] || [ ! -d "$here/node_modules/ajv-formats" ]; then
  echo "SKIP: SARIF validators not installed; install them with: npm ci --prefix tests/reports/tools"
  exit 77
fi
# The multitool is a .NET program: no ICU needed for validating, and nothing sent home.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# npm may skip the package's postinstall (which only marks the binary executable).
[ -x "$binary" ] || chmod u+x "$binary"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
node "$here/check-sarif-schema.js" "$@" || status=1
for file in "$@"; do
  log="$work/$(basename "$file").validation.sarif"
  # The multitool prints each problem but exits 0 on schema errors, so its own SARIF log is read.
  if ! node "$tool" validate "$file" --output "$log"; then
    echo "FAIL: the multitool could not run on $file"
    status=1
    continue
  fi
  node - "$log" "$file" <<'JS' || status=1
const [log, file] = process.argv.slice(2);
const results = JSON.parse(require('fs').readFileSync(log, 'utf8')).runs.flatMap(r => r.results || []);
const errors = results.filter(r => r.level === 'error');
console.log(`${errors.length ? 'FAIL' : 'OK'}: ${file}: ${errors.length} errors, ${results.length - errors.length} other messages`);
process.exit(errors.length ? 1 : 0);
JS
done
exit $status
