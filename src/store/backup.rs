//! Automatic backups: before every import or restore, the current data is saved as an export file inside the
//! database (the last [`KEEP`] are kept), so any import can be undone by restoring the backup.

use super::error::StoreError;
use super::schema::BACKUPS;
use super::write::to_js;
use super::Store;
use crate::domain::Dataset;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use serde::{Deserialize, Serialize};

/// How many backups are kept.
pub const KEEP: usize = 10;

/// A backup record: the export file of the data as it was.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Backup {
    /// Sortable creation time (a clock stamp's text), also the key.
    pub id: String,
    /// Why it was made, e.g. the name of the file that was imported.
    pub reason: String,
    /// Records in the backup.
    pub records: usize,
    /// The export file's text.
    pub file: String,
}

/// A backup as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupInfo {
    pub id: String,
    pub reason: String,
    pub records: usize,
    pub bytes: usize,
}

impl Backup {
    /// A backup of `data` as it is now.
    pub fn of(data: &Dataset, reason: &str, app_version: &str, id: String) -> Backup {
        Backup {
            id,
            reason: reason.chars().take(200).collect(),
            records: data.record_count(),
            file: crate::sync::export(data, app_version),
        }
    }
}

/// Writes `backup` and deletes the oldest beyond [`KEEP`], inside the caller's transaction.
pub(crate) async fn put_and_prune(tx: &Transaction<'_>, backup: &Backup) -> Result<(), StoreError> {
    let store = tx.object_store(BACKUPS)?;
    store.put(to_js(backup)?).primitive()?.await?;
    let keys: Vec<String> = store
        .get_all_keys::<String>()
        .primitive()?
        .await?
        .collect::<Result<_, _>>()?;
    if keys.len() > KEEP {
        for key in &keys[..keys.len() - KEEP] {
            store.delete(key.as_str()).primitive()?.await?;
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

    /// A fresh backup id: this device's clock, so ids sort by time even if the wall clock jumps.
    pub fn next_backup_id(&self) -> String {
        self.clock
            .borrow_mut()
            .tick(super::browser::now_millis())
            .to_string()
    }
}
