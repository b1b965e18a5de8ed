#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a test with a real Secret Service: its own D-Bus session and a GNOME Keyring whose
# login keyring is created and unlocked with a throwaway password, in a temporary home
# that is removed afterwards. Usage: with-keyring.sh <test program> [arguments]
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/run" "$home/data"
chmod 700 "$home/run"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"
# An empty password makes the daemon ask through a prompter, which needs a display.
status=0
dbus-run-session -- sh -c \
    'printf throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    sh "$@" || status=$?
exit "$status"
