//! `vaultctl status`: is Vault reachable, initialized, unsealed; its version and HA mode.

use super::Context;
use crate::outcome::Outcome;
use crate::vault::sys::{self, Leader, SealStatus};
use anyhow::Result;

/// Prints the status; [`Outcome::Sealed`] when sealed.
pub fn run(ctx: &Context) -> Result<Outcome> {
    let client = ctx.client(false)?;
    let seal = sys::seal_status(&client).map_err(|e| ctx.name_address(e))?;
    let leader = if seal.sealed {
        None
    } else {
        sys::leader(&client)
            .inspect_err(|e| crate::debug!("no HA information: {e}"))
            .ok()
    };
    match ctx.settings.format {
        super::args::Format::Json => {
            let mut doc = serde_json::to_value(&seal)?;
            if let (Some(obj), Some(leader)) = (doc.as_object_mut(), &leader) {
                if let serde_json::Value::Object(extra) = serde_json::to_value(leader)? {
                    obj.extend(extra);
                }
            }
            ctx.output().json(&doc)?;
        }
        super::args::Format::Table => ctx.output().key_values(&rows(&seal, leader.as_ref()))?,
    }
    Ok(if seal.sealed {
        Outcome::Sealed
    } else {
        Outcome::Success
    })
}

fn rows(seal: &SealStatus, leader: Option<&Leader>) -> Vec<(&'static str, String)> {
    let mut rows = vec![
        ("Seal Type", seal.seal_type.clone()),
        ("Initialized", seal.initialized.to_string()),
        ("Sealed", seal.sealed.to_string()),
        ("Total Shares", seal.shares.to_string()),
        ("Threshold", seal.threshold.to_string()),
    ];
    if seal.sealed {
        rows.push((
            "Unseal Progress",
            format!("{}/{}", seal.progress, seal.threshold),
        ));
    }
    rows.push(("Version", seal.version.clone()));
    let optional = [
        ("Build Date", &seal.build_date),
        ("Storage Type", &seal.storage_type),
        ("Cluster Name", &seal.cluster_name),
        ("Cluster ID", &seal.cluster_id),
    ];
    rows.extend(
        optional
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| (k, v.clone())),
    );
    let Some(leader) = leader else {
        return rows;
    };
    rows.push(("HA Enabled", leader.ha_enabled.to_string()));
    if leader.ha_enabled {
        let mode = if leader.is_self { "active" } else { "standby" };
        rows.push(("HA Mode", mode.to_string()));
        if !leader.leader_address.is_empty() {
            rows.push(("Active Node Address", leader.leader_address.clone()));
        }
        if !leader.active_time.is_empty() && leader.is_self {
            rows.push(("Active Since", leader.active_time.clone()));
        }
        if let Some(i) = leader.raft_committed_index {
            rows.push(("Raft Committed Index", i.to_string()));
        }
        if let Some(i) = leader.raft_applied_index {
            rows.push(("Raft Applied Index", i.to_string()));
        }
    }
    rows
}
