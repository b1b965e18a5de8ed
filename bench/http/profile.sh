#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Where `m start` spends its CPU under one bench/http scenario: the same project as
# run.sh (helpdesk, BENCH_ROWS seeded tickets), wrk at BENCH_CONNECTIONS (16) for
# BENCH_DURATION (10s), and `perf record` on the server meanwhile. Prints the hottest
# functions (self and inclusive shares, named by perfsyms.py) and keeps perf.data.
#
#   bench/http/profile.sh insert            # get | list | insert | update | health
#   BENCH_ROWS=20000 bench/http/profile.sh list
#
# Settings (environment): BENCH_BUILD_DIR (build/release), BENCH_ROWS (100000),
# BENCH_DURATION (10s), BENCH_CONNECTIONS (16), BENCH_OUT (folder for perf.data and the
# reports; default a temporary folder that is kept), BENCH_CALL_GRAPH (perf's
# --call-graph; default dwarf, which unwinds Release code built without frame pointers).
# Needs perf (Debian linux-perf), wrk and curl; run it as a user allowed to profile
# (root, or kernel.perf_event_paranoid <= 1).
set -euo pipefail

scenario=${1:-}
case $scenario in
  get) script=get.lua ;;
  list) script=list.lua ;;
  insert) script=insert.lua ;;
  update) script=update.lua ;;
  health) script=plain.lua ;;
  *) echo "usage: $0 get|list|insert|update|health" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "$0")/../.." && pwd)
export BENCH_DIR=$root/bench/http
build_dir=${BENCH_BUILD_DIR:-$root/build/release}
export BENCH_ROWS=${BENCH_ROWS:-100000}
duration=${BENCH_DURATION:-10s}
connections=${BENCH_CONNECTIONS:-16}
call_graph=${BENCH_CALL_GRAPH:-dwarf}
out=${BENCH_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/fm-profile.XXXXXX")}
mkdir -p "$out"
password=bench-admin-password
for tool in perf wrk curl; do
  command -v "$tool" >/dev/null || { echo "profile.sh: $tool is missing (Debian: linux-perf, wrk, curl)" >&2; exit 1; }
done
m=$build_dir/bin/m
[[ -x $m ]] || { echo "profile.sh: no $m; build the release preset first (bench/http/README.md)" >&2; exit 1; }
source "$root/bench/http/server.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/fm-profile-site.XXXXXX")
server_pid=
cleanup() {
  bench_stop_server
  rm -rf "$work"
}
trap cleanup EXIT
cp -r "$root/examples/helpdesk/m.json" "$root/examples/helpdesk/apps" "$work/"
"$m" new site demo --project "$work" --admin-password "$password" >/dev/null
"$m" import "$root/examples/helpdesk/demo/data.json" --project "$work" >/dev/null
bench_ticket_json 1 "$BENCH_ROWS" >"$work/tickets.json"
"$m" import "$work/tickets.json" --project "$work" >/dev/null
rm "$work/tickets.json"
bench_start_server /dev/null
bench_login "$password"
[[ -n $BENCH_TOKEN ]] || { echo "profile.sh: the login gave no token" >&2; exit 1; }

path=/
[[ $scenario == health ]] && path=/health
wrk -t2 -c"$connections" -d2s -s "$BENCH_DIR/$script" "$base$path" >/dev/null
ticks_before=$(cpu_ticks)
perf record -q -g --call-graph "$call_graph" -F 499 -o "$out/perf.data" -p "$server_pid" &
perf_pid=$!
sleep 0.5
result=$(wrk -t2 -c"$connections" -d"$duration" -s "$BENCH_DIR/$script" "$base$path" | grep '^BENCH ')
kill -INT "$perf_pid"
wait "$perf_pid" || true
ticks_after=$(cpu_ticks)
requests=$(field requests "$result")
echo "$scenario at $connections connections: $result" | tee "$out/summary.txt"
awk -v t="$((ticks_after - ticks_before))" -v hz="$(getconf CLK_TCK)" -v n="$requests" \
  'BEGIN { printf "server CPU per request (profiler attached): %.0f us\n", t * 1e6 / hz / n }' | tee -a "$out/summary.txt"
perf script -i "$out/perf.data" -F comm,tid,ip,sym,dso --show-mmap-events 2>/dev/null |
  python3 "$BENCH_DIR/perfsyms.py" 40 >"$out/functions.txt"
sed -n '1,45p' "$out/functions.txt"
echo "Reports in $out (functions.txt: self then inclusive shares; perf report -i $out/perf.data)"
