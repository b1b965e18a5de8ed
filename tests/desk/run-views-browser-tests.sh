#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Desk's calendar, kanban by Link and timeline in real Chromium: a temporary project
# with the test app tests/desk/input/apps/deskapp (meetings in rooms; members read only
# their own, a planner reads all), users pia (Planner), ann and ben (Member), `m start`
# on a free loopback port, then the browser script (default browser/views.browser.mjs).
# Exit 77 (ctest SKIP) only when chromium is not installed.
# Usage: run-views-browser-tests.sh <m> <node> <source dir> <screenshot dir> [script]
set -euo pipefail
m=${1:?usage: run-views-browser-tests.sh <m> <node> <source dir> <screenshot dir> [script]}
node=${2:?}
src=${3:?}
shots=${4:?}
script=${5:-$src/tests/desk/browser/views.browser.mjs}

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
cleanup() {
  if [[ -n $server ]] && kill -0 "$server" 2>/dev/null; then
    kill "$server" && wait "$server" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/apps"
cp -r "$src/tests/desk/input/apps/deskapp" "$work/apps/"
printf '{"name": "desk-views", "apps": ["deskapp"], "default_site": "demo"}\n' >"$work/m.json"
cd "$work"
password=views-password-1
{
  # Planner and Member exist with the site: the app's rules name them.
  "$m" new site demo --admin-password admin-views-1
  "$m" user add pia@example.com --role Planner --password "$password" --full-name "Pia Planner"
  "$m" user add ann@example.com --role Member --password "$password" --full-name "Ann Member"
  "$m" user add ben@example.com --role Member --password "$password" --full-name "Ben Member"
} >setup.log 2>&1 || { cat setup.log; exit 1; }

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

mkdir -p "$shots"
status=0
FM_DESK_URL="http://127.0.0.1:$port" FM_WEB_DIR="$src/web" FM_CHROMIUM="$chromium" \
  FM_DESK_SCREENSHOTS="$shots" FM_PASSWORD="$password" "$node" "$script" || status=$?
if [[ $status -ne 0 ]]; then
  echo "--- server log (last 40 lines)"
  tail -n 40 server.err
fi
exit $status
