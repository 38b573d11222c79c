//! Keys, certificates and signed JWTs for login tests, made with the openssl CLI.

use std::path::{Path, PathBuf};
use std::process::Command;

#[track_caller]
fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl is installed (scripts/test installs it)");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An RSA key pair in `dir`: (private key, public key) PEM files.
pub fn rsa_pair(dir: &Path) -> (PathBuf, PathBuf) {
    openssl(
        dir,
        &[
            "genpkey",
            "-algorithm",
            "RSA",
            "-pkeyopt",
            "rsa_keygen_bits:2048",
            "-out",
            "jwt.key",
        ],
    );
    openssl(
        dir,
        &["pkey", "-in", "jwt.key", "-pubout", "-out", "jwt.pub"],
    );
    (dir.join("jwt.key"), dir.join("jwt.pub"))
}

fn b64url(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, b)| acc | (*b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// An RS256 JWT with `claims`, signed by `key`.
pub fn sign_jwt(key: &Path, claims: &serde_json::Value) -> String {
    let header = b64url(br#"{"alg":"RS256","typ":"JWT"}"#);
    let payload = b64url(claims.to_string().as_bytes());
    let input = format!("{header}.{payload}");
    let dir = key.parent().expect("key dir");
    std::fs::write(dir.join("jwt.input"), &input).expect("write input");
    openssl(
        dir,
        &[
            "dgst",
            "-sha256",
            "-sign",
            "jwt.key",
            "-out",
            "jwt.sig",
            "jwt.input",
        ],
    );
    let sig = std::fs::read(dir.join("jwt.sig")).expect("signature");
    format!("{input}.{}", b64url(&sig))
}

/// A CA and a client certificate it signed for TLS client authentication:
/// (CA PEM, client certificate PEM, client key PEM).
pub fn client_cert(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-subj",
            "/CN=vaultctl test CA",
            "-days",
            "2",
        ],
    );
    openssl(
        dir,
        &[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "client.key",
            "-out",
            "client.csr",
            "-subj",
            "/CN=vaultctl-client",
        ],
    );
    std::fs::write(dir.join("ext.cnf"), "extendedKeyUsage=clientAuth\n").expect("ext file");
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "client.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "client.pem",
            "-days",
            "2",
            "-extfile",
            "ext.cnf",
        ],
    );
    (
        dir.join("ca.pem"),
        dir.join("client.pem"),
        dir.join("client.key"),
    )
}

#[test]
fn base64url_matches_the_rfc_examples() {
    assert_eq!(b64url(b""), "");
    assert_eq!(b64url(b"f"), "Zg");
    assert_eq!(b64url(b"fo"), "Zm8");
    assert_eq!(b64url(b"foo"), "Zm9v");
    assert_eq!(b64url(b"foob"), "Zm9vYg");
    assert_eq!(b64url(&[0xfb, 0xff]), "-_8");
}
