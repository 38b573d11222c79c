
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
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
            cand kv 'Read and write secrets in a KV engine, version 1 or 2 (found out per mount)'
            cand db 'Get credentials from a database secrets engine'
            cand lease 'Look up, renew or revoke a lease, such as one of database credentials'
            cand read 'Read any path, of any engine: a plain logical read, printed as a Key/Value table'
            cand exec 'Run a command with secrets from Vault in its environment, and supervise it'
            cand env 'Print secrets as environment variables for a shell, a .env file, JSON or GitHub Actions'
            cand check 'Resolve and validate the sources, and show each variable''s source, version or lease TTL and verdict; never a value. Exits 1 when something would stop `exec`'
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
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
        &'vaultctl;kv'= {
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
            cand get 'Print a secret: its metadata (KV v2), then its data as a Key/Value table'
            cand put 'Write a secret, replacing all of its data with the KEY=VALUE pairs given'
            cand patch 'Change some keys of a secret and keep the others (KV v2)'
            cand list 'List the keys below PATH, sorted; folders end in "/"'
            cand delete 'Delete the latest version of a secret, or the --versions given (KV v2 keeps them for undelete); on KV v1 the secret is gone'
            cand undelete 'Restore deleted versions of a secret (KV v2)'
            cand destroy 'Destroy versions of a secret for good (KV v2)'
            cand metadata 'Show or delete the metadata of a secret: its versions and settings (KV v2)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vaultctl;kv;get'= {
            cand --mount 'The KV mount; PATH is then relative to it [default: found from PATH]'
            cand --version 'Read this version instead of the latest (KV v2)'
            cand --field 'Print only this key''s value, raw (a newline follows only on a terminal)'
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
            cand --color 'When to use colour [default: auto; NO_COLOR turns it off]'
            cand --config 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]'
            cand --tls-skip-verify 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]'
            cand -v 'Log more: -v what happens (retries), -vv every request, -vvv everything'
            cand --verbose 'Log more: -v what happens (retries), -vv every request, -vvv everything'
            cand -q 'Log only errors'
            cand --quiet 'Log only errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'vaultctl;kv;put'= {
            cand --mount 'The KV mount; PATH is then relative to it [default: found from PATH]'
            cand --cas 'Write only if the secret''s current version is N (0: only if it does not exist) (KV v2)'
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
        &'vaultctl;kv;patch'= {
            cand --mount 'The KV mount; PATH is then relative to it [default: found from PATH]'
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
        &'vaultctl;kv;list'= {
            cand --mount 'The KV mount; PATH is then relative to it [default: found from PATH]'
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
        &'vaultctl;kv;delete'= {
            cand --mount 'The KV mount; PATH is then relative to it [default: found from PATH]'
            cand --versions 'Delete these versions, e.g. 1,2, instead of the latest (KV v2)'
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
        &'vaultctl;kv;undelete'= {
            cand --mount 'The KV mount; PATH is then relative to it [default: found from PATH]'
            cand --versions 'The versions, e.g. 1,2'
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
        &'vaultctl;kv;destroy'= {
            cand --mount 'The KV mount; PATH is then relative to it [default: found from PATH]'
            cand --versions 'The versions, e.g. 1,2'
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
        &'vaultctl;kv;metadata'= {
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
            cand get 'Print the metadata of a secret and every version''s state'
            cand delete 'Delete a secret with all its versions and metadata'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vaultctl;kv;metadata;get'= {
            cand --mount 'The KV mount; PATH is then relative to it [default: found from PATH]'
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
        &'vaultctl;kv;metadata;delete'= {
            cand --mount 'The KV mount; PATH is then relative to it [default: found from PATH]'
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
        &'vaultctl;kv;metadata;help'= {
            cand get 'Print the metadata of a secret and every version''s state'
            cand delete 'Delete a secret with all its versions and metadata'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vaultctl;kv;metadata;help;get'= {
        }
        &'vaultctl;kv;metadata;help;delete'= {
        }
        &'vaultctl;kv;metadata;help;help'= {
        }
        &'vaultctl;kv;help'= {
            cand get 'Print a secret: its metadata (KV v2), then its data as a Key/Value table'
            cand put 'Write a secret, replacing all of its data with the KEY=VALUE pairs given'
            cand patch 'Change some keys of a secret and keep the others (KV v2)'
            cand list 'List the keys below PATH, sorted; folders end in "/"'
            cand delete 'Delete the latest version of a secret, or the --versions given (KV v2 keeps them for undelete); on KV v1 the secret is gone'
            cand undelete 'Restore deleted versions of a secret (KV v2)'
            cand destroy 'Destroy versions of a secret for good (KV v2)'
            cand metadata 'Show or delete the metadata of a secret: its versions and settings (KV v2)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vaultctl;kv;help;get'= {
        }
        &'vaultctl;kv;help;put'= {
        }
        &'vaultctl;kv;help;patch'= {
        }
        &'vaultctl;kv;help;list'= {
        }
        &'vaultctl;kv;help;delete'= {
        }
        &'vaultctl;kv;help;undelete'= {
        }
        &'vaultctl;kv;help;destroy'= {
        }
        &'vaultctl;kv;help;metadata'= {
            cand get 'Print the metadata of a secret and every version''s state'
            cand delete 'Delete a secret with all its versions and metadata'
        }
        &'vaultctl;kv;help;metadata;get'= {
        }
        &'vaultctl;kv;help;metadata;delete'= {
        }
        &'vaultctl;kv;help;help'= {
        }
        &'vaultctl;db'= {
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
            cand creds 'Create dynamic credentials for ROLE: username, password and their lease'
            cand static-creds 'Print the current credentials of the static ROLE, which Vault rotates'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vaultctl;db;creds'= {
            cand --mount 'Mount of the database secrets engine'
            cand --template 'Print TEXT with {{username}}, {{password}}, {{lease_id}} and {{ttl}} filled in, e.g. ''postgresql://{{username}}:{{password}}@db:5432/app'''
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
        &'vaultctl;db;static-creds'= {
            cand --mount 'Mount of the database secrets engine'
            cand --template 'Print TEXT with {{username}}, {{password}}, {{lease_id}} and {{ttl}} filled in, e.g. ''postgresql://{{username}}:{{password}}@db:5432/app'''
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
        &'vaultctl;db;help'= {
            cand creds 'Create dynamic credentials for ROLE: username, password and their lease'
            cand static-creds 'Print the current credentials of the static ROLE, which Vault rotates'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vaultctl;db;help;creds'= {
        }
        &'vaultctl;db;help;static-creds'= {
        }
        &'vaultctl;db;help;help'= {
        }
        &'vaultctl;lease'= {
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
            cand lookup 'Show a lease: when it was issued and expires, its TTL, whether it can be renewed'
            cand renew 'Extend a lease; Vault may grant less than asked (up to the role''s max TTL)'
            cand revoke 'Revoke a lease now: dynamic credentials stop working'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vaultctl;lease;lookup'= {
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
        &'vaultctl;lease;renew'= {
            cand --increment 'How long the lease should live from now, e.g. 1h [default: the role''s TTL]'
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
        &'vaultctl;lease;revoke'= {
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
        &'vaultctl;lease;help'= {
            cand lookup 'Show a lease: when it was issued and expires, its TTL, whether it can be renewed'
            cand renew 'Extend a lease; Vault may grant less than asked (up to the role''s max TTL)'
            cand revoke 'Revoke a lease now: dynamic credentials stop working'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'vaultctl;lease;help;lookup'= {
        }
        &'vaultctl;lease;help;renew'= {
        }
        &'vaultctl;lease;help;revoke'= {
        }
        &'vaultctl;lease;help;help'= {
        }
        &'vaultctl;read'= {
            cand --field 'Print only this key''s value, raw (a newline follows only on a terminal)'
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
        &'vaultctl;exec'= {
            cand --secret 'Inject every top-level key of PATH as PREFIX + KEY (upper-cased, [A-Z0-9_])'
            cand --env 'Inject one variable from a reference vault:PATH#KEY[#VERSION]'
            cand --require 'NAME must be set and non-empty in the command''s environment'
            cand --validate 'NAME must pass RULE: nonempty, int, url, json, pem or /REGEX/'
            cand --auth 'Log in with this method instead of using VAULT_TOKEN or the stored token'
            cand --auth-param 'A login parameter for --auth, as for `vaultctl login` (VALUE of @FILE or -)'
            cand --auth-path 'Mount path of the --auth method, when not the method''s name'
            cand --retry-timeout 'How long start-up retries an unreachable or sealed Vault [default: 2m]'
            cand --file 'Also write a secret to a file (mode 0600): one key''s value, or the whole secret as JSON'
            cand --kill-signal 'Signal that stops the command for a restart [default: SIGTERM]'
            cand --kill-timeout 'How long the command gets to stop before SIGKILL [default: 30s]'
            cand --revoke-on-exit 'Revoke the dynamic leases given to the command once it is gone [default: true]'
            cand --log-format 'Log lines as text or one JSON object a line'
            cand --on-change 'What a change of the command''s secrets does: restart it, signal it, or nothing [default: restart]'
            cand --reload-signal 'Signal sent by --on-change signal, after the --file outputs are rewritten [default: SIGHUP]'
            cand --poll-interval 'How often KV secrets are checked for a new version [default: 60s]'
            cand --splay 'A random delay of up to this long before a rotation restart, so a fleet does not restart at once [default: 0s]'
            cand --min-restart-interval 'At most one rotation restart this often [default: 10s]'
            cand --debounce 'Changes this close together give one restart [default: 1s]'
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
            cand --color 'When to use colour [default: auto; NO_COLOR turns it off]'
            cand --config 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]'
            cand --no-env-refs 'Do not resolve NAME=vault:... references found in the inherited environment'
            cand --once 'Resolve, validate, then replace vaultctl with the command (no supervisor)'
            cand --pristine 'Give the command only the injected variables, not vaultctl''s environment'
            cand --mask 'Replace every injected value in the command''s stdout and stderr with *****'
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
        &'vaultctl;env'= {
            cand --secret 'Inject every top-level key of PATH as PREFIX + KEY (upper-cased, [A-Z0-9_])'
            cand --env 'Inject one variable from a reference vault:PATH#KEY[#VERSION]'
            cand --require 'NAME must be set and non-empty in the command''s environment'
            cand --validate 'NAME must pass RULE: nonempty, int, url, json, pem or /REGEX/'
            cand --auth 'Log in with this method instead of using VAULT_TOKEN or the stored token'
            cand --auth-param 'A login parameter for --auth, as for `vaultctl login` (VALUE of @FILE or -)'
            cand --auth-path 'Mount path of the --auth method, when not the method''s name'
            cand --retry-timeout 'How long start-up retries an unreachable or sealed Vault [default: 2m]'
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
            cand --color 'When to use colour [default: auto; NO_COLOR turns it off]'
            cand --config 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]'
            cand --no-env-refs 'Do not resolve NAME=vault:... references found in the inherited environment'
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
        &'vaultctl;check'= {
            cand --secret 'Inject every top-level key of PATH as PREFIX + KEY (upper-cased, [A-Z0-9_])'
            cand --env 'Inject one variable from a reference vault:PATH#KEY[#VERSION]'
            cand --require 'NAME must be set and non-empty in the command''s environment'
            cand --validate 'NAME must pass RULE: nonempty, int, url, json, pem or /REGEX/'
            cand --auth 'Log in with this method instead of using VAULT_TOKEN or the stored token'
            cand --auth-param 'A login parameter for --auth, as for `vaultctl login` (VALUE of @FILE or -)'
            cand --auth-path 'Mount path of the --auth method, when not the method''s name'
            cand --retry-timeout 'How long start-up retries an unreachable or sealed Vault [default: 2m]'
            cand --address 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]'
            cand --namespace 'Namespace for every request [env: VAULT_NAMESPACE]'
            cand --ca-cert 'PEM file of the CA certificates to trust [env: VAULT_CACERT]'
            cand --ca-path 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]'
            cand --client-cert 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]'
            cand --client-key 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]'
            cand --tls-server-name 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]'
            cand --timeout 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]'
            cand --max-retries 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]'
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
            cand --color 'When to use colour [default: auto; NO_COLOR turns it off]'
            cand --config 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]'
            cand --no-env-refs 'Do not resolve NAME=vault:... references found in the inherited environment'
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
            cand --format 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]'
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
            cand kv 'Read and write secrets in a KV engine, version 1 or 2 (found out per mount)'
            cand db 'Get credentials from a database secrets engine'
            cand lease 'Look up, renew or revoke a lease, such as one of database credentials'
            cand read 'Read any path, of any engine: a plain logical read, printed as a Key/Value table'
            cand exec 'Run a command with secrets from Vault in its environment, and supervise it'
            cand env 'Print secrets as environment variables for a shell, a .env file, JSON or GitHub Actions'
            cand check 'Resolve and validate the sources, and show each variable''s source, version or lease TTL and verdict; never a value. Exits 1 when something would stop `exec`'
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
        &'vaultctl;help;kv'= {
            cand get 'Print a secret: its metadata (KV v2), then its data as a Key/Value table'
            cand put 'Write a secret, replacing all of its data with the KEY=VALUE pairs given'
            cand patch 'Change some keys of a secret and keep the others (KV v2)'
            cand list 'List the keys below PATH, sorted; folders end in "/"'
            cand delete 'Delete the latest version of a secret, or the --versions given (KV v2 keeps them for undelete); on KV v1 the secret is gone'
            cand undelete 'Restore deleted versions of a secret (KV v2)'
            cand destroy 'Destroy versions of a secret for good (KV v2)'
            cand metadata 'Show or delete the metadata of a secret: its versions and settings (KV v2)'
        }
        &'vaultctl;help;kv;get'= {
        }
        &'vaultctl;help;kv;put'= {
        }
        &'vaultctl;help;kv;patch'= {
        }
        &'vaultctl;help;kv;list'= {
        }
        &'vaultctl;help;kv;delete'= {
        }
        &'vaultctl;help;kv;undelete'= {
        }
        &'vaultctl;help;kv;destroy'= {
        }
        &'vaultctl;help;kv;metadata'= {
            cand get 'Print the metadata of a secret and every version''s state'
            cand delete 'Delete a secret with all its versions and metadata'
        }
        &'vaultctl;help;kv;metadata;get'= {
        }
        &'vaultctl;help;kv;metadata;delete'= {
        }
        &'vaultctl;help;db'= {
            cand creds 'Create dynamic credentials for ROLE: username, password and their lease'
            cand static-creds 'Print the current credentials of the static ROLE, which Vault rotates'
        }
        &'vaultctl;help;db;creds'= {
        }
        &'vaultctl;help;db;static-creds'= {
        }
        &'vaultctl;help;lease'= {
            cand lookup 'Show a lease: when it was issued and expires, its TTL, whether it can be renewed'
            cand renew 'Extend a lease; Vault may grant less than asked (up to the role''s max TTL)'
            cand revoke 'Revoke a lease now: dynamic credentials stop working'
        }
        &'vaultctl;help;lease;lookup'= {
        }
        &'vaultctl;help;lease;renew'= {
        }
        &'vaultctl;help;lease;revoke'= {
        }
        &'vaultctl;help;read'= {
        }
        &'vaultctl;help;exec'= {
        }
        &'vaultctl;help;env'= {
        }
        &'vaultctl;help;check'= {
        }
        &'vaultctl;help;completions'= {
        }
        &'vaultctl;help;help'= {
        }
    ]
    $completions[$command]
}
