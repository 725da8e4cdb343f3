#!/usr/bin/env zsh
# Prints, one a line, what zsh completion offers for a command line (the last word is completed):
#   complete-zsh.zsh <directory holding _longlived-cli> 'longlived-cli exchange --pl'
# Runs an interactive zsh on a pseudo-terminal with the real completion system, presses Tab,
# and records every match by wrapping compadd (the technique of zsh-capture-completion).
emulate -L zsh
zmodload zsh/zpty || exit 2
local fpath_dir=$1 line=$2
local init=$(mktemp)
trap 'rm -f $init; zpty -d z 2>/dev/null' EXIT
cat > $init <<INIT
PROMPT=
fpath=($fpath_dir \$fpath)
autoload -Uz compinit && compinit -u -D
bindkey '^M' undefined
bindkey '^J' undefined
bindkey '^I' complete-word
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
null-line() { echo -E - \$'\\0' }
compprefuncs=(null-line)
comppostfuncs=(null-line exit)
compadd() {
    if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then builtin compadd "\$@"; return; fi
    local -a __hits
    builtin compadd -A __hits "\$@"
    local h
    for h in \$__hits; do echo -E - "MATCH:\$h"; done
}
echo ready
INIT
zpty z zsh -f -i
zpty -w z "source $init"
local out
repeat 50; do zpty -r z out && [[ $out == ready* ]] && break; done
zpty -w z "$line"$'\t'
local -i seen=0
while zpty -r z out; do
    [[ $out == *$'\0'* ]] && (( ++seen == 2 )) && break
    out=${out//[$'\r\n']/}
    [[ $out == MATCH:* ]] && print -r -- ${out#MATCH:}
done
