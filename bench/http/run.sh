#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# HTTP benchmark of `m start` (issue 3 section 6): a temporary copy of
# examples/helpdesk with a site seeded with BENCH_ROWS tickets, the server on it, and
# wrk measuring get / list / insert / update at 1, 16 and 64 connections, plus the
# server's resident memory idle and under load. Prints a Markdown table.
#
#   bench/http/run.sh                      # release build in build/release, 100k rows, 10 s per run
#   BENCH_DURATION=5s BENCH_ROWS=20000 bench/http/run.sh
#
# Settings (environment): BENCH_BUILD_DIR (default build/release, configured with the
# release preset and built when needed), BENCH_ROWS (100000), BENCH_DURATION (10s),
# BENCH_WARMUP (2s), BENCH_CONNECTIONS ("1 16 64"), BENCH_THREADS (m's --threads;
# default m's own), BENCH_SERVER_LOG (file for the server's request log; default
# /dev/null, so the figures include formatting the log lines but no disk writes),
# BENCH_KEEP=1 keeps the temporary project, BENCH_NO_BUILD=1 uses the build as it is,
# BENCH_DB=postgresql puts the site on a throwaway PostgreSQL cluster (server.sh,
# bench_pg_start; the CPU column then adds the database's CPU time as "+N db").
# Each row also reports the server's CPU time per request (utime + stime of `m start`
# from /proc/<pid>/stat over the row, divided by the requests wrk counted), which the
# machine's load changes much less than req/s.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
export BENCH_DIR=$root/bench/http
build_dir=${BENCH_BUILD_DIR:-$root/build/release}
export BENCH_ROWS=${BENCH_ROWS:-100000}
duration=${BENCH_DURATION:-10s}
warmup=${BENCH_WARMUP:-2s}
connections=${BENCH_CONNECTIONS:-"1 16 64"}
server_log=${BENCH_SERVER_LOG:-/dev/null}
password=bench-admin-password

command -v wrk >/dev/null || { echo "run.sh: wrk is missing: run scripts/install-deps.sh (Debian package wrk)" >&2; exit 1; }
command -v curl >/dev/null || { echo "run.sh: curl is missing: apt-get install curl" >&2; exit 1; }

# 1. The release build of m and the helpdesk controllers (a no-op when up to date).
if [[ ! -f $build_dir/CMakeCache.txt ]]; then
  echo "==> Configuring the release preset in $build_dir" >&2
  cmake --preset release -B "$build_dir" -S "$root" >/dev/null
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build_dir/CMakeCache.txt")
if [[ ${BENCH_NO_BUILD:-0} != 1 ]]; then
  echo "==> Building m and the helpdesk controllers in $build_dir ($build_type)" >&2
  cmake --build "$build_dir" --target fm_server helpdesk_controllers >/dev/null
fi
m=$build_dir/bin/m
source "$root/bench/http/server.sh"

# 2. A temporary project: the helpdesk app, a fresh site, demo data, BENCH_ROWS tickets.
work=$(mktemp -d "${TMPDIR:-/tmp}/fm-bench-http.XXXXXX")
server_pid=
sampler_pid=
cleanup() {
  [[ -n $sampler_pid ]] && kill "$sampler_pid" 2>/dev/null || true
  bench_stop_server
  bench_pg_stop
  if [[ ${BENCH_KEEP:-0} == 1 ]]; then echo "Kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
bench_pg_start
cp -r "$root/examples/helpdesk/m.json" "$root/examples/helpdesk/apps" "$work/"
echo "==> Creating the site and seeding $BENCH_ROWS tickets in $work" >&2
"$m" new site demo --project "$work" --admin-password "$password" "${bench_site_args[@]}" >/dev/null
"$m" import "$root/examples/helpdesk/demo/data.json" --project "$work" >/dev/null
bench_ticket_json 1 "$BENCH_ROWS" >"$work/tickets.json"
seed_started=$(date +%s%N)
"$m" import "$work/tickets.json" --project "$work" >/dev/null
seed_seconds=$((($(date +%s%N) - seed_started) / 1000000000))
rm "$work/tickets.json"

# 3. The server, on a free port.
server_args=()
[[ -n ${BENCH_THREADS:-} ]] && server_args+=(--threads "$BENCH_THREADS")
bench_start_server "$server_log" "${server_args[@]}"

mb() { awk -v kb="$1" 'BEGIN { printf "%.1f", kb / 1024 }'; }
ticks_per_s=$(getconf CLK_TCK)
cpu_per_request() { # ticks before, ticks after, requests -> microseconds
  awk -v t="$(($2 - $1))" -v hz="$ticks_per_s" -v n="$3" 'BEGIN { printf "%.0f", (n > 0 ? t * 1e6 / hz / n : 0) }'
}

# 4. A bearer token for Administrator.
bench_login "$password"

# Each scenario: name, wrk script, URL path. One request first: a scenario whose route
# does not answer 2xx yet is reported as missing rather than measured.
scenarios=(
  "get one document|get.lua|/"
  "list 20, filter + sort|list.lua|/"
  "insert|insert.lua|/"
  "update|update.lua|/"
)
probe() { # scenario name -> HTTP status of one request like the benchmark's own
  local auth=(-H "Authorization: Bearer $BENCH_TOKEN")
  local first
  first=$(printf 'TKT-%05d' 1)
  case $1 in
    "get one document") curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "$base/api/v1/ticket/$first" ;;
    "list 20, filter + sort") curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" \
      "$base/api/v1/ticket?filters=%5B%5B%22status%22%2C%22%3D%22%2C%22Open%22%5D%5D&order_by=modified%20desc&limit=20" ;;
    insert) curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" -H 'Content-Type: application/json' \
      -X POST -d '{"subject":"Probe","customer":"Globex"}' "$base/api/v1/ticket" ;;
    update) curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" -H 'Content-Type: application/json' \
      -X PUT -d '{"priority":"High"}' "$base/api/v1/ticket/$first" ;;
  esac
}
missing=()
runnable=()
for entry in "${scenarios[@]}"; do
  IFS='|' read -r name script path <<<"$entry"
  status=$(probe "$name")
  if [[ $status == 2* ]]; then runnable+=("$entry"); else missing+=("$name (HTTP $status)"); fi
done
if [[ -z $BENCH_TOKEN ]]; then
  missing+=("login (POST /api/v1/auth/login did not return a token)")
fi
if [[ ${#runnable[@]} -eq 0 ]]; then
  # The REST routes are not there: measure the HTTP layer alone.
  runnable=("GET /metrics|plain.lua|/metrics")
fi
# The floor: the HTTP layer, metrics hook and log line around one SELECT 1.
runnable+=("GET /health|plain.lua|/health")

sleep 1
idle_kb=$(rss_kb)

# 5. The runs, side by side. A sampler keeps the highest VmRSS seen during each run.
sample_rss() {
  local peak=0 now
  while kill -0 "$server_pid" 2>/dev/null; do
    now=$(rss_kb || echo 0)
    ((now > peak)) && peak=$now && echo "$peak" >"$work/peak"
    sleep 0.2
  done
}
rows=()
overall_peak=$idle_kb
for entry in "${runnable[@]}"; do
  IFS='|' read -r name script path <<<"$entry"
  wrk -t2 -c16 -d"$warmup" -s "$BENCH_DIR/$script" "$base$path" >/dev/null
  for c in $connections; do
    threads=$((c < 2 ? 1 : 2))
    load=$(cut -d' ' -f1 /proc/loadavg)
    echo "$idle_kb" >"$work/peak"
    sample_rss &
    sampler_pid=$!
    ticks_before=$(cpu_ticks)
    db_before=$(pg_cpu_ticks)
    out=$(wrk -t"$threads" -c"$c" -d"$duration" -s "$BENCH_DIR/$script" "$base$path")
    ticks_after=$(cpu_ticks)
    db_after=$(pg_cpu_ticks)
    kill "$sampler_pid" 2>/dev/null || true
    wait "$sampler_pid" 2>/dev/null || true
    sampler_pid=
    peak=$(cat "$work/peak")
    ((peak > overall_peak)) && overall_peak=$peak
    line=$(printf '%s\n' "$out" | grep '^BENCH ' || true)
    [[ -n $line ]] || { printf '%s\n' "$out" >&2; echo "run.sh: wrk gave no summary for $name" >&2; exit 1; }
    rows+=("| $name | $c | $(printf '%.0f' "$(field rps "$line")") | $(field p50_ms "$line") | $(field p99_ms "$line") | $(field non2xx "$line") | $(field socket_errors "$line") | $(cpu_per_request "$ticks_before" "$ticks_after" "$(field requests "$line")")${pg_dir:+ +$(cpu_per_request "$db_before" "$db_after" "$(field requests "$line")") db} | $(mb "$peak") | $load |")
    echo "   $name, $c connection(s): $(field rps "$line") req/s" >&2
  done
done

# 6. The report.
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$root" status --porcelain -- app-server libcore 2>/dev/null | head -1)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
cat <<EOF

### HTTP figures ($(date -u +%Y-%m-%d), commit \`$commit\`${dirty:+ plus uncommitted changes})

Machine: $(nproc) CPUs ($cpu), load average before the run $(cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/').
Server: \`m start\` ${BENCH_THREADS:+--threads $BENCH_THREADS }($build_type build) on $bench_db_name with $BENCH_ROWS seeded tickets (seeding with \`m import\`: $seed_seconds s); wrk $duration per row, 1 thread for 1 connection, 2 otherwise.

| operation | connections | req/s | p50 ms | p99 ms | non-2xx | socket errors | server CPU µs/request | peak RSS MB | load (1 min) before |
|---|---|---|---|---|---|---|---|---|---|
EOF
printf '%s\n' "${rows[@]}"
cat <<EOF

Resident memory (VmRSS): idle $(mb "$idle_kb") MB after start-up and login, peak under load $(mb "$overall_peak") MB.
EOF
if [[ ${#missing[@]} -gt 0 ]]; then
  echo
  echo "Not measured (the route did not answer 2xx when probed):"
  printf -- '- %s\n' "${missing[@]}"
fi
