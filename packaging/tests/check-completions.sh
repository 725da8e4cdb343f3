#!/usr/bin/env bash
# Checks the shell completions against the real program:
#   check-completions.sh <directory with longlived-cli.bash and _longlived-cli> <longlived-cli binary>
# Both bash and zsh must offer exactly the commands `longlived-cli --help` lists, and for each
# command exactly the long options its `--help` lists; file options must complete file names.
set -euo pipefail
completions=$(cd "$1" && pwd) cli=$(realpath "$2")
# The help is parsed for "Commands:" and "Options:": read it in English whatever the user's locale.
export LC_ALL=C.UTF-8
unset LANGUAGE
here=$(cd "$(dirname "$0")" && pwd)
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
[ -r /usr/share/bash-completion/bash_completion ] ||
    { echo "FAIL: bash-completion is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
command -v zsh >/dev/null || { echo "FAIL: zsh is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }

bash -n "$completions/longlived-cli.bash" || fail "bash: syntax error"
zsh -n "$completions/_longlived-cli" || fail "zsh: syntax error"

bash_offers() { "$here/complete-bash.sh" "$completions/longlived-cli.bash" longlived-cli "$@" | sed '/^$/d' | sort -u; }
zsh_offers() { timeout 30 zsh "$here/complete-zsh.zsh" "$completions" "longlived-cli $*" | sed '/^$/d' | sort -u; }
compare() { # what, expected (lines), offered (lines)
    local missing extra
    missing=$(comm -23 <(sort -u <<<"$2") <(sort -u <<<"$3") | tr '\n' ' ')
    extra=$(comm -13 <(sort -u <<<"$2") <(sort -u <<<"$3") | tr '\n' ' ')
    [ -z "$missing" ] || fail "$1: does not offer $missing"
    [ -z "$extra" ] || fail "$1: offers $extra, which longlived-cli does not have"
}

# The commands: the indented words of the "Commands:" section of the overview.
commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')
[ -n "$commands" ] || { echo "FAIL: no commands found in 'longlived-cli --help'" >&2; exit 1; }
echo "commands: $(tr '\n' ' ' <<<"$commands")"
compare "bash, commands" "$commands" "$(bash_offers '')"
compare "zsh, commands" "$commands" "$(zsh_offers '')"

# Long options of a command's help: "  -i, --input <FILE>  ..." or "  --json  ...".
options_of() {
    "$cli" "$1" --help | sed -n '/^Options:/,/^$/p' |
        grep -oE '^ +(-[a-zA-Z?], )*--[a-z0-9-]+' | grep -oE -- '--[a-z0-9-]+$' | sort -u
}
for command in $commands; do
    options=$(options_of "$command")
    compare "bash, $command options" "$options" "$(bash_offers "$command" --)"
    compare "zsh, $command options" "$options" "$(zsh_offers "$command" --)"
done

# File options complete file names (and "-"), --platform its values.
sandbox=$(mktemp -d)
trap 'rm -rf "$sandbox"' EXIT
touch "$sandbox/secret.txt"
for option in --app-secret-file --token-file --input --output; do
    for command in $commands; do
        options_of "$command" | grep -qx -- "$option" || continue
        (cd "$sandbox" && bash_offers "$command" "$option" '') | grep -qx secret.txt ||
            fail "bash: $command $option does not complete file names"
        (cd "$sandbox" && zsh_offers "$command" "$option" '') | grep -qx secret.txt ||
            fail "zsh: $command $option does not complete file names"
    done
done
for command in $commands; do
    options_of "$command" | grep -qx -- --platform || continue
    bash_offers "$command" --platform '' | grep -qx threads || fail "bash: $command --platform offers no platforms"
    zsh_offers "$command" --platform= | grep -qx threads || fail "zsh: $command --platform= offers no platforms"
done

# keychain get|delete complete the saved profiles' names (from `keychain list`, settings only).
mkdir -p "$sandbox/config/LongLived" "$sandbox/bin"
cat >"$sandbox/config/LongLived/LongLived.conf" <<'PROFILES'
[profiles]
1\name=threads-main
1\platform=threads
1\savedAt=2026-11-28T10:00:00Z
1\expiresAt=2027-01-27T10:00:00Z
size=1
PROFILES
ln -s "$cli" "$sandbox/bin/longlived-cli"
if (export PATH="$sandbox/bin:$PATH" XDG_CONFIG_HOME="$sandbox/config" HOME="$sandbox"
    "$cli" keychain list 2>/dev/null | grep -q '^threads-main'); then
    for action in get delete; do
        (export PATH="$sandbox/bin:$PATH" XDG_CONFIG_HOME="$sandbox/config" HOME="$sandbox"
            bash_offers keychain "$action" thr) | grep -qx threads-main ||
            fail "bash: keychain $action does not complete profile names"
        (export PATH="$sandbox/bin:$PATH" XDG_CONFIG_HOME="$sandbox/config" HOME="$sandbox"
            zsh_offers keychain "$action" thr) | grep -qx threads-main ||
            fail "zsh: keychain $action does not complete profile names"
    done
    (export PATH="$sandbox/bin:$PATH" XDG_CONFIG_HOME="$sandbox/config" HOME="$sandbox"
        bash_offers keychain '') | grep -qx list || fail "bash: keychain does not complete its actions"
else
    fail "longlived-cli keychain list does not show a profile written to its settings file"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "completions match longlived-cli"
