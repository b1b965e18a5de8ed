# SPDX-License-Identifier: MIT
# Sourced by run.sh, soak.sh and large.sh: what each does around its own measurements.
# Expects $m (the m program) and, once a project exists, $work (its folder).

# bench_ticket_json FROM LAST: tickets FROM..LAST as a JSON array for `m import`, with
# statuses, customers and priorities in a fixed rotation (resolved ones get a resolution).
bench_ticket_json() {
  awk -v from="$1" -v last="$2" 'BEGIN {
    split("Open Replied Resolved Closed", status, " ")
    split("Acme Corporation|Globex|Initech", customer, "|")
    split("Low Medium High Urgent", priority, " ")
    print "["
    for (i = from; i <= last; i++) {
      s = status[(i - 1) % 4 + 1]
      extra = (s == "Resolved" || s == "Closed") ? ",\"resolution\":\"Answered by mail.\"" : ""
      printf "%s{\"doctype\":\"Ticket\",\"subject\":\"Seeded ticket %d\",\"customer\":\"%s\",\"status\":\"%s\",\"priority\":\"%s\"%s}\n",
        (i > from ? "," : ""), i, customer[(i - 1) % 3 + 1], s, priority[(i * 7) % 4 + 1], extra
    }
    print "]"
  }'
}

# bench_start_server STDERR [m start arguments...]: `m start` on the project in $work on a
# free loopback port, stdout in $work/server.out, stderr to STDERR. Sets server_pid, port
# and base (http://127.0.0.1:PORT); exits with the server's output when it does not come up.
bench_start_server() {
  local stderr=$1
  shift
  "$m" start --project "$work" --port 0 "$@" >"$work/server.out" 2>"$stderr" &
  server_pid=$!
  port=
  for _ in $(seq 1 200); do
    port=$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/server.out")
    [[ -n $port ]] && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
      cat "$work/server.out" >&2
      echo "$(basename "$0"): m start exited (its log: $stderr)" >&2
      exit 1
    fi
    sleep 0.1
  done
  [[ -n $port ]] || { echo "$(basename "$0"): m start did not report a port" >&2; exit 1; }
  base=http://127.0.0.1:$port
}

# bench_stop_server: stops the server bench_start_server started, if it runs.
bench_stop_server() {
  if [[ -n ${server_pid:-} ]]; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
}

# bench_login PASSWORD: signs Administrator in; exports BENCH_TOKEN (empty on failure,
# which the caller reports).
bench_login() {
  export BENCH_TOKEN
  BENCH_TOKEN=$(curl -s -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"Administrator\",\"password\":\"$1\"}" |
    sed -n 's/.*"token":"\([^"]*\)".*/\1/p' || true)
}

# The server's resident memory (KiB) and CPU time so far (clock ticks, user + system).
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$server_pid/status"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
# field KEY LINE: the value of KEY=value in a "BENCH key=value ..." line of the wrk scripts.
field() { printf '%s\n' "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"; }

# bench_pg_start: with BENCH_DB=postgresql, a throwaway PostgreSQL cluster from Debian's
# binaries (as tests/common/pgcluster.h makes for the tests: initdb into a temporary
# folder, as the postgres user when root, a socket in that folder and no TCP port) and
# an empty database in it. Sets bench_site_args (arguments for `m new site`, empty on
# SQLite), bench_db_name (for the report) and pg_dir. Durability as SQLite's WAL with synchronous=NORMAL: fsync on,
# synchronous_commit off (a crash of the machine may lose the last commits, never
# corrupts). BENCH_PG_OPTIONS adds postgres -c settings.
bench_pg_start() {
  bench_site_args=()
  bench_db_name=SQLite
  pg_dir=
  [[ ${BENCH_DB:-sqlite} == postgresql ]] || return 0
  bench_db_name="PostgreSQL 15 (throwaway cluster on a socket, synchronous_commit=off)"
  local bindir=${FM_PG_BINDIR:-/usr/lib/postgresql/15/bin}
  [[ -x $bindir/initdb ]] || { echo "$(basename "$0"): PostgreSQL is not installed ($bindir/initdb is missing; scripts/install-deps.sh installs it)" >&2; exit 1; }
  pg_dir=$(mktemp -d /tmp/fm-bench-pg.XXXXXX) # short: the socket path must fit 107 bytes
  pg_as=()
  if [[ $(id -u) == 0 ]]; then
    chown postgres "$pg_dir"
    pg_as=(runuser -u postgres --)
  fi
  pg_bindir=$bindir
  "${pg_as[@]}" "$bindir/initdb" -D "$pg_dir/data" -U fm -A trust -E UTF8 --locale=C.UTF-8 \
    --no-instructions >"$pg_dir/initdb.log" 2>&1 || { cat "$pg_dir/initdb.log" >&2; exit 1; }
  "${pg_as[@]}" "$bindir/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 120 \
    -o "-k $pg_dir -c listen_addresses='' -c synchronous_commit=off -c max_connections=400 ${BENCH_PG_OPTIONS:-}" \
    start >/dev/null || { cat "$pg_dir/server.log" >&2; exit 1; }
  "$bindir/createdb" -h "$pg_dir" -U fm bench
  bench_site_args=(--db "postgresql://fm@/bench?host=$pg_dir")
}

# bench_pg_stop: stops and removes the cluster bench_pg_start made, if any.
bench_pg_stop() {
  [[ -n ${pg_dir:-} ]] || return 0
  "${pg_as[@]}" "$pg_bindir/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
  pg_dir=
}

# pg_cpu_ticks: CPU time (clock ticks) of the cluster so far: the postmaster, its
# backends and the backends that already ended; 0 without a cluster.
pg_cpu_ticks() {
  [[ -n ${pg_dir:-} ]] || { echo 0; return; }
  local pid
  pid=$(head -1 "$pg_dir/data/postmaster.pid")
  # A backend may end between the listing and the read: skip it (set -o pipefail).
  { cat "/proc/$pid/stat"; for c in $(cat "/proc/$pid/task/$pid/children"); do cat "/proc/$c/stat" 2>/dev/null || true; done; } |
    awk -v pm="$pid" '{ sub(/^[0-9]+ \(.*\) /, ""); t += $12 + $13; if (NR == 1) t += $14 + $15 } END { print t }'
}
