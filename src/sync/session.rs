//! The one write path. Every change to the department (a local edit, an import, a restore) goes through a
//! [`Session`]: this device's id and clock over a [`Storage`], the storage contract with two implementations:
//! IndexedDB in the browser (`store::Store`) and [`Memory`] (a session whose browser storage is unavailable, and the
//! native tests of this path). The session stamps local edits, merges imports, moves its clock past imported
//! stamps (never further than the drift window), and hands each write to the storage as one all-or-nothing batch.
//! The caller keeps the data and applies what a successful write returns.

use super::export::export;
use super::merge::{is_mass_delete, merge, replace_deletions};
use crate::domain::{Change, Clock, Dataset, DeviceId, Edit, EditError, Stamp};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;

/// Why storage could not do what was asked. Every storage failure becomes one of these; none is swallowed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// Browser storage cannot be used: a private window, storage blocked by settings, or an old browser.
    #[error("browser storage is unavailable: {0}")]
    Unavailable(String),
    /// Another tab with an older version of the app holds the database open, so it cannot be upgraded.
    #[error("another tab blocks the database upgrade")]
    Blocked,
    /// The database was made by a newer version of the app (this tab is outdated).
    #[error("the database is newer than this app")]
    TooNew,
    /// The storage quota is used up; nothing was written.
    #[error("the storage quota is exceeded")]
    QuotaExceeded,
    /// The write was aborted; nothing was written.
    #[error("the browser aborted the write")]
    Aborted,
    /// The connection was closed because another tab upgraded the database; reload.
    #[error("the database was closed by a newer tab")]
    Closed,
    /// A stored record could not be read back.
    #[error("a stored record is unreadable: {0}")]
    Corrupt(String),
    /// Anything else, with the storage's words.
    #[error("storage error: {0}")]
    Failed(String),
}

/// A backup: the export file of the data as it was before an import or a restore.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Backup {
    /// Sortable creation time (a clock stamp's text), also the key.
    pub id: String,
    /// Why it was made, e.g. the name of the file that was imported.
    pub reason: String,
    /// Records in the backup, tombstones included.
    pub records: usize,
    /// Live records (not tombstones): a full department and an emptied one look different in the list. `None` in
    /// backups made before the count was kept.
    #[serde(default)]
    pub live: Option<usize>,
    /// Taken before an import or restore that deleted many records ([`is_mass_delete`]); kept out of pruning.
    #[serde(default)]
    pub before_mass_delete: bool,
    /// The export file's text.
    pub file: String,
}

impl Backup {
    /// A backup of `data` as it is now, before a write that deletes many records or not.
    pub fn of(
        data: &Dataset,
        reason: &str,
        app_version: &str,
        id: String,
        before_mass_delete: bool,
    ) -> Backup {
        Backup {
            id,
            reason: reason.chars().take(200).collect(),
            records: data.record_count(),
            live: Some(data.live_count()),
            before_mass_delete,
            file: export(data, app_version),
        }
    }
}

/// One write: all of it or nothing.
#[derive(Clone, Debug, Default)]
pub struct Batch {
    /// Empty every data store first (a restore replaces everything).
    pub clear: bool,
    /// A backup of the data before the write, kept with the last ones.
    pub backup: Option<Backup>,
    /// The records to put, stamped.
    pub puts: Vec<Change>,
    /// Set when `puts` carries erasures: each kept backup goes through it, so none still holds erased data.
    pub scrub: Option<super::erasure::Scrub>,
}

/// The storage contract: one batch in one transaction, committed whole or not at all.
#[allow(async_fn_in_trait)] // used generically, never as a trait object
pub trait Storage {
    async fn commit(&self, batch: Batch) -> Result<(), StoreError>;

    /// One kept backup's export file text; `None` when there is no backup `id` (pruned, or erased meanwhile).
    async fn backup_file(&self, id: &str) -> Result<Option<String>, StoreError>;
}

/// A shared storage is still the storage (the app keeps the database behind an `Rc`).
impl<S: Storage> Storage for std::rc::Rc<S> {
    async fn commit(&self, batch: Batch) -> Result<(), StoreError> {
        (**self).commit(batch).await
    }

    async fn backup_file(&self, id: &str) -> Result<Option<String>, StoreError> {
        (**self).backup_file(id).await
    }
}

/// Why a restore of a kept backup did not happen; the data is as it was.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum RestoreError {
    /// The backup is no longer kept.
    #[error("no backup {0}")]
    Gone(String),
    /// The backup's file is refused by the reader (it names the line and field).
    #[error(transparent)]
    File(#[from] super::ImportError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Why a local edit was not saved.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    #[error(transparent)]
    Edit(#[from] EditError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// How an import applies a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Per record, the newer version wins.
    Merge,
    /// The file's records replace all records (a restore).
    Replace,
}

/// What an import or a restore wrote.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The department after the write: what the caller shows from now on.
    pub data: Dataset,
    /// Records written (0: nothing was new, and nothing, not even a backup, was written).
    pub written: usize,
}

/// This device's writer over a storage.
pub struct Session<S> {
    storage: S,
    device: DeviceId,
    clock: RefCell<Clock>,
}

impl<S: Storage> Session<S> {
    /// A session over `storage` for this device, its clock after every stamp in `data` (the data just loaded).
    pub fn new(storage: S, device: DeviceId, data: &Dataset) -> Self {
        let clock = data
            .newest_stamp()
            .map(Clock::starting_after)
            .unwrap_or_default();
        Session {
            storage,
            device,
            clock: RefCell::new(clock),
        }
    }

    pub fn storage(&self) -> &S {
        &self.storage
    }

    pub fn device(&self) -> DeviceId {
        self.device
    }

    /// The newest stamp this device has issued or seen: an imported stamp not later than it is no clock drift.
    pub fn seen(&self) -> Stamp {
        self.clock.borrow().last()
    }

    /// Data re-read from storage (another tab wrote): later edits sort after its stamps, as after a restart.
    pub fn reloaded(&self, data: &Dataset) {
        if let Some(newest) = data.newest_stamp() {
            let mut clock = self.clock.borrow_mut();
            *clock = Clock::starting_after(clock.last().max(newest));
        }
    }

    /// Stamps local edits against `data` with this device's clock; nothing is written yet.
    pub fn stamp(
        &self,
        data: &Dataset,
        edits: Vec<Edit>,
        now: u64,
    ) -> Result<Vec<Change>, EditError> {
        let mut clock = self.clock.borrow_mut();
        let mut out = Vec::with_capacity(edits.len());
        for e in edits {
            out.extend(data.stamp(e, &mut clock, now, self.device)?);
        }
        Ok(out)
    }

    /// Writes stamped local changes in one batch.
    pub async fn write(&self, changes: Vec<Change>) -> Result<(), StoreError> {
        self.storage
            .commit(Batch {
                puts: changes,
                ..Batch::default()
            })
            .await
    }

    /// Writes stamped local changes that erase personal data ([`crate::domain::Edit::erase`]), cleaning the
    /// backups in the same batch ([`super::erasure`]).
    pub async fn write_erasure(&self, changes: Vec<Change>) -> Result<(), StoreError> {
        self.storage
            .commit(Batch {
                puts: changes,
                scrub: Some(super::erasure::scrub),
                ..Batch::default()
            })
            .await
    }

    /// Stamps and writes local edits; returns the changes to apply to `data` once written.
    pub async fn save(
        &self,
        data: &Dataset,
        edits: Vec<Edit>,
        now: u64,
    ) -> Result<Vec<Change>, SaveError> {
        let changes = self.stamp(data, edits, now)?;
        self.write(changes.clone()).await?;
        Ok(changes)
    }

    /// A fresh backup id: this device's clock, so ids sort by time even if the wall clock jumps.
    pub fn next_backup_id(&self, now: u64) -> String {
        self.clock.borrow_mut().tick(now).to_string()
    }

    /// Imports `incoming` into `current` (merge) or in its place (replace), with a backup of `current` named by
    /// `reason`, in one batch. A merge that changes nothing writes nothing, not even a backup. The backup is marked
    /// when the import deletes many records, so pruning keeps it. Afterwards the clock is past the file's stamps
    /// (never further than the drift window past `now`).
    /// Puts a kept backup in place of everything: its file read as this device's own (its stamps are this
    /// device's history, so no drift check), then written as a restore, with a backup of the data as it is now.
    pub async fn restore_backup(
        &self,
        current: &Dataset,
        id: &str,
        reason: &str,
        app_version: &str,
        now: u64,
    ) -> Result<Imported, RestoreError> {
        let text = self
            .storage
            .backup_file(id)
            .await?
            .ok_or_else(|| RestoreError::Gone(id.to_string()))?;
        let context = super::Context {
            device: self.device,
            seen: self.seen(),
            own_backup: true,
            ..super::Context::alone(now)
        };
        let data = super::read_file(text.as_bytes(), &context)?;
        Ok(self
            .import(
                current,
                &data,
                ImportMode::Replace,
                reason,
                app_version,
                now,
            )
            .await?)
    }

    pub async fn import(
        &self,
        current: &Dataset,
        incoming: &Dataset,
        mode: ImportMode,
        reason: &str,
        app_version: &str,
        now: u64,
    ) -> Result<Imported, StoreError> {
        let (data, puts, deletes, clear) = match mode {
            ImportMode::Merge => {
                let merged = merge(current, incoming, self.device, None);
                let deletes = merged.preview.total().deletes;
                (merged.data, merged.writes, deletes, false)
            }
            ImportMode::Replace => (
                incoming.clone(),
                incoming.all_changes(),
                replace_deletions(current, incoming),
                true,
            ),
        };
        if puts.is_empty() && !clear {
            return Ok(Imported {
                data: current.clone(),
                written: 0,
            });
        }
        let mass = is_mass_delete(deletes, current.live_count());
        let backup = Backup::of(current, reason, app_version, self.next_backup_id(now), mass);
        let written = puts.len();
        let stamps: Vec<Stamp> = puts.iter().map(Change::updated).collect();
        self.storage
            .commit(Batch {
                clear,
                backup: Some(backup),
                // Another device's erasure cleans this device's backups as it arrives.
                scrub: puts
                    .iter()
                    .any(Change::is_erasure)
                    .then_some(super::erasure::scrub as super::erasure::Scrub),
                puts,
            })
            .await?;
        let mut clock = self.clock.borrow_mut();
        for stamp in stamps {
            clock.observe(stamp, now);
        }
        Ok(Imported { data, written })
    }
}

/// Storage in memory: the data and backups a session wrote, nothing kept after the page closes. The browser uses it
/// when IndexedDB is unavailable; native tests use it to drive the write path, and can make the next write fail.
#[derive(Debug, Default)]
pub struct Memory {
    data: RefCell<Dataset>,
    backups: RefCell<Vec<Backup>>,
    fail_next: RefCell<Option<StoreError>>,
}

impl Memory {
    /// Memory that starts with `data` (a restart of a test, say).
    pub fn with(data: Dataset) -> Self {
        Memory {
            data: RefCell::new(data),
            ..Memory::default()
        }
    }

    /// What is stored now.
    pub fn data(&self) -> Dataset {
        self.data.borrow().clone()
    }

    pub fn backups(&self) -> Vec<Backup> {
        self.backups.borrow().clone()
    }

    /// The next commit fails with `error` and changes nothing (a full disk, an aborted transaction).
    pub fn fail_next(&self, error: StoreError) {
        *self.fail_next.borrow_mut() = Some(error);
    }
}

impl Storage for Memory {
    async fn commit(&self, batch: Batch) -> Result<(), StoreError> {
        if let Some(e) = self.fail_next.borrow_mut().take() {
            return Err(e);
        }
        let mut data = self.data.borrow_mut();
        if batch.clear {
            *data = Dataset::default();
        }
        let mut backups = self.backups.borrow_mut();
        if let Some(b) = batch.backup {
            backups.push(b);
        }
        if let Some(scrub) = batch.scrub {
            for b in backups.iter_mut() {
                if let Some(clean) = scrub(b, &batch.puts) {
                    *b = clean;
                }
            }
        }
        data.apply_all(batch.puts);
        Ok(())
    }

    async fn backup_file(&self, id: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .backups
            .borrow()
            .iter()
            .find(|b| b.id == id)
            .map(|b| b.file.clone()))
    }
}
