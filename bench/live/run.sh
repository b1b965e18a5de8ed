#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The live runtime's figures (docs/benchmarks.md, "Live updates"): a temporary copy of
# examples/helpdesk with its demo data plus BENCH_ROWS generated tickets, `m start` on a
# free port, then fm_live_bench: a 50-row Desk list joined over /desk/live and a stream
# client on /api/v1/stream, timed over BENCH_UPDATES updates made through the REST API.
#
#   bench/live/run.sh build/release/bin/m build/release/bench/fm_live_bench
set -euo pipefail
m=$(realpath "${1:?usage: bench/live/run.sh <m> <fm_live_bench>}")
bench=$(realpath "${2:?usage: bench/live/run.sh <m> <fm_live_bench>}")
root=$(cd "$(dirname "$0")/../.." && pwd)
rows=${BENCH_ROWS:-200}
password=bench-live-password

work=$(mktemp -d)
server=
cleanup() {
  [[ -n $server ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/apps"
cp -r "$root/examples/helpdesk/apps/helpdesk" "$work/apps/"
printf '{"name": "live-bench", "apps": ["helpdesk"], "default_site": "demo"}\n' >"$work/m.json"
cd "$work"
"$m" new site demo --admin-password "$password" >/dev/null
"$m" import "$root/examples/helpdesk/demo/data.json" >/dev/null
BENCH_ROWS=$rows python3 - <<'PY'
import json, os
rows = [{"doctype": "Ticket", "subject": f"Generated request {i}", "status": "Open",
         "priority": "Medium", "customer": "Globex", "opened_on": "2026-11-02"}
        for i in range(int(os.environ["BENCH_ROWS"]))]
json.dump(rows, open("rows.json", "w"))
PY
"$m" import rows.json >/dev/null
"$m" start --port 0 --threads 2 >server.out 2>server.err &
server=$!
port=
for _ in $(seq 1 300); do
  port=$(sed -n 's|.*listening on http://[^:]*:\([0-9][0-9]*\).*|\1|p' server.out | head -n1)
  [[ -n $port ]] && break
  sleep 0.1
done
[[ -n $port ]] || { cat server.out server.err; exit 1; }
"$bench" "$port" "$password" "${BENCH_UPDATES:-200}"
