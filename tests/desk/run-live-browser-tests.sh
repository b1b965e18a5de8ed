#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Desk's live list in real Chromium: a temporary project with the permission test
# app (tests/core/permissions/input/apps/permapp: agents read only their own tickets,
# a manager reads all), users mgr, ann and dan, then browser/live.browser.mjs, which
# starts and restarts `m start` itself (the reconnect step stops the server).
# Exit 77 (ctest SKIP) only when chromium is not installed.
# Usage: run-live-browser-tests.sh <m> <node> <source dir> <screenshot dir>
set -euo pipefail
m=${1:?usage: run-live-browser-tests.sh <m> <node> <source dir> <screenshot dir>}
node=${2:?}
src=${3:?}
shots=${4:?}

chromium=${FM_CHROMIUM:-$(command -v chromium || true)}
if [[ -z $chromium ]]; then
  echo "SKIP: chromium is not installed; scripts/install-deps.sh installs Debian's chromium"
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/apps"
cp -r "$src/tests/core/permissions/input/apps/permapp" "$work/apps/"
printf '{"name": "live-browser", "apps": ["permapp"], "default_site": "demo"}\n' >"$work/m.json"
cd "$work"
{
  "$m" new site demo --admin-password admin-live-1
  for role in "Support Manager" "Support Agent"; do
    "$m" doc insert Role --data "{\"role_name\": \"$role\"}"
  done
  "$m" user add mgr@example.com --role "Support Manager" --password live-password-1 --full-name "Mia Manager"
  "$m" user add ann@example.com --role "Support Agent" --password live-password-1 --full-name "Ann Agent"
  "$m" user add dan@example.com --role "Support Agent" --password live-password-1 --full-name "Dan Agent"
} >setup.log 2>&1 || { cat setup.log; exit 1; }

mkdir -p "$shots"
FM_M="$m" FM_PROJECT="$work" FM_WEB_DIR="$src/web" FM_CHROMIUM="$chromium" \
  FM_DESK_SCREENSHOTS="$shots" "$node" "$src/tests/desk/browser/live.browser.mjs"
