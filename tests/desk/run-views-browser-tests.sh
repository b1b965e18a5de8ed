#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Desk's calendar, kanban by Link and timeline in real Chromium: a temporary project
# with the test app tests/desk/input/apps/deskapp (meetings in rooms; members read only
# their own, a planner reads all), users pia (Planner), ann and ben (Member), `m start`
# on a free loopback port, then the browser script (default browser/views.browser.mjs).
# Exit 77 (ctest SKIP) only when chromium is not installed.
# Usage: run-views-browser-tests.sh <m> <node> <source dir> <screenshot dir> [script]
set -euo pipefail
default_script=tests/desk/browser/views.browser.mjs
source "$(dirname "$0")/browser-harness.sh"
harness_init "$@"

cp -r "$src/tests/desk/input/apps/deskapp" "$work/apps/"
printf '{"name": "desk-views", "apps": ["deskapp"], "default_site": "demo"}\n' >"$work/m.json"
password=views-password-1
{
  # Planner and Member exist with the site: the app's rules name them.
  "$m" new site demo --admin-password admin-views-1
  "$m" user add pia@example.com --role Planner --password "$password" --full-name "Pia Planner"
  "$m" user add ann@example.com --role Member --password "$password" --full-name "Ann Member"
  "$m" user add ben@example.com --role Member --password "$password" --full-name "Ben Member"
} >setup.log 2>&1 || { cat setup.log; exit 1; }

harness_start
harness_run FM_PASSWORD="$password"
