
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, '`vaultctl login`')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Revoke the stored token and remove it from the token file')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Look up, renew or revoke the current token')
            [CompletionResult]::new('kv', 'kv', [CompletionResultType]::ParameterValue, 'Read and write secrets in a KV engine, version 1 or 2 (found out per mount)')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Get credentials from a database secrets engine')
            [CompletionResult]::new('lease', 'lease', [CompletionResultType]::ParameterValue, 'Look up, renew or revoke a lease, such as one of database credentials')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Read any path, of any engine: a plain logical read, printed as a Key/Value table')
            [CompletionResult]::new('write', 'write', [CompletionResultType]::ParameterValue, 'Write to any path, of any engine (as `vault write`), and print Vault''s answer')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys below any path (as `vault list`); folders end in "/"')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete any path (as `vault delete`)')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with secrets from Vault in its environment, and supervise it')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Write the --file and --template files from Vault, with no command: once, or kept fresh')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Print secrets as environment variables for a shell, a .env file, JSON or GitHub Actions')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Resolve and validate the sources, and show each variable''s source, version or lease TTL and verdict; never a value. Exits 1 when something would stop `exec`')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, '`profile list` and `profile show`')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Login method: token, approle, userpass, ldap, kubernetes, jwt, cert')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'Login method: token, approle, userpass, ldap, kubernetes, jwt, cert')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Mount path of the auth method, when not the method''s name')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--no-store', '--no-store', [CompletionResultType]::ParameterName, 'Do not store the token in the token file (or token helper)')
            [CompletionResult]::new('--token-only', '--token-only', [CompletionResultType]::ParameterName, 'Print only the token, for VAULT_TOKEN=$(vaultctl login ... --token-only)')
            [CompletionResult]::new('--no-print', '--no-print', [CompletionResultType]::ParameterName, 'Print nothing on success')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print or save the latest version of every secret below PATH as one document')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Write each secret of a `kv export` JSON document, below --to or at its own path')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy every secret below SRC (or the secret SRC) to DST, e.g. between profiles')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the latest version of a secret, or the --versions given (KV v2 keeps them for undelete); on KV v1 the secret is gone')
            [CompletionResult]::new('undelete', 'undelete', [CompletionResultType]::ParameterValue, 'Restore deleted versions of a secret (KV v2)')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy versions of a secret for good (KV v2)')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Write the data of an earlier version as the new latest version (KV v2)')
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'Show, set or delete the metadata of a secret: its versions and settings (KV v2)')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'The KV mount; PATH is then relative to it [default: found from PATH]')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'List every secret below PATH at any depth, as full paths, one a line')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'List every secret below PATH at any depth, as full paths, one a line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vaultctl;kv;export' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'The KV mount; PATH is then relative to it [default: found from PATH]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the document to FILE (mode 0600, replaced atomically) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the document to FILE (mode 0600, replaced atomically) instead of stdout')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Each secret as {"data": {...}, "metadata": {...}}: its versions and custom metadata as `kv metadata get` shows them (KV v2, --format json)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vaultctl;kv;import' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Write each secret below PATH (e.g. secret/copy) [default: its path as given, mount included]')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print per secret the keys that would be added, changed, removed or left as they are (never a value), and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vaultctl;kv;copy' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
            [CompletionResult]::new('--from-profile', '--from-profile', [CompletionResultType]::ParameterName, 'Read SRC through the [profile.NAME] of the config file [default: --profile]')
            [CompletionResult]::new('--to-profile', '--to-profile', [CompletionResultType]::ParameterName, 'Write DST through the [profile.NAME] of the config file [default: --profile]')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print per secret the keys that would be added, changed, removed or kept (never a value), and write nothing')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
        'vaultctl;kv;rollback' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'The KV mount; PATH is then relative to it [default: found from PATH]')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'The version whose data becomes the new latest version')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Set a secret''s settings: versions kept, check-and-set, deletion, custom metadata')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
        'vaultctl;kv;metadata;put' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'The KV mount; PATH is then relative to it [default: found from PATH]')
            [CompletionResult]::new('--max-versions', '--max-versions', [CompletionResultType]::ParameterName, 'How many versions to keep (0: the mount''s setting)')
            [CompletionResult]::new('--cas-required', '--cas-required', [CompletionResultType]::ParameterName, 'Whether every write must give --cas')
            [CompletionResult]::new('--delete-version-after', '--delete-version-after', [CompletionResultType]::ParameterName, 'Delete versions this long after they are written, e.g. 720h (0s: never)')
            [CompletionResult]::new('--custom-metadata', '--custom-metadata', [CompletionResultType]::ParameterName, 'A KEY=VALUE of custom metadata (repeatable); replaces all custom metadata')
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
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Set a secret''s settings: versions kept, check-and-set, deletion, custom metadata')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vaultctl;kv;metadata;help;get' {
            break
        }
        'vaultctl;kv;metadata;help;delete' {
            break
        }
        'vaultctl;kv;metadata;help;put' {
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
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print or save the latest version of every secret below PATH as one document')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Write each secret of a `kv export` JSON document, below --to or at its own path')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy every secret below SRC (or the secret SRC) to DST, e.g. between profiles')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the latest version of a secret, or the --versions given (KV v2 keeps them for undelete); on KV v1 the secret is gone')
            [CompletionResult]::new('undelete', 'undelete', [CompletionResultType]::ParameterValue, 'Restore deleted versions of a secret (KV v2)')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy versions of a secret for good (KV v2)')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Write the data of an earlier version as the new latest version (KV v2)')
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'Show, set or delete the metadata of a secret: its versions and settings (KV v2)')
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
        'vaultctl;kv;help;export' {
            break
        }
        'vaultctl;kv;help;import' {
            break
        }
        'vaultctl;kv;help;copy' {
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
        'vaultctl;kv;help;rollback' {
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
        'vaultctl;write' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this key of the answer, raw (a newline follows only on a terminal)')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Write even with no data (some endpoints take none, e.g. a rotation)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write even with no data (some endpoints take none, e.g. a rotation)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vaultctl;list' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'List every key below PATH at any depth, as full paths, one a line (folders not shown)')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'List every key below PATH at any depth, as full paths, one a line (folders not shown)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vaultctl;delete' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
        'vaultctl;exec' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Inject every top-level key of PATH as PREFIX + KEY (upper-cased, [A-Z0-9_])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Inject one variable from a reference vault:PATH#KEY[#VERSION], or a template holding {{ REF }}')
            [CompletionResult]::new('--require', '--require', [CompletionResultType]::ParameterName, 'NAME must be set and non-empty in the command''s environment')
            [CompletionResult]::new('--validate', '--validate', [CompletionResultType]::ParameterName, 'NAME must pass RULE: nonempty, int, url, json, pem or /REGEX/')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Log in with this method instead of using VAULT_TOKEN or the stored token')
            [CompletionResult]::new('--auth-param', '--auth-param', [CompletionResultType]::ParameterName, 'A login parameter for --auth, as for `vaultctl login` (VALUE of @FILE or -)')
            [CompletionResult]::new('--auth-path', '--auth-path', [CompletionResultType]::ParameterName, 'Mount path of the --auth method, when not the method''s name')
            [CompletionResult]::new('--retry-timeout', '--retry-timeout', [CompletionResultType]::ParameterName, 'How long start-up retries an unreachable or sealed Vault [default: 2m]')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Also write a secret to a file (mode 0600): one key''s value, or the whole secret as JSON')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Render the template file SRC ({{ vault:PATH#KEY | FILTER }} placeholders) to DEST (mode 0600)')
            [CompletionResult]::new('--kill-signal', '--kill-signal', [CompletionResultType]::ParameterName, 'Signal that stops the command for a restart [default: SIGTERM]')
            [CompletionResult]::new('--kill-timeout', '--kill-timeout', [CompletionResultType]::ParameterName, 'How long the command gets to stop before SIGKILL [default: 30s]')
            [CompletionResult]::new('--revoke-on-exit', '--revoke-on-exit', [CompletionResultType]::ParameterName, 'Revoke the dynamic leases given to the command once it is gone [default: true]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log lines as text or one JSON object a line: text, json [default: text]')
            [CompletionResult]::new('--on-change', '--on-change', [CompletionResultType]::ParameterName, 'What a change of the command''s secrets does: restart, signal or none [default: restart]')
            [CompletionResult]::new('--reload-signal', '--reload-signal', [CompletionResultType]::ParameterName, 'Signal sent by --on-change signal, after the --file outputs are rewritten [default: SIGHUP]')
            [CompletionResult]::new('--poll-interval', '--poll-interval', [CompletionResultType]::ParameterName, 'How often KV secrets are checked for a new version [default: 60s]')
            [CompletionResult]::new('--splay', '--splay', [CompletionResultType]::ParameterName, 'A random delay of up to this long before a rotation restart, so a fleet does not restart at once [default: 0s]')
            [CompletionResult]::new('--min-restart-interval', '--min-restart-interval', [CompletionResultType]::ParameterName, 'At most one rotation restart this often [default: 10s]')
            [CompletionResult]::new('--debounce', '--debounce', [CompletionResultType]::ParameterName, 'Changes this close together give one restart [default: 1s]')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Serve /healthz, /readyz and /metrics (Prometheus) over HTTP on HOST:PORT, such as 127.0.0.1:9102')
            [CompletionResult]::new('--fallback-cache', '--fallback-cache', [CompletionResultType]::ParameterName, 'Keep the KV values the command gets in DIR, encrypted, and start from them when Vault cannot be reached')
            [CompletionResult]::new('--fallback-key-file', '--fallback-key-file', [CompletionResultType]::ParameterName, 'The cache''s key: 64 hex digits (`openssl rand -hex 32`) [env: VAULTCTL_FALLBACK_KEY]')
            [CompletionResult]::new('--fallback-max-age', '--fallback-max-age', [CompletionResultType]::ParameterName, 'Start from a cache entry only when it is younger than this [default: 24h]')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--env-refs', '--env-refs', [CompletionResultType]::ParameterName, 'Resolve read references (NAME=vault:PATH#KEY, or templates of them) found in the inherited environment; off by default: inherited variables are data')
            [CompletionResult]::new('--no-env-refs', '--no-env-refs', [CompletionResultType]::ParameterName, 'Leave inherited variables as they are (the default; overrides `env_refs = true`)')
            [CompletionResult]::new('--once', '--once', [CompletionResultType]::ParameterName, 'Resolve, validate, then replace vaultctl with the command (no supervisor)')
            [CompletionResult]::new('--pristine', '--pristine', [CompletionResultType]::ParameterName, 'Give the command only the injected variables, not vaultctl''s environment')
            [CompletionResult]::new('--mask', '--mask', [CompletionResultType]::ParameterName, 'Replace every value the command was ever given (variables, files, each line of a multi-line value) in its stdout and stderr with *****')
            [CompletionResult]::new('--pass-token', '--pass-token', [CompletionResultType]::ParameterName, 'Hand vaultctl''s token on to the command as VAULT_TOKEN (it is removed otherwise)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vaultctl;render' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Inject every top-level key of PATH as PREFIX + KEY (upper-cased, [A-Z0-9_])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Inject one variable from a reference vault:PATH#KEY[#VERSION], or a template holding {{ REF }}')
            [CompletionResult]::new('--require', '--require', [CompletionResultType]::ParameterName, 'NAME must be set and non-empty in the command''s environment')
            [CompletionResult]::new('--validate', '--validate', [CompletionResultType]::ParameterName, 'NAME must pass RULE: nonempty, int, url, json, pem or /REGEX/')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Log in with this method instead of using VAULT_TOKEN or the stored token')
            [CompletionResult]::new('--auth-param', '--auth-param', [CompletionResultType]::ParameterName, 'A login parameter for --auth, as for `vaultctl login` (VALUE of @FILE or -)')
            [CompletionResult]::new('--auth-path', '--auth-path', [CompletionResultType]::ParameterName, 'Mount path of the --auth method, when not the method''s name')
            [CompletionResult]::new('--retry-timeout', '--retry-timeout', [CompletionResultType]::ParameterName, 'How long start-up retries an unreachable or sealed Vault [default: 2m]')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Also write a secret to a file (mode 0600): one key''s value, or the whole secret as JSON')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Render the template file SRC ({{ vault:PATH#KEY | FILTER }} placeholders) to DEST (mode 0600)')
            [CompletionResult]::new('--on-change-command', '--on-change-command', [CompletionResultType]::ParameterName, 'With --watch: run CMD with `sh -c` after a change rewrote a file (not given vaultctl''s token)')
            [CompletionResult]::new('--on-change-timeout', '--on-change-timeout', [CompletionResultType]::ParameterName, 'How long --on-change-command may run before it is killed [default: 30s]')
            [CompletionResult]::new('--poll-interval', '--poll-interval', [CompletionResultType]::ParameterName, 'How often KV secrets are checked for a new version, with --watch [default: 60s]')
            [CompletionResult]::new('--debounce', '--debounce', [CompletionResultType]::ParameterName, 'Changes this close together give one rewrite, with --watch [default: 1s]')
            [CompletionResult]::new('--revoke-on-exit', '--revoke-on-exit', [CompletionResultType]::ParameterName, 'With --watch, revoke the dynamic leases when vaultctl stops [default: true]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log lines as text or one JSON object a line: text, json [default: text]')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --watch: serve /healthz, /readyz (200 once every file is written) and /metrics (Prometheus) over HTTP on HOST:PORT, such as 0.0.0.0:9102')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--env-refs', '--env-refs', [CompletionResultType]::ParameterName, 'Resolve read references (NAME=vault:PATH#KEY, or templates of them) found in the inherited environment; off by default: inherited variables are data')
            [CompletionResult]::new('--no-env-refs', '--no-env-refs', [CompletionResultType]::ParameterName, 'Leave inherited variables as they are (the default; overrides `env_refs = true`)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Stay: keep the files fresh (renewal, re-issue, KV polling) until SIGTERM or SIGINT')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vaultctl;env' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Inject every top-level key of PATH as PREFIX + KEY (upper-cased, [A-Z0-9_])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Inject one variable from a reference vault:PATH#KEY[#VERSION], or a template holding {{ REF }}')
            [CompletionResult]::new('--require', '--require', [CompletionResultType]::ParameterName, 'NAME must be set and non-empty in the command''s environment')
            [CompletionResult]::new('--validate', '--validate', [CompletionResultType]::ParameterName, 'NAME must pass RULE: nonempty, int, url, json, pem or /REGEX/')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Log in with this method instead of using VAULT_TOKEN or the stored token')
            [CompletionResult]::new('--auth-param', '--auth-param', [CompletionResultType]::ParameterName, 'A login parameter for --auth, as for `vaultctl login` (VALUE of @FILE or -)')
            [CompletionResult]::new('--auth-path', '--auth-path', [CompletionResultType]::ParameterName, 'Mount path of the --auth method, when not the method''s name')
            [CompletionResult]::new('--retry-timeout', '--retry-timeout', [CompletionResultType]::ParameterName, 'How long start-up retries an unreachable or sealed Vault [default: 2m]')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--env-refs', '--env-refs', [CompletionResultType]::ParameterName, 'Resolve read references (NAME=vault:PATH#KEY, or templates of them) found in the inherited environment; off by default: inherited variables are data')
            [CompletionResult]::new('--no-env-refs', '--no-env-refs', [CompletionResultType]::ParameterName, 'Leave inherited variables as they are (the default; overrides `env_refs = true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vaultctl;check' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Inject every top-level key of PATH as PREFIX + KEY (upper-cased, [A-Z0-9_])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Inject one variable from a reference vault:PATH#KEY[#VERSION], or a template holding {{ REF }}')
            [CompletionResult]::new('--require', '--require', [CompletionResultType]::ParameterName, 'NAME must be set and non-empty in the command''s environment')
            [CompletionResult]::new('--validate', '--validate', [CompletionResultType]::ParameterName, 'NAME must pass RULE: nonempty, int, url, json, pem or /REGEX/')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Log in with this method instead of using VAULT_TOKEN or the stored token')
            [CompletionResult]::new('--auth-param', '--auth-param', [CompletionResultType]::ParameterName, 'A login parameter for --auth, as for `vaultctl login` (VALUE of @FILE or -)')
            [CompletionResult]::new('--auth-path', '--auth-path', [CompletionResultType]::ParameterName, 'Mount path of the --auth method, when not the method''s name')
            [CompletionResult]::new('--retry-timeout', '--retry-timeout', [CompletionResultType]::ParameterName, 'How long start-up retries an unreachable or sealed Vault [default: 2m]')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--env-refs', '--env-refs', [CompletionResultType]::ParameterName, 'Resolve read references (NAME=vault:PATH#KEY, or templates of them) found in the inherited environment; off by default: inherited variables are data')
            [CompletionResult]::new('--no-env-refs', '--no-env-refs', [CompletionResultType]::ParameterName, 'Leave inherited variables as they are (the default; overrides `env_refs = true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'vaultctl;profile' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
            [CompletionResult]::new('--tls-skip-verify', '--tls-skip-verify', [CompletionResultType]::ParameterName, 'Do not verify the server certificate (insecure) [env: VAULT_SKIP_VERIFY]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more: -v what happens (retries), -vv every request, -vvv everything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Log only errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles of the config file: address, namespace, and whether a live token is stored for each, with its TTL (one lookup-self per profile, a few seconds at most)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show each resolved setting and where it came from: a flag, the environment (naming the variable), the profile, the config file''s `[vault]` table, or the default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vaultctl;profile;list' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
        'vaultctl;profile;show' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the Vault server [env: VAULT_ADDR] [default: https://127.0.0.1:8200]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace for every request [env: VAULT_NAMESPACE]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'PEM file of the CA certificates to trust [env: VAULT_CACERT]')
            [CompletionResult]::new('--ca-path', '--ca-path', [CompletionResultType]::ParameterName, 'Directory of PEM CA certificates to trust [env: VAULT_CAPATH]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'PEM client certificate for TLS authentication [env: VAULT_CLIENT_CERT]')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'PEM private key of the client certificate [env: VAULT_CLIENT_KEY]')
            [CompletionResult]::new('--tls-server-name', '--tls-server-name', [CompletionResultType]::ParameterName, 'Name to expect on the server certificate, and to send as SNI [env: VAULT_TLS_SERVER_NAME]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of one request attempt, e.g. 30s [env: VAULT_CLIENT_TIMEOUT] [default: 60s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'How often a failed request is retried [env: VAULT_MAX_RETRIES] [default: 2]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
        'vaultctl;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles of the config file: address, namespace, and whether a live token is stored for each, with its TTL (one lookup-self per profile, a few seconds at most)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show each resolved setting and where it came from: a flag, the environment (naming the variable), the profile, the config file''s `[vault]` table, or the default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'vaultctl;profile;help;list' {
            break
        }
        'vaultctl;profile;help;show' {
            break
        }
        'vaultctl;profile;help;help' {
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `env` also takes shell, dotenv, github [env: VAULT_FORMAT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; NO_COLOR turns it off]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: VAULTCTL_CONFIG] [default: the user''s config dir, vaultctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the [profile.NAME] table of the config file and the profile''s own token [env: VAULTCTL_PROFILE]')
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
            [CompletionResult]::new('kv', 'kv', [CompletionResultType]::ParameterValue, 'Read and write secrets in a KV engine, version 1 or 2 (found out per mount)')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Get credentials from a database secrets engine')
            [CompletionResult]::new('lease', 'lease', [CompletionResultType]::ParameterValue, 'Look up, renew or revoke a lease, such as one of database credentials')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Read any path, of any engine: a plain logical read, printed as a Key/Value table')
            [CompletionResult]::new('write', 'write', [CompletionResultType]::ParameterValue, 'Write to any path, of any engine (as `vault write`), and print Vault''s answer')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys below any path (as `vault list`); folders end in "/"')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete any path (as `vault delete`)')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with secrets from Vault in its environment, and supervise it')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Write the --file and --template files from Vault, with no command: once, or kept fresh')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Print secrets as environment variables for a shell, a .env file, JSON or GitHub Actions')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Resolve and validate the sources, and show each variable''s source, version or lease TTL and verdict; never a value. Exits 1 when something would stop `exec`')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'List the profiles of the config file, or show where each setting comes from')
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
        'vaultctl;help;write' {
            break
        }
        'vaultctl;help;list' {
            break
        }
        'vaultctl;help;delete' {
            break
        }
        'vaultctl;help;exec' {
            break
        }
        'vaultctl;help;render' {
            break
        }
        'vaultctl;help;env' {
            break
        }
        'vaultctl;help;check' {
            break
        }
        'vaultctl;help;profile' {
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
