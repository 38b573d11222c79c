//! Variable names: which names are valid, what name a `--secret` key becomes, and which
//! names no `--secret` key may set (they change how the command is loaded or where it
//! connects). Only names here, never a value.

/// A variable name: `[A-Za-z_][A-Za-z0-9_]*`.
pub fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Variables that change how a program is loaded or started (the dynamic loader, shells,
/// interpreters, the JVM, glibc): whoever can write a secret could run code in the
/// command through them, so no `--secret` key may become one.
const LOADING: &[&str] = &[
    "BASH_ENV",
    "ENV",
    "PATH",
    "IFS",
    "PS4",
    "PS1",
    "PROMPT_COMMAND",
    "SHELLOPTS",
    "BASHOPTS",
    "CDPATH",
    "ZDOTDIR",
    "NODE_OPTIONS",
    "NODE_PATH",
    "PYTHONPATH",
    "PYTHONSTARTUP",
    "PYTHONHOME",
    "PYTHONINSPECT",
    "PYTHONWARNINGS",
    "PYTHONUSERBASE",
    "PERL5OPT",
    "PERL5LIB",
    "PERLLIB",
    "PERL5DB",
    "RUBYOPT",
    "RUBYLIB",
    "JAVA_TOOL_OPTIONS",
    "_JAVA_OPTIONS",
    "JDK_JAVA_OPTIONS",
    "CLASSPATH",
    "GCONV_PATH",
    "GLIBC_TUNABLES",
    "HOSTALIASES",
    "LOCPATH",
    "NLSPATH",
    "RESOLV_HOST_CONF",
    "GETCONF_DIR",
    "TZDIR",
    "HOME",
    "PAGER",
    "LESSOPEN",
    "LESSCLOSE",
    "EDITOR",
    "VISUAL",
    "SSH_ASKPASS",
    "GIT_SSH",
    "GIT_SSH_COMMAND",
    "GIT_PROXY_COMMAND",
    "GIT_EXTERNAL_DIFF",
    "GIT_ASKPASS",
    "GIT_EXEC_PATH",
    "GIT_TEMPLATE_DIR",
    "GIT_PAGER",
    "GIT_EDITOR",
    "LUA_INIT",
    "ERL_AFLAGS",
    "ERL_ZFLAGS",
    "ERL_FLAGS",
    "GOFLAGS",
    "RUSTC_WRAPPER",
    "RUSTC",
    "RUSTFLAGS",
    "DOTNET_STARTUP_HOOKS",
    "COR_PROFILER",
    "COR_PROFILER_PATH",
    "OPENSSL_CONF",
    "OPENSSL_ENGINES",
    "PHPRC",
    "PHP_INI_SCAN_DIR",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "REQUESTS_CA_BUNDLE",
    "CURL_CA_BUNDLE",
    "NODE_EXTRA_CA_CERTS",
];

/// Prefixes of such variables: the dynamic loaders', exported bash functions, git's
/// config given in the environment, the .NET runtime's, npm's, Lua's versioned init.
const LOADING_PREFIXES: &[&str] = &[
    "LD_",
    "DYLD_",
    "BASH_FUNC_",
    "MALLOC_",
    "GIT_CONFIG",
    "CORECLR_",
    "NPM_CONFIG_",
    "LUA_INIT_",
];

/// Variables that say where the command's connections go and whom they trust: a Vault
/// client's address and settings (with `--pass-token`, the token would follow them) and
/// the proxies. Whoever can write a secret could send the command's traffic to them.
const ROUTING: &[&str] = &[
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "FTP_PROXY",
];

/// Prefixes of those: the Vault and OpenBao clients' settings.
const ROUTING_PREFIXES: &[&str] = &["VAULT_", "BAO_"];

/// True when a variable named `name` changes how the command is loaded or started, or
/// where its connections go.
pub fn changes_loading(name: &str) -> bool {
    LOADING.contains(&name)
        || ROUTING.contains(&name)
        || LOADING_PREFIXES
            .iter()
            .chain(ROUTING_PREFIXES)
            .any(|p| name.starts_with(p))
}

/// KEY upper-cased with every character outside `[A-Z0-9_]` made `_`.
pub fn env_name(key: &str) -> String {
    key.chars()
        .map(|c| c.to_ascii_uppercase())
        .map(|c| {
            if c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_contract() {
        assert_eq!(env_name("db-url.primary"), "DB_URL_PRIMARY");
        assert!(valid_name("_A1") && !valid_name("1A") && !valid_name("A-B") && !valid_name(""));
    }
}
