#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages Framework M needs to build and test, and
# nothing when they are all present. Works as root, or through sudo otherwise.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config clang-format
  lld                                                             # the linker: links in a fifth of GNU ld's CPU time (ADR 0275)
  clang libclang-rt-14-dev                                        # make fuzz: libFuzzer and the sanitizers (tests/fuzz)
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
  libexpected-dev rapidjson-dev libbenchmark-dev libsodium-dev libsqlite3-dev
  qt6-httpserver-dev qt6-websockets-dev libcpp-httplib-dev wrk curl   # cpp-httplib: the tests' HTTP client and libcore's webhook sender (ADR 0227)
  qt6-svg-dev libqt6svg6 libgraphviz-dev xvfb xauth fonts-dejavu-core qt6-qpa-plugins
  nodejs npm
  qtkeychain-qt6-dev gnome-keyring dbus-daemon                    # the Studio's keychain, tested on a real Secret Service
  qt6-webengine-dev libqt6webenginecore6-bin                      # the Desk preview
  libgit2-dev git                                                 # libcore/vcs (the Git dock, m diff); git sets up test fixtures
  lighttpd lighttpd-mod-openssl openssl                           # the Git sync tests' own server: git http-backend behind Basic auth, HTTP and HTTPS on loopback
  openssh-server openssh-client                                   # the Git SSH tests' own sshd, ssh-keygen and ssh-agent on loopback
  libkainjow-mustache-dev                                         # the Desk's templates (libdesk), escaping by default
  chromium                                                        # the Desk's browser tests (playwright-core from web/ drives it)
  help2man man-db rpm rpmlint appstream desktop-file-utils        # packages: man pages from --help, the RPM and its lint, metadata validators (ADR 0260)
  debootstrap                                                     # packaging/test-install.sh's clean Debian 12 (opt-in: FM_TEST_INSTALL=1)
  nsis                                                            # packaging/test-nsis.sh: the Windows installer's settings through makensis
  qt6-l10n-tools qt6-tools-dev qt6-translations-l10n python3      # translations: lupdate/lrelease, CMake's LinguistTools, Qt's own German, the catalogue check (ADR 0265)
  libcurl4-openssl-dev                                            # libcore's SMTP sender (ADR 0250)
  libpq-dev postgresql                                            # the PostgreSQL dialect (libpq, ADR 0245) and the throwaway clusters its tests start
  haproxy                                                         # the several-servers test: three m start behind a load balancer on loopback (ADR 0249)
)

missing=()
for p in "${packages[@]}"; do
  # Node from another source (NodeSource's nodejs bundles npm) is as good: the commands count.
  case "$p" in
    nodejs) command -v node >/dev/null 2>&1 && continue ;;
    npm) command -v npm >/dev/null 2>&1 && continue ;;
  esac
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run this script as root or install sudo" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
