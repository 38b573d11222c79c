//! What vaultctl does to itself before anything else, so that the command it runs cannot
//! read its credentials: the process is made non-dumpable (a process of the same user
//! without CAP_SYS_PTRACE can then open neither `/proc/<vaultctl>/environ` nor its
//! memory), and the credential variables are scrubbed from the environment block the
//! kernel shows in `/proc/<vaultctl>/environ` (for a reader that may still open it, such
//! as root with CAP_SYS_PTRACE). The values stay readable to vaultctl itself: they are
//! copied to the heap first.
//!
//! Call [`at_start`] first thing in `main`, before any thread starts.

use std::ffi::{CStr, OsStr, c_char};
use std::os::unix::ffi::OsStrExt;

/// Variables that hold vaultctl's own credentials (and the fallback cache's key): the
/// child never inherits them, and they are scrubbed from vaultctl's environment block.
pub const CREDENTIALS: [&str; 7] = [
    "VAULT_TOKEN",
    "BAO_TOKEN",
    "VAULT_ROLE_ID",
    "VAULT_SECRET_ID",
    "BAO_ROLE_ID",
    "BAO_SECRET_ID",
    "VAULTCTL_FALLBACK_KEY",
];

#[allow(unsafe_code)]
unsafe extern "C" {
    /// The C library's environment: NUL-terminated `NAME=VALUE` strings, at start those
    /// the kernel placed on the stack (the block `/proc/<pid>/environ` shows).
    static mut environ: *mut *mut c_char;
}

/// Makes the process non-dumpable and scrubs the credential variables from the
/// environment block. Must run before any other thread exists.
#[allow(unsafe_code)]
pub fn at_start() {
    if let Err(e) = nix::sys::prctl::set_dumpable(false) {
        crate::debug!("cannot make vaultctl non-dumpable: {e}");
    }
    // SAFETY: called first thing in main, while vaultctl has one thread, so nothing reads
    // or changes the environment at the same time; every pointer comes from `environ`,
    // whose strings are NUL-terminated and writable (the stack block, or heap copies).
    unsafe { scrub() }
}

/// Moves each credential variable's value to the heap (`setenv` copies it) and overwrites
/// the original bytes with NULs.
#[allow(unsafe_code)]
unsafe fn scrub() {
    // SAFETY: see `at_start`.
    let mut entry = unsafe { environ };
    if entry.is_null() {
        return;
    }
    let mut found: Vec<(*mut c_char, Vec<u8>, Vec<u8>)> = Vec::new();
    // SAFETY: `environ` is a NULL-terminated array of C strings.
    while let Some(text) = unsafe { entry.as_ref() }.copied().filter(|p| !p.is_null()) {
        // SAFETY: each entry is a NUL-terminated string.
        let bytes = unsafe { CStr::from_ptr(text) }.to_bytes();
        if let Some(eq) = bytes.iter().position(|&b| b == b'=') {
            let name = &bytes[..eq];
            if CREDENTIALS.iter().any(|c| c.as_bytes() == name) {
                found.push((text, name.to_vec(), bytes[eq + 1..].to_vec()));
            }
        }
        // SAFETY: the array goes on until its NULL entry.
        entry = unsafe { entry.add(1) };
    }
    for (text, name, value) in found {
        let mut value = zeroize::Zeroizing::new(value);
        // SAFETY: one thread (see `at_start`); setenv replaces the entry's pointer with a
        // heap copy and leaves the original bytes alone.
        unsafe { std::env::set_var(OsStr::from_bytes(&name), OsStr::from_bytes(&value)) };
        // SAFETY: `text` points at `name=value` followed by a NUL, `value.len()` bytes
        // after the `=`; no entry of `environ` points there any more.
        unsafe { std::ptr::write_bytes(text.add(name.len() + 1), 0, value.len()) };
        zeroize::Zeroize::zeroize(&mut *value);
    }
}
