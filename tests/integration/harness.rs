//! The harness's own servers work: the throwaway PostgreSQL cluster accepts its
//! superuser with the password and refuses a wrong one.

use crate::servers::Postgres;

#[test]
fn postgres_cluster_checks_passwords() {
    let pg = Postgres::start();
    let ok = pg.psql(&pg.user, &pg.password, "SELECT 40 + 2");
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&ok.stdout).trim(), "42");
    let wrong = pg.psql(&pg.user, "not-the-password", "SELECT 1");
    assert!(!wrong.status.success(), "a wrong password was accepted");
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("password authentication failed"));
}
