//! The config file: any text gives a config or a one-line error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vaultctl::cli::settings::parse_config;

fuzz_target!(|text: &str| {
    match parse_config(text, "fuzz.toml") {
        Ok(config) => {
            // A bad value is kept with its reason, for the plan to report: one line.
            let exec = &config.exec;
            for value in [
                &exec.kill_timeout,
                &exec.retry_timeout,
                &exec.poll_interval,
                &exec.splay,
                &exec.fallback_max_age,
            ] {
                if let Some(Err(e)) = value.as_ref().map(|v| &v.parsed) {
                    assert!(!e.contains('\n'), "a multi-line reason: {e}");
                }
            }
        }
        Err(e) => assert!(!format!("{e:#}").contains('\n'), "a multi-line error: {e:#}"),
    }
});
