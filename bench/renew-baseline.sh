#!/usr/bin/env bash
# bench/renew-baseline.sh PROFILES GRAPH_URL [STATE] — the renewal benchmark's baseline: what a
# competent user writes to renew Threads tokens kept in the Secret Service and hand them to n8n,
# with secret-tool and curl, one profile after the other.
#
# PROFILES: one profile a line, tab-separated: NAME, n8n base address, n8n credential id.
# GRAPH_URL: the Threads Graph base address (https://graph.threads.net; the bench's loopback server).
# STATE (optional): a file that gets one line "NAME<TAB>expires-at epoch seconds" per renewed profile.
#
# Secrets live in the keyring only, as items with the attributes
#     service longlived-baseline  profile NAME  kind token      (the Threads token)
#     service longlived-baseline  profile NAME  kind n8n-key    (the n8n API key)
# and never travel on a command line (where `ps` shows them): curl reads its URL, header and body
# from a config on its standard input (-K -), secret-tool the new token from its standard input.
# Per profile: secret-tool lookup ×2, curl (refresh), secret-tool store, curl (PATCH to n8n) —
# five processes, each answer checked; JSON is read with bash's own pattern matching rather than
# a jq process per answer (that would make the script slower than it needs to be).
#
# Exit status: 0 when every profile was renewed and delivered, 1 at the first failure (the
# profile and the step on stderr, never a secret).
set -euo pipefail

[ $# -ge 2 ] || { echo "usage: renew-baseline.sh PROFILES GRAPH_URL [STATE]" >&2; exit 2; }
profiles=$1 graph=$2 state=${3:-/dev/null}

die() { echo "renew-baseline: $*" >&2; exit 1; }

# The value of "access_token" / "expires_in" in Meta's compact JSON answer.
token_re='"access_token":"([^"]+)"'
expires_re='"expires_in":([0-9]+)'

renewed=()
while IFS=$'\t' read -r -u 3 name n8n credential; do
    [ -n "$name" ] || continue
    token=$(secret-tool lookup service longlived-baseline profile "$name" kind token) ||
        die "$name: no token in the keyring"
    key=$(secret-tool lookup service longlived-baseline profile "$name" kind n8n-key) ||
        die "$name: no n8n API key in the keyring"

    answer=$(printf 'url = "%s/refresh_access_token?grant_type=th_refresh_token&access_token=%s"\n' \
        "$graph" "$token" | curl -sS --fail -K -) || die "$name: the refresh failed"
    [[ $answer =~ $token_re ]] || die "$name: no token in Meta's answer"
    new=${BASH_REMATCH[1]}
    expires_in=0
    [[ $answer =~ $expires_re ]] && expires_in=${BASH_REMATCH[1]}

    # The new token replaces the old one (same attributes: the keyring replaces the item).
    printf '%s' "$new" | secret-tool store --label="Threads token ($name)" \
        service longlived-baseline profile "$name" kind token || die "$name: the keyring refused the new token"

    printf '%s\n' "url = \"$n8n/api/v1/credentials/$credential\"" 'request = "PATCH"' \
        "header = \"X-N8N-API-KEY: $key\"" 'header = "Content-Type: application/json"' \
        "data-binary = \"{\\\"data\\\":{\\\"accessToken\\\":\\\"$new\\\"},\\\"isPartialData\\\":true}\"" |
        curl -sS --fail -o /dev/null -K - || die "$name: n8n did not take the token"

    renewed+=("$name"$'\t'$((EPOCHSECONDS + expires_in)))
done 3<"$profiles"

[ ${#renewed[@]} -eq 0 ] || printf '%s\n' "${renewed[@]}" >"$state"
