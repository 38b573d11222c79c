# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_vaultctl_global_optspecs
    string join \n address= namespace= ca-cert= ca-path= client-cert= client-key= tls-server-name= tls-skip-verify timeout= max-retries= format= color= v/verbose q/quiet config= h/help V/version
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
complete -c vaultctl -n "__fish_vaultctl_needs_command" -l format -d 'Output format [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'"
complete -c vaultctl -n "__fish_vaultctl_needs_command" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_needs_command" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_needs_command" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "status" -d 'Show whether Vault is reachable, initialized and unsealed, its version and HA mode'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "login" -d 'Log in to Vault and store the token where the vault and bao CLIs look for it'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "logout" -d 'Revoke the stored token and remove it from the token file'
complete -c vaultctl -n "__fish_vaultctl_needs_command" -f -a "token" -d 'Look up, renew or revoke the current token'
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
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -l format -d 'Output format [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand status" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -s m -l method -d 'Login method: token, approle, userpass, ldap, kubernetes, jwt, cert' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l path -d 'Mount path of the auth method, when not the method\'s name' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l format -d 'Output format [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l no-store -d 'Do not store the token in the token file (or token helper)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l token-only -d 'Print only the token, for VAULT_TOKEN=$(vaultctl login ... --token-only)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l no-print -d 'Print nothing on success'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand login" -s q -l quiet -d 'Log only errors'
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
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -l format -d 'Output format [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand logout" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
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
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -l format -d 'Output format [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and not __fish_seen_subcommand_from lookup renew revoke help" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
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
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -l format -d 'Output format [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from lookup" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
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
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -l format -d 'Output format [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from renew" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
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
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l format -d 'Output format [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "lookup" -d 'Show the current token\'s policies, TTL and accessor (never the token itself)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "renew" -d 'Renew the current token'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke the current token and its children'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l address -d 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l namespace -d 'Namespace for every request [env: VAULT_NAMESPACE]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l ca-cert -d 'PEM file of the CA certificates to trust [env: VAULT_CACERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l ca-path -d 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l client-cert -d 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l client-key -d 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l tls-server-name -d 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l timeout -d 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l max-retries -d 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]' -r
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l format -d 'Output format [env: VAULT_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'JSON (two-space indent) for programs'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l color -d 'When to use colour [default: auto; NO_COLOR turns it off]' -r -f -a "auto\t'Only on a terminal, and not when NO_COLOR is set'
always\t'Always'
never\t'Never'"
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l config -d 'TOML config file [env: VAULTCTL_CONFIG] [default: the user\'s config dir, vaultctl/config.toml]' -r -F
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -l tls-skip-verify -d 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -s v -l verbose -d 'Log more: -v what happens (retries), -vv every request, -vvv everything'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -s q -l quiet -d 'Log only errors'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token completions help" -f -a "status" -d 'Show whether Vault is reachable, initialized and unsealed, its version and HA mode'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token completions help" -f -a "login" -d 'Log in to Vault and store the token where the vault and bao CLIs look for it'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token completions help" -f -a "logout" -d 'Revoke the stored token and remove it from the token file'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token completions help" -f -a "token" -d 'Look up, renew or revoke the current token'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token completions help" -f -a "completions" -d 'Print a shell completion script to stdout'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and not __fish_seen_subcommand_from status login logout token completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "lookup" -d 'Show the current token\'s policies, TTL and accessor (never the token itself)'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "renew" -d 'Renew the current token'
complete -c vaultctl -n "__fish_vaultctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "revoke" -d 'Revoke the current token and its children'
