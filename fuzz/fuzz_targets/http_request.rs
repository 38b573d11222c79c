//! The request head `--listen` reads from anyone who connects: any bytes give a request
//! or a reason it is not one, never a panic; a request's path is a slice of the input
//! without its query, and the answer to it is one of the statuses the server knows.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vaultctl::run::health::Health;
use vaultctl::run::health::server::{answer, parse};

fuzz_target!(|bytes: &[u8]| {
    let parsed = parse(bytes);
    if let Ok(request) = &parsed {
        assert!(request.path.starts_with('/'));
        assert!(!request.path.contains('?'));
        assert!(!request.method.is_empty());
    }
    let health = Health::default();
    let a = answer(parsed, &health);
    assert!(matches!(a.status, 200 | 400 | 404 | 405 | 503), "{}", a.status);
    assert!(a.body.ends_with('\n'));
});
