//! `--mask`: however the output is split into writes, the masked stream is the same as
//! masking it whole, and no secret survives in it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vaultctl::supervise::mask::{MaskList, Masker};

fuzz_target!(|input: (Vec<Vec<u8>>, Vec<u8>, Vec<u8>)| {
    let (secrets, data, cuts) = input;
    if secrets.len() > 4 {
        return;
    }
    let whole = {
        let mut m = Masker::new(MaskList::with(&secrets));
        let mut out = m.feed(&data);
        out.extend(m.finish());
        out
    };
    let mut m = Masker::new(MaskList::with(&secrets));
    let mut out = Vec::new();
    let mut rest = &data[..];
    for c in cuts {
        let at = (c as usize).min(rest.len());
        out.extend(m.feed(&rest[..at]));
        rest = &rest[at..];
    }
    out.extend(m.feed(rest));
    out.extend(m.finish());
    assert_eq!(out, whole);
    for s in secrets.iter().filter(|s| s.len() >= 4 && !s.contains(&b'*')) {
        assert!(!out.windows(s.len()).any(|w| w == &s[..]), "a secret survived masking");
    }
});
