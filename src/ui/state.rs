//! The app's state, shared through Leptos context: the data in memory, the language, banners, and the store.
//! Pages read `data` and call [`AppState::save`]; nothing else writes.

use super::i18n::Msg;
use crate::domain::{Clock, Dataset, Edit, Lang};
use crate::store::{now_millis, StorageStatus, Store, StoreError, TabChannel};
use leptos::prelude::*;
use std::rc::Rc;

/// Where start-up stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Loading,
    /// The database is open and loaded.
    Ready,
    /// No database: the app works in memory and says so.
    Unsaved,
}

/// Handles to everything the pages share. `Copy`: every field is an arena handle.
#[derive(Clone, Copy)]
pub struct AppState {
    pub data: RwSignal<Dataset>,
    pub lang: RwSignal<Lang>,
    pub phase: RwSignal<Phase>,
    /// An error the user must see (storage errors); stays until dismissed.
    pub error: RwSignal<Option<Msg>>,
    /// A short confirmation ("Saved").
    pub notice: RwSignal<Option<Msg>>,
    /// Another tab upgraded the database: this one must reload.
    pub reload_needed: RwSignal<bool>,
    /// A new version of the app is installed and waits for a reload.
    pub update_ready: RwSignal<bool>,
    /// Bumped when another tab wrote, so pages that read the store directly (backups) refresh.
    pub revision: RwSignal<u64>,
    store: StoredValue<Option<Rc<Store>>, LocalStorage>,
    tabs: StoredValue<Option<Rc<TabChannel>>, LocalStorage>,
    /// The clock of an unsaved (in-memory) session.
    memory_clock: StoredValue<Clock, LocalStorage>,
    persist_asked: StoredValue<bool>,
}

const LANG_KEY: &str = "rop.lang";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

impl AppState {
    pub fn new() -> Self {
        let lang = local_storage()
            .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
            .and_then(|c| Lang::from_code(&c))
            .unwrap_or_default();
        AppState {
            data: RwSignal::new(Dataset::default()),
            lang: RwSignal::new(lang),
            phase: RwSignal::new(Phase::Loading),
            error: RwSignal::new(None),
            notice: RwSignal::new(None),
            reload_needed: RwSignal::new(false),
            update_ready: RwSignal::new(false),
            revision: RwSignal::new(0),
            store: StoredValue::new_local(None),
            tabs: StoredValue::new_local(None),
            memory_clock: StoredValue::new_local(Clock::default()),
            persist_asked: StoredValue::new(false),
        }
    }

    /// A message in the current language (reactive when called inside a view closure).
    pub fn t(&self, msg: Msg) -> String {
        msg.text(self.lang.get())
    }

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        if let Some(s) = local_storage() {
            let _ = s.set_item(LANG_KEY, lang.code());
        }
        set_document_lang(lang);
    }

    pub fn store(&self) -> Option<Rc<Store>> {
        self.store.get_value()
    }

    /// Opens the database, loads it, and starts listening to other tabs.
    pub async fn start(self, db_name: &str) {
        set_document_lang(self.lang.get_untracked());
        match Store::open(db_name).await {
            Ok(store) => {
                // The upgrade may have waited for another tab; it no longer does.
                if self.error.get_untracked() == Some(Msg::Store(StoreError::Blocked)) {
                    self.error.set(None);
                }
                let store = Rc::new(store);
                self.store.set_value(Some(store.clone()));
                match store.load().await {
                    Ok(data) => {
                        self.data.set(data);
                        self.phase.set(Phase::Ready);
                        let unreadable = store.unreadable();
                        if !unreadable.is_empty() {
                            self.error.set(Some(Msg::Unreadable(unreadable)));
                        }
                    }
                    Err(e) => {
                        self.error.set(Some(Msg::Store(e)));
                        self.phase.set(Phase::Unsaved);
                    }
                }
                let channel = TabChannel::listen(move || {
                    leptos::task::spawn_local(async move { self.reload_from_store().await })
                });
                self.tabs.set_value(Some(Rc::new(channel)));
            }
            Err(e) => {
                self.error.set(Some(Msg::Store(e)));
                self.phase.set(Phase::Unsaved);
            }
        }
    }

    /// Re-reads the database after another tab wrote.
    pub async fn reload_from_store(self) {
        let Some(store) = self.store() else { return };
        match store.load().await {
            Ok(data) => {
                self.data.set(data);
                self.revision.update(|r| *r += 1);
            }
            Err(e) => self.error.set(Some(Msg::Store(e))),
        }
    }

    /// The one way pages change data: stamp, write in one transaction, then show it. Returns whether it saved.
    pub async fn save(self, edits: Vec<Edit>) -> bool {
        let Some(store) = self.store() else {
            // Unsaved session: keep working in memory; the banner already says nothing is stored.
            let mut clock = self.memory_clock.get_value();
            let mut ok = true;
            self.data.update(|d| {
                for e in edits {
                    match d.stamp(e, &mut clock, now_millis(), uuid::Uuid::nil()) {
                        Ok(c) => d.apply_all(c),
                        Err(_) => ok = false,
                    }
                }
            });
            self.memory_clock.set_value(clock);
            return ok;
        };
        // Stamp against the data in place (no copy of a large department per keystroke), then write.
        let stamped = self.data.with_untracked(|d| store.stamp(d, edits));
        let written = match stamped {
            Ok(changes) => store.write(&changes).await.map(|()| changes),
            Err(e) => Err(e),
        };
        match written {
            Ok(changes) => {
                self.data
                    .update(|d| changes.into_iter().for_each(|c| d.apply(c)));
                self.after_write();
                self.notice.set(Some(Msg::Saved));
                true
            }
            Err(e) => {
                self.error.set(Some(Msg::Store(e)));
                false
            }
        }
    }

    /// The newest stamp an unsaved (in-memory) session has issued or seen: the import reader's drift check starts
    /// there.
    pub fn memory_seen(&self) -> crate::domain::Stamp {
        self.memory_clock.get_value().last()
    }

    /// An unsaved session's clock takes in an import's stamps, so a later edit sorts after the records it edits.
    pub fn observe_imported(&self, incoming: &Dataset) {
        if let Some(newest) = incoming.newest_stamp() {
            let mut clock = self.memory_clock.get_value();
            clock.observe(newest, now_millis());
            self.memory_clock.set_value(clock);
        }
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

fn set_document_lang(lang: Lang) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", lang.code());
    }
}

/// Today's date on this device.
pub fn today() -> chrono::NaiveDate {
    let d = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}
