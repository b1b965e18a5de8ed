#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders the Studio's application icon (org.frameworkm.Studio.svg, the one source) into
# the raster forms the platforms want, committed beside it so that a build needs none of
# these tools: hicolor PNGs (Linux desktops, AppStream), .ico (Windows installer and
# executable), .icns (macOS bundle). Run it after editing the SVG and commit the results.
# Needs Debian's librsvg2-bin, icoutils and icnsutils.
set -euo pipefail
cd "$(dirname "$0")"
svg=org.frameworkm.Studio.svg
for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null || {
    echo "render-icons: $tool is missing: apt-get install librsvg2-bin icoutils icnsutils" >&2
    exit 1
  }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for size in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "hicolor/${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" "$svg" -o "hicolor/${size}x${size}/apps/org.frameworkm.Studio.png"
done
ico=()
for size in 16 24 32 48 64; do ico+=("hicolor/${size}x${size}/apps/org.frameworkm.Studio.png"); done
# The 256 px image stays PNG-compressed inside the .ico (-r), as Windows Vista+ reads it.
icotool -c -o org.frameworkm.Studio.ico "${ico[@]}" -r hicolor/256x256/apps/org.frameworkm.Studio.png
icns=()
for size in 16 32 48 128 256 512; do icns+=("hicolor/${size}x${size}/apps/org.frameworkm.Studio.png"); done
png2icns org.frameworkm.Studio.icns "${icns[@]}" >/dev/null
echo "render-icons: hicolor PNGs, org.frameworkm.Studio.ico and .icns written"
