//! Writing: the IndexedDB implementation of the storage contract (`sync::session::Storage`). Every batch is one
//! read-write transaction over the stores it touches, committed explicitly; the session decides what to write (it
//! stamps local edits and merges imports), this file only writes it, all or nothing.

use super::error::StoreError;
use super::schema::{BACKUPS, META};
use super::Store;
use crate::domain::{Change, StoreName};
use crate::sync::session::{Backup, Batch, Storage};
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use serde::Serialize;
use wasm_bindgen::JsValue;

/// Records per step of a long write. Between steps the page paints and handles input, and the progress moves on;
/// the transaction stays one: the next step's requests are made as the previous step's last request succeeds.
const STEP: usize = 2_000;

/// One transaction's worth of work.
struct Work {
    clear: bool,
    backup: Option<Backup>,
    /// Cleans the kept backups of erased data (see `sync::erasure`).
    scrub: Option<crate::sync::erasure::Scrub>,
    changes: Vec<Change>,
    /// Test seam: a record the database refuses is written before the change at this position.
    poison_at: Option<usize>,
}

impl Storage for Store {
    async fn commit(&self, batch: Batch) -> Result<(), StoreError> {
        self.run(Work {
            clear: batch.clear,
            backup: batch.backup,
            scrub: batch.scrub,
            changes: batch.puts,
            poison_at: None,
        })
        .await
    }

    async fn backup_file(&self, id: &str) -> Result<Option<String>, StoreError> {
        Store::backup_file(self, id).await
    }
}

impl Store {
    /// Test seam: like [`Storage::commit`], but the write at position `poison_at` is a record the database refuses
    /// (it has no key), so the transaction fails half-way. Proves that nothing before it is kept.
    #[cfg(feature = "store-test-seams")]
    pub async fn commit_failing_at(
        &self,
        batch: Batch,
        poison_at: usize,
    ) -> Result<(), StoreError> {
        self.run(Work {
            clear: batch.clear,
            backup: batch.backup,
            scrub: batch.scrub,
            poison_at: Some(poison_at.min(batch.puts.len())),
            changes: batch.puts,
        })
        .await
    }

    /// Runs one batch in one transaction, in steps of [`STEP`] records (a restore of a large backup reports its
    /// progress through [`Store::on_progress`] and never freezes the page). The first failure aborts the
    /// transaction (nothing is committed), and the error is returned.
    async fn run(&self, work: Work) -> Result<(), StoreError> {
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
        let total = work.changes.len();
        let long = total > STEP;
        let run = async {
            if work.clear {
                for name in StoreName::ALL {
                    tx.object_store(name.as_str())?.clear()?.await?;
                }
            }
            if let Some(backup) = &work.backup {
                super::backup::put_and_prune(&tx, backup).await?;
            }
            let mut pending = Vec::with_capacity(total + 1);
            for (step, chunk) in work.changes.chunks(STEP).enumerate() {
                if long {
                    self.report(step * STEP, total);
                }
                for (i, change) in chunk.iter().enumerate() {
                    if work.poison_at == Some(step * STEP + i) {
                        pending.push(poison(&tx)?);
                    }
                    let (name, value) = change_to_js(change)?;
                    pending.push(tx.object_store(name)?.put(value).primitive()?);
                }
                if long {
                    if let Some(last) = pending.pop() {
                        last.await?;
                    }
                }
            }
            if work.poison_at == Some(total) {
                pending.push(poison(&tx)?);
            }
            if let Some(scrub) = work.scrub {
                super::backup::scrub_all(&tx, scrub, &work.changes).await?;
            }
            tx.commit().await?;
            for request in pending {
                request.await?;
            }
            Ok::<(), StoreError>(())
        };
        let result = run
            .await
            .map_err(|e| StoreError::with_cause(e, sys.error().as_ref()));
        if long {
            self.report(total, total);
        }
        result
    }
}

/// A record the database refuses (it has no key): the test seam's way to fail a transaction half-way.
fn poison(
    tx: &indexed_db_futures::transaction::Transaction<'_>,
) -> Result<indexed_db_futures::future::Request<()>, StoreError> {
    Ok(tx
        .object_store(StoreName::Managers.as_str())?
        .put(JsValue::from(js_sys::Object::new()))
        .primitive()?)
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
