#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Takes the Studio screenshots of docs/guide/studio.md: builds fm_studio_screenshots,
# runs it under Xvfb (a real X server, 1600x1000, 24-bit) on a copy of examples/helpdesk
# and writes docs/guide/images/studio-*.png. Usage: studio-screenshots.sh [build dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
command -v xvfb-run >/dev/null || { echo "studio-screenshots: xvfb-run is missing: run scripts/install-deps.sh" >&2; exit 1; }
cmake --build "$build" --target fm_studio_screenshots >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A home of its own, so the pictures show ~/projects/helpdesk and no real paths.
project=$work/projects/helpdesk
mkdir -p "$project" docs/guide/images
cp -r examples/helpdesk/m.json examples/helpdesk/apps "$project/"
# No desktop settings to follow: the light theme, DejaVu fonts, scale 1; English, then
# German for docs/guide/translations.md (its editor view only).
shoot() { # LANG OUTPUT-DIR
  env -u DISPLAY -u WAYLAND_DISPLAY -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG="$1" \
    HOME="$work" QT_QPA_PLATFORM=xcb FM_STUDIO_COLOR_SCHEME=light \
    XDG_RUNTIME_DIR="$work" QT_SCALE_FACTOR=1 \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/tests/fm_studio_screenshots" "$project" "$2"
}
shoot C.UTF-8 "$PWD/docs/guide/images"
rm -rf "$project/sites"
shoot de_DE.UTF-8 "$work/de"
cp "$work/de/studio-editor.png" docs/guide/images/studio-german.png
