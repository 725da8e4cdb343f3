# bash completion for longlived-cli                                  -*- shell-script -*-
# Installed as /usr/share/bash-completion/completions/longlived-cli (loaded on demand).
# Completes commands, each command's options, --platform values and file paths for the
# options that take a file (where "-" means standard input or output). Never runs
# longlived-cli itself: listing keychain profiles could wait for a keyring unlock dialog.

_longlived_cli()
{
    local cur prev words cword split
    _init_completion -s || return

    local commands="exchange refresh inspect pages batch keychain"
    local common="--json --quiet --app-secret-file --token-file --help"

    # The command is the first word that is neither an option nor an option's value.
    local command="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --platform | --app-id | --api-version | --app-secret-file | --token-file | --input | \
                --output | --input-format | --concurrency | --timeout)
                ((i++))
                ;;
            -*) ;;
            *)
                command=${words[i]}
                break
                ;;
        esac
    done

    case $prev in
        --platform)
            if [[ $command == refresh ]]; then
                COMPREPLY=($(compgen -W "threads instagram" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "facebook threads instagram" -- "$cur"))
            fi
            return
            ;;
        --app-secret-file | --token-file | --input | --output)
            _filedir
            # "-" is standard input (or output for --output)
            [[ -z $cur || $cur == - ]] && COMPREPLY+=(-)
            return
            ;;
        --input-format)
            COMPREPLY=($(compgen -W "jsonl csv" -- "$cur"))
            return
            ;;
        --app-id | --api-version | --concurrency | --timeout)
            # free values: nothing sensible to offer
            return
            ;;
    esac
    $split && return

    local options
    case $command in
        "")
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--help --version" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            fi
            return
            ;;
        exchange) options="$common --platform --app-id --api-version --timeout" ;;
        refresh) options="$common --platform --timeout" ;;
        inspect) options="$common --platform --app-id --api-version --timeout" ;;
        pages) options="$common --api-version --timeout" ;;
        batch)
            options="$common --platform --app-id --api-version --input --output --input-format
                     --continue-on-fail --concurrency --no-progress --timeout"
            ;;
        keychain)
            # keychain list | get PROFILE | delete PROFILE
            local sub="" j
            for ((j = i + 1; j < cword; j++)); do
                [[ ${words[j]} != -* ]] && sub=${words[j]} && break
            done
            if [[ -z $sub && $cur != -* ]]; then
                COMPREPLY=($(compgen -W "list get delete" -- "$cur"))
                return
            fi
            options="--json --quiet --help"
            ;;
        *) return ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        [[ ${COMPREPLY-} == *= ]] && compopt -o nospace
    fi
} &&
    complete -F _longlived_cli longlived-cli

# ex: filetype=sh
