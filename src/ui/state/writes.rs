//! How pages write: one record as the user made it (`put`, `add`, `keep`, `remove`), or the edits a domain
//! function returns (`save`, `save_soon`, `save_then`). Pages never build an [`Edit`] themselves (a tidy rule):
//! a write of more than one record, or of a record derived from another, is a domain function with a native
//! test, and every write, one record or many, is stamped and checked by `Session` and committed in one
//! transaction.

use super::{AppState, Msg};
use crate::domain::{Dataset, Edit, Kind, RecordId};
use crate::store::{now_millis, Backend, StorageStatus, StoreError};
use crate::sync::{ImportMode, RestoreError, SaveError, Session};
use leptos::prelude::*;
use std::rc::Rc;
use std::sync::Arc;

const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

impl AppState {
    /// Saves one record under its id (a form's record, a toggled field), in the background.
    pub fn put<T: Kind>(self, id: RecordId, data: T) {
        self.save_soon(vec![Edit::put(id, data)]);
    }

    /// [`AppState::put`], then `then` once it is written.
    pub fn put_then<T: Kind>(self, id: RecordId, data: T, then: impl FnOnce() + 'static) {
        self.save_then(vec![Edit::put(id, data)], then);
    }

    /// Saves a new record under a new id.
    pub fn add<T: Kind>(self, data: T) {
        self.save_soon(vec![Edit::put(RecordId::new_v4(), data)]);
    }

    /// [`AppState::add`], then `then` once it is written (to clear the form).
    pub fn add_then<T: Kind>(self, data: T, then: impl FnOnce() + 'static) {
        self.save_then(vec![Edit::put(RecordId::new_v4(), data)], then);
    }

    /// Saves a record whose id comes from its subject (a day's facts, a month's plan, the settings).
    pub fn keep<T: Kind>(self, data: T) {
        self.save_soon(vec![Edit::derived(data)]);
    }

    /// [`AppState::keep`], then `then` once it is written.
    pub fn keep_then<T: Kind>(self, data: T, then: impl FnOnce() + 'static) {
        self.save_then(vec![Edit::derived(data)], then);
    }

    /// Saves one record under its id and waits: whether it was written.
    pub async fn save_record<T: Kind>(self, id: RecordId, data: T) -> bool {
        self.save(vec![Edit::put(id, data)]).await
    }

    /// [`AppState::update`] from a click: one field of a stored record changed as it is when saved.
    pub fn change<T: Kind>(self, id: RecordId, change: impl FnOnce(&mut T) + 'static) {
        leptos::task::spawn_local(async move {
            self.update(id, change).await;
        });
    }

    /// Deletes one record (a tombstone, so other devices learn of it).
    pub fn remove<T: Kind>(self, id: RecordId) {
        self.save_soon(vec![Edit::delete::<T>(id)]);
    }

    /// The one way pages change data: stamp, write in one transaction, then show it. Returns whether it saved.
    pub async fn save(self, edits: Vec<Edit>) -> bool {
        self.save_with(edits, |session, changes| async move {
            session.write(changes).await
        })
        .await
    }

    /// [`AppState::save`] from a click: written in the background, its outcome shown as the app's notice or error.
    /// The one way a button saves when nothing waits for the write.
    pub fn save_soon(self, edits: Vec<Edit>) {
        leptos::task::spawn_local(async move {
            self.save(edits).await;
        });
    }

    /// [`AppState::save`] from a click, then `then` once it is written (never after a failed write: what the user
    /// typed stays to try again).
    pub fn save_then(self, edits: Vec<Edit>, then: impl FnOnce() + 'static) {
        leptos::task::spawn_local(async move {
            if self.save(edits).await {
                then();
            }
        });
    }

    /// [`AppState::save`] of an erasure of personal data: the kept backups are cleaned in the same write. Its own
    /// instance of the write path, so the backup reader it needs loads with the candidate's page.
    pub async fn save_erasure(self, edits: Vec<Edit>) -> bool {
        self.save_with(edits, |session, changes| async move {
            session.write_erasure(changes).await
        })
        .await
    }

    async fn save_with<W, F>(self, edits: Vec<Edit>, write: W) -> bool
    where
        W: FnOnce(Rc<Session<Backend>>, Vec<crate::domain::Change>) -> F,
        F: std::future::Future<Output = Result<(), StoreError>>,
    {
        let session = self.session.get_value();
        // Stamp against the data in place (no copy of a large department per keystroke), then write.
        let stamped = self
            .data
            .with_untracked(|d| session.stamp(d, edits, now_millis()));
        // Then the last guard the import has too: every reference resolves (checked before anything is written).
        let checked = match stamped {
            Ok(changes) => {
                let (changes, links) = crate::ui::change_links(changes).await;
                let late_typed = self.complete.get_untracked();
                self.data
                    .with_untracked(|d| d.unresolved(&changes, &links, late_typed))
                    .map(|()| changes)
            }
            Err(e) => Err(e),
        };
        let written = match checked {
            Ok(changes) => write(session.clone(), changes.clone())
                .await
                .map(|()| changes)
                .map_err(SaveError::from),
            Err(e) => Err(SaveError::from(e)),
        };
        match written {
            Ok(changes) => {
                self.data.update(|d| d.apply_all(changes));
                self.after_write();
                self.notice.set(Some(Msg::Saved));
                true
            }
            Err(SaveError::Store(e)) => {
                self.error.set(Some(Msg::Store(e)));
                false
            }
            Err(SaveError::Edit(e)) => {
                self.error
                    .set(Some(Msg::Store(StoreError::Failed(e.to_string()))));
                false
            }
        }
    }

    /// Imports a file's records (merge) or puts them in place of everything (replace, a restore), with a backup of
    /// the data as it is now, through the one write path. Returns the records written (0: nothing was new and
    /// nothing was written), or `None` when the write failed (the error is shown).
    pub async fn import(
        self,
        incoming: Arc<Dataset>,
        mode: ImportMode,
        reason: &str,
    ) -> Option<usize> {
        let session = self.session.get_value();
        // Against the data as it is now (another tab may have written since the preview).
        let current = self.data.get_untracked();
        match session
            .import(&current, &incoming, mode, reason, APP_VERSION, now_millis())
            .await
        {
            Ok(done) => {
                if done.written > 0 || mode == ImportMode::Replace {
                    self.data.set(done.data);
                    self.after_write();
                    self.revision.update(|r| *r += 1);
                }
                Some(done.written)
            }
            Err(e) => {
                self.error.set(Some(Msg::Store(e)));
                None
            }
        }
    }

    /// Puts the kept backup `id` in place of everything (`Session::restore_backup`), with a backup of the data as
    /// it is now. On an error nothing changed; the page says which.
    pub async fn restore_backup(self, id: &str, reason: &str) -> Result<(), RestoreError> {
        let session = self.session.get_value();
        let current = self.data.get_untracked();
        let done = session
            .restore_backup(&current, id, reason, APP_VERSION, now_millis())
            .await?;
        self.data.set(done.data);
        self.after_write();
        self.revision.update(|r| *r += 1);
        Ok(())
    }

    /// Changes fields of a stored record as it is at the moment of saving (not as a page rendered it, which may be
    /// older than another tab's save): `change` edits the current copy, which is then saved. False when the record
    /// is gone or the save failed.
    pub async fn update<T: crate::domain::Kind>(
        self,
        id: crate::domain::RecordId,
        change: impl FnOnce(&mut T),
    ) -> bool {
        let current = self
            .data
            .with_untracked(|d| d.live::<T>(id).map(|r| r.data.clone()));
        let Some(mut data) = current else {
            return false;
        };
        change(&mut data);
        self.save(vec![Edit::put(id, data)]).await
    }

    /// After any committed write: tell other tabs, and ask once for persistent storage.
    pub fn after_write(self) {
        if let Some(t) = self.tabs.get_value() {
            t.announce();
        }
        if !self.persist_asked.get_value() {
            self.persist_asked.set_value(true);
            leptos::task::spawn_local(async {
                StorageStatus::request_persistence().await;
            });
        }
    }
}
