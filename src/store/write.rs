//! Writing: every write is one read-write transaction over the stores it touches, committed explicitly. Local
//! edits go through [`Store::save`], the one path that stamps sync fields; imports and restores write records
//! as they come (their stamps are other devices' history) together with a backup of what was there before.

use super::backup::Backup;
use super::browser::now_millis;
use super::error::StoreError;
use super::schema::{BACKUPS, META};
use super::Store;
use crate::domain::{Change, Dataset, Edit, StoreName};
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use serde::Serialize;
use wasm_bindgen::JsValue;

/// One transaction's worth of work.
#[derive(Default)]
pub(crate) struct Batch {
    /// Empty the data stores first (a restore replaces everything).
    pub clear: bool,
    pub backup: Option<Backup>,
    /// `(store, record)` pairs, already converted to JS values.
    pub puts: Vec<(&'static str, JsValue)>,
}

impl Store {
    /// Stamps local edits: the sync fields come from this device's clock. Nothing is written yet.
    pub fn stamp(&self, data: &Dataset, edits: Vec<Edit>) -> Result<Vec<Change>, StoreError> {
        let mut clock = self.clock.borrow_mut();
        let now = now_millis();
        let mut out = Vec::with_capacity(edits.len());
        for e in edits {
            let changes = data
                .stamp(e, &mut clock, now, self.device)
                .map_err(|e| StoreError::Failed(e.to_string()))?;
            out.extend(changes);
        }
        Ok(out)
    }

    /// Writes stamped local changes in one transaction.
    pub async fn write(&self, changes: &[Change]) -> Result<(), StoreError> {
        let mut batch = Batch::default();
        for c in changes {
            batch.puts.push(change_to_js(c)?);
        }
        self.commit(batch).await
    }

    /// Stamps and writes local edits in one transaction; returns the stamped changes to apply in memory.
    pub async fn save(&self, data: &Dataset, edits: Vec<Edit>) -> Result<Vec<Change>, StoreError> {
        let changes = self.stamp(data, edits)?;
        self.write(&changes).await?;
        Ok(changes)
    }

    /// Writes an import's changed records and a backup of the data before it, all or nothing.
    pub async fn apply_import(&self, writes: &[Change], backup: Backup) -> Result<(), StoreError> {
        let mut batch = Batch {
            backup: Some(backup),
            ..Batch::default()
        };
        for c in writes {
            batch.puts.push(change_to_js(c)?);
        }
        self.observe_all(writes);
        self.commit(batch).await
    }

    /// Replaces every record with `data` (restore), keeping a backup of what was there, all or nothing.
    pub async fn replace_all(&self, data: &Dataset, backup: Backup) -> Result<(), StoreError> {
        let mut batch = Batch {
            clear: true,
            backup: Some(backup),
            ..Batch::default()
        };
        let changes = data.all_changes();
        for c in &changes {
            batch.puts.push(change_to_js(c)?);
        }
        self.observe_all(&changes);
        self.commit(batch).await
    }

    /// Test seam: like [`Store::apply_import`], but the write at position `poison_at` is a record the database
    /// refuses (it has no key), so the transaction fails half-way. Proves that nothing before it is kept.
    #[cfg(feature = "store-test-seams")]
    pub async fn apply_import_failing_at(
        &self,
        writes: &[Change],
        backup: Backup,
        poison_at: usize,
    ) -> Result<(), StoreError> {
        let mut batch = Batch {
            backup: Some(backup),
            ..Batch::default()
        };
        for c in writes {
            batch.puts.push(change_to_js(c)?);
        }
        batch.puts.insert(
            poison_at.min(batch.puts.len()),
            (StoreName::Managers.as_str(), js_sys::Object::new().into()),
        );
        self.commit(batch).await
    }

    /// Imported stamps move this device's clock on, so a later local edit sorts after them.
    fn observe_all(&self, changes: &[Change]) {
        let mut clock = self.clock.borrow_mut();
        let now = now_millis();
        for c in changes {
            let stamp = c.updated();
            // Drift was checked when the file was read; a stamp refused here just leaves the clock where it is.
            clock.observe(stamp, now);
        }
    }

    /// Runs one batch in one transaction. Requests go out as they are built; the first failure aborts the
    /// transaction (nothing is committed), and the error is returned.
    pub(crate) async fn commit(&self, batch: Batch) -> Result<(), StoreError> {
        let mut names: Vec<&str> = StoreName::ALL.iter().map(|n| n.as_str()).collect();
        names.extend([BACKUPS, META]);
        let tx = self
            .db
            .transaction(names)
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        // Kept to ask the transaction why it aborted: Chromium fails each request (and the commit) with a plain
        // AbortError and puts the real cause, such as QuotaExceededError, only on the transaction.
        let sys: web_sys::IdbTransaction = tx.as_sys().clone().into();
        let run = async {
            if batch.clear {
                for name in StoreName::ALL {
                    tx.object_store(name.as_str())?.clear()?.await?;
                }
            }
            if let Some(backup) = &batch.backup {
                super::backup::put_and_prune(&tx, backup).await?;
            }
            let mut pending = Vec::with_capacity(batch.puts.len());
            for (name, value) in batch.puts {
                pending.push(tx.object_store(name)?.put(value).primitive()?);
            }
            tx.commit().await?;
            for request in pending {
                request.await?;
            }
            Ok::<(), StoreError>(())
        };
        run.await
            .map_err(|e| StoreError::with_cause(e, sys.error().as_ref()))
    }
}

/// The store a change belongs to, and its record as a plain JS object.
fn change_to_js(c: &Change) -> Result<(&'static str, JsValue), StoreError> {
    Ok((c.store().as_str(), to_js(c)?))
}

/// A record as a plain JS object, made through JSON text: the same serialising code as the export file, instead of a
/// second, serde-wasm-bindgen copy of every record kind's serialiser in the bundle. The objects are the same shape
/// either way (maps as objects, dates and stamps as strings), so databases written before read the same.
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, StoreError> {
    let text = serde_json::to_string(value).map_err(|e| StoreError::Failed(e.to_string()))?;
    js_sys::JSON::parse(&text).map_err(|e| StoreError::Failed(format!("{e:?}")))
}
