#!/usr/bin/env bash
# Installs the built tree into a throwaway prefix and checks the systemd user units of scheduled
# renewal there, as the user manager would load them:
#   check-units.sh <build dir> <output dir>
# The service must start the installed longlived-cli with `renew --notify`, the timer must run
# daily, catch up missed runs and spread its start; and `systemd-analyze --user verify` must
# accept both without a single complaint. verify also checks that every ExecStart= program exists
# (hence the real install, not the source files) and that the Documentation= man page opens
# (hence MANPATH pointing at the installed pages). It needs a runtime directory, not a running
# user manager: a fresh one is made for it.
set -euo pipefail
build_dir=$1 out_dir=$2
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
for tool in cmake systemd-analyze man; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
done

rm -rf "$out_dir"
mkdir -p "$out_dir"
prefix=$(cd "$out_dir" && pwd)/prefix
cmake --install "$build_dir" --prefix "$prefix" >"$out_dir/install.log" 2>&1 ||
    { cat "$out_dir/install.log" >&2; echo "FAIL: cmake --install" >&2; exit 1; }

units="$prefix/lib/systemd/user"
service="$units/longlived-renew.service"
timer="$units/longlived-renew.timer"
for unit in "$service" "$timer"; do
    [ -f "$unit" ] || { echo "FAIL: $unit was not installed" >&2; exit 1; }
done

has_line() { grep -qxF "$2" "$1" || fail "$(basename "$1") lacks the line '$2'"; }
has_line "$service" "ExecStart=$prefix/bin/longlived-cli renew --notify"
has_line "$service" "Type=oneshot"
has_line "$service" "Documentation=man:longlived-cli(1)"
if grep -q '@' "$service"; then fail "longlived-renew.service still holds a placeholder: $(grep '@' "$service")"; fi
has_line "$timer" "OnCalendar=daily"
has_line "$timer" "Persistent=true"
has_line "$timer" "RandomizedDelaySec=1h"
has_line "$timer" "WantedBy=timers.target"
has_line "$timer" "Documentation=man:longlived-cli(1)"
# Options that would cut the service off from the session bus (the keyring) or the user's files.
for option in ProtectHome PrivateTmp PrivateUsers ProtectSystem RestrictAddressFamilies PrivateNetwork DynamicUser; do
    if grep -q "^$option=" "$service"; then fail "longlived-renew.service sets $option= (the keyring needs the session bus)"; fi
done

echo "== systemd-analyze --user verify"
runtime=$(mktemp -d)
chmod 700 "$runtime"
status=0
report=$(cd "$units" && MANPATH="$prefix/share/man" XDG_RUNTIME_DIR="$runtime" \
    systemd-analyze --user verify "$service" "$timer" 2>&1) || status=$?
rm -rf "$runtime"
if [ -n "$report" ] || [ "$status" -ne 0 ]; then
    fail "systemd-analyze verify (status $status): $report"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "the units are good"
