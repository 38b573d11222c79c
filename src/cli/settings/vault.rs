//! The connection and output settings of the `[vault]` table and of `[profile.NAME]`
//! tables, resolved layer by layer — flag > selected profile > `VAULT_*`/`BAO_*` >
//! `[vault]` > default — with the layer each value came from, for `profile show`.
//! It reads variables only through the [`Env`] it is handed.

use super::{Env, VaultTable, lookup, parse_bool, parse_duration};
use crate::cli::args::{Color, EnvFormat, Format, FormatArg, GlobalArgs};
use crate::vault::ClientConfig;
use anyhow::{Result, anyhow, bail};
use std::path::PathBuf;
use std::time::Duration;

/// Where a resolved setting came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A command-line flag, such as `--address`.
    Flag(&'static str),
    /// A command-line argument (`profile show NAME`).
    Argument,
    /// An environment variable, by name.
    Env(String),
    /// The selected profile's table, by profile name.
    Profile(String),
    /// The `[vault]` table of the config file.
    File,
    /// vaultctl's default.
    Default,
}

impl Source {
    /// `flag`, `argument`, `environment`, `profile`, `file` or `default`.
    pub fn kind(&self) -> &'static str {
        match self {
            Source::Flag(_) => "flag",
            Source::Argument => "argument",
            Source::Env(_) => "environment",
            Source::Profile(_) => "profile",
            Source::File => "file",
            Source::Default => "default",
        }
    }

    /// What names the source within its kind: the flag, variable or profile name.
    pub fn name(&self) -> Option<&str> {
        match self {
            Source::Flag(flag) => Some(flag),
            Source::Env(name) | Source::Profile(name) => Some(name),
            Source::Argument | Source::File | Source::Default => None,
        }
    }
}

/// One resolved setting: its key (as in the config file), its value as text (never a
/// secret), and where it came from.
#[derive(Debug, Clone)]
pub struct Origin {
    /// The config-file key, such as `address`.
    pub key: &'static str,
    /// The value as shown to the user; empty when unset.
    pub value: String,
    /// The layer that set it.
    pub source: Source,
}

/// What the layers resolved: the client config, the output formats and the colour mode.
pub(super) struct Layered {
    pub client: ClientConfig,
    pub format: Format,
    pub env_format: Option<EnvFormat>,
    pub color: Color,
    pub origins: Vec<Origin>,
}

/// The layers below the flags, and the origins recorded so far.
pub(super) struct Layers<'a> {
    env: Env<'a>,
    profile: Option<(&'a str, &'a VaultTable)>,
    file: &'a VaultTable,
    origins: Vec<Origin>,
}

/// Reads one key of a table; the `&str` is the table's name for errors (`vault`,
/// `profile.prod`).
type Field<'f, T> = &'f dyn Fn(&VaultTable, &str) -> Result<Option<T>>;
/// Parses a variable's text; the `&str` is the variable's name for errors.
type Parse<'f, T> = &'f dyn Fn(&str, &str) -> Result<T>;

impl<'a> Layers<'a> {
    /// The layers: the selected profile's table (by name), the environment, `[vault]`.
    pub fn new(
        env: Env<'a>,
        profile: Option<(&'a str, &'a VaultTable)>,
        file: &'a VaultTable,
    ) -> Self {
        Layers {
            env,
            profile,
            file,
            origins: Vec::new(),
        }
    }

    /// Resolves every setting of the table.
    pub fn settle(mut self, args: &GlobalArgs) -> Result<Layered> {
        let client = self.client(args)?;
        let (format, env_format) = self.formats(args)?;
        let color = self.color(args)?;
        Ok(Layered {
            client,
            format,
            env_format,
            color,
            origins: self.origins,
        })
    }

    /// The first layer that has a value, and which one it was.
    fn pick<T>(
        &self,
        flag: (Option<T>, &'static str),
        variable: Option<(&str, Parse<'_, T>)>,
        field: Field<'_, T>,
    ) -> Result<Option<(T, Source)>> {
        if let Some(value) = flag.0 {
            return Ok(Some((value, Source::Flag(flag.1))));
        }
        if let Some((name, table)) = self.profile {
            if let Some(value) = field(table, &format!("profile.{name}"))? {
                return Ok(Some((value, Source::Profile(name.to_string()))));
            }
        }
        if let Some((suffix, parse)) = variable {
            if let Some((name, text)) = lookup(self.env, suffix) {
                return Ok(Some((parse(&text, &name)?, Source::Env(name))));
            }
        }
        Ok(field(self.file, "vault")?.map(|value| (value, Source::File)))
    }

    /// Records where `key` came from and returns its value, or `default`.
    fn note<T>(
        &mut self,
        key: &'static str,
        picked: Option<(T, Source)>,
        default: T,
        show: impl Fn(&T) -> String,
    ) -> T {
        let (value, source) = picked.unwrap_or((default, Source::Default));
        self.origins.push(Origin {
            key,
            value: show(&value),
            source,
        });
        value
    }

    /// As [`Self::note`] for a setting with no default.
    fn note_opt<T>(
        &mut self,
        key: &'static str,
        picked: Option<(T, Source)>,
        show: impl Fn(&T) -> String,
    ) -> Option<T> {
        let (value, source) = match picked {
            Some((value, source)) => (Some(value), source),
            None => (None, Source::Default),
        };
        let text = value.as_ref().map(&show).unwrap_or_default();
        self.origins.push(Origin {
            key,
            value: text,
            source,
        });
        value
    }

    fn text(
        &mut self,
        key: &'static str,
        flag: (&Option<String>, &'static str),
        suffix: &str,
        get: fn(&VaultTable) -> &Option<String>,
    ) -> Result<Option<String>> {
        let field = |t: &VaultTable, _: &str| Ok(get(t).clone());
        let parse = |text: &str, _: &str| Ok(text.to_string());
        let picked = self.pick((flag.0.clone(), flag.1), Some((suffix, &parse)), &field)?;
        Ok(self.note_opt(key, picked, |v| redact_userinfo(v)))
    }

    fn path(
        &mut self,
        key: &'static str,
        flag: (&Option<PathBuf>, &'static str),
        suffix: &str,
        get: fn(&VaultTable) -> &Option<PathBuf>,
    ) -> Result<Option<PathBuf>> {
        let field = |t: &VaultTable, _: &str| Ok(get(t).clone());
        let parse = |text: &str, _: &str| Ok(PathBuf::from(text));
        let picked = self.pick((flag.0.clone(), flag.1), Some((suffix, &parse)), &field)?;
        Ok(self.note_opt(key, picked, |p| p.display().to_string()))
    }
}

impl Layers<'_> {
    /// How to reach Vault.
    fn client(&mut self, args: &GlobalArgs) -> Result<ClientConfig> {
        let address = self.pick(
            (args.address.clone(), "--address"),
            Some(("ADDR", &|text, _| Ok(text.to_string()))),
            &|t, _| Ok(t.address.clone()),
        )?;
        let address = self.note("address", address, DEFAULT_ADDRESS.into(), |a| {
            redact_userinfo(a)
        });
        let mut client = ClientConfig::new(address);
        client.namespace = self.text(
            "namespace",
            (&args.namespace, "--namespace"),
            "NAMESPACE",
            |t| &t.namespace,
        )?;
        self.tls(args, &mut client)?;
        let timeout = self.pick(
            (args.timeout, "--timeout"),
            Some(("CLIENT_TIMEOUT", &|text, name| parse_duration(text, name))),
            &|t, at| {
                t.timeout
                    .as_ref()
                    .map(|d| d.get(&format!("{at}.timeout")))
                    .transpose()
            },
        )?;
        client.timeout = self.note("timeout", timeout, Duration::from_secs(60), |d| {
            crate::duration::human(d.as_secs())
        });
        let retries = self.pick(
            (args.max_retries, "--max-retries"),
            Some(("MAX_RETRIES", &|text, name| {
                text.trim()
                    .parse()
                    .map_err(|_| anyhow!("invalid {name} {text:?}: expected a whole number"))
            })),
            &|t, _| Ok(t.max_retries),
        )?;
        client.max_retries = self.note("max_retries", retries, 2, u32::to_string);
        let proxy = self.pick(
            (None, ""),
            Some(("HTTP_PROXY", &|text, _| Ok(text.to_string()))),
            &|t, _| Ok(t.http_proxy.clone()),
        )?;
        client.proxy = self.note_opt("http_proxy", proxy, |p| redact_userinfo(p));
        Ok(client)
    }

    /// The TLS settings.
    fn tls(&mut self, args: &GlobalArgs, client: &mut ClientConfig) -> Result<()> {
        let tls = &mut client.tls;
        tls.ca_cert = self.path("ca_cert", (&args.ca_cert, "--ca-cert"), "CACERT", |t| {
            &t.ca_cert
        })?;
        tls.ca_path = self.path("ca_path", (&args.ca_path, "--ca-path"), "CAPATH", |t| {
            &t.ca_path
        })?;
        tls.client_cert = self.path(
            "client_cert",
            (&args.client_cert, "--client-cert"),
            "CLIENT_CERT",
            |t| &t.client_cert,
        )?;
        tls.client_key = self.path(
            "client_key",
            (&args.client_key, "--client-key"),
            "CLIENT_KEY",
            |t| &t.client_key,
        )?;
        tls.server_name = self.text(
            "tls_server_name",
            (&args.tls_server_name, "--tls-server-name"),
            "TLS_SERVER_NAME",
            |t| &t.tls_server_name,
        )?;
        let skip = self.pick(
            (args.tls_skip_verify.then_some(true), "--tls-skip-verify"),
            Some(("SKIP_VERIFY", &|text, name| {
                parse_bool(text)
                    .ok_or_else(|| anyhow!("invalid {name} {text:?}: expected true or false"))
            })),
            &|t, _| Ok(t.tls_skip_verify),
        )?;
        client.tls.skip_verify = self.note("tls_skip_verify", skip, false, bool::to_string);
        Ok(())
    }

    /// The output format, and the format `env` was asked for.
    fn formats(&mut self, args: &GlobalArgs) -> Result<(Format, Option<EnvFormat>)> {
        let env_format = match args.format {
            Some(FormatArg::Shell) => Some(EnvFormat::Shell),
            Some(FormatArg::Dotenv) => Some(EnvFormat::Dotenv),
            Some(FormatArg::Github) => Some(EnvFormat::Github),
            Some(FormatArg::Json) => Some(EnvFormat::Json),
            _ => None,
        };
        let flag = args.format.map(|f| match f {
            FormatArg::Json => Format::Json,
            _ => Format::Table,
        });
        let format = self.pick(
            (flag, "--format"),
            Some(("FORMAT", &|text, name| parse_format(text, name))),
            &|t, at| {
                let key = format!("config file {at}.format");
                t.format
                    .as_deref()
                    .map(|text| parse_format(text, &key))
                    .transpose()
            },
        )?;
        let format = self.note("format", format, Format::Table, |f| {
            format!("{f:?}").to_lowercase()
        });
        Ok((format, env_format))
    }

    /// When to colour output: `--color`, the tables, else auto (`NO_COLOR` is applied later).
    fn color(&mut self, args: &GlobalArgs) -> Result<Color> {
        let color = self.pick((args.color, "--color"), None, &|t, at| {
            t.color
                .as_deref()
                .map(|text| parse_color(text, at))
                .transpose()
        })?;
        Ok(self.note("color", color, Color::Auto, |c| {
            format!("{c:?}").to_lowercase()
        }))
    }
}

/// The address the vault CLI uses when none is set.
const DEFAULT_ADDRESS: &str = "https://127.0.0.1:8200";

/// A URL with any `user:password@` replaced by `*****@`, for showing it.
fn redact_userinfo(url: &str) -> String {
    let rest_at = url.find("://").map_or(0, |i| i + 3);
    let authority_end = url[rest_at..].find('/').map_or(url.len(), |i| rest_at + i);
    match url[rest_at..authority_end].rfind('@') {
        Some(at) => format!("{}*****{}", &url[..rest_at], &url[rest_at + at..]),
        None => url.to_string(),
    }
}

fn parse_format(text: &str, source: &str) -> Result<Format> {
    match text.trim().to_ascii_lowercase().as_str() {
        "table" => Ok(Format::Table),
        "json" => Ok(Format::Json),
        _ => bail!("invalid {source} {text:?}: expected table or json"),
    }
}

fn parse_color(text: &str, table: &str) -> Result<Color> {
    match text.trim() {
        "auto" => Ok(Color::Auto),
        "always" => Ok(Color::Always),
        "never" => Ok(Color::Never),
        _ => bail!("invalid config file {table}.color {text:?}: expected auto, always or never"),
    }
}

#[cfg(test)]
mod tests {
    use super::redact_userinfo;

    #[test]
    fn userinfo_is_hidden() {
        assert_eq!(
            redact_userinfo("http://bob:pw@proxy:3128/x@y"),
            "http://*****@proxy:3128/x@y"
        );
        assert_eq!(redact_userinfo("http://proxy:3128"), "http://proxy:3128");
        assert_eq!(redact_userinfo("bob:pw@proxy"), "*****@proxy");
    }
}
