//! Automatic backups: before every import or restore that changes something, the current data is saved as an export
//! file inside the database (the last [`KEEP`] are kept), so any import can be undone by restoring the backup. The
//! last backup taken before a mass deletion is never pruned: ten imports that change little cannot push out the only
//! copy of a department someone emptied by mistake.

use super::error::StoreError;
use super::schema::{BACKUPS, META};
use super::write::to_js;
use super::Store;
use crate::sync::session::Backup;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;

/// How many backups are kept.
pub const KEEP: usize = 10;

/// A backup as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupInfo {
    pub id: String,
    pub reason: String,
    pub records: usize,
    pub live: Option<usize>,
    pub before_mass_delete: bool,
    pub bytes: usize,
}

/// The meta key of the last backup taken before a mass deletion (kept out of pruning).
const META_PINNED: &str = "pinned_backup";

/// Writes `backup` and deletes the oldest beyond [`KEEP`], never the last one taken before a mass deletion, inside
/// the caller's transaction.
pub(crate) async fn put_and_prune(tx: &Transaction<'_>, backup: &Backup) -> Result<(), StoreError> {
    let store = tx.object_store(BACKUPS)?;
    store.put(to_js(backup)?).primitive()?.await?;
    let meta = tx.object_store(META)?;
    let pinned = if backup.before_mass_delete {
        meta.put(to_js(&super::Meta {
            key: META_PINNED.into(),
            value: backup.id.clone(),
        })?)
        .primitive()?
        .await?;
        Some(backup.id.clone())
    } else {
        meta.get::<super::Meta, _, _>(META_PINNED)
            .serde()?
            .await?
            .map(|m| m.value)
    };
    let keys: Vec<String> = store
        .get_all_keys::<String>()
        .primitive()?
        .await?
        .filter_map(Result::ok)
        .filter(|k| Some(k) != pinned.as_ref())
        .collect();
    if keys.len() > KEEP {
        for key in &keys[..keys.len() - KEEP] {
            store.delete(key.as_str()).primitive()?.await?;
        }
    }
    Ok(())
}

/// Puts each kept backup that holds a record `changes` erases back in its cleaned form, inside the caller's
/// transaction (the erasure and the cleaning commit together or not at all).
pub(crate) async fn scrub_all(
    tx: &Transaction<'_>,
    scrub: crate::sync::erasure::Scrub,
    changes: &[crate::domain::Change],
) -> Result<(), StoreError> {
    let store = tx.object_store(BACKUPS)?;
    let all = store.get_all::<Backup>().serde()?.await?;
    for b in all {
        if let Some(clean) = scrub(&b?, changes) {
            store.put(to_js(&clean)?).primitive()?.await?;
        }
    }
    Ok(())
}

impl Store {
    /// Backups, newest first.
    pub async fn backups(&self) -> Result<Vec<BackupInfo>, StoreError> {
        let tx = self.db.transaction(BACKUPS).build()?;
        let all = tx
            .object_store(BACKUPS)?
            .get_all::<Backup>()
            .serde()?
            .await?;
        let mut out = Vec::new();
        for b in all {
            let b = b?;
            out.push(BackupInfo {
                bytes: b.file.len(),
                id: b.id,
                reason: b.reason,
                records: b.records,
                live: b.live,
                before_mass_delete: b.before_mass_delete,
            });
        }
        out.reverse();
        Ok(out)
    }

    /// One backup's export file text.
    pub async fn backup_file(&self, id: &str) -> Result<Option<String>, StoreError> {
        let tx = self.db.transaction(BACKUPS).build()?;
        let b: Option<Backup> = tx.object_store(BACKUPS)?.get(id).serde()?.await?;
        Ok(b.map(|b| b.file))
    }
}
