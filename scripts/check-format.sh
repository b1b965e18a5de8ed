#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails when a C++ file is not formatted as .clang-format says. The formatter is pinned
# to Debian 12's clang-format 14: other versions format differently.
# Generated code (examples/, golden references) is left as its generator wrote it.
set -euo pipefail
cd "$(dirname "$0")/.."
formatter=${1:-clang-format}
version=$("$formatter" --version)
if [[ $version != *" 14."* ]]; then
  echo "check-format: needs clang-format 14 (Debian 12), found: $version" >&2
  exit 1
fi
# Tracked files and new ones not yet added (a new file is checked before its first commit),
# less those deleted from the working tree.
mapfile -t files < <(git ls-files --cached --others --exclude-standard \
  '*.cpp' '*.h' ':!:examples/**' ':!:tests/codegen/reference/**' | sort -u |
  while IFS= read -r f; do [[ -e $f ]] && printf '%s\n' "$f"; done)
if ! "$formatter" --dry-run --Werror "${files[@]}" 2>/tmp/fm-format.$$; then
  grep -E '^[^ ].*(error|warning):' /tmp/fm-format.$$ | cut -d: -f1 | sort -u | sed 's/^/not formatted: /' >&2
  rm -f /tmp/fm-format.$$
  echo "check-format: run \`make format\` and commit the result" >&2
  exit 1
fi
rm -f /tmp/fm-format.$$
echo "check-format: ${#files[@]} files formatted"
