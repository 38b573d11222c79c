//! References and SOURCES flags: parse anything without panicking; what parses prints
//! back (in its canonical form) as it was read.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vaultctl::secrets::sources::{Origin, Sources};
use vaultctl::secrets::Ref;

fuzz_target!(|text: &str| {
    for whole in [false, true] {
        if let Ok(r) = Ref::parse(text, whole) {
            let again = Ref::parse(&r.canonical(), whole).expect("a printed reference parses");
            assert_eq!(again, r);
        }
    }
    let mut sources = Sources::default();
    sources.add_env(text, Origin::Explicit);
    sources.add_secret(text);
    sources.add_file(text);
    sources.add_validate(text);
    let _ = sources.reads();
});
