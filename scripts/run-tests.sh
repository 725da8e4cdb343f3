#!/usr/bin/env bash
# Builds LongLived with its tests and runs the whole suite headless: Qt's offscreen platform,
# and a private D-Bus session with a real, freshly created and unlocked GNOME Keyring, so the
# keychain tests talk to a real Secret Service and never touch the user's own keyring.
#
# In CI (CI=true), or with LONGLIVED_SANITIZE_RUN=1, the whole suite runs a second time from
# a build with AddressSanitizer + UndefinedBehaviorSanitizer (-DLONGLIVED_SANITIZE=ON); with
# LONGLIVED_FUZZ_SECONDS=N the fuzz targets first run N seconds each (scripts/fuzz.sh).
#
# Environment: BUILD_DIR (default build-tests), CMAKE_ARGS (extra configure arguments),
# SANITIZE_BUILD_DIR (default build-asan), LONGLIVED_SANITIZE_RUN (1: add the sanitizer pass;
# 0: never, even in CI), LONGLIVED_FUZZ_SECONDS (default 0: no fuzzing), QT_QPA_PLATFORM (default
# offscreen; set xcb to watch under Xvfb), CTEST_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."

# Sanitized programs (this pass or the second) stop at the first error, with a stack; leaks
# known in the system libraries are suppressed narrowly in tests/lsan.supp.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}

# Builds the folder $1 with the configure arguments that follow, and runs its tests.
run_suite() {
    local build_dir=$1
    shift
    cmake -S . -B "$build_dir" -G Ninja -DLONGLIVED_BUILD_TESTS=ON "$@"
    cmake --build "$build_dir"

    local sandbox
    sandbox=$(mktemp -d /tmp/longlived-tests.XXXXXX)
    mkdir -p "$sandbox/home" "$sandbox/runtime" "$sandbox/data" "$sandbox/config" "$sandbox/cache"
    chmod 700 "$sandbox/runtime"
    local status=0
    (
        export HOME="$sandbox/home" XDG_RUNTIME_DIR="$sandbox/runtime" XDG_DATA_HOME="$sandbox/data"
        export XDG_CONFIG_HOME="$sandbox/config" XDG_CACHE_HOME="$sandbox/cache"
        export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
        export KEYRING_PASSWORD=longlived-test-keyring
        export LONGLIVED_REQUIRE_KEYRING=1 # keychain tests fail, not skip, when the Secret Service is missing
        # On CI (root, a throwaway machine) the package test also installs, runs and purges the .deb.
        if [ "${CI:-}" = true ] && [ "$(id -u)" -eq 0 ]; then
            export LONGLIVED_PACKAGE_INSTALL_TEST=${LONGLIVED_PACKAGE_INSTALL_TEST:-1}
        fi
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
    ) || status=$?
    rm -rf "$sandbox"
    return $status
}

# shellcheck disable=SC2086
run_suite "${BUILD_DIR:-build-tests}" ${CMAKE_ARGS:-}

sanitize=${LONGLIVED_SANITIZE_RUN:-}
[ -z "$sanitize" ] && [ "${CI:-}" = true ] && sanitize=1
if [ "$sanitize" = 1 ]; then
    # A time-bounded fuzz run explores differently on every run, so it is not part of the
    # pass/fail of CI by default: scripts/fuzz.sh is its own documented command. The seed corpus
    # (with every past finding) is replayed deterministically by ctest, under the sanitizers below.
    fuzz_seconds=${LONGLIVED_FUZZ_SECONDS:-0}
    if [ "$fuzz_seconds" -gt 0 ]; then
        echo "run-tests: fuzzing each target for ${fuzz_seconds}s"
        FUZZ_SECONDS=$fuzz_seconds BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz} scripts/fuzz.sh
    fi
    echo "run-tests: the whole suite again, under AddressSanitizer + UndefinedBehaviorSanitizer"
    export LONGLIVED_PACKAGE_INSTALL_TEST=0 # installed once, from the first pass's release-like build
    run_suite "${SANITIZE_BUILD_DIR:-build-asan}" -DLONGLIVED_SANITIZE=ON
fi
