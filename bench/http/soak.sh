#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Soak of `m start` (issue 12 item 12): mixed traffic (soak.lua: reads, lists, inserts,
# updates, logins) held at BENCH_SOAK_SHARE (80) % of the mix's peak rate for
# BENCH_SOAK_SECONDS (600), with the server's resident memory, open file descriptors,
# rate and p99 latency sampled every BENCH_SOAK_WINDOW (10) s (RSS once a second: each
# window's lowest and highest). Prints a Markdown table and the growth of the lowest RSS
# over the hold (flat memory: near 0). Figures: docs/benchmarks.md ("Soak").
#
#   bench/http/soak.sh                                   # release build, 20k tickets, 10 min
#   BENCH_SOAK_SECONDS=120 bench/http/soak.sh            # a short run
#
# Settings: BENCH_BUILD_DIR (build/release), BENCH_ROWS (20000), BENCH_CONNECTIONS (16),
# BENCH_SOAK_SECONDS, BENCH_SOAK_WINDOW, BENCH_SOAK_SHARE, BENCH_THREADS (m's --threads),
# BENCH_NO_BUILD=1 uses the build as it is, BENCH_KEEP=1 keeps the temporary project.
# Needs wrk and curl.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
export BENCH_DIR=$root/bench/http
build_dir=$(realpath -m "${BENCH_BUILD_DIR:-$root/build/release}")
export BENCH_ROWS=${BENCH_ROWS:-20000}
connections=${BENCH_CONNECTIONS:-16}
soak_seconds=${BENCH_SOAK_SECONDS:-600}
window=${BENCH_SOAK_WINDOW:-10}
share=${BENCH_SOAK_SHARE:-80}
export BENCH_PASSWORD=bench-admin-password

command -v wrk >/dev/null || { echo "soak.sh: wrk is missing: run scripts/install-deps.sh" >&2; exit 1; }
command -v curl >/dev/null || { echo "soak.sh: curl is missing: apt-get install curl" >&2; exit 1; }
if [[ ! -f $build_dir/CMakeCache.txt ]]; then
  cmake --preset release -B "$build_dir" -S "$root" >/dev/null
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build_dir/CMakeCache.txt")
if [[ ${BENCH_NO_BUILD:-0} != 1 ]]; then
  echo "==> Building m and the helpdesk controllers in $build_dir ($build_type)" >&2
  cmake --build "$build_dir" --target fm_server helpdesk_controllers >/dev/null
fi
m=$build_dir/bin/m
source "$root/bench/http/server.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/fm-bench-soak.XXXXXX")
server_pid=
cleanup() {
  bench_stop_server
  if [[ ${BENCH_KEEP:-0} == 1 ]]; then echo "Kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
cp -r "$root/examples/helpdesk/m.json" "$root/examples/helpdesk/apps" "$work/"
echo "==> Creating the site and seeding $BENCH_ROWS tickets in $work" >&2
"$m" new site demo --project "$work" --admin-password "$BENCH_PASSWORD" >/dev/null
"$m" import "$root/examples/helpdesk/demo/data.json" --project "$work" >/dev/null
bench_ticket_json 1 "$BENCH_ROWS" >"$work/tickets.json"
"$m" import "$work/tickets.json" --project "$work" >/dev/null
rm "$work/tickets.json"

server_args=()
[[ -n ${BENCH_THREADS:-} ]] && server_args+=(--threads "$BENCH_THREADS")
bench_start_server /dev/null "${server_args[@]}"
bench_login "$BENCH_PASSWORD"
[[ -n $BENCH_TOKEN ]] || { echo "soak.sh: could not log in" >&2; exit 1; }

fds() { ls "/proc/$server_pid/fd" | wc -l; }
mb() { awk -v kb="$1" 'BEGIN { printf "%.1f", kb / 1024 }'; }
run_window() { # seconds, delay ms -> the BENCH line
  BENCH_DELAY_MS=$2 wrk -t2 -c"$connections" -d"${1}s" -s "$BENCH_DIR/soak.lua" "$base/" |
    grep '^BENCH '
}

# 1. The peak of the mix: as fast as it goes, after a warm-up.
run_window 5 0 >/dev/null
peak_line=$(run_window 10 0)
peak=$(field rps "$peak_line")
target=$(awk -v p="$peak" -v s="$share" 'BEGIN { printf "%.1f", p * s / 100 }')
echo "==> peak $peak req/s; holding $target req/s for $soak_seconds s" >&2

# 2. The hold: windows back to back; the pause per request follows the measured rate
# (proportional: a window under the target shortens the pause, one over lengthens it).
delay=$(awk -v c="$connections" -v t="$target" 'BEGIN { printf "%.2f", c * 1000 / t }')
rows=()
first_rss=
last_rss=0
max_rss=0
min_fds=
max_fds=0
elapsed=0
load_start=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/')
# Resident memory once a second during each window: the lowest shows what the server
# keeps (a leak lifts it), the highest what it needs at once (an argon2id login alone
# takes tens of MB for a moment, and gives them back).
sample_rss() {
  : >"$work/rss"
  while kill -0 "$server_pid" 2>/dev/null; do
    rss_kb >>"$work/rss" || true
    sleep 1
  done
}
while ((elapsed < soak_seconds)); do
  sample_rss &
  sampler=$!
  line=$(run_window "$window" "$(printf '%.0f' "$delay")")
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  elapsed=$((elapsed + window))
  rate=$(field rps "$line")
  low=$(sort -n "$work/rss" | head -1)
  high=$(sort -n "$work/rss" | tail -1)
  rss=${low:-$(rss_kb)}
  open=$(fds)
  [[ -z $first_rss ]] && first_rss=$rss
  last_rss=$rss
  ((rss > max_rss)) && max_rss=$rss
  [[ -z $min_fds || $open -lt $min_fds ]] && min_fds=$open
  ((open > max_fds)) && max_fds=$open
  ((${high:-0} > max_rss)) && max_rss=$high
  rows+=("| $elapsed | $(printf '%.0f' "$rate") | $(field p99_ms "$line") | $(mb "$rss") | $(mb "${high:-$rss}") | $open | $(field non2xx "$line") | $(field socket_errors "$line") |")
  echo "   ${elapsed}s: $rate req/s, p99 $(field p99_ms "$line") ms, RSS $(mb "$rss")-$(mb "${high:-$rss}") MB, $open fds" >&2
  delay=$(awk -v d="$delay" -v c="$connections" -v t="$target" -v r="$rate" \
    'BEGIN { d += c * 1000 / t - c * 1000 / (r > 0 ? r : 1); printf "%.2f", (d < 0 ? 0 : d) }')
done

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
cat <<EOT

### Soak ($(date -u +%Y-%m-%d), commit \`$commit\`, $build_type build)

Machine: $(nproc) CPUs, load average at the start of the hold $load_start. \`m start\`
${BENCH_THREADS:+--threads $BENCH_THREADS }on SQLite with $BENCH_ROWS seeded tickets; wrk
with $connections connections, soak.lua's mix. Peak of the mix $peak req/s; held at
$share % ($target req/s) for $soak_seconds s, sampled every $window s.

| s | req/s | p99 ms | RSS MB, lowest | RSS MB, highest | open fds | non-2xx | socket errors |
|---|---|---|---|---|---|---|---|
EOT
printf '%s\n' "${rows[@]}"
cat <<EOT

Lowest RSS of a window: first $(mb "$first_rss") MB, last $(mb "$last_rss") MB (growth
$(awk -v a="$first_rss" -v b="$last_rss" 'BEGIN { printf "%+.1f", (b - a) / 1024 }') MB over the hold); highest seen $(mb "$max_rss") MB. Open fds: $min_fds to $max_fds.
EOT
