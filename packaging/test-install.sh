#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the DEBs built from a build tree into a clean Debian 12 made by debootstrap,
# with apt-get as a user would, and runs them there: m new project, m new site, m start
# answering /health (and /api/openapi.json with this version), m-studio --version.
#
# Usage: test-install.sh <build dir> <version>           (ctest: package_install_debian)
# Needs root (chroot, mounts), debootstrap, and Debian's archive. Opt-in: it runs only
# when FM_TEST_INSTALL=1, since a first run takes minutes (docs/guide/packaging.md).
# Exit 77 (ctest: skipped) when it cannot run, saying why.
#
# Caches under <build dir>/package-test/: the debootstrap root as a tarball and apt's
# downloaded packages, so a rerun neither bootstraps nor downloads again. The mirror is
# FM_DEBIAN_MIRROR, else the first Debian mirror in this machine's apt sources.
set -euo pipefail
build=${1:?usage: test-install.sh <build dir> <version>}
version=${2:?usage: test-install.sh <build dir> <version>}
build=$(cd "$build" && pwd)
skip() { echo "test-install: skipped: $*"; exit 77; }
fail() { echo "test-install: FAIL: $*" >&2; exit 1; }

[[ "${FM_TEST_INSTALL:-}" == 1 ]] ||
  skip "opt-in; run with FM_TEST_INSTALL=1 (as root, with debootstrap and Debian's archive reachable)"
[[ $(id -u) -eq 0 ]] || skip "needs root for debootstrap, chroot and mounts"
for tool in debootstrap chroot unshare cpack curl; do
  command -v "$tool" >/dev/null || skip "$tool is missing (scripts/install-deps.sh installs it)"
done

mirror=${FM_DEBIAN_MIRROR:-}
if [[ -z "$mirror" ]]; then
  # deb822 sources (URIs: ...) first, then one-line sources (deb URI suite ...).
  mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
    awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}')
  [[ -n "$mirror" ]] || mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
    awk '$1 == "deb" && $2 !~ /security/ && $2 ~ /debian/ {print $2; exit}')
fi
[[ -n "$mirror" ]] || skip "no Debian mirror known: set FM_DEBIAN_MIRROR=<URL of a Debian archive>"
curl -fsS --max-time 20 -o /dev/null "$mirror/dists/bookworm/Release" ||
  skip "the Debian archive $mirror is not reachable (set FM_DEBIAN_MIRROR to one that is)"

cache=$build/package-test
mkdir -p "$cache/apt-archives/partial"
rootfs=$cache/debian12-root.tar
if [[ ! -f "$rootfs" ]]; then
  echo "test-install: debootstrap bookworm (once; cached in $rootfs)"
  rm -rf "$cache/bootstrap"
  debootstrap --variant=minbase bookworm "$cache/bootstrap" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
    { tail -20 "$cache/debootstrap.log" >&2; fail "debootstrap failed (log: $cache/debootstrap.log)"; }
  tar -C "$cache/bootstrap" -cf "$rootfs.part" . && mv "$rootfs.part" "$rootfs"
  rm -rf "$cache/bootstrap"
fi

work=$(mktemp -d)
root=$work/root
cleanup() {
  # The chroot's mounts live in this script's private mount namespace (unshare below)
  # and vanish with it; only files remain.
  rm -rf "$work"
}
trap cleanup EXIT

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
debs=("$work"/out/framework-m_"$version"_*.deb "$work"/out/framework-m-studio_"$version"_*.deb)
for deb in "${debs[@]}"; do [[ -f "$deb" ]] || fail "$deb was not built"; done

mkdir "$root"
tar -C "$root" -xf "$rootfs"
cp /etc/resolv.conf "$root/etc/resolv.conf"
echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"
mkdir -p "$root/tmp/debs"
cp "${debs[@]}" "$root/tmp/debs/"

# A free loopback port for m start (the chroot shares this machine's network).
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

cat >"$root/tmp/inside.sh" <<EOF
#!/bin/sh
# Runs inside the chroot.
set -eu
export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8
apt-get update -qq
apt-get install -y -qq --no-install-recommends /tmp/debs/*.deb >/tmp/apt.log 2>&1 ||
  { tail -30 /tmp/apt.log; echo "apt-get install of the packages failed"; exit 1; }
m --version
test -f /usr/share/man/man1/m.1.gz
test -f /usr/share/applications/org.frameworkm.Studio.desktop
QT_QPA_PLATFORM=offscreen m-studio --version
cd /srv
m new project shop
m new site main --project /srv/shop
m start --project /srv/shop --site main --host 127.0.0.1 --port $port >/tmp/start.log 2>&1 &
echo \$! >/tmp/start.pid
EOF
chmod +x "$root/tmp/inside.sh"

# The private mount namespace: /proc, /dev and apt's cache mounted for the chroot only.
unshare -m --propagation private bash -s "$root" "$cache/apt-archives" "$port" "$version" <<'EOF'
set -euo pipefail
root=$1 archives=$2 port=$3 version=$4
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind "$archives" "$root/var/cache/apt/archives"
stop() {
  if [[ -f "$root/tmp/start.pid" ]]; then
    pid=$(cat "$root/tmp/start.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
}
trap stop EXIT
chroot "$root" /tmp/inside.sh
# Poll for the server: it migrates nothing (m new site did), so this is start-up only.
for _ in $(seq 1 600); do
  curl -fsS --max-time 5 "http://127.0.0.1:$port/health" >"$root/tmp/health.json" 2>/dev/null && break
  pid=$(cat "$root/tmp/start.pid")
  kill -0 "$pid" 2>/dev/null || { cat "$root/tmp/start.log"; echo "test-install: m start exited"; exit 1; }
  sleep 0.2
done
grep -q '"status": *"ok"' "$root/tmp/health.json" ||
  { cat "$root/tmp/start.log"; echo "test-install: /health did not answer ok"; exit 1; }
curl -fsS --max-time 20 "http://127.0.0.1:$port/api/openapi.json" |
  python3 -c 'import json,sys; d=json.load(sys.stdin); v=d["info"]["version"]; print("openapi", v); sys.exit(v != sys.argv[1])' "$version" ||
  { echo "test-install: the OpenAPI document's info.version is not $version"; exit 1; }
echo "test-install: /health answered $(cat "$root/tmp/health.json")"
EOF
echo "test-install: $(cd "$work/out" && ls *.deb | tr '\n' ' ')install and run in a clean Debian 12"
