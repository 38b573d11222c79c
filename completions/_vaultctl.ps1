
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'vaultctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'vaultctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'vaultctl' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether Vault is reachable, initialized and unsealed, its version and HA mode')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in to Vault and store the token where the vault and bao CLIs look for it')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Revoke the stored token and remove it from the token file')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Look up, renew or revoke the current token')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script to stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vaultctl;status' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vaultctl;login' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Login method: token, approle, userpass, ldap, kubernetes, jwt, cert')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'Login method: token, approle, userpass, ldap, kubernetes, jwt, cert')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Mount path of the auth method, when not the method''s name')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--no-store', '--no-store', [CompletionResultType]::ParameterName, 'Do not store the token in the token file (or token helper)')
            [CompletionResult]::new('--token-only', '--token-only', [CompletionResultType]::ParameterName, 'Print only the token, for VAULT_TOKEN=$(vaultctl login ... --token-only)')
            [CompletionResult]::new('--no-print', '--no-print', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vaultctl;logout' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vaultctl;token' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('lookup', 'lookup', [CompletionResultType]::ParameterValue, 'Show the current token''s policies, TTL and accessor (never the token itself)')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Renew the current token')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke the current token and its children')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vaultctl;token;lookup' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vaultctl;token;renew' {
            [CompletionResult]::new('--increment', '--increment', [CompletionResultType]::ParameterName, 'TTL to ask for, e.g. 1h (Vault may give less)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vaultctl;token;revoke' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vaultctl;token;help' {
            [CompletionResult]::new('lookup', 'lookup', [CompletionResultType]::ParameterValue, 'Show the current token''s policies, TTL and accessor (never the token itself)')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Renew the current token')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke the current token and its children')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vaultctl;token;help;lookup' {
            break
        }
        'vaultctl;token;help;renew' {
            break
        }
        'vaultctl;token;help;revoke' {
            break
        }
        'vaultctl;token;help;help' {
            break
        }
        'vaultctl;completions' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vaultctl;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether Vault is reachable, initialized and unsealed, its version and HA mode')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in to Vault and store the token where the vault and bao CLIs look for it')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Revoke the stored token and remove it from the token file')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Look up, renew or revoke the current token')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script to stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vaultctl;help;status' {
            break
        }
        'vaultctl;help;login' {
            break
        }
        'vaultctl;help;logout' {
            break
        }
        'vaultctl;help;token' {
            [CompletionResult]::new('lookup', 'lookup', [CompletionResultType]::ParameterValue, 'Show the current token''s policies, TTL and accessor (never the token itself)')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Renew the current token')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke the current token and its children')
            break
        }
        'vaultctl;help;token;lookup' {
            break
        }
        'vaultctl;help;token;renew' {
            break
        }
        'vaultctl;help;token;revoke' {
            break
        }
        'vaultctl;help;completions' {
            break
        }
        'vaultctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
