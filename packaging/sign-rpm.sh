#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Signs RPMs with a GnuPG key, as a release does after `cpack -G RPM` (the packages are
# built unsigned). The key is one in the caller's GnuPG keyring (GNUPGHOME), named by its
# id or e-mail address.
# Usage: sign-rpm.sh <key> <rpm>...
set -euo pipefail
key=${1:?usage: sign-rpm.sh <key> <rpm>...}
shift
[[ $# -gt 0 ]] || { echo "sign-rpm: no RPM given; usage: sign-rpm.sh <key> <rpm>..." >&2; exit 2; }
command -v rpmsign >/dev/null || { echo "sign-rpm: rpmsign is missing (Debian package rpm)" >&2; exit 1; }
gpg --batch --list-secret-keys "$key" >/dev/null 2>&1 ||
  { echo "sign-rpm: no secret key \"$key\" in ${GNUPGHOME:-~/.gnupg}; import the release key first" >&2; exit 1; }
# Debian's rpm macros name a gpg2 that Debian does not ship; use the gpg on PATH.
rpmsign --define "_gpg_name $key" --define "__gpg $(command -v gpg)" --addsign "$@"
