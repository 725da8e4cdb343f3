#!/usr/bin/env bash
# bench/run.sh [--quick|--smoke] — LongLived side by side with its baselines, every
# baseline run in the same run on the same machine, interleaved with LongLived, and compared
# by ratios of medians (absolute times drift on a shared machine; ratios hold).
#
#   1. GUI start-up (offscreen, warm and cold) vs bench/floor, a bare Qt Widgets window
#   2. event-loop gaps of the window during an exchange and keychain calls
#   3. `longlived-cli exchange` vs curl, one request
#   4. `longlived-cli batch --concurrency 4` vs `curl --parallel --parallel-max 4` and a shell loop of curl
#   5. growth from 10^2 to 10^5 batch lines
#   7. over HTTPS (bench/https.sh: a test CA, nginx with HTTP/2 in front of the bench server):
#      the batch vs `curl --http2 --parallel` (and through the core on each transport), the single
#      exchange vs `curl --http2`, the window's start-up with the HTTPS setup vs bench/floor
#   6. `longlived-cli renew` of N due profiles (refresh at Meta, keychain, delivery to n8n) vs a
#      shell script doing the same with secret-tool and curl (bench/renew.sh), N = 10, 100, 1000
#
# Builds what it needs (Release, in $BUILD_DIR, default build-bench), installs missing tools with
# scripts/install-deps.sh only, and writes bench/RESULTS.md (raw numbers in $BUILD_DIR/bench-raw/).
# A full run takes about 10 minutes on 2 cores for 1-5, a few more for 7 (HTTPS), and section 6 some
# 20 more on a quiet machine (saving 1,000 profiles and renewing them take about 3 minutes each, most
# of it the keyring daemon's CPU; bench/FINDINGS.md); --quick: fewer runs, 300
# profiles at most, about 25 minutes; --smoke:
# tiny sizes, checks only that every step runs and gives numbers (ctest -L bench), writes
# $BUILD_DIR/bench-smoke/RESULTS.md, never bench/RESULTS.md.
# LONGLIVED_BENCH_BUILD_DIR: use this configured and built directory as is (no build).
set -euo pipefail

bench_dir=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$bench_dir/.." && pwd)

usage() {
    sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'
}

mode=full
for arg in "$@"; do
    case $arg in
        --quick) mode=quick ;;
        --smoke) mode=smoke ;;
        -h | --help) usage; exit 0 ;;
        *) echo "bench/run.sh: unknown option '$arg'" >&2; usage >&2; exit 2 ;;
    esac
done

# ------------------------------------------------------------------------------ parameters
# gui_*: start-ups of each program; ex_*: hyperfine runs per round, rounds (order alternates);
# batch_runs / big_runs: runs per batch size below / from 10^5; loop_*: lines and runs of the
# shell loop (its throughput is extrapolated to the batch sizes); check_urls: server check.
case $mode in
    full)
        gui_warm=20 gui_cold=8 ex_runs=30 ex_rounds=3 batch_runs=5 big_runs=3 loop_lines=200 loop_runs=3
        sizes=(100 1000 10000 100000) small=1000 big=100000 check_urls=5000
        resp_args=(--idle-ms 2000 --exchanges 10 --delay-ms 300 --keychain-ops 5) resp_runs=3
        renew_sizes="10 100 1000" renew_compare=100 renew_runs=5 renew_size_runs=3
        https_args=(--sizes "1000 100000" --runs 3 --ex-runs 20) ;;
    quick)
        gui_warm=10 gui_cold=4 ex_runs=15 ex_rounds=2 batch_runs=3 big_runs=1 loop_lines=100 loop_runs=1
        sizes=(100 1000 10000 100000) small=1000 big=100000 check_urls=2000
        resp_args=(--idle-ms 1000 --exchanges 5 --delay-ms 300 --keychain-ops 3) resp_runs=2
        renew_sizes="10 100 300" renew_compare=100 renew_runs=3 renew_size_runs=1
        https_args=(--sizes 1000 --runs 3 --ex-runs 15) ;;
    smoke)
        gui_warm=2 gui_cold=1 ex_runs=3 ex_rounds=1 batch_runs=1 big_runs=1 loop_lines=10 loop_runs=1
        sizes=(100 1000) small=100 big=1000 check_urls=200
        resp_args=(--idle-ms 200 --exchanges 2 --delay-ms 100 --keychain-ops 1) resp_runs=1
        renew_sizes="2 5" renew_compare=5 renew_runs=1 renew_size_runs=1
        https_args=(--sizes 100 --runs 1 --ex-runs 3 --smoke) ;;
esac
concurrency=4

log() { printf '== %s\n' "$*" >&2; }
fail() { printf 'bench/run.sh: %s\n' "$*" >&2; exit 1; }

# ------------------------------------------------------------------------------ tools and build
tools=(hyperfine curl /usr/bin/time dbus-run-session gnome-keyring-daemon secret-tool cmake ninja openssl /usr/sbin/nginx)
missing=()
for tool in "${tools[@]}"; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    [ "$mode" = smoke ] && fail "missing ${missing[*]}: run scripts/install-deps.sh"
    log "installing the missing ${missing[*]} with scripts/install-deps.sh"
    "$root/scripts/install-deps.sh"
fi

targets=(longlived longlived-cli longlived-bench-floor longlived-bench-responsiveness longlived-bench-server
    longlived-bench-batch-floor longlived-bench-profiles longlived-bench-transport-batch)
if [ -n "${LONGLIVED_BENCH_BUILD_DIR:-}" ]; then
    build=$(cd "$LONGLIVED_BENCH_BUILD_DIR" && pwd)
else
    build=${BUILD_DIR:-build-bench}
    case $build in /*) ;; *) build=$root/$build ;; esac
    log "building ${targets[*]} (Release) in $build"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLONGLIVED_BUILD_TESTS=ON >/dev/null
    cmake --build "$build" --target "${targets[@]}"
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")
[ "$mode" = smoke ] || [ "$build_type" = Release ] || fail "$build is a $build_type build; benchmarks need Release"

app=$build/app/longlived
cli=$build/app/cli/longlived-cli
floor=$build/bench/longlived-bench-floor
responsiveness=$build/bench/longlived-bench-responsiveness
server_bin=$build/bench/longlived-bench-server
batch_floor=$build/bench/longlived-bench-batch-floor
profiles_bin=$build/bench/longlived-bench-profiles
for program in "$app" "$cli" "$floor" "$responsiveness" "$server_bin" "$batch_floor" "$profiles_bin"; do
    [ -x "$program" ] || fail "$program is missing (build the targets ${targets[*]})"
done

if [ "$mode" = smoke ]; then
    out_dir=$build/bench-smoke
    results=$out_dir/RESULTS.md
else
    out_dir=$build/bench-raw
    results=$bench_dir/RESULTS.md
fi
rm -rf "$out_dir"
mkdir -p "$out_dir"

# ------------------------------------------------------------------------------ sandbox
# A throwaway home: the app's settings, the test keyring and every output live here.
work=$(mktemp -d /tmp/longlived-bench.XXXXXX)
server_pid=
cleanup() {
    local status=$?
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
    exit "$status" # the script's own status, not the killed server's
}
trap cleanup EXIT
mkdir -p "$work/home" "$work/runtime" "$work/data" "$work/config" "$work/cache" "$work/in" "$work/out"
chmod 700 "$work/runtime"
export HOME=$work/home XDG_RUNTIME_DIR=$work/runtime XDG_DATA_HOME=$work/data
export XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS LONGLIVED_GRAPH_URL LONGLIVED_THREADS_URL \
    LONGLIVED_INSTAGRAM_URL LONGLIVED_APP_SECRET LONGLIVED_TOKEN http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy
# The trust-store variables replace the system CAs in longlived-cli and curl; set to the system's
# own folder (as some containers do), they make every longlived-cli start parse each of its PEM
# files (~0.2 s of CPU on 2026-12-03), which would measure the environment, not the program.
unset SSL_CERT_FILE SSL_CERT_DIR CURL_CA_BUNDLE

# ------------------------------------------------------------------------------ helpers
# Wall-clock microseconds, without forking (bash 5).
now_us() { local t=${EPOCHREALTIME//[.,]/}; printf '%s' "$t"; }

# timed FILE CMD...: runs CMD (its output as the caller redirected it), appends its wall time
# in ms to FILE.
timed() {
    local file=$1; shift
    local t0 t1
    t0=${EPOCHREALTIME//[.,]/}
    "$@" || fail "failed: $*"
    t1=${EPOCHREALTIME//[.,]/}
    awk -v d=$((t1 - t0)) 'BEGIN { printf "%.3f\n", d / 1000 }' >>"$file"
}

# measured PREFIX CMD...: runs CMD under /usr/bin/time; appends its wall time (ms) to PREFIX.wall,
# its peak RSS (KiB) to PREFIX.rss and its user+system CPU time (s) to PREFIX.cpu.
measured() {
    local prefix=$1; shift
    local t0 t1 rss user system
    t0=${EPOCHREALTIME//[.,]/}
    /usr/bin/time -f '%M %U %S' -o "$work/time.out" "$@" || fail "failed: $*"
    t1=${EPOCHREALTIME//[.,]/}
    awk -v d=$((t1 - t0)) 'BEGIN { printf "%.3f\n", d / 1000 }' >>"$prefix.wall"
    read -r rss user system <"$work/time.out"
    echo "$rss" >>"$prefix.rss"
    awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f\n", u + s }' >>"$prefix.cpu"
}

median() { # FILE -> median of the numbers in it, "nan" when none
    [ -s "$1" ] || { echo nan; return; }
    sort -g "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
calc() { awk "BEGIN { v = $1; printf \"%.${2:-2}f\", v }"; }
is_number() { [[ $1 =~ ^[0-9]+(\.[0-9]+)?$ ]]; }
verdict() { # VALUE OP LIMIT -> PASS / MISS ("—" when the value is missing; no verdict in a smoke run)
    is_number "$1" || { echo "—"; return; }
    [ "$mode" = smoke ] && { echo "(smoke)"; return; }
    awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN { ok = (op == "<=") ? v <= l : (op == "<") ? v < l : v >= l; print ok ? "PASS" : "MISS" }'
}
mib() { calc "$1 / 1024" 1; }

numbers=() # every figure the report shows: the smoke run checks they are all numbers
record() { numbers+=("$1=$2"); }

# ------------------------------------------------------------------------------ machine
cpu_model=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)
cores=$(nproc)
ram=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
os=$(. /etc/os-release && echo "$PRETTY_NAME")
kernel=$(uname -r)
qt_version=$(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null || echo unknown)
curl_version=$(curl --version | head -n 1 | awk '{ print $2 }')
hyperfine_version=$(hyperfine --version | awk '{ print $2 }')
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')
t_start=$(now_us)

# ------------------------------------------------------------------------------ inputs
app_id=1234567890
printf '%s' 0123456789abcdef0123456789abcdef >"$work/in/secret"
chmod 600 "$work/in/secret"
secret=$(cat "$work/in/secret")
# Short-lived tokens of a realistic length (~190 characters), different on every line.
filler=$(printf 'Zx%.0s' $(seq 1 85))
token_of() { printf 'EAAbench%08d%s' "$1" "$filler"; }
token_of 0 >"$work/in/token"

start_server() {
    "$server_bin" --port 0 >"$work/server.url" 2>"$work/server.err" &
    server_pid=$!
    for _ in $(seq 1 100); do
        [ -s "$work/server.url" ] && break
        sleep 0.05
    done
    base=$(head -n 1 "$work/server.url")
    [ -n "$base" ] || fail "the bench server did not start: $(cat "$work/server.err")"
    export LONGLIVED_GRAPH_URL=$base
}
server_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
url_of() { printf '%s/v25.0/oauth/access_token?grant_type=fb_exchange_token&client_id=%s&client_secret=%s&fb_exchange_token=%s' "$base" "$app_id" "$secret" "$1"; }

# batch inputs of N lines: JSON Lines for the CLI, a curl config with the same URLs, bare tokens
make_inputs() {
    local n=$1
    [ -s "$work/in/batch$n.jsonl" ] && return
    awk -v n="$n" -v f="$filler" -v base="$base" -v id="$app_id" -v s="$secret" \
        -v j="$work/in/batch$n.jsonl" -v c="$work/in/curl$n.cfg" -v t="$work/in/tokens$n.txt" 'BEGIN {
        for (i = 1; i <= n; i++) {
            tok = sprintf("EAAbench%08d%s", i, f)
            printf "{\"token\":\"%s\"}\n", tok > j
            printf "url = \"%s/v25.0/oauth/access_token?grant_type=fb_exchange_token&client_id=%s&client_secret=%s&fb_exchange_token=%s\"\n", base, id, s, tok > c
            print tok > t
        }
    }'
}

count_tokens() { grep -o '"access_token"' "$1" | wc -l; }

run_cli_batch() { # N PREFIX
    local n=$1 prefix=$2
    measured "$prefix" "$cli" batch --input "$work/in/batch$n.jsonl" --output "$work/out/cli.jsonl" \
        --concurrency "$concurrency" --app-id "$app_id" --app-secret-file "$work/in/secret" --no-progress \
        2>"$work/out/cli.err"
    local got
    got=$(grep -c '"ok":true' "$work/out/cli.jsonl" || true)
    [ "$got" -eq "$n" ] || fail "longlived-cli batch: $got of $n lines succeeded ($(tail -n 3 "$work/out/cli.err"))"
}
run_batch_floor() { # N PREFIX
    local n=$1 prefix=$2
    measured "$prefix" "$batch_floor" "$base" "$work/in/batch$n.jsonl" "$work/out/floor.jsonl" "$concurrency" \
        "$app_id" "$work/in/secret" 2>"$work/out/floor.err"
    local got
    got=$(grep -c '"ok":true' "$work/out/floor.jsonl" || true)
    [ "$got" -eq "$n" ] || fail "longlived-bench-batch-floor: $got of $n lines succeeded"
}
run_curl_parallel() { # N PREFIX [PARALLEL]
    local n=$1 prefix=$2 parallel=${3:-$concurrency}
    measured "$prefix" curl --parallel --parallel-max "$parallel" -sS --fail -K "$work/in/curl$n.cfg" \
        >"$work/out/curl.out" 2>"$work/out/curl.err"
    local got
    got=$(count_tokens "$work/out/curl.out")
    [ "$got" -eq "$n" ] || fail "curl --parallel: $got of $n answers ($(head -n 3 "$work/out/curl.err"))"
}

# ==============================================================================================
# 1. GUI start-up
log "1. GUI start-up: floor vs longlived, $gui_warm warm + $gui_cold cold runs each"
# (timeout: a program that does not quit after its first frame fails the run instead of hanging it)
gui_run() { timeout 60 env LONGLIVED_QUIT_AFTER_FIRST_FRAME=1 "$@" >/dev/null 2>>"$work/out/gui.err"; }
gui_time() { timed "$1" gui_run "$2"; }
gui_rss() { # PREFIX PROGRAM: peak RSS and CPU time (the wall time of these runs is not used)
    measured "$1" timeout 60 env LONGLIVED_QUIT_AFTER_FIRST_FRAME=1 "$2" >/dev/null 2>>"$work/out/gui.err"
}
d=$out_dir/gui
mkdir -p "$d"
# Warm-up: the first start writes the settings file and fills the page cache.
for program in "$floor" "$app" "$floor" "$app"; do
    gui_run "$program" || fail "$program did not start and quit by itself: $(tail -n 3 "$work/out/gui.err")"
done
for r in $(seq 1 "$gui_warm"); do
    if [ $((r % 2)) -eq 1 ]; then
        gui_time "$d/floor.warm" "$floor"; gui_time "$d/app.warm" "$app"
    else
        gui_time "$d/app.warm" "$app"; gui_time "$d/floor.warm" "$floor"
    fi
done
for r in $(seq 1 "$gui_warm"); do
    gui_rss "$d/floor" "$floor"; gui_rss "$d/app" "$app"
done

# Cold: the programs, every library they load and Qt's plugins dropped from the page cache
# before each start (posix_fadvise DONTNEED through dd iflag=nocache; pages other running
# processes have mapped stay, which the "resident after eviction" figure shows).
gui_files=$work/gui-files
{
    for program in "$app" "$floor"; do
        echo "$program"
        ldd "$program" | awk '/=> \// { print $3 } /^\t\// { print $1 }'
    done
    find /usr/lib/x86_64-linux-gnu/qt6/plugins/platforms /usr/lib/x86_64-linux-gnu/qt6/plugins/iconengines \
        /usr/lib/x86_64-linux-gnu/qt6/plugins/imageformats /usr/lib/x86_64-linux-gnu/qt6/plugins/platformthemes \
        -name '*.so' 2>/dev/null || true # a missing plugin folder is fine
    # the fonts, fontconfig's caches and Qt's translations both programs may read
    find /usr/share/fonts /var/cache/fontconfig /usr/share/qt6/translations -type f 2>/dev/null || true
} | sort -u >"$gui_files"
evict() {
    while IFS= read -r file; do
        dd if="$file" iflag=nocache count=0 status=none 2>/dev/null || true
    done <"$gui_files"
}
widgets_lib=$(ldd "$floor" | awk '/libQt6Widgets/ { print $3 }')
for r in $(seq 1 "$gui_cold"); do
    if [ $((r % 2)) -eq 1 ]; then
        evict; gui_time "$d/floor.cold" "$floor"; evict; gui_time "$d/app.cold" "$app"
    else
        evict; gui_time "$d/app.cold" "$app"; evict; gui_time "$d/floor.cold" "$floor"
    fi
done
evict
resident_after_evict=$(fincore --noheadings --output PAGES "$widgets_lib" 2>/dev/null | awk '{ print $1 }' || echo "?")
gui_run "$app" # warm again for what follows

floor_warm=$(median "$d/floor.warm"); app_warm=$(median "$d/app.warm")
floor_cold=$(median "$d/floor.cold"); app_cold=$(median "$d/app.cold")
floor_rss=$(median "$d/floor.rss"); app_rss=$(median "$d/app.rss")
floor_cpu=$(median "$d/floor.cpu"); app_cpu=$(median "$d/app.cpu")
gui_cpu_ratio=$(awk -v a="$app_cpu" -v f="$floor_cpu" 'BEGIN { if (f > 0) printf "%.2f", a / f; else print "nan" }')
gui_warm_ratio=$(calc "$app_warm / $floor_warm")
gui_cold_ratio=$(calc "$app_cold / $floor_cold")
gui_rss_ratio=$(calc "$app_rss / $floor_rss")
for v in floor_warm app_warm floor_cold app_cold floor_rss app_rss gui_warm_ratio gui_cold_ratio gui_rss_ratio; do
    record "$v" "${!v}"
done

# What the start-up touches: sockets (network, D-Bus = keychain) and the settings file.
startup_check="not checked (strace is not installed)"
if command -v strace >/dev/null 2>&1; then
    strace -f -qq -e trace=connect,openat -o "$work/strace.txt" env LONGLIVED_QUIT_AFTER_FIRST_FRAME=1 "$app" \
        >/dev/null 2>&1 || true
    connects=$(grep -c 'connect(' "$work/strace.txt" || true)
    settings_reads=$(grep -v ENOENT "$work/strace.txt" | grep -c 'LongLived\.conf", O_RDONLY' || true)
    keychain_libs=$(grep -v ENOENT "$work/strace.txt" | grep -cE 'libsecret|gnome-keyring' || true)
    startup_check="connect() calls (network, D-Bus, so the keychain): **$connects**; libsecret loaded: **$keychain_libs**"
    startup_check+="; the settings file read: $settings_reads time(s) (one small local file: the window geometry, the last App IDs and the Saved tokens list)"
    record connects "$connects"
fi

# ==============================================================================================
# 2. UI responsiveness
log "2. UI responsiveness: event-loop gaps during exchanges (slow server) and keychain calls"
resp_out=$out_dir/responsiveness.txt
# Each run: a private session bus with a fresh, unlocked keyring in the sandbox (as
# scripts/run-tests.sh does) and a fresh settings file; the longest gap is an extreme value, so
# the report takes, per phase, the median of the runs' figures.
resp_run() { # OUTPUT
    rm -rf "$XDG_CONFIG_HOME/LongLived" "$XDG_DATA_HOME/keyrings"
    if command -v gnome-keyring-daemon >/dev/null 2>&1 && command -v dbus-run-session >/dev/null 2>&1; then
        KEYRING_PASSWORD=longlived-bench dbus-run-session -- bash -c '
            printf %s "$KEYRING_PASSWORD" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
            keyring=$!
            trap "kill $keyring 2>/dev/null; wait $keyring 2>/dev/null" EXIT
            for _ in $(seq 1 200); do
                dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && break
                sleep 0.05
            done
            "$@"' _ "$responsiveness" "${resp_args[@]}" >"$1" 2>"$work/out/resp.err" ||
            echo "responsiveness: exit $? ($(tail -n 2 "$work/out/resp.err" | tr '\n' ' '))" >&2
    else
        "$responsiveness" "${resp_args[@]:0:6}" --keychain-ops 0 >"$1" 2>"$work/out/resp.err" || true
    fi
}
for r in $(seq 1 "$resp_runs"); do
    resp_run "$out_dir/responsiveness.run$r.txt"
done
rm -rf "$XDG_CONFIG_HOME/LongLived"
# Per phase and column: the median over the runs (status: "ok" only if every run was ok).
cat "$out_dir"/responsiveness.run*.txt | awk '
    $1 == "phase" { if (!header) print; header = 1; next }
    { n[$1]++; for (c = 2; c <= NF; c++) v[$1, c, n[$1]] = $c; nf[$1] = NF
      if (!($1 in order)) { order[$1] = ++phases; name[phases] = $1 } }
    function median(p, c,    k, m, i, j, t, a) {
        m = n[p]; for (k = 1; k <= m; k++) a[k] = v[p, c, k] + 0
        for (i = 2; i <= m; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
        return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
    }
    END {
        for (i = 1; i <= phases; i++) {
            p = name[i]; line = p
            for (c = 2; c <= nf[p]; c++) {
                if (c == 9) { s = "ok"; for (k = 1; k <= n[p]; k++) if (v[p, c, k] != "ok") s = v[p, c, k]; line = line " " s }
                else if (c == 2 || c == 3 || c == 8) line = line " " int(median(p, c) + 0.5)
                else line = line " " sprintf("%.2f", median(p, c))
            }
            print line
        }
    }' >"$resp_out"
resp_field() { awk -v p="$1" -v c="$2" '$1 == p { print $c }' "$resp_out"; }
for phase in idle exchange_first exchange keychain_first keychain; do
    record "${phase}_max_gap" "$(resp_field "$phase" 4)"
    record "${phase}_own_gap" "$(resp_field "$phase" 10)"
done

# ==============================================================================================
start_server
log "server: $base"

# 3. One exchange
log "3. one exchange: longlived-cli exchange vs curl, hyperfine, $ex_rounds round(s) of $ex_runs runs"
d=$out_dir/exchange
mkdir -p "$d"
cli_cmd="$cli exchange --app-id $app_id --app-secret-file $work/in/secret --token-file $work/in/token"
curl_cmd="curl -sS --fail $(url_of "$(cat "$work/in/token")")"
for round in $(seq 1 "$ex_rounds"); do
    if [ $((round % 2)) -eq 1 ]; then
        order=(-n longlived-cli "$cli_cmd" -n curl "$curl_cmd")
    else
        order=(-n curl "$curl_cmd" -n longlived-cli "$cli_cmd")
    fi
    hyperfine -N --style none --warmup $((ex_runs / 5 + 1)) --runs "$ex_runs" --export-csv "$d/round$round.csv" \
        "${order[@]}" >"$d/round$round.txt" 2>&1 || fail "hyperfine failed: $(tail -n 5 "$d/round$round.txt")"
    awk -F, -v d="$d" 'NR > 1 {
        printf "%.3f\n", $4 * 1000 >> (d "/" $1 ".median")
        printf "%.3f\n", ($5 + $6) * 1000 >> (d "/" $1 ".cpums")
    }' "$d/round$round.csv"
done
for _ in $(seq 1 5); do
    measured "$d/cli" $cli_cmd >/dev/null 2>&1
    measured "$d/curl" $curl_cmd >/dev/null 2>&1
done
ex_cli=$(median "$d/longlived-cli.median"); ex_curl=$(median "$d/curl.median")
ex_ratio=$(calc "$ex_cli / $ex_curl")
ex_cli_rss=$(median "$d/cli.rss"); ex_curl_rss=$(median "$d/curl.rss")
ex_cli_cpu=$(median "$d/longlived-cli.cpums"); ex_curl_cpu=$(median "$d/curl.cpums")
for v in ex_cli ex_curl ex_ratio ex_cli_rss ex_curl_rss; do record "$v" "${!v}"; done

# ==============================================================================================
# The server must not be the bottleneck: curl --parallel's throughput should rise with its
# concurrency, and the server should use a fraction of a core.
log "server check: curl --parallel throughput at 1, 2, 4, 8 over $check_urls requests"
d=$out_dir/server
mkdir -p "$d"
make_inputs "$check_urls"
check_ticks0=$(server_cpu_ticks)
for p in 1 2 4 8; do
    run_curl_parallel "$check_urls" "$d/p$p" "$p" # warm-up, not kept
    rm -f "$d/p$p".*
    for _ in 1 2 3; do run_curl_parallel "$check_urls" "$d/p$p" "$p"; done
    declare "tput_p$p=$(calc "$check_urls / ($(median "$d/p$p.wall") / 1000)" 0)"
    record "tput_p$p" "$(eval echo "\$tput_p$p")"
done
# 16 runs of check_urls requests above; CPU ticks are coarse (10 ms), hence the many requests
server_us_per_request=$(calc "($(server_cpu_ticks) - $check_ticks0) * 1000000 / $(getconf CLK_TCK) / (16 * $check_urls)" 1)
record server_us_per_request "$server_us_per_request"

# ==============================================================================================
# 4 + 5. Batches, interleaved: longlived-cli batch and curl --parallel at every size.
log "4/5. batches of ${sizes[*]} lines: longlived-cli batch vs curl --parallel (concurrency $concurrency)"
d=$out_dir/batch
mkdir -p "$d"
for n in "${sizes[@]}"; do
    make_inputs "$n"
    runs=$batch_runs
    [ "$n" -ge 100000 ] && runs=$big_runs
    # One untimed run each first (caches, the server's connection table).
    [ "$n" -le 10000 ] && { run_cli_batch "$n" "$work/warm"; run_curl_parallel "$n" "$work/warm"; }
    for r in $(seq 1 "$runs"); do
        ticks0=$(server_cpu_ticks)
        if [ $((r % 2)) -eq 1 ]; then
            run_cli_batch "$n" "$d/cli$n"
            ticks1=$(server_cpu_ticks)
            run_curl_parallel "$n" "$d/curl$n"
            run_batch_floor "$n" "$d/floor$n"
        else
            run_batch_floor "$n" "$d/floor$n"
            run_curl_parallel "$n" "$d/curl$n"
            ticks0=$(server_cpu_ticks)
            run_cli_batch "$n" "$d/cli$n"
            ticks1=$(server_cpu_ticks)
        fi
        echo $((ticks1 - ticks0)) >>"$d/server_ticks$n"
    done
    log "   $n lines: longlived-cli $(median "$d/cli$n.wall") ms, curl --parallel $(median "$d/curl$n.wall") ms"
done
clk_tck=$(getconf CLK_TCK)
server_cpu_big=$(calc "$(median "$d/server_ticks$big") / $clk_tck" 2)
server_share=$(calc "100 * $server_cpu_big / ($(median "$d/cli$big.wall") / 1000)" 0)
record server_share "$server_share"

log "4. shell loop of curl: $loop_lines lines, $loop_runs run(s) (throughput extrapolated)"
make_inputs "$loop_lines"
loop_prefix="$base/v25.0/oauth/access_token?grant_type=fb_exchange_token&client_id=$app_id&client_secret=$secret&fb_exchange_token="
for _ in $(seq 1 "$loop_runs"); do
    measured "$d/loop" bash -c 'while IFS= read -r t; do curl -sS --fail "$1$t" || exit 1; echo; done <"$2"' \
        _ "$loop_prefix" "$work/in/tokens$loop_lines.txt" >"$work/out/loop.out"
    got=$(count_tokens "$work/out/loop.out")
    [ "$got" -eq "$loop_lines" ] || fail "curl loop: $got of $loop_lines answers"
done
loop_wall=$(median "$d/loop.wall")
loop_tput=$(calc "$loop_lines / ($loop_wall / 1000)" 1)
record loop_tput "$loop_tput"

declare -A b_wall b_rss b_cpu b_tput c_wall c_rss c_cpu c_tput f_wall f_rss f_cpu f_tput
for n in "${sizes[@]}"; do
    b_wall[$n]=$(median "$d/cli$n.wall"); b_rss[$n]=$(median "$d/cli$n.rss"); b_cpu[$n]=$(median "$d/cli$n.cpu")
    c_wall[$n]=$(median "$d/curl$n.wall"); c_rss[$n]=$(median "$d/curl$n.rss"); c_cpu[$n]=$(median "$d/curl$n.cpu")
    b_tput[$n]=$(calc "$n / (${b_wall[$n]} / 1000)" 0)
    c_tput[$n]=$(calc "$n / (${c_wall[$n]} / 1000)" 0)
    f_wall[$n]=$(median "$d/floor$n.wall"); f_rss[$n]=$(median "$d/floor$n.rss"); f_cpu[$n]=$(median "$d/floor$n.cpu")
    f_tput[$n]=$(calc "$n / (${f_wall[$n]} / 1000)" 0)
    for v in b_wall b_rss c_wall c_rss; do
        eval "record ${v}_$n \"\${$v[$n]}\""
    done
done
ratio_small=$(calc "${b_wall[$small]} / ${c_wall[$small]}")
ratio_big=$(calc "${b_wall[$big]} / ${c_wall[$big]}")
speedup_small=$(calc "${b_tput[$small]} / $loop_tput" 1)
speedup_big=$(calc "${b_tput[$big]} / $loop_tput" 1)
rss_growth=$(calc "${b_rss[$big]} / ${b_rss[$small]}")
# Linear time: the marginal cost per line between the two largest sizes against the one below.
if [ ${#sizes[@]} -ge 3 ]; then
    n_last=${sizes[-1]} n_mid=${sizes[-2]} n_first=${sizes[-3]}
    marginal_hi=$(calc "(${b_wall[$n_last]} - ${b_wall[$n_mid]}) * 1000 / ($n_last - $n_mid)" 1)
    marginal_lo=$(calc "(${b_wall[$n_mid]} - ${b_wall[$n_first]}) * 1000 / ($n_mid - $n_first)" 1)
    linearity=$(calc "$marginal_hi / $marginal_lo")
else
    marginal_hi=nan marginal_lo=nan linearity=nan
fi
rss_min=$(printf '%s\n' "${b_rss[@]}" | sort -g | head -n 1)
rss_max=$(printf '%s\n' "${b_rss[@]}" | sort -g | tail -n 1)
rss_spread=$(calc "$rss_max / $rss_min")
for v in ratio_small ratio_big speedup_small speedup_big rss_growth rss_spread; do record "$v" "${!v}"; done
[ "$mode" = smoke ] || record linearity "$linearity"

# ==============================================================================================
# 7. HTTPS (before 6: it takes minutes, renewal up to an hour)
log "7. HTTPS: batches and one exchange through nginx (TLS, HTTP/2) with a test CA"
"$bench_dir/https.sh" --cli "$cli" --server "$server_bin" --out "$out_dir/https" --concurrency "$concurrency" \
    --transports "$build/bench/longlived-bench-transport-batch" --app "$app" --floor "$floor" --gui-runs "$gui_warm" \
    "${https_args[@]}" || fail "bench/https.sh failed"
https_field() { awk -v k="$1" '$1 == k { print $2 }' "$out_dir/https/https.txt"; }
https_small=$(echo "${https_args[1]}" | awk '{ print $1 }')
https_wall_ratio=$(calc "$(https_field "cli_wall_$https_small") / $(https_field "curl_wall_$https_small")")
https_cpu_ratio=$(calc "$(https_field "cli_cpu_$https_small") / $(https_field "curl_cpu_$https_small")")
https_big=$(echo "${https_args[1]}" | awk '{ print $NF }')
https_big_wall_ratio=$(calc "$(https_field "cli_wall_$https_big") / $(https_field "curl_wall_$https_big")")
https_big_cpu_ratio=$(calc "$(https_field "cli_cpu_$https_big") / $(https_field "curl_cpu_$https_big")")
https_qnam_ratio=$(calc "$(https_field "qnam_wall_$https_small") / $(https_field "curl_wall_$https_small")")
https_ex_ratio=$(calc "$(https_field ex_cli_wall) / $(https_field ex_curl_wall)")
https_gui_ratio=$(calc "$(https_field gui_app_wall) / $(https_field gui_floor_wall)")
for v in https_wall_ratio https_cpu_ratio https_big_wall_ratio https_big_cpu_ratio https_qnam_ratio https_ex_ratio \
    https_gui_ratio; do
    record "$v" "${!v}"
done

# ==============================================================================================
# 6. Renewal and delivery: bench/renew.sh (its own private session bus, keyring and servers).
d=$out_dir/renew
renew_measured=false
if "$cli" renew --help >/dev/null 2>&1; then
    log "6. renew of $renew_sizes due profiles; vs secret-tool + curl at $renew_compare ($renew_runs runs)"
    # One run at 1,000 profiles took ~40 minutes on a loaded machine (FINDINGS.md, 6).
    renew_limit=7200
    [ "$mode" = smoke ] && renew_limit=300
    "$bench_dir/renew.sh" --cli "$cli" --server "$server_bin" --profiles "$profiles_bin" --out "$d" --sizes "$renew_sizes" \
        --compare "$renew_compare" --runs "$renew_runs" --size-runs "$renew_size_runs" --timeout "$renew_limit" ||
        fail "bench/renew.sh failed"
    renew_measured=true
else
    log "6. renew: not measured (this longlived-cli has no renew command)"
fi
renew_field() { [ -f "$d/renew.txt" ] && awk -v k="$1" '$1 == k { print $2 }' "$d/renew.txt" || true; }
declare -A r_wall r_rss r_cpu r_keyring
for n in $renew_sizes; do
    r_wall[$n]=$(renew_field "cli_wall_$n"); r_rss[$n]=$(renew_field "cli_rss_$n"); r_cpu[$n]=$(renew_field "cli_cpu_$n")
    r_keyring[$n]=$(renew_field "cli_keyring_$n")
done
renew_base_wall=$(renew_field baseline_wall) renew_base_rss=$(renew_field baseline_rss)
renew_base_cpu=$(renew_field baseline_cpu) renew_base_keyring=$(renew_field baseline_keyring)
renew_ratio=nan renew_rss_spread=nan renew_rss_min=nan renew_rss_max=nan
if $renew_measured; then
    renew_ratio=$(calc "${r_wall[$renew_compare]} / $renew_base_wall")
    renew_rss_min=$(printf '%s\n' "${r_rss[@]}" | sort -g | head -n 1)
    renew_rss_max=$(printf '%s\n' "${r_rss[@]}" | sort -g | tail -n 1)
    renew_rss_spread=$(calc "$renew_rss_max / $renew_rss_min")
    for n in $renew_sizes; do
        record "renew_wall_$n" "${r_wall[$n]}"; record "renew_rss_$n" "${r_rss[$n]}"
    done
    for v in renew_base_wall renew_ratio renew_rss_spread; do record "$v" "${!v}"; done
fi
renew_first=${renew_sizes%% *} renew_last=${renew_sizes##* }

load_end=$(cut -d' ' -f1-3 /proc/loadavg)
elapsed_s=$(calc "($(now_us) - $t_start) / 1000000" 0)

# ==============================================================================================
# The report
kib_row() { printf '%s MiB' "$(mib "$1")"; }
ms() { calc "$1" "${2:-1}"; }
idle_gap=$(resp_field idle 4)
resp_row() { # PHASE LABEL
    local phase=$1 label=$2
    if [ -z "$(resp_field "$phase" 1)" ]; then
        echo "| $label | not measured | | | | | | | | |"
        return
    fi
    local gap cpu p99 over status ops result own owncpu own_result
    ops=$(resp_field "$phase" 2); gap=$(resp_field "$phase" 4); cpu=$(resp_field "$phase" 5)
    p99=$(resp_field "$phase" 7); over=$(resp_field "$phase" 8); status=$(resp_field "$phase" 9)
    own=$(resp_field "$phase" 10); owncpu=$(resp_field "$phase" 11)
    result=$(verdict "$gap" "<" 16); own_result=$(verdict "$own" "<" 16)
    [ "$phase" = idle ] && result="(the probe's floor)" own_result=
    [ "$status" = ok ] || result="$status"
    echo "| $label | $ops | $gap ms | $cpu ms | $p99 ms | $over | $result | $own ms | $owncpu ms | $own_result |"
}

{
cat <<EOF
# LongLived benchmarks — results

Generated by \`bench/run.sh$([ "$mode" = full ] || echo " --$mode")\` on $started in ${elapsed_s} s; do not edit by hand, re-run the
command. Every baseline ran in the same run, interleaved with LongLived (order alternating), and
each figure is a median; compare the **ratios**, not the absolute times, between machines and runs.
Raw numbers: \`$(basename "$build")/$(basename "$out_dir")/\`.

## Machine

| | |
|---|---|
| CPU | $cpu_model, $cores cores online |
| RAM | $ram |
| OS | $os, kernel $kernel |
| Qt | $qt_version |
| Tools | curl $curl_version, hyperfine $hyperfine_version |
| Build | $build_type (\`$(basename "$build")\`), offscreen platform, LC_ALL=C.UTF-8, a throwaway HOME |
| Load average (1, 5, 15 min) | at the start $load_start; at the end $load_end |

## Summary

| # | target | measured | result |
|---|---|---|---|
| 1 | GUI start-up, warm: ≤ 1.3× the floor's time | ${gui_warm_ratio}× | $(verdict "$gui_warm_ratio" "<=" 1.3) |
| 1 | GUI start-up, cold: ≤ 1.3× the floor's time | ${gui_cold_ratio}× | $(verdict "$gui_cold_ratio" "<=" 1.3) |
| 1 | GUI peak memory: ≤ 1.2× the floor's | ${gui_rss_ratio}× | $(verdict "$gui_rss_ratio" "<=" 1.2) |
$(for phase in exchange_first exchange keychain_first keychain; do
    case $phase in
        exchange_first) what="the first exchange" ;;
        exchange) what="later exchanges" ;;
        keychain_first) what="the first keychain call" ;;
        keychain) what="later keychain calls" ;;
    esac
    gap=$(resp_field "$phase" 4); own=$(resp_field "$phase" 10)
    echo "| 2 | longest event-loop gap during $what: < 16 ms (the probe's noise floor, idle: $(resp_field idle 4) ms) | $gap ms; without waits for a CPU $own ms | $(verdict "$gap" "<" 16); without waits $(verdict "$own" "<" 16) |"
done)
| 3 | one exchange: ≤ 1.5× curl's time | ${ex_ratio}× | $(verdict "$ex_ratio" "<=" 1.5) |
| 4 | batch of $small: ≤ 1.1× \`curl --parallel\`'s time | ${ratio_small}× | $(verdict "$ratio_small" "<=" 1.1) |
| 4 | batch of $big: ≤ 1.1× \`curl --parallel\`'s time | ${ratio_big}× | $(verdict "$ratio_big" "<=" 1.1) |
| 4 | batch of $small: ≥ 20× the shell loop's throughput | ${speedup_small}× | $(verdict "$speedup_small" ">=" 20) |
| 4 | batch of $big: ≥ 20× the shell loop's throughput | ${speedup_big}× | $(verdict "$speedup_big" ">=" 20) |
| 4 | peak memory flat from $small to $big lines (≤ 1.10×) | ${rss_growth}× | $(verdict "$rss_growth" "<=" 1.10) |
| 5 | time linear: marginal cost per line, last step vs the one before (≤ 1.25×) | ${linearity}× | $(verdict "$linearity" "<=" 1.25) |
| 5 | memory flat over all sizes (largest / smallest peak ≤ 1.10×) | ${rss_spread}× | $(verdict "$rss_spread" "<=" 1.10) |
| 7 | HTTPS batch of $https_small: ≤ 1.0× \`curl --http2 --parallel\`'s time | ${https_wall_ratio}× | $(verdict "$https_wall_ratio" "<=" 1.0) |
| 7 | HTTPS batch of $https_small: ≤ 1.0× \`curl --http2 --parallel\`'s CPU time | ${https_cpu_ratio}× | $(verdict "$https_cpu_ratio" "<=" 1.0) |
$(if [ "$https_big" != "$https_small" ]; then
    echo "| 7 | HTTPS batch of $https_big: ≤ 1.0× \`curl --http2 --parallel\`'s time | ${https_big_wall_ratio}× | $(verdict "$https_big_wall_ratio" "<=" 1.0) |"
    echo "| 7 | HTTPS batch of $https_big: ≤ 1.0× \`curl --http2 --parallel\`'s CPU time | ${https_big_cpu_ratio}× | $(verdict "$https_big_cpu_ratio" "<=" 1.0) |"
fi)
| 7 | HTTPS batch of $https_small through QNetworkAccessManager, for context: core / \`curl --http2 --parallel\` | ${https_qnam_ratio}× | |
| 7 | HTTPS, one exchange, for context: longlived-cli / \`curl --http2\` | ${https_ex_ratio}× | |
| 7 | GUI start-up with the HTTPS setup, warm: ≤ 1.2× the floor's time | ${https_gui_ratio}× | $(verdict "$https_gui_ratio" "<=" 1.2) |
| 6 | renew and deliver $renew_compare due profiles: ≤ 0.5× the secret-tool + curl script's time | ${renew_ratio}× | $(verdict "$renew_ratio" "<=" 0.5) |
| 6 | renew: peak memory flat from $renew_first to $renew_last profiles (largest / smallest peak ≤ 1.10×) | ${renew_rss_spread}× | $(verdict "$renew_rss_spread" "<=" 1.10) |

## 1. GUI start-up

Process start → main window shown and painted → quit → process exit, offscreen.
\`LONGLIVED_QUIT_AFTER_FIRST_FRAME=1\` makes both programs quit on the turn after their first
frame (ui/QuitAfterFirstFrame.h). The floor, \`bench/floor\`, is a bare Qt Widgets program with a
comparable form (the same menus, the exchange form, the result group with its buttons and save
row, the Saved tokens dock) and nothing else: no network manager, keychain library, settings,
translations or icon. Warm: $gui_warm starts each after two warm-up starts; cold: $gui_cold starts each,
every program file, library, Qt plugin, font and fontconfig cache dropped from the page cache before each start (pages of
libQt6Widgets still resident after eviction: $resident_after_evict — pages mapped by other running
processes cannot be dropped). Peak RSS: /usr/bin/time, $gui_warm starts each.

| | floor | LongLived | ratio | target | result |
|---|---|---|---|---|---|
| wall time, warm | $(ms "$floor_warm") ms | $(ms "$app_warm") ms | ${gui_warm_ratio}× | ≤ 1.3× | $(verdict "$gui_warm_ratio" "<=" 1.3) |
| wall time, cold | $(ms "$floor_cold") ms | $(ms "$app_cold") ms | ${gui_cold_ratio}× | ≤ 1.3× | $(verdict "$gui_cold_ratio" "<=" 1.3) |
| peak RSS | $(kib_row "$floor_rss") | $(kib_row "$app_rss") | ${gui_rss_ratio}× | ≤ 1.2× | $(verdict "$gui_rss_ratio" "<=" 1.2) |
| CPU time (user+sys), for context | $(ms "$(calc "$floor_cpu * 1000" 0)" 0) ms | $(ms "$(calc "$app_cpu * 1000" 0)" 0) ms | ${gui_cpu_ratio}× | | |

Start-up path (strace of one start → quit): $startup_check.

## 2. UI responsiveness

The real MainWindow, offscreen, wired as app/main.cpp wires it, driven as a user does it (the
Exchange action; "Save to keychain" and opening the saved profile), with a 1 ms timer probing the
event loop: the longest interval between two turns is the longest time the window could not
repaint or react. Exchanges go to a loopback server answering after ${resp_args[5]} ms; the keychain is
GNOME Keyring in a private D-Bus session; each of the $resp_runs run(s) starts from a fresh keyring and
settings file, and every figure is the median over the runs. "CPU in it" is the GUI thread's
CPU time within that longest interval. On a busy machine other processes hold the cores for
milliseconds at a time, so the gaps also show the machine: the idle row (nothing happening) is
that noise floor, and "without waits for a CPU" subtracts from every interval the time the
GUI thread was runnable but waiting for a core (the kernel's schedstat run delay), which leaves
what the app itself spent: its own work and its blocking calls (such as fdatasync). The
target is met for certain when the plain gap is under 16 ms; the second figure says whether the
app would meet it on an idle machine.

| phase | operations | longest gap | CPU in it | p99 gap | gaps > 16 ms | result (< 16 ms) | longest gap without waits for a CPU | CPU in it | result |
|---|---|---|---|---|---|---|---|---|---|
$(resp_row idle "idle (baseline)")
$(resp_row exchange_first "first exchange, slow server")
$(resp_row exchange "later exchanges, slow server")
$(resp_row keychain_first "first keychain call (save)")
$(resp_row keychain "later keychain calls (save, open)")

## 3. CLI, one exchange

The same request to the same server: \`longlived-cli exchange --app-id … --app-secret-file …
--token-file …\` (secrets from files, never on the command line) against \`curl -sS --fail URL\`
(what a user types, the secret in the URL). hyperfine -N (no shell), $ex_rounds round(s) of $ex_runs runs
after warm-up, the order alternating; the median of the rounds' medians.

| command | median wall time | CPU time (user+sys) | peak RSS |
|---|---|---|---|
| longlived-cli exchange | $(ms "$ex_cli" 2) ms | $(ms "$ex_cli_cpu" 1) ms | $(kib_row "$ex_cli_rss") |
| curl | $(ms "$ex_curl" 2) ms | $(ms "$ex_curl_cpu" 1) ms | $(kib_row "$ex_curl_rss") |
| **ratio** | **${ex_ratio}×** (target ≤ 1.5×: $(verdict "$ex_ratio" "<=" 1.5)) | $(calc "$ex_cli_cpu / $ex_curl_cpu")× | $(calc "$ex_cli_rss / $ex_curl_rss")× |

## 4. CLI, batches

\`longlived-cli batch --input F.jsonl --output O.jsonl --concurrency $concurrency --app-id … --app-secret-file …\`
against \`curl --parallel --parallel-max $concurrency -K F.cfg\` (a config file with the same URLs, answers
to a file) and a sequential shell loop of curl (\`while read t; do curl …; done\`: one process
per token). The reference row is \`bench/batch-floor\`: one thread, keep-alive QTcpSockets and the
same per-line work (JSON in, URL, JSON answer, JSON record out) without QNetworkAccessManager —
what a Qt program can reach; it is not a product and has no target. The loop ran on $loop_lines lines ($loop_runs run(s)): its throughput, $loop_tput/s, is extrapolated
to the batch sizes. Every run's output was checked: one answer per line.

| lines | tool | wall time | throughput | peak RSS | CPU (user+sys) |
|---|---|---|---|---|---|
EOF
for n in "$small" "$big"; do
    echo "| $n | longlived-cli batch | $(ms "${b_wall[$n]}" 0) ms | ${b_tput[$n]}/s | $(kib_row "${b_rss[$n]}") | ${b_cpu[$n]} s |"
    echo "| $n | curl --parallel | $(ms "${c_wall[$n]}" 0) ms | ${c_tput[$n]}/s | $(kib_row "${c_rss[$n]}") | ${c_cpu[$n]} s |"
    echo "| $n | *Qt without QNetworkAccessManager (reference)* | $(ms "${f_wall[$n]}" 0) ms | ${f_tput[$n]}/s | $(kib_row "${f_rss[$n]}") | ${f_cpu[$n]} s |"
    echo "| $n | curl loop (extrapolated) | $(calc "$n / $loop_tput * 1000" 0) ms | $loop_tput/s | $(kib_row "$(median "$d/loop.rss")") | |"
done
cat <<EOF

| | $small lines | $big lines | target |
|---|---|---|---|
| longlived-cli / curl --parallel (time) | ${ratio_small}× $(verdict "$ratio_small" "<=" 1.1) | ${ratio_big}× $(verdict "$ratio_big" "<=" 1.1) | ≤ 1.1× |
| longlived-cli throughput / curl loop | ${speedup_small}× $(verdict "$speedup_small" ">=" 20) | ${speedup_big}× $(verdict "$speedup_big" ">=" 20) | ≥ 20× |
| longlived-cli peak RSS, $big vs $small lines | | ${rss_growth}× $(verdict "$rss_growth" "<=" 1.10) | flat (≤ 1.10×) |

## 5. Growth

longlived-cli batch at every size (curl --parallel beside it); runs per size: $batch_runs, $big_runs from 10⁵.
"Marginal" is the extra time per extra line since the size above: linear time keeps it level.

| lines | wall time | marginal per line | throughput | peak RSS | curl --parallel wall time | curl peak RSS |
|---|---|---|---|---|---|---|
EOF
prev_n= prev_w=
for n in "${sizes[@]}"; do
    marginal=—
    [ -n "$prev_n" ] && marginal="$(calc "(${b_wall[$n]} - $prev_w) * 1000 / ($n - $prev_n)" 1) µs"
    echo "| $n | $(ms "${b_wall[$n]}" 0) ms | $marginal | ${b_tput[$n]}/s | $(kib_row "${b_rss[$n]}") | $(ms "${c_wall[$n]}" 0) ms | $(kib_row "${c_rss[$n]}") |"
    prev_n=$n prev_w=${b_wall[$n]}
done
cat <<EOF

$(is_number "$linearity" && echo "Time: marginal cost per line ${marginal_lo} µs → ${marginal_hi} µs (ratio ${linearity}×, target ≤ 1.25×: $(verdict "$linearity" "<=" 1.25)).")
Memory: peak RSS from $(mib "$rss_min") to $(mib "$rss_max") MiB over all sizes (${rss_spread}×, target ≤ 1.10×: $(verdict "$rss_spread" "<=" 1.10)).

## 6. Renewal and delivery

\`bench/renew.sh\`: in a private D-Bus session with a fresh, unlocked GNOME Keyring, N due Threads
profiles are saved as the window saves them (\`bench/profiles\`: the core library's TokenVault and
DeliveryStore; one n8n target each, its API key in the keychain); then \`longlived-cli renew --force --json\`
refreshes every one at Meta (\`th_refresh_token\`), stores the new token in the keychain and the
profile, and PATCHes it into the profile's n8n credential. Meta and n8n are two loopback bench
servers (one new token per refresh; n8n's header, content type and body checked). The baseline,
\`bench/renew-baseline.sh\`, does the same job for the same number of profiles the way a competent user
scripts it: per profile \`secret-tool lookup\` of the token and of the n8n key, \`curl\` for the
refresh, \`secret-tool store\` of the new token, \`curl -X PATCH\` to n8n (secrets through standard
input, never on a command line), one profile after the other. At $renew_compare profiles the two ran
interleaved, $renew_runs run(s) each, the order alternating; the other sizes $renew_size_runs run(s) each (from 1,000
profiles one, without the untimed first run the smaller sizes get). Every run was checked: exit status 0, one \`renewed\` record per profile,
and exactly one refresh and one credential update per profile counted by the servers.
EOF
if $renew_measured; then
    echo
    echo "| profiles | tool | wall time | per profile | peak RSS | CPU (user+sys) | keyring daemon's CPU meanwhile |"
    echo "|---|---|---|---|---|---|---|"
    for n in $renew_sizes; do
        echo "| $n | longlived-cli renew | $(ms "${r_wall[$n]}" 0) ms | $(calc "${r_wall[$n]} / $n" 1) ms | $(kib_row "${r_rss[$n]}") | ${r_cpu[$n]} s | ${r_keyring[$n]} s |"
        if [ "$n" = "$renew_compare" ]; then
            echo "| $n | secret-tool + curl script | $(ms "$renew_base_wall" 0) ms | $(calc "$renew_base_wall / $n" 1) ms | $(kib_row "$renew_base_rss") (largest process) | $renew_base_cpu s (all its processes) | $renew_base_keyring s |"
        fi
    done
    echo
    echo "| | measured | target | result |"
    echo "|---|---|---|---|"
    echo "| longlived-cli renew / the script, $renew_compare profiles (time) | ${renew_ratio}× | ≤ 0.5× | $(verdict "$renew_ratio" "<=" 0.5) |"
    echo "| longlived-cli renew peak RSS, largest / smallest over $renew_sizes profiles | ${renew_rss_spread}× ($(mib "$renew_rss_min") → $(mib "$renew_rss_max") MiB) | ≤ 1.10× | $(verdict "$renew_rss_spread" "<=" 1.10) |"
else
    echo
    echo "Not measured: this longlived-cli has no \`renew\` command."
fi
echo
cat "$out_dir/https/https.md"
cat <<EOF

## The server is not the bottleneck

\`bench/server\` (\`longlived-bench-server\`): one epoll thread, HTTP/1.1 keep-alive, the same canned
answer in Meta's format (a 200-character token, \`token_type\`, \`expires_in\`) to every request.

| curl --parallel-max | 1 | 2 | 4 | 8 |
|---|---|---|---|---|
| throughput ($check_urls requests) | ${tput_p1}/s | ${tput_p2}/s | ${tput_p4}/s | ${tput_p8}/s |

The server spent ${server_us_per_request} µs of CPU per request over these runs (curl, the client, spends
about $(calc "${c_cpu[$big]} * 1000000 / $big" 0) µs per request in the batches below, longlived-cli $(calc "${b_cpu[$big]} * 1000000 / $big" 0) µs). On a machine with idle cores
curl's throughput rises with its concurrency; when every core is busy (see the load average
above) it cannot, whatever the server, and the server's small CPU share is the better evidence.

During the $big-line longlived-cli batch the server used ${server_cpu_big} s of CPU, ${server_share} % of one core over
the batch's wall time: it waits for the client most of the time.
EOF
if [ -f "$bench_dir/FINDINGS.md" ]; then
    echo
    cat "$bench_dir/FINDINGS.md"
fi
} >"$results"

# Every figure must be a number (the smoke run's whole point).
bad=()
for entry in "${numbers[@]}"; do
    is_number "${entry#*=}" || bad+=("$entry")
done
log "results: $results"
if [ ${#bad[@]} -gt 0 ]; then
    fail "no number for: ${bad[*]}"
fi
if [ "$mode" != smoke ]; then
    sed -n '/^## Summary/,/^## 1\./p' "$results" | sed '$d'
fi
