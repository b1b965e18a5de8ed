#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Linux packages (DEB, RPM, TGZ) from a build tree and checks what a
# distribution would: the files each package holds, the DEB's dependencies from
# dpkg-shlibdeps, the version everywhere, AppStream and desktop-file validation, rpmlint
# with no errors, man pages that render. Needs no root and no network.
# Usage: test-packages.sh <build dir> <version>       (ctest: package_linux)
# Exit 77 (ctest: skipped) when a tool it needs is missing, naming it.
set -euo pipefail
build=${1:?usage: test-packages.sh <build dir> <version>}
version=${2:?usage: test-packages.sh <build dir> <version>}
build=$(cd "$build" && pwd)

for tool in cpack dpkg-deb dpkg-shlibdeps rpmbuild rpm rpmsign rpmlint gpg appstreamcli desktop-file-validate man; do
  command -v "$tool" >/dev/null || {
    echo "test-packages: skipped: $tool is missing (scripts/install-deps.sh installs it)"
    exit 77
  }
done

work=$(mktemp -d)
trap 'GNUPGHOME=$work/gnupg gpgconf --kill gpg-agent 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "test-packages: FAIL: $*" >&2; exit 1; }

cpack -G "DEB;RPM;TGZ" --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack failed"; }

# The file names carry the one version (CMakeLists.txt project(VERSION)).
arch=$(dpkg --print-architecture)
server_deb=$work/out/framework-m_${version}_${arch}.deb
studio_deb=$work/out/framework-m-studio_${version}_${arch}.deb
server_rpm=$(ls "$work"/out/framework-m-"$version"-1.*.rpm 2>/dev/null || true)
studio_rpm=$(ls "$work"/out/framework-m-studio-"$version"-1.*.rpm 2>/dev/null || true)
tgz=$(ls "$work"/out/framework-m-"$version"-Linux-*.tar.gz 2>/dev/null || true)
for f in "$server_deb" "$studio_deb" "$server_rpm" "$studio_rpm" "$tgz"; do
  [[ -n "$f" && -f "$f" ]] || { ls "$work/out" >&2; fail "a package for version $version is missing (see the list above)"; }
done

# What each DEB holds.
expect_files() { # <deb> <path>...
  local deb=$1; shift
  dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/list"
  for path in "$@"; do
    grep -qx "$path" "$work/list" || fail "$(basename "$deb") has no $path"
  done
}
expect_files "$server_deb" /usr/bin/m /usr/lib/framework-m/libfm_core.so \
  /usr/lib/framework-m/libfm_codegen.so \
  /usr/share/man/man1/m.1.gz /usr/share/doc/framework-m/copyright \
  /usr/share/doc/framework-m/LICENSE /usr/share/doc/framework-m/CHANGELOG.md \
  /usr/share/doc/framework-m/third-party/swagger-ui-dist/LICENSE \
  /usr/share/doc/framework-m/third-party/swagger-ui-dist/NOTICE
expect_files "$studio_deb" /usr/bin/m-studio /usr/share/man/man1/m-studio.1.gz \
  /usr/share/applications/org.frameworkm.Studio.desktop \
  /usr/share/metainfo/org.frameworkm.Studio.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/org.frameworkm.Studio.svg \
  /usr/share/icons/hicolor/48x48/apps/org.frameworkm.Studio.png \
  /usr/share/icons/hicolor/256x256/apps/org.frameworkm.Studio.png \
  /usr/share/doc/framework-m-studio/copyright
# The server package stays headless: no Studio, no Widgets or WebEngine dependency.
if grep -q 'm-studio' <(dpkg-deb -c "$server_deb"); then fail "framework-m holds Studio files"; fi

# Dependencies: dpkg-shlibdeps' libraries, the plugins it cannot see, the server package.
server_depends=$(dpkg-deb -f "$server_deb" Depends)
studio_depends=$(dpkg-deb -f "$studio_deb" Depends)
for dep in libc6 libqt6core6 libqt6sql6 libqt6httpserver6 libsodium23 libqt6sql6-sqlite; do
  [[ ", $server_depends," == *", $dep "* || ", $server_depends," == *", $dep,"* ]] ||
    fail "framework-m does not depend on $dep: $server_depends"
done
for dep in libqt6widgets6 qt6-qpa-plugins libqt6webenginecore6-bin "framework-m (= $version)"; do
  [[ "$studio_depends" == *"$dep"* ]] || fail "framework-m-studio does not depend on $dep: $studio_depends"
done
case "$server_depends" in *libqt6widgets6* | *webengine*)
  fail "framework-m depends on the Studio's libraries: $server_depends" ;;
esac
for deb in "$server_deb" "$studio_deb"; do
  [[ "$(dpkg-deb -f "$deb" Version)" == "$version" ]] || fail "$(basename "$deb"): Version is not $version"
done

# RPM: the version, the requirement on the server package, and rpmlint without errors
# once signed (here with a throwaway key; a release signs with its own, sign-rpm.sh).
for rpm in "$server_rpm" "$studio_rpm"; do
  [[ "$(rpm -qp --qf '%{VERSION}' "$rpm" 2>/dev/null)" == "$version" ]] || fail "$(basename "$rpm"): VERSION is not $version"
done
rpm -qp --requires "$studio_rpm" >"$work/requires" 2>/dev/null
grep -qx "framework-m = $version" "$work/requires" || fail "framework-m-studio.rpm does not require framework-m = $version"
rpm -qpl "$server_rpm" >"$work/rpm.list" 2>/dev/null
grep -qx /usr/bin/m "$work/rpm.list" || fail "framework-m.rpm has no /usr/bin/m"
export GNUPGHOME=$work/gnupg
mkdir -m 700 "$GNUPGHOME"
gpg --batch --passphrase '' --quick-gen-key "Package test <test@framework-m.local>" rsa2048 sign 1d \
  >/dev/null 2>&1 || fail "gpg could not make the throwaway signing key"
"$(dirname "$0")/sign-rpm.sh" test@framework-m.local "$server_rpm" "$studio_rpm" >"$work/sign.log" 2>&1 ||
  { cat "$work/sign.log" >&2; fail "sign-rpm.sh failed"; }
# rpmlint checks the signature against rpm's keyring: a private one that trusts the key,
# as a user's does once they imported the release key (rpm --import).
mkdir "$work/home"
echo "%_dbpath $work/rpmdb" >"$work/home/.rpmmacros"
gpg --batch --armor --export test@framework-m.local >"$work/key.asc"
HOME=$work/home rpm --initdb && HOME=$work/home rpm --import "$work/key.asc" ||
  fail "rpm could not import the throwaway key"
HOME=$work/home rpmlint "$server_rpm" "$studio_rpm" >"$work/rpmlint.log" 2>&1 || true
if grep -E '^[^ ]+: E: ' "$work/rpmlint.log"; then cat "$work/rpmlint.log" >&2; fail "rpmlint found errors"; fi
grep -qE '2 packages and 0 specfiles checked; 0 errors' "$work/rpmlint.log" ||
  { cat "$work/rpmlint.log" >&2; fail "rpmlint did not report 0 errors"; }

# The installed tree, unpacked from the DEBs: metadata validates, pages render, programs run.
mkdir "$work/root"
dpkg-deb -x "$server_deb" "$work/root"
dpkg-deb -x "$studio_deb" "$work/root"
share=$work/root/usr/share
appstreamcli validate --no-net "$share/metainfo/org.frameworkm.Studio.metainfo.xml" >"$work/as.log" 2>&1 ||
  { cat "$work/as.log" >&2; fail "appstreamcli validate refused the metainfo"; }
grep -q "<release version=\"$version\"" "$share/metainfo/org.frameworkm.Studio.metainfo.xml" ||
  fail "the metainfo's release is not $version"
desktop-file-validate "$share/applications/org.frameworkm.Studio.desktop" ||
  fail "desktop-file-validate refused the .desktop file"
MANWIDTH=100 man -l "$share/man/man1/m.1.gz" >"$work/m.txt" 2>"$work/man.err" || fail "man cannot render m.1"
grep -q "m start" "$work/m.txt" || fail "m.1 has no section for m start"
grep -q -- "--port" "$work/m.txt" || fail "m.1 does not show m start's options"
MANWIDTH=100 man -l "$share/man/man1/m-studio.1.gz" >"$work/m-studio.txt" 2>/dev/null
grep -q -- "--version" "$work/m-studio.txt" || fail "m-studio.1 shows no options"
[[ "$("$work/root/usr/bin/m" --version)" == "m $version "* ]] || fail "m --version is not $version"
[[ "$(env -u DISPLAY -u WAYLAND_DISPLAY "$work/root/usr/bin/m-studio" --version)" == "m-studio $version "* ]] ||
  fail "m-studio --version is not $version"

# The TGZ is one tree with both programs.
tar -tzf "$tgz" >"$work/tgz.list"
for path in bin/m bin/m-studio lib/framework-m/libfm_core.so share/man/man1/m.1.gz \
  share/applications/org.frameworkm.Studio.desktop share/doc/framework-m/copyright; do
  grep -q "^[^/]*/$path\$" "$work/tgz.list" || fail "$(basename "$tgz") has no $path"
done

echo "test-packages: $(cd "$work/out" && ls *.deb *.rpm *.tar.gz | tr '\n' ' ')check out"
