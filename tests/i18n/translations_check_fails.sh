#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The negative paths of scripts/translations.sh check, on a copy of the sources: a new
# tr() string, an unfinished German entry, a broken placeholder and a tr() lupdate files
# under the wrong context must each fail it, with a message that names the string.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for dir in scripts translations app-server app-studio libcore libdesk libcodegen; do
  cp -r "$root/$dir" "$work/$dir"
done
check() { "$work/scripts/translations.sh" check >"$work/out" 2>&1; }
expect_failure() { # NAME TEXT: check fails and says TEXT
  if check; then
    echo "FAIL $1: the check passed"; cat "$work/out"; exit 1
  fi
  if ! grep -qF -- "$2" "$work/out"; then
    echo "FAIL $1: the check did not say: $2"; cat "$work/out"; exit 1
  fi
  echo "ok $1"
}
restore() { cp "$root/$1" "$work/$1"; }

check || { echo "FAIL: the copy does not pass to begin with"; cat "$work/out"; exit 1; }
echo "ok the committed catalogues pass"

printf '\nQString probe() { return fm::server::Cli::tr("A string no catalogue has"); }\n' \
  >>"$work/app-server/cli/cliutil.cpp"
expect_failure "new tr() string" 'missing (a tr() string the catalogue lacks): m: "A string no catalogue has"'
restore app-server/cli/cliutil.cpp

python3 - "$work/translations/fm_de.ts" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = text.replace("<translation>Anmelden</translation>",
                    '<translation type="unfinished"></translation>', 1)
text = text.replace("<translation>Stufe %1</translation>", "<translation>Stufe</translation>", 1)
open(path, "w", encoding="utf-8").write(text)
PY
expect_failure "unfinished German" 'not translated: Desk: "Sign in"'
expect_failure "lost placeholder" "placeholders [] instead of ['%1']"
restore translations/fm_de.ts

printf '\nnamespace fm::desk { QString probe2() { return tr("Bare"); } }\n' >>"$work/libdesk/fieldview.cpp"
expect_failure "misfiled tr()" "lacks Q_OBJECT macro"
echo "all negative paths fail as they should"
