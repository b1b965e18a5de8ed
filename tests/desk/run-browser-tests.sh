#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Desk in real Chromium: a temporary copy of the demo project (examples/helpdesk
# with its demo data and an agent user), `m start` on a free loopback port, then
# browser/desk.browser.mjs (playwright-core from web/node_modules driving Debian's
# chromium, headless). Exit 77 (ctest SKIP) only when chromium is not installed.
# Usage: run-browser-tests.sh <m> <node> <source dir> <screenshot dir> [script]
# (the script defaults to browser/desk.browser.mjs)
set -euo pipefail
default_script=tests/desk/browser/desk.browser.mjs
source "$(dirname "$0")/browser-harness.sh"
harness_init "$@"

cp -r "$src/examples/helpdesk/apps/helpdesk" "$work/apps/"
printf '{"name": "desk-browser", "apps": ["helpdesk"], "default_site": "demo"}\n' >"$work/m.json"
admin_password=admin-browser-1
"$m" new site demo --admin-password "$admin_password" >setup.log 2>&1
"$m" import "$src/examples/helpdesk/demo/data.json" >>setup.log 2>&1
# Support Agent exists with the site: the helpdesk's rules name it (m new site creates it).
"$m" user add agent@example.com --role "Support Agent" --password agent-password-1 \
  --full-name "Agent Ann" >>setup.log 2>&1 || { cat setup.log; exit 1; }

harness_start
harness_run FM_ADMIN_PASSWORD="$admin_password"
