//! TLS against `bao server -dev-tls` and the CA it writes.

use crate::cmd::Test;
use crate::servers::bao_tls;

#[test]
fn tls_server_is_accepted_with_its_ca() {
    let bao = bao_tls();
    let ca = bao.ca_cert.as_ref().expect("CA file");
    Test::new()
        .args(["status", "--address", &bao.addr, "--ca-cert"])
        .arg_path(ca)
        .status(0)
        .stdout_contains("Sealed          false");
    // VAULT_CACERT and a CA directory work the same way.
    Test::new()
        .args(["status"])
        .env("VAULT_ADDR", &bao.addr)
        .env("VAULT_CACERT", ca)
        .status(0);
    Test::new()
        .args(["status", "--address", &bao.addr, "--ca-path"])
        .arg_path(ca.parent().expect("dir"))
        .status(0);
}

#[test]
fn tls_server_is_refused_without_its_ca() {
    let bao = bao_tls();
    Test::new()
        .args(["status", "--address", &bao.addr])
        .status(2)
        .one_line_error()
        .stderr_contains("TLS handshake with")
        .stderr_contains("UnknownIssuer")
        .stderr_contains("--ca-cert");
}

#[test]
fn server_name_is_checked_against_the_certificate() {
    let bao = bao_tls();
    let ca = bao.ca_cert.as_ref().expect("CA file");
    // The dev certificate names localhost: expecting that name works over the IP...
    Test::new()
        .args([
            "status",
            "--address",
            &bao.addr,
            "--tls-server-name",
            "localhost",
            "--ca-cert",
        ])
        .arg_path(ca)
        .status(0);
    // ...and a name it does not carry is refused.
    Test::new()
        .args([
            "status",
            "--address",
            &bao.addr,
            "--tls-server-name",
            "vault.invalid",
            "--ca-cert",
        ])
        .arg_path(ca)
        .status(2)
        .stderr_contains("not valid for name \"vault.invalid\"");
}

#[test]
fn skip_verify_connects_with_a_loud_warning() {
    let bao = bao_tls();
    Test::new()
        .args(["status", "--address", &bao.addr, "--tls-skip-verify"])
        .status(0)
        .stderr_contains("warning: TLS certificate verification is disabled");
}

#[test]
fn unreadable_ca_file_is_a_local_error() {
    let bao = bao_tls();
    Test::new()
        .args([
            "status",
            "--address",
            &bao.addr,
            "--ca-cert",
            "/nonexistent/ca.pem",
        ])
        .status(1)
        .one_line_error()
        .stderr_contains("cannot read --ca-cert /nonexistent/ca.pem");
    let t = Test::new();
    let junk = t.file("junk.pem", "not a certificate\n");
    t.args(["status", "--address", &bao.addr, "--ca-cert"])
        .arg_path(&junk)
        .status(1)
        .stderr_contains("no PEM certificate");
}
