#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Several servers on one PostgreSQL database (issue 14, docs/adr/0249): a temporary
# copy of examples/helpdesk on a throwaway cluster (server.sh, bench_pg_start) seeded
# with BENCH_ROWS tickets; wrk measures get / list / insert / update against one
# `m start` and against three behind HAProxy (Debian's haproxy, round robin, on
# loopback), all on the same database in the same run; then two `m worker` run
# BENCH_JOBS queued jobs and the run reports jobs per second. Prints Markdown.
#
#   BENCH_BUILD_DIR=build/release bench/http/farm.sh
#
# Settings (environment): BENCH_BUILD_DIR (default build/release; not built here),
# BENCH_ROWS (100000), BENCH_DURATION (10s), BENCH_WARMUP (2s), BENCH_CONNECTIONS
# ("16 64"), BENCH_THREADS (each server's --threads; default m's own), BENCH_JOBS (2000),
# BENCH_WORKER_CONCURRENCY (2 threads per worker). CPU time per request adds up every
# process that served it: the servers, HAProxy and PostgreSQL.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
export BENCH_DIR=$root/bench/http
build_dir=${BENCH_BUILD_DIR:-$root/build/release}
export BENCH_ROWS=${BENCH_ROWS:-100000}
duration=${BENCH_DURATION:-10s}
warmup=${BENCH_WARMUP:-2s}
connections=${BENCH_CONNECTIONS:-"16 64"}
jobs=${BENCH_JOBS:-2000}
concurrency=${BENCH_WORKER_CONCURRENCY:-2}
password=bench-admin-password
export BENCH_DB=postgresql

for tool in wrk curl haproxy python3; do
  command -v $tool >/dev/null || { echo "farm.sh: $tool is missing: run scripts/install-deps.sh" >&2; exit 1; }
done
m=$build_dir/bin/m
[[ -x $m ]] || { echo "farm.sh: $m is missing: build fm_server and helpdesk_controllers in $build_dir" >&2; exit 1; }
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build_dir/CMakeCache.txt" 2>/dev/null || echo unknown)
source "$root/bench/http/server.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/fm-bench-farm.XXXXXX")
server_pids=()
ports=()
worker_pids=()
haproxy_pid=
cleanup() {
  for pid in "${worker_pids[@]}" "${server_pids[@]}" $haproxy_pid; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${worker_pids[@]}" "${server_pids[@]}" $haproxy_pid; do wait "$pid" 2>/dev/null || true; done
  bench_pg_stop
  rm -rf "$work"
}
trap cleanup EXIT
bench_pg_start
psql_bench() { "$pg_bindir/psql" -X -q -A -t -h "$pg_dir" -U fm -d bench -c "$1"; }

cp -r "$root/examples/helpdesk/m.json" "$root/examples/helpdesk/apps" "$work/"
echo "==> Creating the site on PostgreSQL and seeding $BENCH_ROWS tickets in $work" >&2
"$m" new site demo --project "$work" --admin-password "$password" "${bench_site_args[@]}" >/dev/null
"$m" import "$root/examples/helpdesk/demo/data.json" --project "$work" >/dev/null
bench_ticket_json 1 "$BENCH_ROWS" >"$work/tickets.json"
"$m" import "$work/tickets.json" --project "$work" >/dev/null
rm "$work/tickets.json"

server_args=()
[[ -n ${BENCH_THREADS:-} ]] && server_args+=(--threads "$BENCH_THREADS")
for i in 1 2 3; do
  bench_start_server /dev/null "${server_args[@]}"
  cp "$work/server.out" "$work/server$i.out"
  server_pids+=("$server_pid")
  ports+=("$port")
done
one=http://127.0.0.1:${ports[0]}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
lb_port=$(free_port)
{
  printf 'global\n    maxconn 1024\ndefaults\n    mode http\n    timeout connect 2s\n'
  printf '    timeout client 120s\n    timeout server 120s\n    option http-keep-alive\n'
  printf 'frontend farm\n    bind 127.0.0.1:%s\n    default_backend servers\n' "$lb_port"
  printf 'backend servers\n    balance roundrobin\n    option httpchk GET /health\n'
  for i in 0 1 2; do printf '    server s%d 127.0.0.1:%s check inter 1s\n' "$i" "${ports[$i]}"; done
} >"$work/haproxy.cfg"
haproxy -db -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
haproxy_pid=$!
lb=http://127.0.0.1:$lb_port
for _ in $(seq 1 100); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$lb/health" || true) == 200 ]] && break
  sleep 0.2
done

base=$lb
bench_login "$password"
[[ -n $BENCH_TOKEN ]] || { echo "farm.sh: no token from $lb" >&2; exit 1; }

ticks_of() { local t=0 pid; for pid in "$@"; do t=$((t + $(awk '{ print $14 + $15 }' "/proc/$pid/stat"))); done; echo $t; }
ticks_per_s=$(getconf CLK_TCK)
per_op() { awk -v t="$1" -v hz="$ticks_per_s" -v n="$2" 'BEGIN { printf "%.0f", (n > 0 ? t * 1e6 / hz / n : 0) }'; }

scenarios=("get one document|get.lua" "list 20, filter + sort|list.lua" "insert|insert.lua" "update|update.lua")
rows=()
for target in "one server|$one|${server_pids[0]}" "three servers, HAProxy|$lb|${server_pids[*]} $haproxy_pid"; do
  IFS='|' read -r label url pids <<<"$target"
  for entry in "${scenarios[@]}"; do
    IFS='|' read -r name script <<<"$entry"
    wrk -t2 -c16 -d"$warmup" -s "$BENCH_DIR/$script" "$url/" >/dev/null
    for c in $connections; do
      load=$(cut -d' ' -f1 /proc/loadavg)
      # shellcheck disable=SC2086
      before=$(ticks_of $pids)
      db_before=$(pg_cpu_ticks)
      out=$(wrk -t2 -c"$c" -d"$duration" -s "$BENCH_DIR/$script" "$url/")
      # shellcheck disable=SC2086
      after=$(ticks_of $pids)
      db_after=$(pg_cpu_ticks)
      line=$(printf '%s\n' "$out" | grep '^BENCH ' || true)
      [[ -n $line ]] || { printf '%s\n' "$out" >&2; echo "farm.sh: wrk gave no summary for $name" >&2; exit 1; }
      n=$(field requests "$line")
      rows+=("| $label | $name | $c | $(printf '%.0f' "$(field rps "$line")") | $(field p50_ms "$line") | $(field p99_ms "$line") | $(field non2xx "$line") | $(per_op $((after - before)) "$n") +$(per_op $((db_after - db_before)) "$n") db | $load |")
      echo "   $label, $name, $c connection(s): $(field rps "$line") req/s" >&2
    done
  done
done

# Jobs: BENCH_JOBS queued through the API first, then two workers take them. The job
# closes resolved tickets untouched for 10 years (none): the figure is the queue's own
# cost per job (claim with SKIP LOCKED, lease, run, record the result).
echo "==> Queueing $jobs jobs" >&2
python3 - "$lb_port" "$BENCH_TOKEN" "$jobs" <<'PY'
import http.client, json, sys
port, token, count = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
conn = http.client.HTTPConnection("127.0.0.1", port)
body = json.dumps({"job": "helpdesk.tickets.close_stale", "args": {"days": 3650}})
for _ in range(count):
    conn.request("POST", "/api/v1/jobs", body, {"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    response = conn.getresponse()
    response.read()
    if response.status != 201:
        sys.exit("enqueue answered %d" % response.status)
PY
done_jobs() { psql_bench "SELECT count(*) FROM job_log WHERE status = 'Succeeded'"; }
db_before=$(pg_cpu_ticks)
started=$(date +%s%N)
for i in 1 2; do
  "$m" worker --project "$work" --concurrency "$concurrency" --poll-ms 50 --no-scheduler >"$work/worker$i.out" 2>&1 &
  worker_pids+=($!)
done
while true; do
  finished=$(done_jobs) || { echo "farm.sh: cannot count the jobs" >&2; exit 1; }
  ((finished < jobs)) || break
  kill -0 "${worker_pids[0]}" "${worker_pids[1]}" 2>/dev/null || { cat "$work"/worker*.out >&2; echo "farm.sh: a worker exited" >&2; exit 1; }
  sleep 0.2
done
elapsed_ns=$(($(date +%s%N) - started))
worker_ticks=$(ticks_of "${worker_pids[@]}")
db_ticks=$(($(pg_cpu_ticks) - db_before))
failed=$(psql_bench "SELECT count(*) FROM job_log WHERE status <> 'Succeeded'")
jobs_per_s=$(awk -v n="$jobs" -v ns="$elapsed_ns" 'BEGIN { printf "%.0f", n / (ns / 1e9) }')

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
cat <<EOF

### Several servers on PostgreSQL ($(date -u +%Y-%m-%d), bench/http/farm.sh at \`$commit\`)

Machine: $(nproc) CPUs ($cpu), load average before the run $(cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/').
Servers: \`m start\` ${BENCH_THREADS:+--threads $BENCH_THREADS }($build_type build, $m) on $bench_db_name with $BENCH_ROWS seeded tickets; the same database for one server and for three behind HAProxy; wrk -t2, $duration per row. CPU µs/request: the servers (and HAProxy) + PostgreSQL.

| servers | operation | connections | req/s | p50 ms | p99 ms | non-2xx | CPU µs/request | load (1 min) before |
|---|---|---|---|---|---|---|---|---|
EOF
printf '%s\n' "${rows[@]}"
cat <<EOF

Jobs: $jobs jobs (helpdesk.tickets.close_stale, nothing to close) queued, then two \`m worker --concurrency $concurrency\`: $jobs_per_s jobs/s ($(awk -v ns="$elapsed_ns" 'BEGIN { printf "%.1f", ns / 1e9 }') s, $failed not Succeeded); CPU per job $(per_op "$worker_ticks" "$jobs") µs in the workers + $(per_op "$db_ticks" "$jobs") µs in PostgreSQL.
EOF
