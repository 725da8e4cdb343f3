#!/usr/bin/env bash
# A stand-in for `systemctl --user` in tests of the renewal timer: it appends each call's
# arguments as one line to $LONGLIVED_FAKE_SYSTEMCTL_DIR/calls and answers for
# longlived-renew.timer as systemd 252 does, from the state in $LONGLIVED_FAKE_SYSTEMCTL_DIR/state:
#   enabled | disabled   installed; enable/disable --now switch between the two
#   not-installed        the unit files are missing
#   no-manager           no user manager to connect to
#   refuse               installed and disabled; enable/disable are refused (as a policy would)
#   hang                 never answers (it sleeps until killed)
set -u
dir=${LONGLIVED_FAKE_SYSTEMCTL_DIR:?set LONGLIVED_FAKE_SYSTEMCTL_DIR}
printf '%s\n' "$*" >>"$dir/calls"
state=$(cat "$dir/state" 2>/dev/null || echo disabled)
if [ "${1:-}" != --user ]; then
    echo "recording-systemctl: only --user calls are expected, got: $*" >&2
    exit 2
fi
shift
verb=${1:-}
case $state in
no-manager) echo "Failed to connect to bus: No such file or directory" >&2; exit 1 ;;
hang) exec sleep 600 ;;
esac

case $verb in
is-active)
    if [ "$state" = enabled ]; then echo active; exit 0; fi
    echo inactive
    exit 3
    ;;
is-enabled)
    case $state in
    enabled) echo enabled; exit 0 ;;
    not-installed) echo "Failed to get unit file state for $2: No such file or directory" >&2; exit 1 ;;
    *) echo disabled; exit 1 ;;
    esac
    ;;
enable | disable)
    [ "${2:-}" = --now ] || { echo "recording-systemctl: expected --now" >&2; exit 2; }
    case $state in
    not-installed) echo "Failed to $verb unit: Unit file $3 does not exist." >&2; exit 1 ;;
    refuse) echo "Failed to $verb unit: Access denied" >&2; exit 1 ;;
    esac
    if [ "$verb" = enable ]; then
        echo "Created symlink $HOME/.config/systemd/user/timers.target.wants/$3 → /usr/lib/systemd/user/$3." >&2
        echo enabled >"$dir/state"
    else
        echo "Removed \"$HOME/.config/systemd/user/timers.target.wants/$3\"." >&2
        echo disabled >"$dir/state"
    fi
    exit 0
    ;;
esac
echo "recording-systemctl: unexpected call: $*" >&2
exit 2
