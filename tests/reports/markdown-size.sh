#!/usr/bin/env bash
# A large article through the real binary: the Markdown review comment stays under GitHub's limit; run by CTest (reports_markdown_size).
# Usage: markdown-size.sh FACTCHECK_BIN   (the limit: 60,000 characters, MarkdownOptions::max_chars)
set -euo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Forty sections, each a one-line inline HTML table of well over 1,000 characters with a wrong
# CUDA core count, plus prose with wrong values: hundreds of findings.
{
  echo "# NVIDIA L4 in depth"
  for i in $(seq 40); do
    echo
    echo "## Part $i"
    echo
    printf '<table><tr><th>Spec</th><th>NVIDIA L4</th></tr>'
    for r in $(seq 12); do printf '<tr><td>Filler row %s of a long table written on one line</td><td>n/a</td></tr>' "$r"; done
    printf '<tr><td>CUDA cores</td><td>7680</td></tr><tr><td>TDP</td><td>75 W</td></tr></table>\n'
    echo
    echo "The NVIDIA L4 has 16 GB of GDDR6 and 7680 CUDA cores at a 75 W TDP."
  done
} >"$work/big.md"
rc=0
"$bin" --format markdown -o "$work/big.comment.md" "$work/big.md" || rc=$?
[ "$rc" -le 1 ] || { echo "FAIL: factcheck exited $rc"; exit 1; }
size=$(wc -m <"$work/big.comment.md")
findings=$("$bin" --format json "$work/big.md" | python3 -c 'import json,sys; print(sum(len(f["findings"]) for f in json.load(sys.stdin)["files"]))' || true)
echo "article $(wc -c <"$work/big.md") bytes, $findings findings, comment $size characters"
[ "$findings" -ge 100 ] || { echo "FAIL: the article should give at least 100 findings"; exit 1; }
[ "$size" -le 60000 ] || { echo "FAIL: the comment is over 60000 characters"; exit 1; }
grep -q "more findings not shown" "$work/big.comment.md" || { echo "FAIL: no summary of the findings left out"; exit 1; }
if grep -q '```suggestion' "$work/big.comment.md" && awk '/^```suggestion/{getline; if (length($0) > 200) bad=1} END{exit !bad}' "$work/big.comment.md"; then
  echo "FAIL: a suggestion block repeats a line over 200 characters"; exit 1
fi
echo "PASS"
