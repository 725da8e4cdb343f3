# bash completion for longlived-cli                                  -*- shell-script -*-
# Installed as /usr/share/bash-completion/completions/longlived-cli (loaded on demand).
# Completes commands, each command's options, --platform values and file paths for the
# options that take a file (where "-" means standard input or output), and the names of
# saved profiles for `keychain get|delete` from `longlived-cli keychain list`, which reads
# only the settings file (never the keyring: no unlock prompt can appear).
# packaging/tests/check-completions.sh keeps it in step with `longlived-cli COMMAND --help`.

_longlived_cli()
{
    local cur prev words cword split
    _init_completion -s || return

    local commands="exchange refresh inspect pages verify keychain batch renew"
    local common="--help --quiet --timeout --json"

    # The command is the first word that is neither an option nor an option's value.
    local command="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --platform | --app-id | --api-version | --app-secret-file | --token-file | --input | -i | \
                --output | -o | --input-format | --concurrency | -c | --timeout | --profile | --within)
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
        --app-secret-file | --token-file | --input | -i | --output | -o)
            _filedir
            # "-" is standard input (or output for --output)
            [[ -z $cur || $cur == - ]] && COMPREPLY+=(-)
            return
            ;;
        --input-format)
            COMPREPLY=($(compgen -W "jsonl csv" -- "$cur"))
            return
            ;;
        --app-id | --api-version | --concurrency | -c | --timeout | --within)
            # free values: nothing sensible to offer
            return
            ;;
        --profile)
            # renew --profile NAME: the saved profiles (keychain list reads the settings file only)
            if [[ $command == renew ]]; then
                local IFS=$'\n' name
                local -a names
                names=($(compgen -W "$(timeout 5 "${words[0]}" keychain list 2>/dev/null | cut -f1)" -- "$cur"))
                for name in "${names[@]}"; do
                    COMPREPLY+=("$(printf '%q' "$name")")
                done
            fi
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
        exchange | inspect)
            options="$common --platform --app-id --api-version --app-secret-file --token-file"
            ;;
        refresh) options="$common --platform --token-file" ;;
        pages) options="$common --api-version --app-secret-file --token-file" ;;
        verify) options="$common --platform --api-version --app-secret-file --token-file" ;;
        batch)
            options="$common --input --output --input-format --refresh --continue-on-fail --concurrency
                     --no-progress --platform --app-id --api-version --app-secret-file"
            ;;
        keychain)
            # keychain list | get PROFILE | delete PROFILE
            local action="" j
            for ((j = i + 1; j < cword; j++)); do
                case ${words[j]} in
                    --timeout) ((j++)) ;;
                    -*) ;;
                    *)
                        action=${words[j]}
                        break
                        ;;
                esac
            done
            if [[ $cur != -* ]]; then
                if [[ -z $action ]]; then
                    COMPREPLY=($(compgen -W "list get delete" -- "$cur"))
                elif [[ $action == @(get|delete) && $j -eq $((cword - 1)) ]]; then
                    # Profile names are the first tab-separated column; they may hold spaces.
                    local IFS=$'\n' name
                    local -a names
                    names=($(compgen -W "$(timeout 5 "${words[0]}" keychain list 2>/dev/null | cut -f1)" -- "$cur"))
                    for name in "${names[@]}"; do
                        COMPREPLY+=("$(printf '%q' "$name")")
                    done
                fi
                return
            fi
            options="$common"
            ;;
        renew) options="$common --profile --within --force --dry-run --notify" ;;
        *) return ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        [[ ${COMPREPLY-} == *= ]] && compopt -o nospace
    fi
} &&
    complete -F _longlived_cli longlived-cli

# ex: filetype=sh
