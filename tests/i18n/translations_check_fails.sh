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
expect_failure() { # NAME TEXT...: check fails and says every TEXT
  local name=$1 text
  shift
  if check; then
    echo "FAIL $name: the check passed"; cat "$work/out"; exit 1
  fi
  for text in "$@"; do
    if ! grep -qF -- "$text" "$work/out"; then
      echo "FAIL $name: the check did not say: $text"; cat "$work/out"; exit 1
    fi
  done
  echo "ok $name"
}
restore() { cp "$root/$1" "$work/$1"; }

# The committed catalogues pass: that is translations_check. Two broken copies here.
printf '\nQString probe() { return fm::server::Cli::tr("A string no catalogue has"); }\n' \
  >>"$work/app-server/cli/cliutil.cpp"
printf '\nnamespace fm::desk { QString probe2() { return tr("Bare"); } }\n' \
  >>"$work/libdesk/fieldview.cpp"
expect_failure "new and misfiled tr()" \
  'missing (a tr() string the catalogue lacks): m: "A string no catalogue has"' \
  "lacks Q_OBJECT macro"
restore app-server/cli/cliutil.cpp
restore libdesk/fieldview.cpp

python3 - "$work/translations/fm_de.ts" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = text.replace("<translation>Anmelden</translation>",
                    '<translation type="unfinished"></translation>', 1)
text = text.replace("<translation>Stufe %1</translation>", "<translation>Stufe</translation>", 1)
open(path, "w", encoding="utf-8").write(text)
PY
expect_failure "unfinished German, lost placeholder" 'not translated: Desk: "Sign in"' \
  "placeholders [] instead of ['%1']"
echo "all negative paths fail as they should"
