#!/usr/bin/env bash
# Benchmark: `factcheck audit` over N generated pages served from 127.0.0.1 (not a unit test).
# Prints pages/s, peak memory and factcheck's CPU time for N and for N/4 pages, so "memory
# flat in page count" can be read off; fails when any page was not read.
# Usage: scripts/bench-audit.sh [N=1000] [JOBS=16]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
jobs=${2:-16}
bin=build/factcheck
[ -x "$bin" ] || { echo "build first: scripts/test.sh or cmake --build build --target factcheck" >&2; exit 2; }
work=$(mktemp -d)
chmod 755 "$work"  # nginx workers run as an unprivileged user and must read the pages
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2> /dev/null; wait "$server_pid" 2> /dev/null || true; fi
  rm -rf "$work"
}
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
# The server must not be what is measured: Debian's nginx (apt-get install nginx-light) serves
# static pages from one worker far faster than the audit reads them; without it the threaded
# Python server the tests use stands in, and it tops out near 300 requests/s.
if command -v nginx > /dev/null; then
  server=nginx
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  mkdir -p "$work/nginx"
  cat > "$work/nginx/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/markdown md; }
  default_type text/plain;
  keepalive_requests 1000000;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  server { listen 127.0.0.1:$port; root $work/site; }
}
EOF
  nginx -e "$work/nginx/error.log" -p "$work/nginx" -c "$work/nginx/nginx.conf" &
  server_pid=$!
  for _ in $(seq 50); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2> /dev/null && break
    sleep 0.1
  done
else
  server="the threaded Python server (install nginx-light for one that is not the bottleneck)"
  python3 -u tests/fixtures/audit/serve_dir.py "$work/site" > "$work/port" &
  server_pid=$!
  for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
  port=$(awk '{print $2}' "$work/port")
fi
echo "server: $server on 127.0.0.1:$port"
run() {
  local count=$1
  seq 0 $((count - 1)) | sed "s|.*|http://127.0.0.1:$port/page-&.md|" > "$work/urls-$count.txt"
  rm -f "$work/h-$count.sqlite"*
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M %U %S" -o "$work/rss-$count" "$bin" audit --sources "$work/urls-$count.txt" --db "$work/h-$count.sqlite" \
    --out "$work/out-$count" --jobs "$jobs" --per-host "$jobs" --host-delay-ms 0 --no-progress > /dev/null || true
  end=$(date +%s.%N)
  # A fast run that failed its pages measures nothing: every page must have been read.
  python3 -c "import json, sys; s = json.load(open(sys.argv[1])); n = int(sys.argv[2]); \
sys.exit(0 if s['sources']['ok'] == n else 'only %d of %d pages were read: %s' % (s['sources']['ok'], n, s['sources']))" \
    "$work/out-$count/summary.json" "$count"
  local rss user sys
  read -r rss user sys < <(tail -1 "$work/rss-$count")
  python3 -c "import sys; n, s, e, k, u, y = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[6]), float(sys.argv[7]); \
print('%5d pages  --jobs %s  %6.2f s  %7.1f pages/s  peak RSS %.1f MiB  factcheck CPU %.2f s user + %.2f s sys' % (n, sys.argv[5], e - s, n / (e - s), k / 1024, u, y))" \
    "$count" "$start" "$end" "$rss" "$jobs" "$user" "$sys"
}
run $((n / 4))
run "$n"
