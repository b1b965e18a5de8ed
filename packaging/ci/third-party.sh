#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The release workflow's libraries that neither vcpkg nor Homebrew ships against the Qt
# from the Qt installer: QtKeychain (built with that Qt) and kainjow's Mustache (one
# header). Installs both under <prefix>, which the workflow passes as CMAKE_PREFIX_PATH.
# Usage: third-party.sh <prefix>; QTKEYCHAIN_VERSION and MUSTACHE_VERSION from the workflow.
set -euo pipefail
prefix=${1:?usage: third-party.sh <prefix>}
work=$(mktemp -d)
git clone -q --depth 1 --branch "${QTKEYCHAIN_VERSION:?}" \
  https://github.com/frankosterfeld/qtkeychain.git "$work/qtkeychain"
cmake -S "$work/qtkeychain" -B "$work/qtkeychain/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF \
  -DCMAKE_INSTALL_PREFIX="$prefix"
cmake --build "$work/qtkeychain/build"
cmake --install "$work/qtkeychain/build"
git clone -q --depth 1 --branch "${MUSTACHE_VERSION:?}" https://github.com/kainjow/Mustache.git "$work/mustache"
mkdir -p "$prefix/include/kainjow"
cp "$work/mustache/mustache.hpp" "$prefix/include/kainjow/mustache.hpp"
echo "third-party: QtKeychain $QTKEYCHAIN_VERSION and Mustache $MUSTACHE_VERSION in $prefix"
