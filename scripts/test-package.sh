#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the TGZ package from a build tree, unpacks it and runs the installed `m`
# against a fresh project: the package must work on its own.
# Usage: test-package.sh <build dir>
set -euo pipefail
build=${1:?usage: test-package.sh <build dir>}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack -G TGZ --config "$build/CPackConfig.cmake" -B "$work/out" >/dev/null
archive=$(ls "$work"/out/*.tar.gz)
mkdir "$work/root"
tar -xzf "$archive" -C "$work/root" --strip-components=1
m="$work/root/bin/m"
test -x "$m" || { echo "test-package: bin/m is missing from $archive" >&2; exit 1; }
test -f "$work/root/lib/framework-m/libfm_core.so" || { echo "test-package: lib/framework-m/libfm_core.so is missing" >&2; exit 1; }
"$m" --version
# The Studio, when the build has it, is installed beside m and answers without a display.
if [[ -x "$build/bin/m-studio" ]]; then
  test -x "$work/root/bin/m-studio" || { echo "test-package: bin/m-studio is missing from $archive" >&2; exit 1; }
  env -u DISPLAY -u QT_QPA_PLATFORM "$work/root/bin/m-studio" --version
fi
"$m" new project "$work/project" >/dev/null
"$m" new app shop --project "$work/project" >/dev/null
"$m" new doctype Book --app shop --project "$work/project" >/dev/null
"$m" new site main --project "$work/project" >/dev/null
"$m" doc insert Book --project "$work/project" --data '{"title": "Dune"}' >/dev/null
test "$("$m" doc list Book --project "$work/project" | grep -c '"title": "Dune"')" = 1
echo "test-package: $(basename "$archive") installs and runs"
