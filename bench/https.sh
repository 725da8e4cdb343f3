#!/usr/bin/env bash
# bench/https.sh --cli CLI --server BIN --out DIR [--transports BIN] [--app APP --floor FLOOR]
#                [--sizes "1000 100000"] [--runs N] [--ex-runs N] [--gui-runs N] [--concurrency N] [--smoke]
# The path users run: HTTPS with HTTP/2 where the client offers it, as Meta's servers answer.
# A test CA and a server certificate for 127.0.0.1 are made with openssl in a temporary folder;
# nginx terminates TLS (HTTP/2 through ALPN, else HTTP/1.1) in front of longlived-bench-server,
# with keep-alive connections to it. Both LongLived transports trust the test CA through
# SSL_CERT_FILE, curl through --cacert. Measured, interleaved, medians:
#   - batches of each size: longlived-cli batch (HttpConnectionPool) vs
#     curl --http2 --parallel --parallel-max N, wall time and CPU time (user+sys); with
#     --transports (longlived-bench-transport-batch) also the same batch through the core on each
#     transport, QNetworkAccessManager (HTTP/2) and HttpConnectionPool
#   - one exchange: longlived-cli exchange (QNetworkAccessManager) vs curl --http2, hyperfine
#   - with --app and --floor: the window's start-up with the HTTPS setup in its environment
#     (SSL_CERT_FILE, an https base URL) vs bench/floor, interleaved
#   - the terminator check: curl --parallel straight to the server (plain http) vs through nginx,
#     and nginx's own CPU time
# Writes DIR/https.md (a RESULTS.md section) and DIR/https.txt (key value, one a line).
set -euo pipefail

cli='' server_bin='' out='' transports='' app='' floor='' sizes="1000 100000" runs=3 ex_runs=20 gui_runs=20
concurrency=4 smoke=false
while [ $# -gt 0 ]; do
    case $1 in
        --cli) cli=$2; shift 2 ;;
        --server) server_bin=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --transports) transports=$2; shift 2 ;;
        --app) app=$2; shift 2 ;;
        --floor) floor=$2; shift 2 ;;
        --gui-runs) gui_runs=$2; shift 2 ;;
        --sizes) sizes=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --ex-runs) ex_runs=$2; shift 2 ;;
        --concurrency) concurrency=$2; shift 2 ;;
        --smoke) smoke=true; shift ;;
        -h | --help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench/https.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done
fail() { printf 'bench/https.sh: %s\n' "$*" >&2; exit 1; }
log() { printf '== %s\n' "$*" >&2; }
[ -x "$cli" ] && [ -x "$server_bin" ] && [ -n "$out" ] || fail "--cli, --server and --out are required"
[ -z "$transports" ] || [ -x "$transports" ] || fail "--transports: $transports is not a program"
[ -z "$app$floor" ] || { [ -x "$app" ] && [ -x "$floor" ]; } || fail "--app and --floor go together"
for tool in nginx openssl curl hyperfine /usr/bin/time; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] ||
        fail "$tool is missing: run scripts/install-deps.sh"
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
curl --version | grep -qw HTTP2 || fail "this curl has no HTTP/2"
mkdir -p "$out"
out=$(cd "$out" && pwd)

work=$(mktemp -d /tmp/longlived-https.XXXXXX)
server_pid='' nginx_pid=''
cleanup() {
    local status=$?
    for pid in $nginx_pid $server_pid; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

# ------------------------------------------------------------------------------ certificates
# A CA and a server certificate signed by it for the address the clients use (an IP SAN).
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj '/CN=LongLived bench CA' \
    -keyout "$work/ca.key" -out "$work/ca.pem" -addext 'basicConstraints=critical,CA:TRUE' \
    -addext 'keyUsage=critical,keyCertSign' 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj '/CN=127.0.0.1' -keyout "$work/server.key" -out "$work/server.csr" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >"$work/ext.cnf"
openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial -days 2 \
    -extfile "$work/ext.cnf" -out "$work/server.pem" 2>/dev/null

# ------------------------------------------------------------------------------ servers
"$server_bin" --port 0 >"$work/server.url" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 1 100); do [ -s "$work/server.url" ] && break; sleep 0.05; done
plain_base=$(head -n 1 "$work/server.url")
[ -n "$plain_base" ] || fail "the bench server did not start: $(cat "$work/server.err")"
upstream=${plain_base#http://}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
mkdir -p "$work/nginx"
# One process (the machine has 2 cores and the clients need them); no logs; requests per
# connection unlimited, as Meta's front ends allow thousands, so no run reconnects midway.
cat >"$work/nginx.conf" <<EOF
daemon off;
master_process off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    # Which protocol each client got (buffered: a few bytes per request).
    log_format proto '\$server_protocol \$http_user_agent';
    access_log $work/nginx/access.log proto buffer=256k flush=1s;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    keepalive_requests 10000000;
    keepalive_timeout 300s;
    upstream bench {
        server $upstream;
        keepalive 32;
        keepalive_requests 10000000;
    }
    server {
        listen 127.0.0.1:$port ssl http2;
        ssl_certificate $work/server.pem;
        ssl_certificate_key $work/server.key;
        ssl_protocols TLSv1.2 TLSv1.3;
        location / {
            proxy_pass http://bench;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_buffering off;
        }
    }
}
EOF
"$nginx_bin" -e "$work/nginx/error.log" -c "$work/nginx.conf" >"$work/nginx.out" 2>&1 &
nginx_pid=$!
base=https://127.0.0.1:$port
for _ in $(seq 1 100); do
    curl -s -o /dev/null --cacert "$work/ca.pem" "$base/" && break
    kill -0 "$nginx_pid" 2>/dev/null || fail "nginx did not start: $(cat "$work/nginx.out" "$work/nginx/error.log" 2>/dev/null)"
    sleep 0.05
done
alpn=$(curl -sS -o /dev/null -w '%{http_version}' --http2 --cacert "$work/ca.pem" "$base/")
[ "$alpn" = 2 ] || fail "nginx did not answer HTTP/2 through ALPN (got HTTP/$alpn)"

export SSL_CERT_FILE=$work/ca.pem LONGLIVED_GRAPH_URL=$base
unset SSL_CERT_DIR CURL_CA_BUNDLE

# ------------------------------------------------------------------------------ helpers
median() {
    [ -s "$1" ] || { echo nan; return; }
    sort -g "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
calc() { awk "BEGIN { v = $1; printf \"%.${2:-2}f\", v }"; }
measured() { # PREFIX CMD...: wall ms, user+sys s
    local prefix=$1; shift
    local t0 t1 user system
    t0=${EPOCHREALTIME//[.,]/}
    /usr/bin/time -f '%U %S' -o "$work/time.out" "$@" || fail "failed: $*"
    t1=${EPOCHREALTIME//[.,]/}
    awk -v d=$((t1 - t0)) 'BEGIN { printf "%.3f\n", d / 1000 }' >>"$prefix.wall"
    read -r user system <"$work/time.out"
    awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f\n", u + s }' >>"$prefix.cpu"
}
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

app_id=1234567890
printf '%s' 0123456789abcdef0123456789abcdef >"$work/secret"
chmod 600 "$work/secret"
secret=$(cat "$work/secret")
filler=$(printf 'Zx%.0s' $(seq 1 85))
make_inputs() { # N BASE NAME
    awk -v n="$1" -v f="$filler" -v base="$2" -v id="$app_id" -v s="$secret" \
        -v j="$work/$3.jsonl" -v c="$work/$3.cfg" 'BEGIN {
        for (i = 1; i <= n; i++) {
            tok = sprintf("EAAbench%08d%s", i, f)
            printf "{\"token\":\"%s\"}\n", tok > j
            printf "url = \"%s/v25.0/oauth/access_token?grant_type=fb_exchange_token&client_id=%s&client_secret=%s&fb_exchange_token=%s\"\n", base, id, s, tok > c
        }
    }'
}
count() { grep -o "$1" "$2" | wc -l; }
run_cli() { # N PREFIX
    measured "$2" "$cli" batch --input "$work/b$1.jsonl" --output "$work/cli.out" --concurrency "$concurrency" \
        --app-id "$app_id" --app-secret-file "$work/secret" --no-progress 2>"$work/cli.err"
    [ "$(count '"ok":true' "$work/cli.out")" -eq "$1" ] || fail "longlived-cli batch over HTTPS: not every line succeeded ($(tail -n 3 "$work/cli.err"))"
}
run_curl() { # N PREFIX CONFIG [EXTRA...]
    local n=$1 prefix=$2 cfg=$3; shift 3
    measured "$prefix" curl --parallel --parallel-max "$concurrency" -sS --fail "$@" -K "$cfg" >"$work/curl.out" 2>"$work/curl.err"
    [ "$(count '"access_token"' "$work/curl.out")" -eq "$n" ] || fail "curl --parallel: not every answer came ($(head -n 3 "$work/curl.err"))"
}
curl_https=(--http2 --cacert "$work/ca.pem")
run_core() { # TRANSPORT N PREFIX: the same batch through the core on one transport
    measured "$3" "$transports" "$1" "$work/b$2.jsonl" "$concurrency" "$app_id" "$work/secret" 2>"$work/core.err" ||
        fail "longlived-bench-transport-batch $1: $(tail -n 3 "$work/core.err")"
}
run_all() { # N R: every tool once, in an order that alternates with R
    local n=$1 tools=(cli curl)
    [ -n "$transports" ] && tools+=(qnam pool)
    [ $(($2 % 2)) -eq 0 ] && tools=($(printf '%s\n' "${tools[@]}" | tac))
    for tool in "${tools[@]}"; do
        case $tool in
            cli) n0=$(ticks "$nginx_pid"); run_cli "$n" "$out/cli$n"; echo $(($(ticks "$nginx_pid") - n0)) >>"$out/nginx_cli$n" ;;
            curl) run_curl "$n" "$out/curl$n" "$work/b$n.cfg" "${curl_https[@]}" ;;
            *) run_core "$tool" "$n" "$out/$tool$n" ;;
        esac
    done
}

results=$out/https.txt
: >"$results"
put() { echo "$1 $2" >>"$results"; }
put load_start "$(load | tr ' ' '/')"

# ------------------------------------------------------------------------------ terminator check
check=$(echo "$sizes" | awk '{ print ($1 < 2000) ? $1 : 2000 }')
log "HTTPS: the terminator check, $check requests: curl --parallel direct (http) vs through nginx (https, h2)"
make_inputs "$check" "$plain_base" direct
make_inputs "$check" "$base" check
for _ in 1 2 3; do
    run_curl "$check" "$out/direct" "$work/direct.cfg"
    n0=$(ticks "$nginx_pid")
    run_curl "$check" "$out/viatls" "$work/check.cfg" "${curl_https[@]}"
    echo $(($(ticks "$nginx_pid") - n0)) >>"$out/nginx_check_ticks"
done
put direct_wall "$(median "$out/direct.wall")"
put viatls_wall "$(median "$out/viatls.wall")"
put nginx_us_per_request "$(calc "$(median "$out/nginx_check_ticks") * 1000000 / $(getconf CLK_TCK) / $check" 0)"

# ------------------------------------------------------------------------------ batches
for n in $sizes; do
    make_inputs "$n" "$base" "b$n"
    log "HTTPS: batch of $n lines, $runs run(s): longlived-cli batch vs curl --http2 --parallel"
    if [ "$n" -le 10000 ]; then
        run_cli "$n" "$work/warm"; run_curl "$n" "$work/warm" "$work/b$n.cfg" "${curl_https[@]}"
        [ -z "$transports" ] || { run_core qnam "$n" "$work/warm"; run_core pool "$n" "$work/warm"; }
    fi
    for r in $(seq 1 "$runs"); do run_all "$n" "$r"; done
    for tool in cli curl qnam pool; do
        [ -s "$out/$tool$n.wall" ] || continue
        put "${tool}_wall_$n" "$(median "$out/$tool$n.wall")"
        put "${tool}_cpu_$n" "$(median "$out/$tool$n.cpu")"
    done
    put "nginx_cpu_cli_$n" "$(calc "$(median "$out/nginx_cli$n") / $(getconf CLK_TCK)")"
    put "load_$n" "$(load | tr ' ' '/')"
done

# ------------------------------------------------------------------------------ one exchange
log "HTTPS: one exchange, hyperfine $ex_runs runs: longlived-cli exchange vs curl --http2"
printf 'EAAbench00000000%s' "$filler" >"$work/token"
url="$base/v25.0/oauth/access_token?grant_type=fb_exchange_token&client_id=$app_id&client_secret=$secret&fb_exchange_token=$(cat "$work/token")"
hyperfine -N --style none --warmup 3 --runs "$ex_runs" --export-csv "$out/exchange.csv" \
    -n longlived-cli "$cli exchange --app-id $app_id --app-secret-file $work/secret --token-file $work/token" \
    -n curl "curl -sS --fail --http2 --cacert $work/ca.pem $url" >"$out/exchange.txt" 2>&1 ||
    fail "hyperfine failed: $(tail -n 5 "$out/exchange.txt")"
awk -F, 'NR > 1 { printf "ex_%s_wall %.3f\nex_%s_cpu %.3f\n", $1, $4 * 1000, $1, ($5 + $6) * 1000 }' \
    "$out/exchange.csv" | sed 's/longlived-cli/cli/' >>"$results"

# ------------------------------------------------------------------------------ window start-up
if [ -n "$app" ]; then
    log "HTTPS: the window's start-up with SSL_CERT_FILE and an https base URL, $gui_runs runs each vs the floor"
    # A home of its own: no saved tokens or settings of the user's change what the window reads.
    mkdir -p "$work/home" "$work/config" "$work/runtime"
    chmod 700 "$work/runtime"
    gui_start() { # PROGRAM PREFIX: one start until the first frame, wall ms
        local t0 t1
        t0=${EPOCHREALTIME//[.,]/}
        env HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime" \
            QT_QPA_PLATFORM=offscreen LONGLIVED_QUIT_AFTER_FIRST_FRAME=1 timeout 60 "$1" >/dev/null 2>>"$work/gui.err" ||
            fail "$1 did not start and quit by itself: $(tail -n 3 "$work/gui.err")"
        t1=${EPOCHREALTIME//[.,]/}
        [ -z "$2" ] || awk -v d=$((t1 - t0)) 'BEGIN { printf "%.3f\n", d / 1000 }' >>"$2.wall"
    }
    for program in "$floor" "$app" "$floor" "$app"; do gui_start "$program" ''; done # warm-up
    for r in $(seq 1 "$gui_runs"); do # interleaved, the order alternating: load drifts alike for both
        if [ $((r % 2)) -eq 1 ]; then
            gui_start "$floor" "$out/gui_floor"; gui_start "$app" "$out/gui_app"
        else
            gui_start "$app" "$out/gui_app"; gui_start "$floor" "$out/gui_floor"
        fi
    done
    put gui_floor_wall "$(median "$out/gui_floor.wall")"
    put gui_app_wall "$(median "$out/gui_app.wall")"
fi
put load_end "$(load | tr ' ' '/')"
kill -USR1 "$nginx_pid" 2>/dev/null || true # reopen: flushes the buffered log
sleep 1.5
# "HTTP/2.0 curl/7.88.1" -> protocols: HTTP/2.0 curl ×N, …
protocols=$(awk '{ split($2, ua, "/"); n[$1 " " ua[1]]++ } END { for (k in n) printf "%s%s ×%d", (c++ ? ", " : ""), k, n[k] }' \
    "$work/nginx/access.log")

# ------------------------------------------------------------------------------ report
v() { awk -v k="$1" '$1 == k { print $2 }' "$results"; }
ratio() { calc "$(v "$1") / $(v "$2")"; }
verdict_for() { # RATIO TARGET
    $smoke && { echo "(smoke)"; return; }
    awk -v a="$1" -v t="$2" 'BEGIN { print (a <= t) ? "PASS" : "MISS" }'
}
verdict() { verdict_for "$1" 1.0; }
{
    echo "## 7. HTTPS: the path users run"
    echo
    echo "\`bench/https.sh\`, $(date -u '+%Y-%m-%d %H:%M UTC'); load average (1, 5, 15 min) at the start"
    echo "$(v load_start | tr / ' '), at the end $(v load_end | tr / ' ')."
    echo "nginx $("$nginx_bin" -v 2>&1 | sed 's|.*/||') terminates TLS (a test CA, trusted through \`SSL_CERT_FILE\`) with HTTP/2"
    echo "through ALPN in front of \`longlived-bench-server\` (upstream keep-alive). \`longlived-cli batch\`"
    echo "goes through HttpConnectionPool (HTTP/1.1, $concurrency TLS connections); \`longlived-cli exchange\` through"
    echo "QNetworkAccessManager (HTTP/2); curl with \`--http2\` multiplexes every request on one connection."
    if [ -n "$transports" ]; then
        echo "The CLI always sends a batch through the pool; \`longlived-bench-transport-batch\` sends the same lines"
        echo "through the core (TokenService, a job per line, $concurrency in flight) on either transport: \`core, QNAM\`"
        echo "is QNetworkAccessManager with HTTP/2, \`core, pool\` is HttpConnectionPool."
    fi
    echo
    echo "| lines | tool | wall time | CPU (user+sys) | nginx's CPU during it |"
    echo "|---|---|---|---|---|"
    for n in $sizes; do
        echo "| $n | longlived-cli batch | $(calc "$(v "cli_wall_$n")" 0) ms | $(v "cli_cpu_$n") s | $(v "nginx_cpu_cli_$n") s |"
        echo "| $n | curl --http2 --parallel --parallel-max $concurrency | $(calc "$(v "curl_wall_$n")" 0) ms | $(v "curl_cpu_$n") s | |"
        [ -n "$(v "qnam_wall_$n")" ] || continue
        echo "| $n | core, QNAM (HTTP/2) | $(calc "$(v "qnam_wall_$n")" 0) ms | $(v "qnam_cpu_$n") s | |"
        echo "| $n | core, pool (HTTP/1.1) | $(calc "$(v "pool_wall_$n")" 0) ms | $(v "pool_cpu_$n") s | |"
    done
    echo
    echo "longlived-cli batch against curl:"
    echo
    echo "| lines | wall time ratio (target ≤ 1.0×) | CPU ratio (target ≤ 1.0×) | load average after |"
    echo "|---|---|---|---|"
    for n in $sizes; do
        w=$(ratio "cli_wall_$n" "curl_wall_$n") c=$(ratio "cli_cpu_$n" "curl_cpu_$n")
        echo "| $n | ${w}× $(verdict "$w") | ${c}× $(verdict "$c") | $(v "load_$n" | tr / ' ') |"
    done
    if [ -n "$transports" ]; then
        echo
        echo "Each transport against curl (why a batch takes the pool):"
        echo
        echo "| lines | core, QNAM: wall | core, QNAM: CPU | core, pool: wall | core, pool: CPU |"
        echo "|---|---|---|---|---|"
        for n in $sizes; do
            echo "| $n | $(ratio "qnam_wall_$n" "curl_wall_$n")× | $(ratio "qnam_cpu_$n" "curl_cpu_$n")× |" \
                "$(ratio "pool_wall_$n" "curl_wall_$n")× | $(ratio "pool_cpu_$n" "curl_cpu_$n")× |"
        done
    fi
    echo
    echo "| one exchange (hyperfine, $ex_runs runs) | median wall time | CPU (user+sys) |"
    echo "|---|---|---|"
    echo "| longlived-cli exchange | $(calc "$(v ex_cli_wall)" 1) ms | $(calc "$(v ex_cli_cpu)" 1) ms |"
    echo "| curl --http2 | $(calc "$(v ex_curl_wall)" 1) ms | $(calc "$(v ex_curl_cpu)" 1) ms |"
    echo "| ratio | $(ratio ex_cli_wall ex_curl_wall)× | $(ratio ex_cli_cpu ex_curl_cpu)× |"
    if [ -n "$app" ]; then
        g=$(ratio gui_app_wall gui_floor_wall)
        echo
        echo "The window's start-up with this HTTPS setup in its environment (\`SSL_CERT_FILE\`, an https base URL;"
        echo "the trust store is read on the first TLS connection, not at start-up), $gui_runs warm starts each,"
        echo "interleaved, offscreen, until the first frame (medians): bench/floor $(calc "$(v gui_floor_wall)" 1) ms, LongLived"
        echo "$(calc "$(v gui_app_wall)" 1) ms: **${g}×** the floor (target ≤ 1.2×: $(verdict_for "$g" 1.2))."
    fi
    echo
    last=${sizes##* }
    echo "The terminator: $check requests with curl --parallel took $(calc "$(v direct_wall)" 0) ms straight to the server"
    echo "(plain http) and $(calc "$(v viatls_wall)" 0) ms through nginx (TLS at both ends and one more hop, on the same cores)."
    echo "nginx spent $(v nginx_us_per_request) µs of CPU per request, and during the $last-line longlived-cli batch"
    echo "$(calc "100 * $(v "nginx_cpu_cli_$last") / ($(v "cli_wall_$last") / 1000)" 0) % of one core: it waits for the client most of the time."
    echo "Requests by protocol and client (nginx's log): $protocols."
} >"$out/https.md"
log "HTTPS: $out/https.md"
