#!/usr/bin/env bash
# Benchmark: `factcheck audit` over N generated pages served from 127.0.0.1 (not a unit test).
# Prints pages/s and peak memory for N and for N/4 pages, so "memory flat in page count" can be read off.
# Usage: scripts/bench-audit.sh [N=1000] [JOBS=16]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
jobs=${2:-16}
bin=build/factcheck
[ -x "$bin" ] || { echo "build first: scripts/test.sh or cmake --build build --target factcheck" >&2; exit 2; }
work=$(mktemp -d)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$work/site"
# Pages like the bundled article: a few claims each, one of them wrong.
python3 - "$work/site" "$n" <<'PY'
import sys
root, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    with open("%s/page-%d.md" % (root, i), "w") as f:
        f.write("# NVIDIA L4 notes %d\n\nThe NVIDIA L4 has 24 GB of GDDR6 memory and a memory bandwidth of 300 GB/s.\n"
                "The L4's TDP is %d W. The RTX 4070 has 12 GB of GDDR6X.\n" % (i, 72 if i % 2 else 75))
PY
# A threaded keep-alive server, as tests/audit uses.
python3 -u tests/fixtures/audit/serve_dir.py "$work/site" > "$work/port" &
server_pid=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(awk '{print $2}' "$work/port")
run() {
  local count=$1
  seq 0 $((count - 1)) | sed "s|.*|http://127.0.0.1:$port/page-&.md|" > "$work/urls-$count.txt"
  rm -f "$work/h-$count.sqlite"*
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/rss-$count" "$bin" audit --sources "$work/urls-$count.txt" --db "$work/h-$count.sqlite" \
    --out "$work/out-$count" --jobs "$jobs" --per-host "$jobs" --host-delay-ms 0 --no-progress > /dev/null || true
  end=$(date +%s.%N)
  python3 -c "import sys; n,s,e,k=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]),int(sys.argv[4]); \
print('%5d pages  --jobs %s  %6.2f s  %7.1f pages/s  peak RSS %.1f MiB' % (n, sys.argv[5], e-s, n/(e-s), k/1024))" \
    "$count" "$start" "$end" "$(tail -1 "$work/rss-$count")" "$jobs"
}
run $((n / 4))
run "$n"
