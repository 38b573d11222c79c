//! Templates: parse anything without panicking, and render what parses with any value
//! without panicking; an error never holds the value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vaultctl::secrets::template::Template;

fuzz_target!(|input: (&str, &str)| {
    let (text, value) = input;
    if let Ok(t) = Template::parse(text) {
        let secret = format!("S3CR3T{value}");
        let rendered = t.render(&|_| Ok(serde_json::Value::String(secret.clone())));
        if let Err(e) = rendered {
            // (A template that holds the value's text itself may name it.)
            assert!(
                text.contains(&secret) || !e.contains(&secret),
                "an error shows the value"
            );
        }
    }
});
