#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Rewrites the golden files of fm::codegen (tests/codegen/reference/) from the
# sample DocTypes in tests/codegen/input/, and the Desk's pages (tests/desk/reference/,
# rendered by tst_desk_views), then shows what changed so the change can be reviewed
# before it is committed.
#   scripts/regenerate-golden.sh [build-dir]     (default: build/dev)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/dev}

if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake --preset dev -S "$root" -B "$build" >/dev/null
fi
# Each unit's script in tests/ names the program that holds it (cmake/FmTest.cmake).
programs=$(sed -n 's|.*/tests/\(fm_tests_[a-z0-9_]*\)".*|\1|p' "$build/tests/tst_codegen_golden" \
  "$build/tests/tst_desk_views")
cmake --build "$build" --target $programs
FM_REGENERATE_GOLDEN=1 "$build/tests/tst_codegen_golden" >/dev/null
FM_REGENERATE_GOLDEN=1 "$build/tests/tst_desk_views" pagesMatchTheirReferences >/dev/null

cd "$root"
git status --short -- tests/codegen/reference tests/desk/reference
git --no-pager diff --stat -- tests/codegen/reference tests/desk/reference
echo "References regenerated; review them with: git diff -- tests/codegen/reference tests/desk/reference"
