#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `make run`: the demo site of examples/helpdesk on SQLite, then `m start` on it at
# http://127.0.0.1:8000 in the foreground (Ctrl+C stops it). The first run creates
# the site (which migrates it and creates the user Administrator with a known dev
# password), loads the demo data and shows what is there; later runs reuse the site
# and only migrate it. Usage: run-demo.sh <path to m>
#
# Environment: M_ADMIN_PASSWORD (the Administrator's password; default
# "admin-demo-password"; a different one than the site was made with recreates it),
# M_DEMO_RESET=1 (start over with a fresh site), M_DEMO_PORT (default 8000).
set -euo pipefail
m=${1:?usage: run-demo.sh <path to the m program>}
cd "$(dirname "$0")/.."
project=examples/helpdesk
site_dir=$project/sites/demo
# Dev only: the demo's password lives beside its database (git-ignored) so a second
# run can print it; a real site gets its password from --admin-password or a prompt.
password_file=$site_dir/.admin-password
password=${M_ADMIN_PASSWORD:-admin-demo-password}
port=${M_DEMO_PORT:-8000}
base=http://127.0.0.1:$port

# What a newcomer needs first: where to point the browser and how to sign in.
echo "==> The Desk: $base/desk (sign in as Administrator, password: $password)"

if [[ -d $site_dir ]]; then
  reason=
  if [[ ${M_DEMO_RESET:-0} == 1 ]]; then
    reason="M_DEMO_RESET=1"
  elif [[ ! -f $password_file ]]; then
    reason="its Administrator password is unknown (made before make run kept it)"
  elif [[ $(cat "$password_file") != "$password" ]]; then
    reason="M_ADMIN_PASSWORD differs from the password it was made with"
  fi
  if [[ -n $reason ]]; then
    echo "==> Removing the previous demo site ($site_dir): $reason"
    rm -rf "$site_dir"
  fi
fi

echo "==> Checking the demo project's DocTypes"
"$m" check --project "$project"
if [[ -d $site_dir ]]; then
  echo "==> Reusing the site \"demo\" (M_DEMO_RESET=1 make run starts over); migrating it"
  "$m" migrate --project "$project"
else
  echo "==> Creating and migrating the site \"demo\""
  "$m" new site demo --project "$project" --admin-password "$password"
  (umask 077 && printf '%s' "$password" >"$password_file")
  echo "==> Loading demo data"
  "$m" import "$project/demo/data.json" --project "$project"
  echo "==> The demo site"
  "$m" info --project "$project"
  echo "==> Open tickets"
  "$m" doc list Ticket --project "$project" --filters '[["status", "=", "Open"]]' \
    --fields '["subject", "customer", "status"]' --limit 5
fi

cat <<EOF

The demo site is ready: $site_dir/db.sqlite

  Open the Desk in a browser:  $base/desk
  Sign in as:                  Administrator
  Password:                    $password

Starting the server at $base (Ctrl+C stops it).

From another terminal:
  # log in: the answer holds a bearer token
  curl -s -X POST $base/api/v1/auth/login -H 'Content-Type: application/json' \\
    -d '{"email": "Administrator", "password": "$password"}'
  token=\$(curl -s -X POST $base/api/v1/auth/login -H 'Content-Type: application/json' \\
    -d '{"email": "Administrator", "password": "$password"}' | sed -n 's/.*"token":"\\([^"]*\\)".*/\\1/p')
  # the five newest open tickets
  curl -s -G $base/api/v1/ticket -H "Authorization: Bearer \$token" \\
    --data-urlencode 'filters=[["status","=","Open"]]' --data-urlencode 'order_by=modified desc' \\
    --data-urlencode 'limit=5'
  # health, readiness, metrics
  curl -s $base/health; curl -s $base/ready; curl -s $base/metrics | head

EOF
# --with-worker: the demo's background jobs (m job enqueue helpdesk.tickets.close_stale)
# run in the server process.
exec "$m" start --project "$project" --host 127.0.0.1 --port "$port" --with-worker
