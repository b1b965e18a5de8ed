#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The translation catalogues in translations/ and the tr() strings of the sources.
#
#   scripts/translations.sh update   re-reads every tr() into translations/*.ts (lupdate):
#                                    new strings arrive as type="unfinished", strings no
#                                    longer in the code leave. Then translate the new ones.
#   scripts/translations.sh check    fails when the .ts files are not what `update` would
#                                    write (a tr() string is missing or gone), or a
#                                    translation is unfinished or breaks a placeholder.
#
# fm_en.ts is the source language's: it holds only the plural forms (%n) English needs.
# Every other fm_<language>.ts holds every string. `make translations` runs `update`.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-}
LUPDATE=${LUPDATE:-}
if [[ -z "$LUPDATE" ]]; then
  LUPDATE=$(command -v lupdate-qt6 || command -v /usr/lib/qt6/bin/lupdate || true)
fi
if [[ -z "$LUPDATE" || ! -x "$LUPDATE" ]]; then
  echo "translations: lupdate (Qt 6) is missing: run scripts/install-deps.sh (qt6-l10n-tools)" >&2
  exit 1
fi

# The code whose strings people read. Locations are left out so that moving a line
# does not change the catalogues.
sources=(app-server app-studio libcore libdesk libcodegen)
includes=()
for dir in "${sources[@]}"; do includes+=(-I "$dir"); done
lupdate_options=(-locations none -no-obsolete -no-ui-lines -extensions cpp,h -silent "${includes[@]}")

# lupdate_into DIR: updates DIR/fm_*.ts from the sources; lupdate's warnings go to
# DIR/lupdate.log.
lupdate_into() {
  local dir=$1 ts
  (
    cd "$root"
    for ts in "$dir"/fm_*.ts; do
      if [[ $(basename "$ts") == fm_en.ts ]]; then
        "$LUPDATE" "${lupdate_options[@]}" -pluralonly "${sources[@]}" -ts "$ts"
      else
        "$LUPDATE" "${lupdate_options[@]}" "${sources[@]}" -ts "$ts"
      fi
    done
  ) >"$dir/lupdate.log" 2>&1
}

# A tr() outside a class (a free function, a namespace) is filed by lupdate under a
# context that tr() does not look up at run time: its translation would never show.
misfiled_tr() {
  local log=$1
  if grep -q "lacks Q_OBJECT macro" "$log"; then
    echo "translations: these tr() calls get a context the program does not use:" >&2
    grep "lacks Q_OBJECT macro" "$log" | sed "s|^$root/||" | sort -u >&2
    echo "  Call tr() through a class: Q_OBJECT, or struct Tr { Q_DECLARE_TR_FUNCTIONS(context) }" >&2
    echo "  and Tr::tr(\"...\") (libdesk: Desk::tr, app-server/cli: Cli::tr)." >&2
    return 1
  fi
}

case "$mode" in
  update)
    log=$(mktemp)
    trap 'rm -f "$log"' EXIT
    lupdate_into "$root/translations"
    mv "$root/translations/lupdate.log" "$log"
    misfiled_tr "$log" || true
    python3 "$root/scripts/translations_check.py" --report "$root"/translations/fm_*.ts
    ;;
  check)
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    cp "$root"/translations/fm_*.ts "$work/"
    lupdate_into "$work"
    status=0
    misfiled_tr "$work/lupdate.log" || status=1
    python3 "$root/scripts/translations_check.py" --compare "$work" "$root"/translations/fm_*.ts ||
      status=1
    exit $status
    ;;
  *)
    echo "usage: scripts/translations.sh update|check" >&2
    exit 2
    ;;
esac
