#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Response times of the Desk's pages (docs/guide/desk.md): a temporary copy of
# examples/helpdesk with its demo data plus BENCH_ROWS generated tickets, `m start` on
# a free port, then the median of 11 sequential curl requests per page, signed in with
# a bearer token. One client at a time: this measures a page's cost, not throughput
# (bench/http/run.sh does that for the API).
#
#   bench/desk/pages.sh build/ci/bin/m                 # 20,000 extra tickets
#   BENCH_ROWS=100000 bench/desk/pages.sh build/release/bin/m
set -euo pipefail
m=$(realpath "${1:?usage: bench/desk/pages.sh <path to m>}")
root=$(cd "$(dirname "$0")/../.." && pwd)
rows=${BENCH_ROWS:-20000}
password=bench-desk-password

work=$(mktemp -d)
server=
cleanup() {
  [[ -n $server ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/apps"
cp -r "$root/examples/helpdesk/apps/helpdesk" "$work/apps/"
printf '{"name": "desk-bench", "apps": ["helpdesk"], "default_site": "demo"}\n' >"$work/m.json"
cd "$work"
"$m" new site demo --admin-password "$password" >/dev/null
"$m" import "$root/examples/helpdesk/demo/data.json" >/dev/null
BENCH_ROWS=$rows python3 - <<'PY'
import json, os, random
random.seed(1)
statuses = ["Open", "Replied", "Resolved", "Closed"]
priorities = ["Low", "Medium", "High", "Urgent"]
customers = ["Acme Corporation", "Globex", "Initech", "Umbrella Health", "Stark Logistics"]
rows = [{"doctype": "Ticket",
         "subject": f"Generated request {i}" + (" about printers" if i % 7 == 0 else ""),
         "status": random.choice(statuses), "priority": random.choice(priorities),
         "customer": random.choice(customers), "opened_on": "2026-11-%02d" % (i % 28 + 1),
         "resolution": "Done."} for i in range(int(os.environ["BENCH_ROWS"]))]
json.dump(rows, open("tickets.json", "w"))
PY
"$m" import tickets.json >/dev/null

"$m" start --port 0 --threads 2 >server.out 2>/dev/null &
server=$!
port=
for _ in $(seq 1 300); do
  port=$(sed -n 's|.*listening on http://[^:]*:\([0-9][0-9]*\).*|\1|p' server.out | head -n1)
  [[ -n $port ]] && break
  sleep 0.1
done
[[ -n $port ]] || { echo "m start did not come up" >&2; exit 1; }
base=http://127.0.0.1:$port
token=$(curl -s -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\": \"Administrator\", \"password\": \"$password\"}" |
  sed -n 's/.*"token":"\([^"]*\)".*/\1/p')

echo "| page | median of 11 (ms) |"
echo "|---|---|"
for page in "/desk" "/desk/ticket" "/desk/ticket?f.status=Open" "/desk/ticket?q=printers" \
  "/desk/ticket?sort=subject&dir=asc&page=500" "/desk/ticket/TKT-00001" "/api/v1/ticket"; do
  times=()
  for _ in $(seq 1 11); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$base$page")")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n '6p')
  printf '| `%s` | %.1f |\n' "$page" "$(echo "$median * 1000" | bc -l)"
done
