#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Desk in real Chromium: a temporary copy of the demo project (examples/helpdesk
# with its demo data and an agent user), `m start` on a free loopback port, then
# browser/desk.browser.mjs (playwright-core from web/node_modules driving Debian's
# chromium, headless). Exit 77 (ctest SKIP) only when chromium is not installed.
# Usage: run-browser-tests.sh <m> <node> <source dir> <screenshot dir> [script]
# (the script defaults to browser/desk.browser.mjs)
set -euo pipefail
m=${1:?usage: run-browser-tests.sh <m> <node> <source dir> <screenshot dir>}
node=${2:?}
src=${3:?}
shots=${4:?}
script=${5:-$src/tests/desk/browser/desk.browser.mjs}

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
cp -r "$src/examples/helpdesk/apps/helpdesk" "$work/apps/"
printf '{"name": "desk-browser", "apps": ["helpdesk"], "default_site": "demo"}\n' >"$work/m.json"
cd "$work"
admin_password=admin-browser-1
"$m" new site demo --admin-password "$admin_password" >setup.log 2>&1
"$m" import "$src/examples/helpdesk/demo/data.json" >>setup.log 2>&1
# Support Agent exists with the site: the helpdesk's rules name it (m new site creates it).
"$m" user add agent@example.com --role "Support Agent" --password agent-password-1 \
  --full-name "Agent Ann" >>setup.log 2>&1 || { cat setup.log; exit 1; }

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
FM_DESK_URL="http://127.0.0.1:$port" FM_WEB_DIR="$src/web" FM_CHROMIUM="$chromium" FM_SOURCE_DIR="$src" \
  FM_DESK_SCREENSHOTS="$shots" FM_ADMIN_PASSWORD="$admin_password" \
  "$node" "$script" || status=$?
if [[ $status -ne 0 ]]; then
  echo "--- server log (last 40 lines)"
  tail -n 40 server.err
fi
exit $status
