#!/usr/bin/env bash
# Builds LongLived's libFuzzer targets with clang (AddressSanitizer + UBSan, -DLONGLIVED_FUZZ=ON)
# and runs each for a bounded time, starting from its seed corpus in tests/fuzz/corpus/.
# New interesting inputs go to a scratch copy, not into the repository; a crash, a leak or a
# failed invariant stops the run with exit 1 and leaves the input in $FUZZ_ARTIFACTS.
#
# Environment: FUZZ_SECONDS (per target, default 60), BUILD_DIR (default build-fuzz),
# FUZZ_TARGETS (default "response-parser batch-input http-response"),
# FUZZ_ARTIFACTS (default $BUILD_DIR/findings).
# Reproduce a finding:  $BUILD_DIR/tests/fuzz/fuzz-<target> <file>
# Keep it as a seed:    cp <file> tests/fuzz/corpus/<corpus>/   (replayed by ctest ever after)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-60}
build_dir=${BUILD_DIR:-build-fuzz}
targets=${FUZZ_TARGETS:-"response-parser batch-input http-response"}
artifacts=${FUZZ_ARTIFACTS:-$build_dir/findings}

compiler=$(command -v clang++ || command -v clang++-14 || true)
if [ -z "$compiler" ]; then
    echo "fuzz: clang++ is missing (scripts/install-deps.sh installs clang and libclang-rt-14-dev)" >&2
    exit 1
fi

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DLONGLIVED_FUZZ=ON -DLONGLIVED_BUILD_TESTS=ON >/dev/null
# shellcheck disable=SC2086
cmake --build "$build_dir" --target $(for t in $targets; do printf 'fuzz-%s ' "$t"; done)

mkdir -p "$artifacts"
scratch=$(mktemp -d /tmp/longlived-fuzz.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen

status=0
for target in $targets; do
    case "$target" in
        response-parser) corpus=response ;;
        batch-input) corpus=batch ;;
        *) corpus=$target ;;
    esac
    mkdir -p "$scratch/$target"
    cp -r "tests/fuzz/corpus/$corpus/." "$scratch/$target/"
    echo "fuzz: $target for ${seconds}s"
    if ! "$build_dir/tests/fuzz/fuzz-$target" "$scratch/$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
        >"$scratch/$target.log" 2>&1; then
        status=1
        tail -n 60 "$scratch/$target.log" >&2
        echo "fuzz: $target found a problem; the input is in $artifacts/" >&2
    else
        grep -E "^stat::number_of_executed_units|^stat::new_units_added|^#[0-9]+.*DONE" "$scratch/$target.log" || true
    fi
done
exit $status
