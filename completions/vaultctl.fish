# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_vaultctl_global_optspecs
    string join \n address= namespace= ca-cert= ca-path= client-cert= client-key= tls-server-name= tls-skip-verify timeout= max-retries= format= color= v/verbose q/quiet config= profile= h/help V/version
end

function __fish_vaultctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_vaultctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_vaultctl_using_subcommand
    set -l cmd (__fish_vaultctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c vaultctl -n "__fish_vaultctl_needs_command" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_needs_command" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_needs_command" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_needs_command" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_needs_command" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_needs_command" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_needs_command" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_needs_command" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_needs_command" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_needs_command" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_needs_command" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_needs_command" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_needs_command" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_needs_command" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "status" -d 'Show whether Vault is reachable, initialized and unsealed, its version and HA mode'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "login" -d '`vaultctl login`'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "logout" -d 'Revoke the stored token and remove it from the token file'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "token" -d 'Look up, renew or revoke the current token'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "kv" -d 'Read and write secrets in a KV engine, version 1 or 2 (found out per mount)'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "db" -d 'Get credentials from a database secrets engine'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "lease" -d 'Look up, renew or revoke a lease, such as one of database credentials'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "read" -d 'Read any path, of any engine: a plain logical read, printed as a Key/Value table'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "write" -d 'Write to any path, of any engine (as `vault write`), and print Vault\'s answer'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "list" -d 'List the keys below any path (as `vault list`); folders end in "/"'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "delete" -d 'Delete any path (as `vault delete`)'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "exec" -d 'Run a command with secrets from Vault in its environment, and supervise it'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "render" -d 'Write the --file and --template files from Vault, with no command: once, or kept fresh'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "env" -d 'Print secrets as environment variables for a shell, a .env file, JSON or GitHub Actions'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "check" -d 'Resolve and validate the sources, and show each variable\'s source, version or lease TTL and verdict; never a value. Exits 1 when something would stop `exec`'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "profile" -d '`profile list` and `profile show`'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "completions" -d 'Print a shell completion script to stdout'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -s m -l method -d 'Login method: token, approle, userpass, ldap, kubernetes, jwt, cert' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l path -d 'Mount path of the auth method, when not the method\'s name' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l no-store -d 'Do not store the token in the token file (or token helper)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l token-only -d 'Print only the token, for VAULT_TOKEN=$(vaultctl login ... --token-only)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l no-print -d 'Print nothing on success'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -f -a "lookup" -d 'Show the current token\'s policies, TTL and accessor (never the token itself)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -f -a "renew" -d 'Renew the current token'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -f -a "revoke" -d 'Revoke the current token and its children'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -l increment -d 'TTL to ask for, e.g. 1h (Vault may give less)' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "lookup" -d 'Show the current token\'s policies, TTL and accessor (never the token itself)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "renew" -d 'Renew the current token'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke the current token and its children'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -f -a "get" -d 'Print a secret: its metadata (KV v2), then its data as a Key/Value table'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -f -a "put" -d 'Write a secret, replacing all of its data with the KEY=VALUE pairs given'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -f -a "patch" -d 'Change some keys of a secret and keep the others (KV v2)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -f -a "list" -d 'List the keys below PATH, sorted; folders end in "/"'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -f -a "export" -d 'Print or save the latest version of every secret below PATH as one document'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -f -a "import" -d 'Write each secret of a `kv export` JSON document, below --to or at its own path'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -f -a "copy" -d 'Copy every secret below SRC (or the secret SRC) to DST, e.g. between profiles'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -f -a "delete" -d 'Delete the latest version of a secret, or the --versions given (KV v2 keeps them for undelete); on KV v1 the secret is gone'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -f -a "undelete" -d 'Restore deleted versions of a secret (KV v2)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -f -a "destroy" -d 'Destroy versions of a secret for good (KV v2)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -f -a "rollback" -d 'Write the data of an earlier version as the new latest version (KV v2)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -f -a "metadata" -d 'Show, set or delete the metadata of a secret: its versions and settings (KV v2)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and not __fish_seen_subcommand_from get put patch list export import copy delete undelete destroy rollback metadata help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -l mount -d 'The KV mount; PATH is then relative to it [default: found from PATH]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -l version -d 'Read this version instead of the latest (KV v2)' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -l field -d 'Print only this key\'s value, raw (a newline follows only on a terminal)' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -l mount -d 'The KV mount; PATH is then relative to it [default: found from PATH]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -l cas -d 'Write only if the secret\'s current version is N (0: only if it does not exist) (KV v2)' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from put" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from patch" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from patch" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from patch" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from patch" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from patch" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from patch" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from patch" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from patch" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from patch" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from patch" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from patch" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from patch" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from patch" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from patch" -l mount -d 'The KV mount; PATH is then relative to it [default: found from PATH]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from patch" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from patch" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from patch" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from patch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from patch" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -l mount -d 'The KV mount; PATH is then relative to it [default: found from PATH]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -s r -l recursive -d 'List every secret below PATH at any depth, as full paths, one a line'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -l mount -d 'The KV mount; PATH is then relative to it [default: found from PATH]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -s o -l output -d 'Write the document to FILE (mode 0600, replaced atomically) instead of stdout' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -l metadata -d 'Each secret as {"data": {...}, "metadata": {...}}: its versions and custom metadata as `kv metadata get` shows them (KV v2, --format json)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -l to -d 'Write each secret below PATH (e.g. secret/copy) [default: its path as given, mount included]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -l dry-run -d 'Print per secret the keys that would be added, changed, removed or left as they are (never a value), and write nothing'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -l from-profile -d 'Read SRC through the [profile.NAME] of the config file [default: --profile]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -l to-profile -d 'Write DST through the [profile.NAME] of the config file [default: --profile]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -l dry-run -d 'Print per secret the keys that would be added, changed, removed or kept (never a value), and write nothing'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -l mount -d 'The KV mount; PATH is then relative to it [default: found from PATH]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -l versions -d 'Delete these versions, e.g. 1,2, instead of the latest (KV v2)' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -l mount -d 'The KV mount; PATH is then relative to it [default: found from PATH]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -l versions -d 'The versions, e.g. 1,2' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from undelete" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -l mount -d 'The KV mount; PATH is then relative to it [default: found from PATH]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -l versions -d 'The versions, e.g. 1,2' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from destroy" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from rollback" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from rollback" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from rollback" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from rollback" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from rollback" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from rollback" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from rollback" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from rollback" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from rollback" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from rollback" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from rollback" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from rollback" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from rollback" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from rollback" -l mount -d 'The KV mount; PATH is then relative to it [default: found from PATH]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from rollback" -l version -d 'The version whose data becomes the new latest version' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from rollback" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from rollback" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from rollback" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from rollback" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -f -a "get" -d 'Print the metadata of a secret and every version\'s state'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -f -a "delete" -d 'Delete a secret with all its versions and metadata'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -f -a "put" -d 'Set a secret\'s settings: versions kept, check-and-set, deletion, custom metadata'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from metadata" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print a secret: its metadata (KV v2), then its data as a Key/Value table'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "put" -d 'Write a secret, replacing all of its data with the KEY=VALUE pairs given'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "patch" -d 'Change some keys of a secret and keep the others (KV v2)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the keys below PATH, sorted; folders end in "/"'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "export" -d 'Print or save the latest version of every secret below PATH as one document'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "import" -d 'Write each secret of a `kv export` JSON document, below --to or at its own path'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy every secret below SRC (or the secret SRC) to DST, e.g. between profiles'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete the latest version of a secret, or the --versions given (KV v2 keeps them for undelete); on KV v1 the secret is gone'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "undelete" -d 'Restore deleted versions of a secret (KV v2)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "destroy" -d 'Destroy versions of a secret for good (KV v2)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "rollback" -d 'Write the data of an earlier version as the new latest version (KV v2)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "metadata" -d 'Show, set or delete the metadata of a secret: its versions and settings (KV v2)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -f -a "creds" -d 'Create dynamic credentials for ROLE: username, password and their lease'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -f -a "static-creds" -d 'Print the current credentials of the static ROLE, which Vault rotates'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and not __fish_seen_subcommand_from creds static-creds help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -l mount -d 'Mount of the database secrets engine' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -l template -d 'Print TEXT with {{username}}, {{password}}, {{lease_id}} and {{ttl}} filled in, e.g. \'postgresql://{{username}}:{{password}}@db:5432/app\'' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from creds" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -l mount -d 'Mount of the database secrets engine' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -l template -d 'Print TEXT with {{username}}, {{password}}, {{lease_id}} and {{ttl}} filled in, e.g. \'postgresql://{{username}}:{{password}}@db:5432/app\'' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from static-creds" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "creds" -d 'Create dynamic credentials for ROLE: username, password and their lease'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "static-creds" -d 'Print the current credentials of the static ROLE, which Vault rotates'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -f -a "lookup" -d 'Show a lease: when it was issued and expires, its TTL, whether it can be renewed'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -f -a "renew" -d 'Extend a lease; Vault may grant less than asked (up to the role\'s max TTL)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -f -a "revoke" -d 'Revoke a lease now: dynamic credentials stop working'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and not __fish_seen_subcommand_from lookup renew revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from lookup" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from lookup" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from lookup" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from lookup" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from lookup" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from lookup" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from lookup" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from lookup" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from lookup" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from lookup" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from lookup" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from lookup" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from lookup" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from lookup" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from lookup" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from lookup" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from lookup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from lookup" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from renew" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from renew" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from renew" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from renew" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from renew" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from renew" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from renew" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from renew" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from renew" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from renew" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from renew" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from renew" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from renew" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from renew" -l increment -d 'How long the lease should live from now, e.g. 1h [default: the role\'s TTL]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from renew" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from renew" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from renew" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from renew" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from renew" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from help" -f -a "lookup" -d 'Show a lease: when it was issued and expires, its TTL, whether it can be renewed'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from help" -f -a "renew" -d 'Extend a lease; Vault may grant less than asked (up to the role\'s max TTL)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a lease now: dynamic credentials stop working'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand lease; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand read" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand read" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand read" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand read" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand read" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand read" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand read" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand read" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand read" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand read" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand read" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand read" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand read" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand read" -l field -d 'Print only this key\'s value, raw (a newline follows only on a terminal)' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand read" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand read" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand read" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand read" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand read" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -l field -d 'Print only this key of the answer, raw (a newline follows only on a terminal)' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -s f -l force -d 'Write even with no data (some endpoints take none, e.g. a rotation)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand write" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand list" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand list" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand list" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand list" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand list" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand list" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand list" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand list" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand list" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand list" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand list" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand list" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand list" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand list" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand list" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand list" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand list" -s r -l recursive -d 'List every key below PATH at any depth, as full paths, one a line (folders not shown)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand list" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand delete" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand delete" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand delete" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand delete" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand delete" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand delete" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand delete" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand delete" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand delete" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand delete" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand delete" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand delete" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand delete" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand delete" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand delete" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand delete" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand delete" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l secret -d 'Inject every top-level key of PATH as PREFIX + KEY (upper-cased, [A-Z0-9_])' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l env -d 'Inject one variable from a reference vault:PATH#KEY[#VERSION], or a template holding {{ REF }}' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l require -d 'NAME must be set and non-empty in the command\'s environment' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l validate -d 'NAME must pass RULE: nonempty, int, url, json, pem or /REGEX/' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l auth -d 'Log in with this method instead of using VAULT_TOKEN or the stored token' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l auth-param -d 'A login parameter for --auth, as for `vaultctl login` (VALUE of @FILE or -)' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l auth-path -d 'Mount path of the --auth method, when not the method\'s name' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l retry-timeout -d 'How long start-up retries an unreachable or sealed Vault [default: 2m]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l file -d 'Also write a secret to a file (mode 0600): one key\'s value, or the whole secret as JSON' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l template -d 'Render the template file SRC ({{ vault:PATH#KEY | FILTER }} placeholders) to DEST (mode 0600)' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l kill-signal -d 'Signal that stops the command for a restart [default: SIGTERM]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l kill-timeout -d 'How long the command gets to stop before SIGKILL [default: 30s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l revoke-on-exit -d 'Revoke the dynamic leases given to the command once it is gone [default: true]' -r -f -a "true\t''
false\t''"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l log-format -d 'Log lines as text or one JSON object a line: text, json [default: text]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l on-change -d 'What a change of the command\'s secrets does: restart, signal or none [default: restart]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l reload-signal -d 'Signal sent by --on-change signal, after the --file outputs are rewritten [default: SIGHUP]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l poll-interval -d 'How often KV secrets are checked for a new version [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l splay -d 'A random delay of up to this long before a rotation restart, so a fleet does not restart at once [default: 0s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l min-restart-interval -d 'At most one rotation restart this often [default: 10s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l debounce -d 'Changes this close together give one restart [default: 1s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l listen -d 'Serve /healthz, /readyz and /metrics (Prometheus) over HTTP on HOST:PORT, such as 127.0.0.1:9102' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l fallback-cache -d 'Keep the KV values the command gets in DIR, encrypted, and start from them when Vault cannot be reached' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l fallback-key-file -d 'The cache\'s key: 64 hex digits (`openssl rand -hex 32`) [env: VAULTCTL_FALLBACK_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l fallback-max-age -d 'Start from a cache entry only when it is younger than this [default: 24h]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l env-refs -d 'Resolve read references (NAME=vault:PATH#KEY, or templates of them) found in the inherited environment; off by default: inherited variables are data'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l no-env-refs -d 'Leave inherited variables as they are (the default; overrides `env_refs = true`)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l once -d 'Resolve, validate, then replace vaultctl with the command (no supervisor)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l pristine -d 'Give the command only the injected variables, not vaultctl\'s environment'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l mask -d 'Replace every value the command was ever given (variables, files, each line of a multi-line value) in its stdout and stderr with *****'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -l pass-token -d 'Hand vaultctl\'s token on to the command as VAULT_TOKEN (it is removed otherwise)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand exec" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l secret -d 'Inject every top-level key of PATH as PREFIX + KEY (upper-cased, [A-Z0-9_])' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l env -d 'Inject one variable from a reference vault:PATH#KEY[#VERSION], or a template holding {{ REF }}' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l require -d 'NAME must be set and non-empty in the command\'s environment' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l validate -d 'NAME must pass RULE: nonempty, int, url, json, pem or /REGEX/' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l auth -d 'Log in with this method instead of using VAULT_TOKEN or the stored token' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l auth-param -d 'A login parameter for --auth, as for `vaultctl login` (VALUE of @FILE or -)' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l auth-path -d 'Mount path of the --auth method, when not the method\'s name' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l retry-timeout -d 'How long start-up retries an unreachable or sealed Vault [default: 2m]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l file -d 'Also write a secret to a file (mode 0600): one key\'s value, or the whole secret as JSON' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l template -d 'Render the template file SRC ({{ vault:PATH#KEY | FILTER }} placeholders) to DEST (mode 0600)' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l on-change-command -d 'With --watch: run CMD with `sh -c` after a change rewrote a file (not given vaultctl\'s token)' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l on-change-timeout -d 'How long --on-change-command may run before it is killed [default: 30s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l poll-interval -d 'How often KV secrets are checked for a new version, with --watch [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l debounce -d 'Changes this close together give one rewrite, with --watch [default: 1s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l revoke-on-exit -d 'With --watch, revoke the dynamic leases when vaultctl stops [default: true]' -r -f -a "true\t''
false\t''"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l log-format -d 'Log lines as text or one JSON object a line: text, json [default: text]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l listen -d 'With --watch: serve /healthz, /readyz (200 once every file is written) and /metrics (Prometheus) over HTTP on HOST:PORT, such as 0.0.0.0:9102' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l env-refs -d 'Resolve read references (NAME=vault:PATH#KEY, or templates of them) found in the inherited environment; off by default: inherited variables are data'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l no-env-refs -d 'Leave inherited variables as they are (the default; overrides `env_refs = true`)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -l watch -d 'Stay: keep the files fresh (renewal, re-issue, KV polling) until SIGTERM or SIGINT'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand render" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l secret -d 'Inject every top-level key of PATH as PREFIX + KEY (upper-cased, [A-Z0-9_])' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l env -d 'Inject one variable from a reference vault:PATH#KEY[#VERSION], or a template holding {{ REF }}' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l require -d 'NAME must be set and non-empty in the command\'s environment' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l validate -d 'NAME must pass RULE: nonempty, int, url, json, pem or /REGEX/' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l auth -d 'Log in with this method instead of using VAULT_TOKEN or the stored token' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l auth-param -d 'A login parameter for --auth, as for `vaultctl login` (VALUE of @FILE or -)' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l auth-path -d 'Mount path of the --auth method, when not the method\'s name' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l retry-timeout -d 'How long start-up retries an unreachable or sealed Vault [default: 2m]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l env-refs -d 'Resolve read references (NAME=vault:PATH#KEY, or templates of them) found in the inherited environment; off by default: inherited variables are data'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -l no-env-refs -d 'Leave inherited variables as they are (the default; overrides `env_refs = true`)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand env" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l secret -d 'Inject every top-level key of PATH as PREFIX + KEY (upper-cased, [A-Z0-9_])' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l env -d 'Inject one variable from a reference vault:PATH#KEY[#VERSION], or a template holding {{ REF }}' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l require -d 'NAME must be set and non-empty in the command\'s environment' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l validate -d 'NAME must pass RULE: nonempty, int, url, json, pem or /REGEX/' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l auth -d 'Log in with this method instead of using VAULT_TOKEN or the stored token' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l auth-param -d 'A login parameter for --auth, as for `vaultctl login` (VALUE of @FILE or -)' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l auth-path -d 'Mount path of the --auth method, when not the method\'s name' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l retry-timeout -d 'How long start-up retries an unreachable or sealed Vault [default: 2m]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l env-refs -d 'Resolve read references (NAME=vault:PATH#KEY, or templates of them) found in the inherited environment; off by default: inherited variables are data'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -l no-env-refs -d 'Leave inherited variables as they are (the default; overrides `env_refs = true`)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand check" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'List the profiles of the config file: address, namespace, and whether a live token is stored for each, with its TTL (one lookup-self per profile, a few seconds at most)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'Show each resolved setting and where it came from: a flag, the environment (naming the variable), the profile, the config file\'s `[vault]` table, or the default'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the profiles of the config file: address, namespace, and whether a live token is stored for each, with its TTL (one lookup-self per profile, a few seconds at most)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show each resolved setting and where it came from: a flag, the environment (naming the variable), the profile, the config file\'s `[vault]` table, or the default'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l format -d 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'
shell\t'`env` only: `export NAME=\'value\'` lines for sh, bash, zsh and fish'
dotenv\t'`env` only: `NAME=\'value\'` lines for a .env file (sh may source it)'
github\t'`env` only: masks every line of every value and appends them to $GITHUB_ENV'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l profile -d 'Use the [profile.NAME] table of the config file and the profile\'s own token [env: VAULTCTL_PROFILE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token kv db lease read write list delete exec render env check profile completions help" -f -a "status" -d 'Show whether Vault is reachable, initialized and unsealed, its version and HA mode'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token kv db lease read write list delete exec render env check profile completions help" -f -a "login" -d 'Log in to Vault and store the token where the vault and bao CLIs look for it'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token kv db lease read write list delete exec render env check profile completions help" -f -a "logout" -d 'Revoke the stored token and remove it from the token file'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token kv db lease read write list delete exec render env check profile completions help" -f -a "token" -d 'Look up, renew or revoke the current token'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token kv db lease read write list delete exec render env check profile completions help" -f -a "kv" -d 'Read and write secrets in a KV engine, version 1 or 2 (found out per mount)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token kv db lease read write list delete exec render env check profile completions help" -f -a "db" -d 'Get credentials from a database secrets engine'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token kv db lease read write list delete exec render env check profile completions help" -f -a "lease" -d 'Look up, renew or revoke a lease, such as one of database credentials'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token kv db lease read write list delete exec render env check profile completions help" -f -a "read" -d 'Read any path, of any engine: a plain logical read, printed as a Key/Value table'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token kv db lease read write list delete exec render env check profile completions help" -f -a "write" -d 'Write to any path, of any engine (as `vault write`), and print Vault\'s answer'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token kv db lease read write list delete exec render env check profile completions help" -f -a "list" -d 'List the keys below any path (as `vault list`); folders end in "/"'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token kv db lease read write list delete exec render env check profile completions help" -f -a "delete" -d 'Delete any path (as `vault delete`)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token kv db lease read write list delete exec render env check profile completions help" -f -a "exec" -d 'Run a command with secrets from Vault in its environment, and supervise it'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token kv db lease read write list delete exec render env check profile completions help" -f -a "render" -d 'Write the --file and --template files from Vault, with no command: once, or kept fresh'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token kv db lease read write list delete exec render env check profile completions help" -f -a "env" -d 'Print secrets as environment variables for a shell, a .env file, JSON or GitHub Actions'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token kv db lease read write list delete exec render env check profile completions help" -f -a "check" -d 'Resolve and validate the sources, and show each variable\'s source, version or lease TTL and verdict; never a value. Exits 1 when something would stop `exec`'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token kv db lease read write list delete exec render env check profile completions help" -f -a "profile" -d 'List the profiles of the config file, or show where each setting comes from'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token kv db lease read write list delete exec render env check profile completions help" -f -a "completions" -d 'Print a shell completion script to stdout'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token kv db lease read write list delete exec render env check profile completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "lookup" -d 'Show the current token\'s policies, TTL and accessor (never the token itself)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "renew" -d 'Renew the current token'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "revoke" -d 'Revoke the current token and its children'

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
