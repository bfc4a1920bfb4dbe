//! An erasure (a rejected candidate's data erased for good, O7) reaches this device's automatic backups too: every
//! backup that still holds an erased record gets it in its erased form, in the same transaction as the erasure. An
//! old backup can then neither show the data again nor, restored, undo the erasure.

use super::export::export_scoped;
use super::read::{read_export, Context};
use super::session::Backup;
use crate::domain::Change;

/// How a batch cleans the backups it keeps. A pointer to [`scrub`], named by the writes that carry erasures: the
/// file reader it needs loads with the pages that erase or import, not with the first screen.
pub type Scrub = fn(&Backup, &[Change]) -> Option<Backup>;

/// `backup` with each record of `erasures` it holds replaced by the erasure; `None` when it holds none of them (the
/// ids are looked for in the text first, so most backups are never parsed). A backup this version cannot read is
/// left as it is: nothing can restore it either.
pub fn scrub(backup: &Backup, erasures: &[Change]) -> Option<Backup> {
    let erasures: Vec<&Change> = erasures
        .iter()
        .filter(|c| c.is_erasure() && backup.file.contains(&c.id().to_string()))
        .collect();
    if erasures.is_empty() {
        return None;
    }
    // This device's own file: its stamps are this device's history, whatever the clock says now.
    let context = Context {
        own_backup: true,
        ..Context::alone(0)
    };
    let mut content = read_export(backup.file.as_bytes(), &context).ok()?;
    let mut changed = false;
    for e in erasures {
        if content.data.contains(e.store(), e.id()) {
            content.data.apply(e.clone());
            changed = true;
        }
    }
    changed.then(|| Backup {
        records: content.data.record_count(),
        live: Some(content.data.live_count()),
        file: export_scoped(&content.data, env!("CARGO_PKG_VERSION"), content.scope),
        ..backup.clone()
    })
}
