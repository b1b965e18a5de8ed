#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `make dist`: the dist target writes framework-m-<version>.tar.gz holding exactly the
# files committed at HEAD under framework-m-<version>/, the version's CHANGELOG section
# among them.
# Usage: test-dist.sh <build dir> <version>                      (ctest: package_dist)
set -euo pipefail
build=${1:?usage: test-dist.sh <build dir> <version>}
version=${2:?usage: test-dist.sh <build dir> <version>}
source=$(cd "$(dirname "$0")/.." && pwd)
fail() { echo "test-dist: FAIL: $*" >&2; exit 1; }
tarball=$build/framework-m-$version.tar.gz
rm -f "$tarball"
cmake --build "$build" --target dist >/dev/null || fail "the dist target failed"
[[ -f "$tarball" ]] || fail "the dist target wrote no $tarball"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -tzf "$tarball" | grep -v '/$' | sed "s|^framework-m-$version/||" | sort >"$work/archive"
git -C "$source" ls-tree -r --name-only HEAD | sort >"$work/committed"
diff -u "$work/committed" "$work/archive" >"$work/diff" ||
  { head -20 "$work/diff" >&2; fail "the tarball's files differ from HEAD's"; }
grep -q "^build/" "$work/archive" && fail "the tarball holds build/"
tar -xzf "$tarball" -C "$work" "framework-m-$version/CHANGELOG.md" "framework-m-$version/CMakeLists.txt"
grep -q "^## \[$version\] - " "$work/framework-m-$version/CHANGELOG.md" ||
  fail "the tarball's CHANGELOG.md has no section for $version"
echo "test-dist: $(basename "$tarball") holds the $(wc -l <"$work/archive") files of HEAD"
rm -f "$tarball"
