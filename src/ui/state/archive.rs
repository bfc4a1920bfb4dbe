//! What the data page reads of the database besides the records, through the app's state so that no page holds
//! the raw store: the kept backups and when this device last exported. In a session without a database (memory)
//! there are none, and an export is not remembered.

use super::{AppState, Msg};
use crate::domain::Stamp;
use crate::store::BackupInfo;
use leptos::prelude::*;

impl AppState {
    /// The kept backups, newest first; none without a database. A read error is shown and gives none.
    pub async fn backups(self) -> Vec<BackupInfo> {
        let Some(store) = self.store() else {
            return Vec::new();
        };
        match store.backups().await {
            Ok(list) => list,
            Err(e) => {
                self.error.set(Some(Msg::Store(e)));
                Vec::new()
            }
        }
    }

    /// One kept backup's export file, to download.
    pub async fn backup_file(self, id: &str) -> Option<String> {
        self.store()?.backup_file(id).await.ok().flatten()
    }

    /// When this device last exported everything (RFC 3339), and the newest stamp that export held.
    pub async fn last_export(self) -> (Option<String>, Option<Stamp>) {
        let Some(store) = self.store() else {
            return (None, None);
        };
        (
            store.last_export().await.ok().flatten(),
            store.exported_as_of().await.ok().flatten(),
        )
    }

    /// Remembers an export of everything made `at` (RFC 3339) that held the data up to `as_of`.
    pub async fn mark_exported(self, at: &str, as_of: Option<Stamp>) {
        if let Some(store) = self.store() {
            if let Err(e) = store.mark_exported(at, as_of).await {
                self.error.set(Some(Msg::Store(e)));
            }
        }
    }
}
