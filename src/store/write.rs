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

/// One transaction's worth of work, its records already converted to JS values.
struct JsBatch {
    clear: bool,
    backup: Option<Backup>,
    /// `(store, record)` pairs.
    puts: Vec<(&'static str, JsValue)>,
}

impl JsBatch {
    fn of(batch: Batch) -> Result<JsBatch, StoreError> {
        let puts = batch
            .puts
            .iter()
            .map(change_to_js)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(JsBatch {
            clear: batch.clear,
            backup: batch.backup,
            puts,
        })
    }
}

impl Storage for Store {
    async fn commit(&self, batch: Batch) -> Result<(), StoreError> {
        self.run(JsBatch::of(batch)?).await
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
        let mut js = JsBatch::of(batch)?;
        js.puts.insert(
            poison_at.min(js.puts.len()),
            (StoreName::Managers.as_str(), js_sys::Object::new().into()),
        );
        self.run(js).await
    }

    /// Runs one batch in one transaction. Requests go out as they are built; the first failure aborts the
    /// transaction (nothing is committed), and the error is returned.
    async fn run(&self, batch: JsBatch) -> Result<(), StoreError> {
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
