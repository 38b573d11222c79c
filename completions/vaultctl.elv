
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
            cand login 'Log in to Vault and store the token where the vault and bao CLIs look for it'
            cand logout 'Revoke the stored token and remove it from the token file'
            cand token 'Look up, renew or revoke the current token'
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
        &'vaultctl;login'= {
            cand -m 'Login method: token, approle, userpass, ldap, kubernetes, jwt, cert'
            cand --method 'Login method: token, approle, userpass, ldap, kubernetes, jwt, cert'
            cand --path 'Mount path of the auth method, when not the method''s name'
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
            cand --no-store 'Do not store the token in the token file (or token helper)'
            cand --token-only 'Print only the token, for VAULT_TOKEN=$(vaultctl login ... --token-only)'
            cand --no-print 'Print nothing on success'
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
        &'vaultctl;logout'= {
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
        &'vaultctl;token'= {
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
            cand lookup 'Show the current token''s policies, TTL and accessor (never the token itself)'
            cand renew 'Renew the current token'
            cand revoke 'Revoke the current token and its children'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vaultctl;token;lookup'= {
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
        &'vaultctl;token;renew'= {
            cand --increment 'TTL to ask for, e.g. 1h (Vault may give less)'
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
        &'vaultctl;token;revoke'= {
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
        &'vaultctl;token;help'= {
            cand lookup 'Show the current token''s policies, TTL and accessor (never the token itself)'
            cand renew 'Renew the current token'
            cand revoke 'Revoke the current token and its children'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vaultctl;token;help;lookup'= {
        }
        &'vaultctl;token;help;renew'= {
        }
        &'vaultctl;token;help;revoke'= {
        }
        &'vaultctl;token;help;help'= {
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
            cand login 'Log in to Vault and store the token where the vault and bao CLIs look for it'
            cand logout 'Revoke the stored token and remove it from the token file'
            cand token 'Look up, renew or revoke the current token'
            cand completions 'Print a shell completion script to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vaultctl;help;status'= {
        }
        &'vaultctl;help;login'= {
        }
        &'vaultctl;help;logout'= {
        }
        &'vaultctl;help;token'= {
            cand lookup 'Show the current token''s policies, TTL and accessor (never the token itself)'
            cand renew 'Renew the current token'
            cand revoke 'Revoke the current token and its children'
        }
        &'vaultctl;help;token;lookup'= {
        }
        &'vaultctl;help;token;renew'= {
        }
        &'vaultctl;help;token;revoke'= {
        }
        &'vaultctl;help;completions'= {
        }
        &'vaultctl;help;help'= {
        }
    ]
    $completions[$command]
}
