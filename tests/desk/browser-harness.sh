# SPDX-License-Identifier: MIT
# Sourced by the run-*browser-tests.sh scripts: what every Desk browser test does around
# its own project. Usage in a runner:
#   default_script=tests/desk/browser/NAME.browser.mjs   # below the source folder
#   source "$(dirname "$0")/browser-harness.sh"
#   harness_init "$@"            # <m> <node> <source dir> <screenshot dir> [script]
#   ...create the project and site in "$work" (the current folder)...
#   harness_start                # m start on a free loopback port: sets $port
#   harness_run NAME=value ...   # the browser script with FM_DESK_URL and these; exits
# Exit 77 (ctest SKIP) only when chromium is not installed.

# harness_init <m> <node> <source dir> <screenshot dir> [script]: checks the tools, makes
# the temporary folder $work (removed on exit, with the server) and enters it.
harness_init() {
  m=${1:?usage: $(basename "$0") <m> <node> <source dir> <screenshot dir> [script]}
  node=${2:?}
  src=${3:?}
  shots=${4:?}
  script=${5:-$src/$default_script}

  chromium=${FM_CHROMIUM:-$(command -v chromium || true)}
  if [[ -z $chromium ]]; then
    echo "SKIP: chromium is not installed; scripts/install-deps.sh installs Debian's chromium"
    exit 77
  fi
  if [[ ! -f $src/web/node_modules/playwright-core/package.json ]]; then
    echo "error: playwright-core is missing from $src/web/node_modules; configure again" \
      "(it runs npm ci in web/) or run npm ci there" >&2
    exit 1
  fi

  work=$(mktemp -d)
  server=
  trap harness_cleanup EXIT
  mkdir -p "$work/apps"
  cd "$work"
}

harness_cleanup() {
  if [[ -n $server ]] && kill -0 "$server" 2>/dev/null; then
    kill "$server" && wait "$server" || true
  fi
  rm -rf "$work"
}

# harness_start: `m start` in the current project on a free loopback port; sets $port.
harness_start() {
  "$m" start --port 0 --threads 2 >server.out 2>server.err &
  server=$!
  port=
  for _ in $(seq 1 300); do
    port=$(sed -n 's|.*listening on http://[^:]*:\([0-9][0-9]*\).*|\1|p' server.out | head -n1)
    [[ -n $port ]] && break
    kill -0 "$server" 2>/dev/null || { cat server.out server.err; exit 1; }
    sleep 0.1
  done
  [[ -n $port ]] || { echo "m start did not come up"; cat server.out server.err; exit 1; }
}

# harness_run [NAME=value...]: the browser script against the server, with the given
# variables; prints the end of the server's log when it fails, and exits with its status.
harness_run() {
  mkdir -p "$shots"
  local status=0
  env FM_DESK_URL="http://127.0.0.1:$port" FM_WEB_DIR="$src/web" FM_CHROMIUM="$chromium" \
    FM_SOURCE_DIR="$src" FM_DESK_SCREENSHOTS="$shots" "$@" "$node" "$script" || status=$?
  if [[ $status -ne 0 ]]; then
    echo "--- server log (last 40 lines)"
    tail -n 40 server.err
  fi
  exit $status
}
