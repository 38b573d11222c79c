//! The few lines each generated completion script gets on top of clap_complete's static
//! completion: a wrapper that asks `vaultctl __complete` for Vault paths first and,
//! when it prints nothing, lets the static completion answer. Elvish and PowerShell
//! keep the static completion only.

/// Appended to the bash script: the wrapper replaces `_vaultctl` as the completer.
const BASH: &str = r#"
# Vault paths from the server: `vaultctl __complete` prints the paths that complete the
# word when it is one (within half a second, never an error); when it prints nothing,
# the completion above answers. Bash splits words at ':' and '=' as well, so each path
# is cut to the part bash calls the current word. Bash inserts a candidate as it is, so
# each is quoted with printf %q: a path holding ';', '$(...)' or a blank is one word.
# The words are read back without those backslashes (read without -r), so a folder
# inserted that way completes further from the server.
_vaultctl_live() {
    local line="${COMP_LINE:0:COMP_POINT}" cur="${COMP_WORDS[COMP_CWORD]}" plain
    local -a words found
    read -a words <<< "$line"
    if [[ -z "$line" || "$line" =~ [^\\][[:space:]]$ || "$line" =~ ^[[:space:]]$ ]]; then
        words+=("")
    fi
    read plain <<< "$cur"
    mapfile -t found < <("${words[0]}" __complete -- "${words[@]}" 2>/dev/null)
    if (( ${#found[@]} )); then
        local word="${words[${#words[@]}-1]}" path quoted
        local skip=$(( ${#word} - ${#plain} ))
        (( skip < 0 )) && skip=0
        COMPREPLY=()
        for path in "${found[@]}"; do
            printf -v quoted '%q' "${path:skip}"
            COMPREPLY+=("$quoted")
            [[ "$path" == */ ]] && compopt -o nospace 2>/dev/null
        done
        return 0
    fi
    _vaultctl "$@"
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _vaultctl_live -o nosort -o bashdefault -o default vaultctl
else
    complete -F _vaultctl_live -o bashdefault -o default vaultctl
fi
"#;

/// Put in front of the zsh script's closing lines: clap's `_vaultctl` is renamed
/// `_vaultctl_static`, and this `_vaultctl` (the name `#compdef` registers) wraps it.
const ZSH: &str = r#"# Vault paths from the server: `vaultctl __complete` prints the paths that complete the
# word when it is one (within half a second, never an error); when it prints nothing,
# the static completion answers. Folders take no space after them. The words are passed
# with their quotes removed (the Q flag, which expands nothing), and compadd quotes each
# path it inserts: a path holding ';', '$(...)' or a blank is one word.
_vaultctl() {
    local -a found dirs leaves
    found=(${(f)"$(${words[1]} __complete -- "${(@Q)words[1,CURRENT]}" 2>/dev/null)"})
    if (( ${#found} )); then
        dirs=(${(M)found:#*/})
        leaves=(${found:#*/})
        (( ${#dirs} )) && compadd -S '' -- "${dirs[@]}"
        (( ${#leaves} )) && compadd -- "${leaves[@]}"
        return 0
    fi
    _vaultctl_static "$@"
}

"#;

/// Appended to the fish script: completions offered only when `vaultctl __complete` has
/// paths for the token (then without file names): for arguments, and for the values of
/// `--secret`, `--env` and `--file` (fish asks only an option's own rules for its value).
const FISH: &str = r#"
# Vault paths from the server: `vaultctl __complete` prints the paths that complete the
# token when it is one (within half a second, never an error); when it prints nothing,
# the completions above answer. The token is passed without its escapes and quotes, so
# a folder inserted with them completes further from the server.
function __vaultctl_live_paths
    set -l current (commandline -ct | string unescape)
    set -l words (commandline -opc) "$current"
    set -g __vaultctl_live_found ($words[1] __complete -- $words 2>/dev/null)
    test -n "$__vaultctl_live_found"
end
complete -c vaultctl -n __vaultctl_live_paths -f -a '(printf "%s\n" $__vaultctl_live_found)'
complete -c vaultctl -n __vaultctl_live_paths -l secret -l env -l file -r -f -a '(printf "%s\n" $__vaultctl_live_found)'
"#;

/// The static script of `shell` with live path completion added.
pub fn augment(shell: clap_complete::Shell, script: Vec<u8>) -> Vec<u8> {
    use clap_complete::Shell as S;
    match shell {
        S::Bash => [script, BASH.as_bytes().to_vec()].concat(),
        S::Fish => [script, FISH.as_bytes().to_vec()].concat(),
        S::Zsh => zsh(script),
        _ => script,
    }
}

/// The zsh script with clap's completer renamed and the wrapper before the lines that
/// register it; unchanged if clap_complete ever writes it differently (a unit test
/// notices).
fn zsh(script: Vec<u8>) -> Vec<u8> {
    let Ok(text) = String::from_utf8(script.clone()) else {
        return script;
    };
    let closing = "if [ \"$funcstack[1]\" = \"_vaultctl\" ]; then";
    let (Some(_), Some(at)) = (text.find("\n_vaultctl() {\n"), text.rfind(closing)) else {
        return script;
    };
    let (body, end) = text.split_at(at);
    let body = body.replacen("\n_vaultctl() {\n", "\n_vaultctl_static() {\n", 1);
    format!("{body}{ZSH}{end}").into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn script(shell: crate::cli::args::Shell) -> String {
        let mut out = Vec::new();
        crate::cli::completions(shell, &mut out).expect("generate");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn every_live_script_asks_vaultctl_and_falls_back_to_the_static_completion() {
        use crate::cli::args::Shell;
        let bash = script(Shell::Bash);
        assert!(
            bash.starts_with("_vaultctl() {\n"),
            "clap's completer stays"
        );
        assert!(bash.ends_with(BASH));
        let zsh = script(Shell::Zsh);
        assert!(zsh.contains("\n_vaultctl_static() {\n"));
        assert_eq!(zsh.matches("\n_vaultctl() {\n").count(), 1);
        let wrapper = zsh.find(ZSH).expect("the wrapper is in");
        let closing = zsh.rfind("compdef _vaultctl vaultctl").expect("registered");
        assert!(wrapper < closing);
        // Each shell quotes what it inserts: bash with printf %q, zsh's compadd (never
        // told the candidates are quoted already), fish by itself.
        assert!(bash.contains("printf -v quoted '%q' \"${path:skip}\""));
        assert!(zsh.contains("compadd -- ") && !zsh.contains("compadd -Q"));
        assert!(script(Shell::Fish).ends_with(FISH));
        assert!(!script(Shell::Elvish).contains("__complete"));
    }
}
