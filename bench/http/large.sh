#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Lists on a large table, alone and while other connections write (issue 12 item 17):
# `m start` on a helpdesk site seeded with BENCH_ROWS tickets (default 1 000 000), wrk
# measuring get, list (first page, page 1,000, with the default capped total and with
# count=exact) and insert, then each list while BENCH_WRITERS connections insert. Beside
# req/s and latency it reports the server's CPU time per request (utime + stime from
# /proc/<pid>/stat over the run, divided by the requests answered), which the machine's
# load barely changes. Prints a Markdown table.
#
#   bench/http/large.sh                               # 1M rows (seeding takes minutes)
#   BENCH_ROWS=100000 bench/http/large.sh             # the same at 100k, to compare
#   BENCH_KEEP=1 bench/http/large.sh                  # keep the seeded project ...
#   BENCH_PROJECT=/tmp/fm-bench-large.XXXX bench/http/large.sh   # ... and reuse it
#   BENCH_ROWS=100000 BENCH_COPIES=9 bench/http/large.sh         # 1M rows, quicker (below)
#
# Settings: BENCH_BUILD_DIR (build/release; m must be built there), BENCH_ROWS,
# BENCH_DURATION (8s), BENCH_CONNECTIONS (16, the readers), BENCH_WRITERS (8),
# BENCH_PROJECT, BENCH_KEEP, BENCH_COPIES (0: after importing BENCH_ROWS tickets with
# `m import`, add that many copies of each with plain SQL, under new names; for a Debug
# build, whose import of 1M rows takes most of an hour on a loaded machine). Needs wrk,
# curl and, for BENCH_COPIES, sqlite3.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
export BENCH_DIR=$root/bench/http
build_dir=${BENCH_BUILD_DIR:-$root/build/release}
export BENCH_ROWS=${BENCH_ROWS:-1000000}
duration=${BENCH_DURATION:-8s}
readers=${BENCH_CONNECTIONS:-16}
writers=${BENCH_WRITERS:-8}
password=bench-admin-password
m=$build_dir/bin/m
source "$root/bench/http/server.sh"

command -v wrk >/dev/null || { echo "large.sh: wrk is missing: run scripts/install-deps.sh" >&2; exit 1; }
[[ -x $m ]] || { echo "large.sh: $m is missing: cmake --preset release && cmake --build build/release --target m" >&2; exit 1; }

work=${BENCH_PROJECT:-}
server_pid=
cleanup() {
  bench_stop_server
  if [[ -z ${BENCH_PROJECT:-} && -n $work ]]; then
    if [[ ${BENCH_KEEP:-0} == 1 ]]; then echo "Kept $work" >&2; else rm -rf "$work"; fi
  fi
}
trap cleanup EXIT

# 1. The project: seeded once (BENCH_PROJECT reuses one kept by BENCH_KEEP=1).
seed_note=reused
if [[ -z $work ]]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/fm-bench-large.XXXXXX")
  cp -r "$root/examples/helpdesk/m.json" "$root/examples/helpdesk/apps" "$work/"
  echo "==> Creating the site and seeding $BENCH_ROWS tickets in $work" >&2
  "$m" new site demo --project "$work" --admin-password "$password" >/dev/null
  "$m" import "$root/examples/helpdesk/demo/data.json" --project "$work" >/dev/null
  started=$(date +%s)
  # In chunks of 100k: one import (one transaction) each keeps the JSON in memory small.
  for ((from = 1; from <= BENCH_ROWS; from += 100000)); do
    last=$((from + 99999 < BENCH_ROWS ? from + 99999 : BENCH_ROWS))
    bench_ticket_json "$from" "$last" >"$work/tickets.json"
    "$m" import "$work/tickets.json" --project "$work" >/dev/null
  done
  rm -f "$work/tickets.json"
  copies=${BENCH_COPIES:-0}
  if ((copies > 0)); then
    # Same values, new names (TKC-<copy>-<original>), so gets of TKT-... still find rows.
    columns='owner, creation, modified, modified_by, _version, deleted_at, subject, status, priority, category, customer, customer_name, contact, assigned_to, opened_on, due_on, description, resolution'
    sqlite3 "$work/sites/demo/db.sqlite" "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < $copies)
      INSERT INTO ticket (name, $columns) SELECT printf('TKC-%d-%s', k.i, name), $columns FROM ticket, k WHERE name LIKE 'TKT-%';"
  fi
  seed_note="$(($(date +%s) - started)) s${BENCH_COPIES:+, $BENCH_COPIES SQL copies of each imported row}"
fi

# 2. The server on a free port, and a bearer token.
bench_start_server /dev/null
bench_login "$password"
[[ -n $BENCH_TOKEN ]] || { echo "large.sh: login failed" >&2; exit 1; }

ticks_per_s=$(getconf CLK_TCK)
run_wrk() { # script, connections, list query -> the BENCH line
  BENCH_LIST_QUERY=$3 wrk -t2 -c"$2" -d"$duration" -s "$BENCH_DIR/$1" "$base/" | grep '^BENCH ' || true
}
cpu_per_request() { # ticks before, ticks after, requests -> microseconds
  awk -v t="$(($2 - $1))" -v hz="$ticks_per_s" -v n="$3" 'BEGIN { printf "%.0f", (n > 0 ? t * 1e6 / hz / n : 0) }'
}

# The checks the table relies on: what each list variant answers.
for q in "" "&count=exact" "&offset=19980"; do
  echo "   list$q: $(curl -s -H "Authorization: Bearer $BENCH_TOKEN" \
    "$base/api/v1/ticket?filters=%5B%5B%22status%22%2C%22%3D%22%2C%22Open%22%5D%5D&order_by=modified%20desc&limit=20$q" |
    grep -o '"total":[0-9]*,"total_exact":[a-z]*\|"total":[0-9]*' | head -1)" >&2
done

rows=()
alone() { # name, script, list query
  wrk -t2 -c"$readers" -d2s -s "$BENCH_DIR/$2" "$base/" >/dev/null 2>&1 || true
  local before after line
  before=$(cpu_ticks)
  line=$(run_wrk "$2" "$readers" "$3")
  after=$(cpu_ticks)
  rows+=("| $1 | $readers | - | $(printf '%.0f' "$(field rps "$line")") | $(field p50_ms "$line") | $(field p95_ms "$line") | $(field p99_ms "$line") | - | $(cpu_per_request "$before" "$after" "$(field requests "$line")") | $(field non2xx "$line") | $(cut -d' ' -f1 /proc/loadavg) |")
  echo "   $1: $(field rps "$line") req/s" >&2
}
while_writing() { # name, list query
  local before after line writes
  before=$(cpu_ticks)
  run_wrk insert.lua "$writers" "" >"$work/writes" &
  local writer=$!
  line=$(run_wrk list.lua "$readers" "$2")
  wait "$writer"
  after=$(cpu_ticks)
  writes=$(cat "$work/writes")
  local total=$(($(field requests "$line") + $(field requests "$writes")))
  rows+=("| $1 | $readers | $writers | $(printf '%.0f' "$(field rps "$line")") | $(field p50_ms "$line") | $(field p95_ms "$line") | $(field p99_ms "$line") | $(printf '%.0f' "$(field rps "$writes")") (p99 $(field p99_ms "$writes")) | $(cpu_per_request "$before" "$after" "$total") | $(($(field non2xx "$line") + $(field non2xx "$writes"))) | $(cut -d' ' -f1 /proc/loadavg) |")
  echo "   $1 while writing: $(field rps "$line") req/s, inserts $(field rps "$writes")/s" >&2
}

alone "get one" get.lua ""
alone "list 20, first page" list.lua ""
alone "list 20, first page, count=exact" list.lua "&count=exact"
alone "list 20, page 1,000" list.lua "&offset=19980"
alone "insert" insert.lua ""
while_writing "list 20, first page" ""
while_writing "list 20, first page, count=exact" "&count=exact"
while_writing "list 20, page 1,000" "&offset=19980"

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
cat <<EOF

### Large table ($(date -u +%Y-%m-%d), commit \`$commit\`, $(sqlite3 "$work/sites/demo/db.sqlite" 'SELECT count(*) FROM ticket' 2>/dev/null || echo "$BENCH_ROWS") tickets, seeding $seed_note)

Machine: $(nproc) CPUs, load average before the run $(cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/'). wrk $duration per row, 2 threads.
"writers": connections inserting at the same time (their rate and p99 in the insert column).
CPU µs/request: the server's utime + stime over the row divided by the requests answered (reads and writes).

| operation | readers | writers | req/s | p50 ms | p95 ms | p99 ms | inserts/s while listing | server CPU µs/request | non-2xx | load (1 min) |
|---|---|---|---|---|---|---|---|---|---|---|
EOF
printf '%s\n' "${rows[@]}"
