//! The config file: any text gives a config or a one-line error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vaultctl::cli::settings::parse_config;

fuzz_target!(|text: &str| {
    match parse_config(text, "fuzz.toml") {
        Ok(config) => {
            let exec = &config.exec;
            for (key, value) in [
                ("kill_timeout", &exec.kill_timeout),
                ("retry_timeout", &exec.retry_timeout),
                ("poll_interval", &exec.poll_interval),
                ("splay", &exec.splay),
            ] {
                if let Some(Err(e)) = value.as_ref().map(|v| &v.parsed) {
                    assert!(!e.contains('\n'), "{key}: a multi-line error: {e}");
                }
            }
        }
        Err(e) => assert!(!format!("{e:#}").contains('\n'), "a multi-line error: {e:#}"),
    }
});
