#!/usr/bin/env bash
# Retakes docs/screenshot.png (README, AppStream metainfo): LongLived's real main window after a
# successful exchange against a loopback Graph-compatible server, the token masked, drawn by the
# xcb platform under Xvfb with a clean profile (no saved settings or window geometry).
#
#   scripts/take-screenshot.sh                    # -> docs/screenshot.png
#   scripts/take-screenshot.sh /tmp/shot-de.png   # another file; LOCALE=de_DE for German,
#                                                 # SCALE=2 to check the window at 200 %,
#                                                 # DARK=1 for a dark palette
#   SAVED_TOKENS=1 WIDTH=1100 scripts/take-screenshot.sh docs/saved-tokens.png
#                                                 # the Saved tokens panel (sample profiles)
# BUILD_DIR (default build) is configured with the tests (the server comes from tests/support).
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${BUILD_DIR:-build}
output=${1:-docs/screenshot.png}
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DLONGLIVED_BUILD_TESTS=ON
fi
cmake --build "$build_dir" --target longlived-screenshot

sandbox=$(mktemp -d /tmp/longlived-screenshot.XXXXXX)
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/home" "$sandbox/config" "$sandbox/runtime"
chmod 700 "$sandbox/runtime"
mkdir -p "$(dirname "$output")"
output=$(cd "$(dirname "$output")" && pwd)/$(basename "$output")

# No session bus: nothing on it is needed, and the user's keyring stays out of it.
env -u DBUS_SESSION_BUS_ADDRESS -u WAYLAND_DISPLAY \
    HOME="$sandbox/home" XDG_CONFIG_HOME="$sandbox/config" XDG_RUNTIME_DIR="$sandbox/runtime" \
    LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR="${SCALE:-1}" \
    xvfb-run -a -s '-screen 0 1920x1200x24' \
    "$build_dir/packaging/screenshot/longlived-screenshot" --output "$output" --locale "${LOCALE:-en_US}" \
    ${DARK:+--dark} ${SAVED_TOKENS:+--saved-tokens} ${WIDTH:+--width "$WIDTH"}
