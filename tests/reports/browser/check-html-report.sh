#!/usr/bin/env bash
# Renders factcheck HTML reports in headless Chromium: DOM checks, keyboard navigation, card widths, the CSP, screenshots (light, dark, phone, printed first page) and print-to-PDF; run by CTest (reports_html_browser).
# Usage: check-html-report.sh FACTCHECK_BIN OUT_DIR
# Exit 77 (CTest: skipped) only when chromium is absent. Screenshots stay in OUT_DIR to look at.
set -euo pipefail
bin=$(realpath "$1")
out=$(realpath -m "$2")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
timeout_s=${FACTCHECK_BROWSER_TIMEOUT:-60}  # one browser run; a hung Chromium fails the test
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "SKIP: chromium is not installed (scripts/install-deps.sh installs Debian's chromium)"
  exit 77
fi
mkdir -p "$out"
work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A server on 127.0.0.1 that the hostile articles point at: any request it logs is a load
# the report let through.
mkdir -p "$work/www"
python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$work/www" >"$work/server.log" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 50); do
  port=$(sed -n 's/.*port \([0-9]*\).*/\1/p' "$work/server.log" | head -1)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "FAIL: the local server did not start"; cat "$work/server.log"; exit 1; }

chrome() {
  # --disable-background-networking and friends: the browser itself makes no request.
  timeout "$timeout_s" "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --disable-default-apps --disable-extensions --disable-domain-reliability \
    --disable-client-side-phishing-detection --no-first-run --no-default-browser-check --metrics-recording-only \
    --mute-audio --hide-scrollbars --user-data-dir="$work/profile" "$@" 2>>"$work/chromium.log"
}

status=0
check() {  # NAME INPUT
  local name=$1 input=$2 rc=0
  "$bin" --format html -o "$out/$name.html" "$input" || rc=$?
  [ "$rc" -le 1 ] || { echo "FAIL: factcheck exited $rc on $input"; status=1; return; }
  "$bin" claims --format json "$input" >"$work/$name.claims.json"
  chrome --dump-dom "file://$out/$name.html" >"$work/$name.dom.html"
  python3 "$here/dom_check.py" "$work/$name.dom.html" "$work/$name.claims.json" || status=1
}

# The checker must be able to fail: a page with a handler, a script, an image, a card
# linking nowhere and one claim too few is refused.
printf '%s' '<html><head><title>t</title><script>1</script></head><body><img src="x" onerror="y">
<mark id="m1-1" data-verdict="refuted" data-field="tdp" data-gpu="g" data-claim=""></mark>
<ol><li class="card" id="f1-1"><a class="where" href="#m1-9">line 1</a></li></ol></body></html>' >"$work/bad.html"
echo '{"files":[{"claims":[{},{}]}]}' >"$work/bad.json"
if python3 "$here/dom_check.py" "$work/bad.html" "$work/bad.json" >"$work/bad.out"; then
  echo "FAIL: dom_check.py accepted a page it must refuse"; status=1
elif [ "$(grep -c 'bad.html: ' "$work/bad.out")" -lt 6 ]; then
  echo "FAIL: dom_check.py missed problems in the bad page:"; cat "$work/bad.out"; status=1
fi

sed "s/PORT/$port/g" "$root/tests/fixtures/reports/hostile.md" >"$work/hostile.md"
sed "s/PORT/$port/g" "$root/tests/fixtures/reports/page.html" >"$work/page.html"
check example "$root/datasets/examples/l4-vs-rtx-4070.md"
check hostile "$work/hostile.md"
check page "$work/page.html"

# Keys j/k and n/p walk the findings; no card element is wider than its card at 1280 and
# 390 px; a script slipped into the page does not run while the report's own does.
python3 "$here/interaction_check.py" "$browser" "$out/example.html" "$work" "$out" || status=1

# Screenshots to look at: light and dark at 1280 px, a phone width, and the print layout.
chrome --window-size=1280,2400 --screenshot="$out/example-light.png" "file://$out/example.html" || status=1
chrome --window-size=1280,2400 --force-dark-mode --blink-settings=preferredColorScheme=0 \
  --screenshot="$out/example-dark.png" "file://$out/example.html" || status=1
chrome --window-size=390,2400 --screenshot="$out/example-phone.png" "file://$out/example.html" || status=1
chrome --window-size=1280,2400 --screenshot="$out/hostile-light.png" "file://$out/hostile.html" || status=1
chrome --no-pdf-header-footer --print-to-pdf="$out/example.pdf" "file://$out/example.html" || status=1
# The first printed page as an image, to see what paper gets.
if command -v pdftoppm >/dev/null; then
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$out/example.pdf" "$out/example-print" || status=1
fi
for png in example-light example-dark example-phone hostile-light; do
  [ -s "$out/$png.png" ] || { echo "FAIL: no screenshot $png.png"; status=1; }
done

# Printing keeps the whole article and every card: the article's last words and the last
# card's message are in the PDF's text.
if command -v pdftotext >/dev/null; then
  pdftotext -layout "$out/example.pdf" "$work/example.txt"
  tr -s ' \n' ' ' <"$work/example.txt" >"$work/example.flat"
  python3 - "$out/example.html" "$work/example.flat" <<'PY' || status=1
import html, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
text = open(sys.argv[2], encoding="utf-8").read()
squash = lambda s: re.sub(r"\s+", "", s)
flat = squash(text)
article = re.search(r'<article class="article".*?</article>', page, re.S).group(0)
article = re.sub(r'<span class="sr">.*?</span>', "", article, flags=re.S)  # read aloud, not printed
paragraphs = [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<(?:p|li|td)>(.*?)</(?:p|li|td)>", article, re.S)]
messages = [html.unescape(m) for m in re.findall(r'<p class="message">(.*?)</p>', page, re.S)]
missing = [p for p in paragraphs[-3:] + messages if squash(p)[:60] not in flat]
for m in missing:
    print(f"FAIL: printed PDF lacks: {m[:80]}")
print(f"print: {len(messages)} card messages and the article's last {min(3, len(paragraphs))} blocks checked in the PDF")
sys.exit(1 if missing else 0)
PY
else
  echo "note: pdftotext (poppler-utils) not installed; the PDF was written but its text not checked"
fi

if grep -q '"GET\|"POST' "$work/server.log"; then
  echo "FAIL: the reports loaded something from the network:"
  grep '"GET\|"POST' "$work/server.log"
  status=1
fi
[ "$status" -eq 0 ] && echo "PASS: reports render in Chromium; screenshots and PDF in $out"
exit "$status"
