//! IndexedDB: the only code that touches browser storage. One database, opened with a versioned schema
//! ([`schema`]); the IndexedDB implementation of the storage contract that the one write path
//! (`sync::session::Session`) writes through, one transaction per batch ([`write`]); typed errors ([`StoreError`]).
//!
//! Every transaction awaits only IndexedDB requests and commits explicitly: a transaction that is not committed
//! rolls back, so an error half-way leaves the database exactly as before.

mod backup;
mod browser;
mod error;
pub mod schema;
mod write;

pub use crate::sync::session::Backup;
pub use backup::BackupInfo;
pub use browser::{now_millis, StorageStatus, TabChannel, BLOCKED_EVENT, VERSION_CHANGE_EVENT};
pub use error::StoreError;

use crate::domain::{for_each_store, Dataset, DeviceId, EachStore, Kind, Record, Stamp, StoreName};
use indexed_db_futures::database::Database;
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use wasm_bindgen::JsValue;

/// The open database and this device's identity.
pub struct Store {
    db: Database,
    device: DeviceId,
    /// Stored records the last load could not read (store and reason), left out of the data.
    unreadable: RefCell<Vec<String>>,
    /// Told how far a long write has got (records written, records in all).
    progress: RefCell<Option<Progress>>,
}

/// Receives `(written, total)` during a long write; `written == total` when it has ended.
pub type Progress = std::rc::Rc<dyn Fn(usize, usize)>;

/// A small key/value record of the `meta` store (device id, last export time).
#[derive(Serialize, Deserialize)]
pub(crate) struct Meta {
    key: String,
    value: String,
}

const META_DEVICE: &str = "device";
const META_LAST_EXPORT: &str = "last_export";
/// The newest stamp of the data at the last export: edits after it cannot have reached another device.
const META_EXPORTED_AS_OF: &str = "exported_as_of";

impl Store {
    /// Opens (creating or upgrading) the database under `name`, and reads or makes this device's id.
    pub async fn open(name: &str) -> Result<Store, StoreError> {
        let db = schema::open(name).await?;
        browser::close_on_version_change(&db);
        let device = match read_meta(&db, META_DEVICE).await? {
            Some(id) => id
                .parse()
                .map_err(|_| StoreError::Failed("device id".into()))?,
            None => {
                let id = uuid::Uuid::new_v4();
                write_meta(&db, META_DEVICE, &id.to_string()).await?;
                id
            }
        };
        Ok(Store {
            db,
            device,
            unreadable: RefCell::new(Vec::new()),
            progress: RefCell::new(None),
        })
    }

    pub fn device(&self) -> DeviceId {
        self.device
    }

    /// Records the last [`Store::load`] could not read and left out, each as "store: reason". One unreadable record
    /// (written by an older version under looser rules, say) must not hide the whole department.
    pub fn unreadable(&self) -> Vec<String> {
        self.unreadable.borrow().clone()
    }

    /// Who is told how far long writes (a restore, a large import) have got.
    pub fn on_progress(&self, progress: Progress) {
        *self.progress.borrow_mut() = Some(progress);
    }

    fn report(&self, written: usize, total: usize) {
        if let Some(progress) = self.progress.borrow().as_ref() {
            progress(written, total);
        }
    }

    /// Reads every record into memory (the first screens' stores and the late ones, see [`Store::load_first`]).
    pub async fn load(&self) -> Result<Dataset, StoreError> {
        let (mut data, late) = self.load_first().await?;
        let typed = type_late(late);
        self.unreadable.borrow_mut().extend(typed.unreadable);
        if let Some(e) = typed.error {
            return Err(e);
        }
        data.absorb_late(typed.data);
        Ok(data)
    }

    /// Reads every record into memory, typing the stores the first screens need and keeping the others' text
    /// ([`StoreName::is_late`]) for [`type_late`]. Records that cannot be read are left out and listed by
    /// [`Store::unreadable`]; the database itself is not changed.
    pub async fn load_first(&self) -> Result<(Dataset, Late), StoreError> {
        let names: Vec<&str> = StoreName::ALL.iter().map(|n| n.as_str()).collect();
        let tx = self.db.transaction(names).build()?;
        // One `getAll` per store, all in one read transaction and all asked for at once; each store's records are
        // typed as soon as they arrive, while the database is still reading the stores after it. Each answer is
        // taken whole, as the engine's array (no handle per record crosses into the wasm).
        let mut asked = Vec::with_capacity(StoreName::ALL.len());
        for name in StoreName::ALL {
            let store = tx.object_store(name.as_str())?;
            let request = store.as_sys().get_all().map_err(StoreError::from_js)?;
            let answered = js_sys::Promise::new(&mut |resolve, reject| {
                request.set_onsuccess(Some(&resolve));
                request.set_onerror(Some(&reject));
            });
            asked.push((
                *name,
                request,
                wasm_bindgen_futures::JsFuture::from(answered),
            ));
        }
        let mut typing = Typing {
            raw: None,
            data: Dataset::default(),
            error: None,
            unreadable: Vec::new(),
            late: Late::default(),
        };
        for (name, request, answered) in asked {
            // A failed request rejects with its error event; the request itself holds the DOMException.
            answered.await.map_err(|_| match request.error() {
                Ok(Some(e)) => StoreError::from_js(e.into()),
                _ => StoreError::Failed(format!("getAll of {}", name.as_str())),
            })?;
            typing.raw = Some((name, request.result().map_err(StoreError::from_js)?));
            for_each_store(&mut typing);
        }
        if let Some(e) = typing.error {
            return Err(e);
        }
        *self.unreadable.borrow_mut() = typing.unreadable;
        Ok((typing.data, typing.late))
    }

    /// When the user last saved an export file (RFC 3339), if ever.
    pub async fn last_export(&self) -> Result<Option<String>, StoreError> {
        read_meta(&self.db, META_LAST_EXPORT).await
    }

    /// The newest stamp of the data at the last export, if it was ever exported.
    pub async fn exported_as_of(&self) -> Result<Option<Stamp>, StoreError> {
        Ok(read_meta(&self.db, META_EXPORTED_AS_OF)
            .await?
            .and_then(|s| s.parse().ok()))
    }

    /// Records an export: when (RFC 3339) and the newest stamp it carried.
    pub async fn mark_exported(
        &self,
        at_rfc3339: &str,
        as_of: Option<Stamp>,
    ) -> Result<(), StoreError> {
        let as_of = as_of.map(|s| s.to_string()).unwrap_or_default();
        write_meta(&self.db, META_EXPORTED_AS_OF, &as_of).await?;
        write_meta(&self.db, META_LAST_EXPORT, at_rfc3339).await
    }

    /// Closes the connection (tests and the version-change handler).
    pub fn close(self) {
        self.db.close();
    }
}

/// Types the raw records of each store with the store's record type.
struct Typing {
    /// The store being typed and its records as the engine's array.
    raw: Option<(StoreName, JsValue)>,
    data: Dataset,
    /// A store that cannot be read at all.
    error: Option<StoreError>,
    /// Single records that cannot be read: left out, listed.
    unreadable: Vec<String>,
    /// The late stores' text, typed by [`type_late`].
    late: Late,
}

/// The late stores' records as JSON text, by store; empty stores are left out, so a department without them never
/// loads the code that types them.
#[derive(Default)]
pub struct Late(Vec<(StoreName, String)>);

impl Late {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The late stores typed: their tables (every other table empty), and what could not be read.
pub struct LateTyped {
    pub data: Dataset,
    pub unreadable: Vec<String>,
    pub error: Option<StoreError>,
}

/// Types the late stores' text with the same code as the first ones. The app calls it through a lazily loaded
/// module (`ui::type_late`), so the late kinds' decoders load after the first screen.
pub fn type_late(late: Late) -> LateTyped {
    let mut typing = LateTyping {
        late,
        out: LateTyped {
            data: Dataset::default(),
            unreadable: Vec::new(),
            error: None,
        },
    };
    for_each_store(&mut typing);
    typing.out
}

struct LateTyping {
    late: Late,
    out: LateTyped,
}

impl EachStore for LateTyping {
    fn store<T: Kind>(&mut self) {
        if !T::STORE.is_late() {
            return;
        }
        let Some(at) = self.late.0.iter().position(|(n, _)| *n == T::STORE) else {
            return;
        };
        let (_, text) = self.late.0.swap_remove(at);
        type_text::<T>(
            &text,
            T::table_mut(&mut self.out.data),
            &mut self.out.error,
            &mut self.out.unreadable,
        );
    }
}

impl EachStore for Typing {
    fn store<T: Kind>(&mut self) {
        let Some((_, values)) = self.raw.take_if(|(n, _)| *n == T::STORE) else {
            return;
        };
        // Through JSON text (the engine's own JSON.stringify, then serde_json): the same typing code as an import
        // file, instead of a second, serde-wasm-bindgen copy of every record kind's deserialiser in the bundle.
        let text = js_sys::JSON::stringify(&values)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default();
        if T::STORE.is_late() {
            if text != "[]" {
                self.late.0.push((T::STORE, text));
            }
            return;
        }
        type_text::<T>(
            &text,
            T::table_mut(&mut self.data),
            &mut self.error,
            &mut self.unreadable,
        );
    }
}

/// Types one store's records from their JSON text. The usual case: every record typed straight from the text, with
/// no JSON tree in between. Only a store with a record that cannot be read is read again record by record, to keep
/// the others and name that one. Both type through the same `Record<T>` deserialiser over text, so the first load
/// carries one copy of it (the import file's path-tracking one stays with the data page).
fn type_text<T: Kind>(
    text: &str,
    table: &mut crate::domain::Table<T>,
    error: &mut Option<StoreError>,
    unreadable: &mut Vec<String>,
) {
    if let Ok(records) = serde_json::from_str::<Vec<Record<T>>>(text) {
        // Built in bulk: the records come in key order.
        *table = records.into_iter().map(|r| (r.id, r)).collect();
        return;
    }
    let raws: Vec<&serde_json::value::RawValue> = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let corrupt = StoreError::Corrupt(format!("{}: {e}", T::STORE.as_str()));
            error.get_or_insert(corrupt);
            return;
        }
    };
    for raw in raws {
        match serde_json::from_str::<Record<T>>(raw.get()) {
            Ok(record) => {
                table.insert(record.id, record);
            }
            Err(e) => unreadable.push(format!("{}: {e}", T::STORE.as_str())),
        }
    }
}

async fn read_meta(db: &Database, key: &str) -> Result<Option<String>, StoreError> {
    let tx = db.transaction(schema::META).build()?;
    let meta: Option<Meta> = tx.object_store(schema::META)?.get(key).serde()?.await?;
    Ok(meta.map(|m| m.value))
}

async fn write_meta(db: &Database, key: &str, value: &str) -> Result<(), StoreError> {
    let tx = db
        .transaction(schema::META)
        .with_mode(TransactionMode::Readwrite)
        .build()?;
    tx.object_store(schema::META)?
        .put(Meta {
            key: key.into(),
            value: value.into(),
        })
        .serde()?
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Where the session writes: the browser's database, or memory when the database cannot be used (the app then says
/// that nothing is kept). One per session, so the size of its larger variant costs nothing worth a box.
#[allow(clippy::large_enum_variant)]
pub enum Backend {
    Browser(std::rc::Rc<Store>),
    Memory(crate::sync::Memory),
}

impl crate::sync::Storage for Backend {
    async fn commit(&self, batch: crate::sync::Batch) -> Result<(), StoreError> {
        match self {
            Backend::Browser(store) => store.commit(batch).await,
            Backend::Memory(memory) => memory.commit(batch).await,
        }
    }

    async fn backup_file(&self, id: &str) -> Result<Option<String>, StoreError> {
        match self {
            Backend::Browser(store) => store.backup_file(id).await,
            Backend::Memory(memory) => crate::sync::Storage::backup_file(memory, id).await,
        }
    }
}
