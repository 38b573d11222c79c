//! The lease ledger: which dynamic leases the running child holds, which were retired
//! by a rotation and wait for the child that had them to be gone, and the one place
//! that revokes them.

use crate::secrets::read::Reads;
use crate::vault::Client;

/// The dynamic leases among `reads`.
pub fn leases_of(reads: &Reads) -> Vec<String> {
    reads
        .values()
        .filter_map(|r| r.as_ref().ok())
        .filter(|f| !f.lease_id.is_empty())
        .map(|f| f.lease_id.clone())
        .collect()
}

/// The leases of a run.
#[derive(Debug, Default)]
pub struct Ledger {
    held: Vec<String>,
    retired: Vec<String>,
    revoke: bool,
}

impl Ledger {
    /// A ledger for a child given `held`; `revoke` is `--revoke-on-exit`.
    pub fn new(held: Vec<String>, revoke: bool) -> Ledger {
        Ledger {
            held,
            retired: Vec::new(),
            revoke,
        }
    }

    /// The leases the child holds now.
    pub fn held(&self) -> &[String] {
        &self.held
    }

    /// The child is restarted with `leases`: those it no longer gets are retired, to be
    /// revoked once the old child is gone.
    pub fn restarted_with(&mut self, leases: Vec<String>) {
        let (kept, retired): (Vec<String>, Vec<String>) =
            self.held.drain(..).partition(|l| leases.contains(l));
        drop(kept);
        self.retired.extend(retired);
        self.held = leases;
    }

    /// The child keeps running and may still use its old leases (`--on-change signal`
    /// or `none`): the new ones are held too.
    pub fn added(&mut self, leases: Vec<String>) {
        for lease in leases {
            if !self.held.contains(&lease) {
                self.held.push(lease);
            }
        }
    }

    /// The old child is gone: its retired leases are revoked.
    pub fn old_child_gone(&mut self, client: &Client) {
        let retired = std::mem::take(&mut self.retired);
        self.revoke(client, retired, "of the replaced command");
    }

    /// The run is over: every lease is revoked.
    pub fn finish(&mut self, client: &Client) {
        let mut all = std::mem::take(&mut self.retired);
        all.append(&mut self.held);
        self.revoke(client, all, "");
    }

    /// Revokes `leases` when `--revoke-on-exit` is on; the only place that revokes.
    fn revoke(&self, client: &Client, leases: Vec<String>, whose: &str) {
        if !self.revoke {
            return;
        }
        for lease in leases {
            match crate::vault::sys::lease_revoke(client, &lease) {
                Ok(()) if whose.is_empty() => crate::info!("revoked lease {lease}"),
                Ok(()) => crate::info!("revoked lease {lease} {whose}"),
                Err(e) => crate::warn!("cannot revoke lease {lease}: {e}"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_restart_retires_what_the_new_child_does_not_get() {
        let mut l = Ledger::new(ids(&["db/1", "aws/1"]), true);
        l.restarted_with(ids(&["db/2", "aws/1"]));
        assert_eq!(l.held(), ids(&["db/2", "aws/1"]));
        assert_eq!(l.retired, ids(&["db/1"]));
    }

    #[test]
    fn a_signalled_child_keeps_its_old_leases() {
        let mut l = Ledger::new(ids(&["db/1"]), true);
        l.added(ids(&["db/2", "db/1"]));
        assert_eq!(l.held(), ids(&["db/1", "db/2"]));
        assert!(l.retired.is_empty());
    }
}
