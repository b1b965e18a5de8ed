#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Two builds of `m` side by side on a loaded machine: one project seeded once (helpdesk,
# BENCH_ROWS tickets), then for each round a fresh copy of it served by build A, then by
# build B, with the same wrk scenario. Alternating makes the machine's load fall on both
# alike; read the server's CPU per request first, which load barely moves.
#
#   bench/http/compare.sh OLD_DIR NEW_DIR insert.lua [connections=16] [duration=6s] [rounds=2]
#
# OLD_DIR and NEW_DIR hold bin/m and lib/ of a Release build (copy build/release/bin and
# build/release/lib aside before rebuilding: the program finds its libraries through
# LD_LIBRARY_PATH, set here to DIR/lib). Scenarios: get.lua, list.lua, insert.lua,
# update.lua, plain.lua (GET /health). BENCH_ROWS (100000). Needs wrk and curl.
set -euo pipefail
[[ $# -ge 3 ]] || { echo "usage: $0 OLD_DIR NEW_DIR SCENARIO.lua [connections] [duration] [rounds]" >&2; exit 2; }
builds=("$(realpath "$1")" "$(realpath "$2")")
script=$3
connections=${4:-16}
duration=${5:-6s}
rounds=${6:-2}
root=$(cd "$(dirname "$0")/../.." && pwd)
export BENCH_DIR=$root/bench/http
export BENCH_ROWS=${BENCH_ROWS:-100000}
[[ -f $BENCH_DIR/$script ]] || { echo "compare.sh: no scenario $BENCH_DIR/$script" >&2; exit 2; }
for dir in "${builds[@]}"; do
  [[ -x $dir/bin/m ]] || { echo "compare.sh: no $dir/bin/m" >&2; exit 1; }
done
path=/
[[ $script == plain.lua ]] && path=/health

seeded=$(mktemp -d "${TMPDIR:-/tmp}/fm-compare.XXXXXX")
work=
server_pid=
cleanup() {
  bench_stop_server
  rm -rf "$seeded" "${work:-}"
}
trap cleanup EXIT
m=${builds[0]}/bin/m
export LD_LIBRARY_PATH=${builds[0]}/lib
source "$BENCH_DIR/server.sh"
work=$seeded/project
mkdir -p "$work"
cp -r "$root/examples/helpdesk/m.json" "$root/examples/helpdesk/apps" "$work/"
"$m" new site demo --project "$work" --admin-password bench-admin-password >/dev/null
"$m" import "$root/examples/helpdesk/demo/data.json" --project "$work" >/dev/null
bench_ticket_json 1 "$BENCH_ROWS" >"$seeded/tickets.json"
"$m" import "$seeded/tickets.json" --project "$work" >/dev/null
pristine=$seeded/pristine
mv "$work" "$pristine"

echo "| round | build | load | req/s | p50 ms | p99 ms | server CPU µs/request |"
echo "|---|---|---|---|---|---|---|"
for round in $(seq 1 "$rounds"); do
  for dir in "${builds[@]}"; do
    m=$dir/bin/m
    export LD_LIBRARY_PATH=$dir/lib
    work=$seeded/run
    rm -rf "$work"
    cp -a "$pristine" "$work"
    bench_start_server /dev/null
    bench_login bench-admin-password
    [[ -n $BENCH_TOKEN ]] || { echo "compare.sh: no token from $m" >&2; exit 1; }
    wrk -t2 -c"$connections" -d2s -s "$BENCH_DIR/$script" "$base$path" >/dev/null
    load=$(cut -d' ' -f1 /proc/loadavg)
    before=$(cpu_ticks)
    line=$(wrk -t"$((connections < 2 ? 1 : 2))" -c"$connections" -d"$duration" \
      -s "$BENCH_DIR/$script" "$base$path" | grep '^BENCH ')
    after=$(cpu_ticks)
    bench_stop_server
    server_pid=
    cpu=$(awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" -v n="$(field requests "$line")" \
      'BEGIN { printf "%.0f", t * 1e6 / hz / n }')
    echo "| $round | $dir | $load | $(field rps "$line") | $(field p50_ms "$line") | $(field p99_ms "$line") | $cpu |"
  done
done
