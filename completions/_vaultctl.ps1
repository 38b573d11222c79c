
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
            [CompletionResult]::new('kv', 'kv', [CompletionResultType]::ParameterValue, 'Read and write secrets in a KV engine, version 1 or 2 (found out per mount)')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Get credentials from a database secrets engine')
            [CompletionResult]::new('lease', 'lease', [CompletionResultType]::ParameterValue, 'Look up, renew or revoke a lease, such as one of database credentials')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Read any path, of any engine: a plain logical read, printed as a Key/Value table')
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
        'vaultctl;kv' {
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
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a secret: its metadata (KV v2), then its data as a Key/Value table')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write a secret, replacing all of its data with the KEY=VALUE pairs given')
            [CompletionResult]::new('patch', 'patch', [CompletionResultType]::ParameterValue, 'Change some keys of a secret and keep the others (KV v2)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys below PATH, sorted; folders end in "/"')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the latest version of a secret, or the --versions given (KV v2 keeps them for undelete); on KV v1 the secret is gone')
            [CompletionResult]::new('undelete', 'undelete', [CompletionResultType]::ParameterValue, 'Restore deleted versions of a secret (KV v2)')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy versions of a secret for good (KV v2)')
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'Show or delete the metadata of a secret: its versions and settings (KV v2)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vaultctl;kv;get' {
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
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'The KV mount; PATH is then relative to it [default: found from PATH]')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Read this version instead of the latest (KV v2)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this key''s value, raw (a newline follows only on a terminal)')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'vaultctl;kv;put' {
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
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'The KV mount; PATH is then relative to it [default: found from PATH]')
            [CompletionResult]::new('--cas', '--cas', [CompletionResultType]::ParameterName, 'Write only if the secret''s current version is N (0: only if it does not exist) (KV v2)')
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
        'vaultctl;kv;patch' {
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
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'The KV mount; PATH is then relative to it [default: found from PATH]')
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
        'vaultctl;kv;list' {
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
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'The KV mount; PATH is then relative to it [default: found from PATH]')
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
        'vaultctl;kv;delete' {
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
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'The KV mount; PATH is then relative to it [default: found from PATH]')
            [CompletionResult]::new('--versions', '--versions', [CompletionResultType]::ParameterName, 'Delete these versions, e.g. 1,2, instead of the latest (KV v2)')
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
        'vaultctl;kv;undelete' {
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
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'The KV mount; PATH is then relative to it [default: found from PATH]')
            [CompletionResult]::new('--versions', '--versions', [CompletionResultType]::ParameterName, 'The versions, e.g. 1,2')
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
        'vaultctl;kv;destroy' {
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
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'The KV mount; PATH is then relative to it [default: found from PATH]')
            [CompletionResult]::new('--versions', '--versions', [CompletionResultType]::ParameterName, 'The versions, e.g. 1,2')
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
        'vaultctl;kv;metadata' {
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
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the metadata of a secret and every version''s state')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a secret with all its versions and metadata')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vaultctl;kv;metadata;get' {
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
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'The KV mount; PATH is then relative to it [default: found from PATH]')
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
        'vaultctl;kv;metadata;delete' {
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
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'The KV mount; PATH is then relative to it [default: found from PATH]')
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
        'vaultctl;kv;metadata;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the metadata of a secret and every version''s state')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a secret with all its versions and metadata')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vaultctl;kv;metadata;help;get' {
            break
        }
        'vaultctl;kv;metadata;help;delete' {
            break
        }
        'vaultctl;kv;metadata;help;help' {
            break
        }
        'vaultctl;kv;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a secret: its metadata (KV v2), then its data as a Key/Value table')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write a secret, replacing all of its data with the KEY=VALUE pairs given')
            [CompletionResult]::new('patch', 'patch', [CompletionResultType]::ParameterValue, 'Change some keys of a secret and keep the others (KV v2)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys below PATH, sorted; folders end in "/"')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the latest version of a secret, or the --versions given (KV v2 keeps them for undelete); on KV v1 the secret is gone')
            [CompletionResult]::new('undelete', 'undelete', [CompletionResultType]::ParameterValue, 'Restore deleted versions of a secret (KV v2)')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy versions of a secret for good (KV v2)')
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'Show or delete the metadata of a secret: its versions and settings (KV v2)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vaultctl;kv;help;get' {
            break
        }
        'vaultctl;kv;help;put' {
            break
        }
        'vaultctl;kv;help;patch' {
            break
        }
        'vaultctl;kv;help;list' {
            break
        }
        'vaultctl;kv;help;delete' {
            break
        }
        'vaultctl;kv;help;undelete' {
            break
        }
        'vaultctl;kv;help;destroy' {
            break
        }
        'vaultctl;kv;help;metadata' {
            break
        }
        'vaultctl;kv;help;help' {
            break
        }
        'vaultctl;db' {
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
            [CompletionResult]::new('creds', 'creds', [CompletionResultType]::ParameterValue, 'Create dynamic credentials for ROLE: username, password and their lease')
            [CompletionResult]::new('static-creds', 'static-creds', [CompletionResultType]::ParameterValue, 'Print the current credentials of the static ROLE, which Vault rotates')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vaultctl;db;creds' {
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
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Mount of the database secrets engine')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Print TEXT with {{username}}, {{password}}, {{lease_id}} and {{ttl}} filled in, e.g. ''postgresql://{{username}}:{{password}}@db:5432/app''')
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
        'vaultctl;db;static-creds' {
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
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Mount of the database secrets engine')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Print TEXT with {{username}}, {{password}}, {{lease_id}} and {{ttl}} filled in, e.g. ''postgresql://{{username}}:{{password}}@db:5432/app''')
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
        'vaultctl;db;help' {
            [CompletionResult]::new('creds', 'creds', [CompletionResultType]::ParameterValue, 'Create dynamic credentials for ROLE: username, password and their lease')
            [CompletionResult]::new('static-creds', 'static-creds', [CompletionResultType]::ParameterValue, 'Print the current credentials of the static ROLE, which Vault rotates')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vaultctl;db;help;creds' {
            break
        }
        'vaultctl;db;help;static-creds' {
            break
        }
        'vaultctl;db;help;help' {
            break
        }
        'vaultctl;lease' {
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
            [CompletionResult]::new('lookup', 'lookup', [CompletionResultType]::ParameterValue, 'Show a lease: when it was issued and expires, its TTL, whether it can be renewed')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Extend a lease; Vault may grant less than asked (up to the role''s max TTL)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a lease now: dynamic credentials stop working')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vaultctl;lease;lookup' {
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
        'vaultctl;lease;renew' {
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
            [CompletionResult]::new('--increment', '--increment', [CompletionResultType]::ParameterName, 'How long the lease should live from now, e.g. 1h [default: the role''s TTL]')
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
        'vaultctl;lease;revoke' {
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
        'vaultctl;lease;help' {
            [CompletionResult]::new('lookup', 'lookup', [CompletionResultType]::ParameterValue, 'Show a lease: when it was issued and expires, its TTL, whether it can be renewed')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Extend a lease; Vault may grant less than asked (up to the role''s max TTL)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a lease now: dynamic credentials stop working')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vaultctl;lease;help;lookup' {
            break
        }
        'vaultctl;lease;help;renew' {
            break
        }
        'vaultctl;lease;help;revoke' {
            break
        }
        'vaultctl;lease;help;help' {
            break
        }
        'vaultctl;read' {
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
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this key''s value, raw (a newline follows only on a terminal)')
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
            [CompletionResult]::new('kv', 'kv', [CompletionResultType]::ParameterValue, 'Read and write secrets in a KV engine, version 1 or 2 (found out per mount)')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Get credentials from a database secrets engine')
            [CompletionResult]::new('lease', 'lease', [CompletionResultType]::ParameterValue, 'Look up, renew or revoke a lease, such as one of database credentials')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Read any path, of any engine: a plain logical read, printed as a Key/Value table')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script to stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vaultctl;help;status' {
            break
        }
        'vaultctl;help;kv' {
            break
        }
        'vaultctl;help;db' {
            break
        }
        'vaultctl;help;lease' {
            break
        }
        'vaultctl;help;read' {
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
