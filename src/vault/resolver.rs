//! Name resolution for the transport.
//!
//! An IP address in the URL is used as it is: ureq's default resolver starts a thread
//! for every lookup that has a timeout, even for `127.0.0.1`, which costs a
//! `vaultctl kv get` a good part of its run time. A `--tls-server-name` put in the URL
//! (see [`super::tls`]) resolves as the real address's host does. Other names go to the
//! system resolver through ureq's default one.

use std::net::{IpAddr, SocketAddr};
use ureq::config::Config;
use ureq::http::Uri;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::NextTimeout;

/// The transport's resolver; see the module documentation.
#[derive(Debug, Default)]
pub struct Resolve {
    /// A server name and the address it stands for.
    rename: Option<(String, Uri)>,
    inner: DefaultResolver,
}

impl Resolve {
    /// Resolves `name` as `target` (the address) would be.
    pub fn renaming(name: String, target: Uri) -> Self {
        Resolve {
            rename: Some((name, target)),
            inner: DefaultResolver::default(),
        }
    }
}

impl Resolver for Resolve {
    fn resolve(
        &self,
        uri: &Uri,
        config: &Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let uri = match &self.rename {
            Some((name, target)) if uri.host() == Some(name.as_str()) => target,
            _ => uri,
        };
        if let Some(addr) = literal(uri) {
            let mut found = self.empty();
            found.push(addr);
            return Ok(found);
        }
        self.inner.resolve(uri, config, timeout)
    }
}

/// The socket address of a URL whose host is an IP address.
fn literal(uri: &Uri) -> Option<SocketAddr> {
    let host = uri.host()?;
    let host = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    let ip: IpAddr = host.parse().ok()?;
    let port = uri.port_u16().or(match uri.scheme_str() {
        Some("https") => Some(443),
        Some("http") => Some(80),
        _ => None,
    })?;
    Some(SocketAddr::new(ip, port))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ip_addresses_are_used_as_they_are() {
        let uri = |text: &str| text.parse::<Uri>().expect("uri");
        assert_eq!(
            literal(&uri("http://127.0.0.1:8200/v1/x")),
            Some("127.0.0.1:8200".parse().expect("addr"))
        );
        assert_eq!(
            literal(&uri("https://[::1]/v1/x")),
            Some("[::1]:443".parse().expect("addr"))
        );
        assert_eq!(literal(&uri("https://vault.example:8200/")), None);
    }
}
