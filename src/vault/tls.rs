//! TLS settings for the transport: trusted CAs (`--ca-cert`, `--ca-path`), a client
//! certificate, `--tls-skip-verify`, and `--tls-server-name`.
//!
//! The server name is applied the way Go's `tls.Config.ServerName` is: the name is used
//! for SNI and certificate verification while the connection still goes to the address.
//! We do that by putting the name in the request URL and resolving it to the address's
//! host (see [`super::resolver`]).

use super::error::Error;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use ureq::tls::{Certificate, ClientCert, PemItem, PrivateKey, RootCerts, TlsConfig};

/// TLS options as the user gave them.
#[derive(Debug, Clone, Default)]
pub struct TlsOptions {
    /// PEM file of CA certificates to trust instead of the built-in roots.
    pub ca_cert: Option<PathBuf>,
    /// Directory of PEM files of CA certificates.
    pub ca_path: Option<PathBuf>,
    /// Client certificate (PEM) for mutual TLS.
    pub client_cert: Option<PathBuf>,
    /// Private key (PEM) of the client certificate.
    pub client_key: Option<PathBuf>,
    /// Name to expect on the server certificate (and send as SNI).
    pub server_name: Option<String>,
    /// Do not verify the server certificate at all.
    pub skip_verify: bool,
}

/// Builds ureq's TLS configuration, reading the certificate files.
pub fn build(opts: &TlsOptions) -> Result<TlsConfig, Error> {
    let mut builder = TlsConfig::builder().disable_verification(opts.skip_verify);
    let mut roots = Vec::new();
    if let Some(file) = &opts.ca_cert {
        roots.extend(certificates(file, "--ca-cert")?);
    }
    if let Some(dir) = &opts.ca_path {
        roots.extend(certificates_in(dir)?);
    }
    if opts.ca_cert.is_some() || opts.ca_path.is_some() {
        builder = builder.root_certs(RootCerts::Specific(Arc::new(roots)));
    }
    match (&opts.client_cert, &opts.client_key) {
        (Some(cert), Some(key)) => {
            let chain = certificates(cert, "--client-cert")?;
            let key = private_key(key)?;
            builder = builder.client_cert(Some(ClientCert::new_with_certs(&chain, key)));
        }
        (None, None) => {}
        _ => {
            return Err(Error::Config(
                "--client-cert and --client-key go together: give both or neither".into(),
            ));
        }
    }
    Ok(builder.build())
}

fn read(path: &Path, what: &str) -> Result<Vec<u8>, Error> {
    std::fs::read(path)
        .map_err(|e| Error::Config(format!("cannot read {what} {}: {e}", path.display())))
}

fn certificates(path: &Path, what: &str) -> Result<Vec<Certificate<'static>>, Error> {
    let pem = read(path, what)?;
    let mut certs = Vec::new();
    for item in ureq::tls::parse_pem(&pem) {
        match item {
            Ok(PemItem::Certificate(c)) => certs.push(c),
            Ok(_) => {}
            Err(e) => {
                return Err(Error::Config(format!(
                    "{what} {}: not a valid PEM file: {e}",
                    path.display()
                )));
            }
        }
    }
    if certs.is_empty() {
        return Err(Error::Config(format!(
            "{what} {}: no PEM certificate in the file",
            path.display()
        )));
    }
    Ok(certs)
}

fn certificates_in(dir: &Path) -> Result<Vec<Certificate<'static>>, Error> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Error::Config(format!("cannot read --ca-path {}: {e}", dir.display())))?;
    let mut certs = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_file() {
            // A directory of CA files often holds other files too; skip those.
            if let Ok(found) = certificates(&path, "--ca-path file") {
                certs.extend(found);
            }
        }
    }
    if certs.is_empty() {
        return Err(Error::Config(format!(
            "--ca-path {}: no PEM certificate found in the directory",
            dir.display()
        )));
    }
    Ok(certs)
}

fn private_key(path: &Path) -> Result<PrivateKey<'static>, Error> {
    let pem = read(path, "--client-key")?;
    for item in ureq::tls::parse_pem(&pem) {
        if let Ok(PemItem::PrivateKey(k)) = item {
            return Ok(k);
        }
    }
    Err(Error::Config(format!(
        "--client-key {}: no PEM private key in the file",
        path.display()
    )))
}
