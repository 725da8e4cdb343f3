#!/usr/bin/env bash
# Builds LongLived with its tests and runs the whole suite headless: Qt's offscreen platform,
# and a private D-Bus session with a real, freshly created and unlocked GNOME Keyring, so the
# keychain tests talk to a real Secret Service and never touch the user's own keyring.
#
# Environment: BUILD_DIR (default build-tests), CMAKE_ARGS (extra configure arguments),
# QT_QPA_PLATFORM (default offscreen; set xcb to watch under Xvfb), CTEST_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${BUILD_DIR:-build-tests}
# shellcheck disable=SC2086
cmake -S . -B "$build_dir" -G Ninja -DLONGLIVED_BUILD_TESTS=ON ${CMAKE_ARGS:-}
cmake --build "$build_dir"

sandbox=$(mktemp -d /tmp/longlived-tests.XXXXXX)
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/home" "$sandbox/runtime" "$sandbox/data" "$sandbox/config" "$sandbox/cache"
chmod 700 "$sandbox/runtime"

export HOME="$sandbox/home" XDG_RUNTIME_DIR="$sandbox/runtime" XDG_DATA_HOME="$sandbox/data"
export XDG_CONFIG_HOME="$sandbox/config" XDG_CACHE_HOME="$sandbox/cache"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export KEYRING_PASSWORD=longlived-test-keyring
export LONGLIVED_REQUIRE_KEYRING=1 # keychain tests fail, not skip, when the Secret Service is missing
# A display reachable from the keyring's bus would make a locked keyring wait for an unlock
# dialog nobody answers; the keyring is unlocked below, and the display stays out of its way.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
ctest_dir=$(cd "$build_dir" && pwd)
export ctest_dir

dbus-run-session -- bash -c '
    set -u
    printf %s "$KEYRING_PASSWORD" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
    keyring=$!
    trap "kill $keyring 2>/dev/null; wait $keyring 2>/dev/null" EXIT
    for _ in $(seq 1 200); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && break
        sleep 0.05
    done
    # shellcheck disable=SC2086
    ctest --test-dir "$ctest_dir" --output-on-failure --timeout 300 ${CTEST_ARGS:-}
'
