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
