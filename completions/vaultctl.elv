
use builtin;
use str;

set edit:completion:arg-completer[vaultctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'vaultctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'vaultctl'= {
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format [env: VAULT_FORMAT] [default: table]'
            cand --color 'When to use colour [default: auto; NO_COLOR turns it off]'
            cand --config 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]'
            cand --tls-skip-verify 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
            cand -v 'Log more: -v what happens (retries), -vv every request, -vvv everything'
            cand --verbose 'Log more: -v what happens (retries), -vv every request, -vvv everything'
            cand -q 'Log only errors'
            cand --quiet 'Log only errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Show whether Vault is reachable, initialized and unsealed, its version and HA mode'
            cand completions 'Print a shell completion script to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vaultctl;status'= {
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format [env: VAULT_FORMAT] [default: table]'
            cand --color 'When to use colour [default: auto; NO_COLOR turns it off]'
            cand --config 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]'
            cand --tls-skip-verify 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
            cand -v 'Log more: -v what happens (retries), -vv every request, -vvv everything'
            cand --verbose 'Log more: -v what happens (retries), -vv every request, -vvv everything'
            cand -q 'Log only errors'
            cand --quiet 'Log only errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vaultctl;completions'= {
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format [env: VAULT_FORMAT] [default: table]'
            cand --color 'When to use colour [default: auto; NO_COLOR turns it off]'
            cand --config 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]'
            cand --tls-skip-verify 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
            cand -v 'Log more: -v what happens (retries), -vv every request, -vvv everything'
            cand --verbose 'Log more: -v what happens (retries), -vv every request, -vvv everything'
            cand -q 'Log only errors'
            cand --quiet 'Log only errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'vaultctl;help'= {
            cand status 'Show whether Vault is reachable, initialized and unsealed, its version and HA mode'
            cand completions 'Print a shell completion script to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vaultctl;help;status'= {
        }
        &'vaultctl;help;completions'= {
        }
        &'vaultctl;help;help'= {
        }
    ]
    $completions[$command]
}
