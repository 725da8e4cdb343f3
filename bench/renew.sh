#!/usr/bin/env bash
# bench/renew.sh --cli PATH --server PATH --profiles PATH --out DIR [--sizes "10 100 1000"] [--compare N]
#                [--runs R] [--size-runs R] [--timeout S]
# The renewal benchmark (section 6 of bench/run.sh, which calls it; it runs on its own too).
#
# In a throwaway HOME with a private D-Bus session and a fresh, unlocked GNOME Keyring (as
# scripts/run-tests.sh does), against two loopback bench servers (one as Meta's Threads Graph
# API, one as n8n), it
#   1. saves N due Threads profiles with one n8n target each, as the window does (through the
#      core library: bench/profiles, longlived-bench-profiles — --profiles PATH),
#   2. times `longlived-cli renew --force --json` — every profile refreshed at Meta, stored,
#      and delivered to its n8n credential — at every size (peak RSS and CPU with /usr/bin/time),
#   3. at N = --compare, interleaved with those runs (order alternating), times
#      bench/renew-baseline.sh doing the same job for the same number of profiles with
#      secret-tool and curl, one profile after the other.
# Every run is checked: exit status 0, one "renewed" record per profile, and exactly one refresh
# and one credential PATCH per profile counted by the servers.
#
# Writes DIR/renew.txt ("key value" lines: medians in ms, KiB and s; read by bench/run.sh) and
# the raw numbers beside it. Default sizes 10 100 1000, --compare 100, 3 runs at that size
# (--runs) and 1 at the others (--size-runs; from 1000 profiles always 1, without the untimed
# first run the smaller sizes get); --timeout: the limit of one renew run (s).
set -euo pipefail

bench_dir=$(cd "$(dirname "$0")" && pwd)
cli='' server_bin='' profiles_bin='' out='' sizes="10 100 1000" compare=100 runs=3 size_runs=1 limit=1800
while [ $# -gt 0 ]; do
    case $1 in
        --cli) cli=$2; shift ;;
        --server) server_bin=$2; shift ;;
        --profiles) profiles_bin=$2; shift ;;
        --out) out=$2; shift ;;
        --sizes) sizes=$2; shift ;;
        --compare) compare=$2; shift ;;
        --runs) runs=$2; shift ;;
        --size-runs) size_runs=$2; shift ;;
        --timeout) limit=$2; shift ;;
        -h | --help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench/renew.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
    shift
done
fail() { printf 'bench/renew.sh: %s\n' "$*" >&2; exit 1; }
[ -x "$cli" ] || fail "--cli: no longlived-cli at '$cli'"
[ -x "$server_bin" ] || fail "--server: no longlived-bench-server at '$server_bin'"
[ -x "$profiles_bin" ] || fail "--profiles: no longlived-bench-profiles at '$profiles_bin'"
[ -n "$out" ] || fail "--out DIR is required"
for tool in secret-tool curl dbus-run-session gnome-keyring-daemon dbus-send /usr/bin/time; do
    command -v "$tool" >/dev/null 2>&1 || fail "missing $tool: run scripts/install-deps.sh"
done
mkdir -p "$out"
out=$(cd "$out" && pwd) cli=$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")
server_bin=$(cd "$(dirname "$server_bin")" && pwd)/$(basename "$server_bin")
profiles_bin=$(cd "$(dirname "$profiles_bin")" && pwd)/$(basename "$profiles_bin")

# ------------------------------------------------------------------------------ session
# Re-run inside a private session bus with a fresh keyring, in a throwaway home.
if [ -z "${LONGLIVED_RENEW_BENCH_SESSION:-}" ]; then
    work=$(mktemp -d /tmp/longlived-renew-bench.XXXXXX)
    trap 'rm -rf "$work"' EXIT
    mkdir -p "$work/home" "$work/runtime" "$work/data" "$work/config" "$work/cache"
    chmod 700 "$work/runtime"
    status=0
    env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u SSL_CERT_FILE -u SSL_CERT_DIR \
        -u CURL_CA_BUNDLE -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY -u all_proxy \
        -u LONGLIVED_APP_SECRET -u LONGLIVED_TOKEN \
        HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" XDG_DATA_HOME="$work/data" \
        XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
        LONGLIVED_RENEW_BENCH_SESSION="$work" KEYRING_PASSWORD=longlived-bench \
        dbus-run-session -- "$0" --cli "$cli" --server "$server_bin" --profiles "$profiles_bin" --out "$out" --sizes "$sizes" \
        --compare "$compare" --runs "$runs" --size-runs "$size_runs" --timeout "$limit" || status=$?
    exit "$status"
fi
work=$LONGLIVED_RENEW_BENCH_SESSION
printf %s "$KEYRING_PASSWORD" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
keyring_pid=$!
server_pids=()
cleanup() {
    local pid
    for pid in "${server_pids[@]}" "$keyring_pid"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT
for _ in $(seq 1 200); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && break
    sleep 0.05
done

log() { printf '== %s\n' "$*" >&2; }
median() { # FILE -> median of the numbers in it, "nan" when none
    [ -s "$1" ] || { echo nan; return; }
    sort -g "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
stat_of() { # URL KEY -> the counter KEY of the bench server at URL
    curl -sS --fail "$1/__stats" | sed -n "s/.*\"$2\":\([0-9]*\).*/\1/p"
}

start_server() { # NAME: a bench server in the background, its address in $work/NAME.url
    "$server_bin" --port 0 >"$work/$1.url" 2>"$work/$1.err" &
    server_pids+=($!)
    for _ in $(seq 1 100); do
        [ -s "$work/$1.url" ] && break
        sleep 0.05
    done
    [ -s "$work/$1.url" ] || fail "the bench server ($1) did not start: $(cat "$work/$1.err")"
}
start_server graph
start_server n8n
graph_url=$(head -n 1 "$work/graph.url") n8n_url=$(head -n 1 "$work/n8n.url")
export LONGLIVED_THREADS_URL=$graph_url LONGLIVED_INSTAGRAM_URL=$graph_url LONGLIVED_GRAPH_URL=$graph_url

# ------------------------------------------------------------------------------ profiles
# Names, credential ids and keys of profile I: the same for LongLived and the baseline.
mkdir -p "$work/in"
name_of() { printf 'bench-%04d' "$1"; }
credential_of() { printf 'cred%012d' "$1"; }
filler=$(printf 'Qw%.0s' $(seq 1 90)) # the same token shape as longlived-bench-profiles

saved=0 # LongLived profiles 1..saved exist
add_profiles() { # N: LongLived profiles up to N
    local t0
    t0=${EPOCHREALTIME//[.,]/}
    "$profiles_bin" $((saved + 1)) "$1" "$n8n_url" 2>"$work/setup.err" ||
        fail "saving profiles $((saved + 1))..$1 failed: $(tail -n 3 "$work/setup.err")"
    saved=$1
    log "   $1 LongLived profiles saved ($(((${EPOCHREALTIME//[.,]/} - t0) / 1000)) ms)"
}
add_baseline_profiles() { # N: the baseline's keyring items and profile list for N profiles
    local i name
    : >"$work/in/baseline.tsv"
    for ((i = 1; i <= $1; i++)); do
        name=$(name_of "$i")
        printf 'THbenchstart%06d%s' "$i" "$filler" |
            secret-tool store --label="Threads token ($name)" service longlived-baseline profile "$name" kind token
        printf 'n8n-api-key-%06d' "$i" |
            secret-tool store --label="n8n API key ($name)" service longlived-baseline profile "$name" kind n8n-key
        printf '%s\t%s\t%s\n' "$name" "$n8n_url" "$(credential_of "$i")" >>"$work/in/baseline.tsv"
    done
}

# ------------------------------------------------------------------------------ runs
# The keyring daemon's CPU time (user + system, in clock ticks): its share of a run's work.
clock_ticks=$(getconf CLK_TCK)
keyring_ticks() { awk '{ print $14 + $15 }' "/proc/$keyring_pid/stat"; }

# checked N WHAT CMD...: runs CMD under /usr/bin/time (its wall time in ms to $out/WHAT.wall,
# peak RSS in KiB to WHAT.rss, CPU in s to WHAT.cpu, the keyring daemon's CPU in s meanwhile to
# WHAT.keyring) and checks that the servers saw exactly N
# refreshes and N credential updates.
checked() {
    local n=$1 what=$2; shift 2
    local refreshes0 patches0 t0 t1 rss user system got keyring0
    refreshes0=$(stat_of "$graph_url" refreshes) patches0=$(stat_of "$n8n_url" patches)
    keyring0=$(keyring_ticks)
    t0=${EPOCHREALTIME//[.,]/}
    /usr/bin/time -f '%M %U %S' -o "$work/time.out" timeout "$limit" "$@" >"$work/run.out" 2>"$work/run.err" ||
        fail "$what: exit $? ($(tail -n 3 "$work/run.err" | tr '\n' ' '))"
    t1=${EPOCHREALTIME//[.,]/}
    got=$(($(stat_of "$graph_url" refreshes) - refreshes0))
    [ "$got" -eq "$n" ] || fail "$what: $got refreshes at Meta for $n profiles"
    got=$(($(stat_of "$n8n_url" patches) - patches0))
    [ "$got" -eq "$n" ] || fail "$what: $got n8n credential updates for $n profiles"
    awk -v d=$((t1 - t0)) 'BEGIN { printf "%.3f\n", d / 1000 }' >>"$out/$what.wall"
    awk -v t=$(($(keyring_ticks) - keyring0)) -v hz="$clock_ticks" 'BEGIN { printf "%.2f\n", t / hz }' >>"$out/$what.keyring"
    read -r rss user system <"$work/time.out"
    echo "$rss" >>"$out/$what.rss"
    awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f\n", u + s }' >>"$out/$what.cpu"
}
run_cli() { # N
    checked "$1" "cli$1" "$cli" renew --force --json
    local renewed
    renewed=$(grep -c '"action":"renewed"' "$work/run.out" || true)
    [ "$renewed" -eq "$1" ] || fail "renew: $renewed of $1 profiles renewed ($(tail -n 3 "$work/run.err" | tr '\n' ' '))"
}
run_baseline() { # N
    checked "$1" "baseline$1" "$bench_dir/renew-baseline.sh" "$work/in/baseline.tsv" "$graph_url" "$work/baseline.state"
}

rm -f "$out"/cli*.* "$out"/baseline*.*
log "   the baseline's $compare profiles in the keyring (secret-tool store)"
add_baseline_profiles "$compare"
for n in $sizes; do
    add_profiles "$n"
    count=$size_runs
    if [ "$n" -ge 1000 ]; then
        count=1 # minutes per run (the keyring daemon rewrites its file on every change); no warm-up either
    else
        run_cli "$n" # warm-up (the settings file and keyring as after a first renewal), not kept
        rm -f "$out/cli$n".*
    fi
    if [ "$n" -eq "$compare" ]; then
        count=$runs
        run_baseline "$n"
        rm -f "$out/baseline$n".*
    fi
    for r in $(seq 1 "$count"); do
        if [ "$n" -ne "$compare" ]; then
            run_cli "$n"
        elif [ $((r % 2)) -eq 1 ]; then
            run_cli "$n"; run_baseline "$n"
        else
            run_baseline "$n"; run_cli "$n"
        fi
    done
    log "   $n profiles: longlived-cli renew $(median "$out/cli$n.wall") ms$([ "$n" -ne "$compare" ] ||
        echo ", baseline $(median "$out/baseline$n.wall") ms")"
done

{
    echo "sizes $sizes"
    echo "compare $compare"
    echo "runs $runs"
    echo "size_runs $size_runs"
    for n in $sizes; do
        echo "cli_wall_$n $(median "$out/cli$n.wall")"
        echo "cli_rss_$n $(median "$out/cli$n.rss")"
        echo "cli_cpu_$n $(median "$out/cli$n.cpu")"
        echo "cli_keyring_$n $(median "$out/cli$n.keyring")"
    done
    echo "baseline_wall $(median "$out/baseline$compare.wall")"
    echo "baseline_rss $(median "$out/baseline$compare.rss")"
    echo "baseline_cpu $(median "$out/baseline$compare.cpu")"
    echo "baseline_keyring $(median "$out/baseline$compare.keyring")"
} >"$out/renew.txt"
