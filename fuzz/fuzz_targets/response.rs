//! Response bodies: decoding any bytes as Vault's envelope gives a value or an error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vaultctl::vault::Response;

fuzz_target!(|data: &[u8]| {
    if let Ok(r) = serde_json::from_slice::<Response<serde_json::Value>>(data) {
        // Whatever came in, printing it never shows a token.
        if let Some(auth) = &r.auth {
            let shown = format!("{r:?}");
            if auth.client_token.expose().len() > 8 {
                assert!(!shown.contains(auth.client_token.expose()));
            }
        }
    }
    let _ = serde_json::from_slice::<vaultctl::vault::sys::SealStatus>(data);
});
