//! Durations: parse anything without panicking; whole seconds print back to the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vaultctl::duration::{human, parse};

fuzz_target!(|text: &str| {
    if let Ok(d) = parse(text) {
        let secs = d.as_secs();
        assert_eq!(parse(&human(secs)).map(|d| d.as_secs()), Ok(secs));
    }
});
