#!/usr/bin/env bash
# Prints, one a line, what bash completion offers for a command line whose last word is being
# completed: complete-bash.sh <completion file> longlived-cli exchange --pl
# (an empty last argument completes a new word). Uses the real bash-completion framework.
set -u
completion_file=$1
shift
# shellcheck disable=SC1091
source /usr/share/bash-completion/bash_completion
# shellcheck disable=SC1090
source "$completion_file"
COMP_WORDS=("$@")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_LINE="$*"
COMP_POINT=${#COMP_LINE}
COMPREPLY=()
_longlived_cli longlived-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
printf '%s\n' "${COMPREPLY[@]}"
