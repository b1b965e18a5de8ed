#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks the Windows installer's CPack settings on Linux: CPack's NSIS generator runs
# wherever makensis does, so a small project that takes packaging/CPackCommon.cmake and
# packaging/windows/NsisSettings.cmake as they are, with two placeholder files named like
# the programs, must give an installer whose script has the Studio's shortcut, the PATH
# option, the icon and the licence page. The programs themselves and windeployqt are
# checked on Windows only (.github/workflows/release.yml).
# Usage: test-nsis.sh <version>                (ctest: package_nsis; 77 without makensis)
set -euo pipefail
version=${1:?usage: test-nsis.sh <version>}
packaging=$(cd "$(dirname "$0")" && pwd)
command -v makensis >/dev/null || { echo "test-nsis: skipped: makensis is missing (Debian package nsis)"; exit 77; }
fail() { echo "test-nsis: FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/src/placeholders"
echo "placeholder for m.exe" >"$work/src/placeholders/m.exe"
echo "placeholder for m-studio.exe" >"$work/src/placeholders/m-studio.exe"
cat >"$work/src/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.25)
project(FrameworkM VERSION $version LANGUAGES NONE)
set(FM_PACKAGE_NAME framework-m)
install(FILES placeholders/m.exe placeholders/m-studio.exe DESTINATION bin COMPONENT server)
include($packaging/CPackCommon.cmake)
include($packaging/windows/NsisSettings.cmake)
fm_windows_cpack_settings()
include(CPack)
CMAKE
cmake -S "$work/src" -B "$work/build" >"$work/configure.log" 2>&1 ||
  { cat "$work/configure.log" >&2; fail "the test project does not configure"; }
(cd "$work/build" && cpack -G NSIS >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log" >&2; fail "cpack -G NSIS failed"; }
grep -q "CPack warning" "$work/cpack.log" && { cat "$work/cpack.log" >&2; fail "cpack warned"; }
installer=$(ls "$work"/build/framework-m-"$version"-*.exe 2>/dev/null || true)
[[ -n "$installer" ]] || fail "no framework-m-$version-*.exe was made"
nsi=$(find "$work/build/_CPack_Packages" -name project.nsi | head -n 1)
[[ -n "$nsi" ]] || fail "CPack left no project.nsi"
expect() { grep -qF -- "$1" "$nsi" || fail "the installer script has no $2 ($1)"; }
expect 'Framework M Studio.lnk' "Start menu shortcut for the Studio"
expect 'm-studio.exe' "Studio program"
expect 'org.frameworkm.Studio.ico' "icon"
expect 'MUI_PAGE_LICENSE' "licence page"
expect 'DoNotAddToPath' "choice of adding m to PATH"
expect "Framework M $version" "display name with the version"
echo "test-nsis: $(basename "$installer") built by makensis from the release settings"
