#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `make run`: (re)creates the demo site of examples/helpdesk on SQLite, migrates it,
# loads the demo data and shows what is there. Usage: run-demo.sh <path to m>
set -euo pipefail
m=${1:?usage: run-demo.sh <path to the m program>}
cd "$(dirname "$0")/.."
project=examples/helpdesk
site_dir=$project/sites/demo

if [[ -d $site_dir ]]; then
  echo "==> Removing the previous demo site ($site_dir)"
  rm -rf "$site_dir"
fi
echo "==> Checking the demo project's DocTypes"
"$m" check --project "$project"
echo "==> Creating and migrating the site \"demo\""
"$m" new site demo --project "$project"
echo "==> Loading demo data"
"$m" import "$project/demo/data.json" --project "$project"
echo "==> The demo site"
"$m" info --project "$project"
echo "==> Open tickets"
"$m" doc list Ticket --project "$project" --filters '[["status", "=", "Open"]]' \
  --fields '["subject", "customer", "status"]' --limit 5
cat <<EOF2

The demo site is ready: $site_dir/db.sqlite
Try:  $m doc list Customer --project $project
      $m doc get Ticket <name> --project $project
EOF2
