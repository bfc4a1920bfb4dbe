//! The app's state, shared through Leptos context: the data in memory, the language, banners, and the session
//! that writes. Pages read `data` and call [`AppState::save`] (or `update`, `import`); nothing else writes, and
//! every write goes through the one write path, `sync::Session`, to IndexedDB or, when it cannot be used, memory.

use super::i18n::Msg;
use crate::domain::{Dataset, DeviceId, Lang, Stamp};
use crate::store::{Backend, Store, StoreError, TabChannel};
use crate::sync::{Memory, Session};
use leptos::prelude::*;
use std::rc::Rc;

mod archive;
mod writes;

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
    /// How far a long write (a restore, a large import) has got: records written, records in all.
    pub progress: RwSignal<Option<(usize, usize)>>,
    /// A new version of the app is installed and waits for a reload.
    pub update_ready: RwSignal<bool>,
    /// Bumped when another tab wrote, so pages that read the store directly (backups) refresh.
    pub revision: RwSignal<u64>,
    /// T5 hand-over: the tablet is handed to a person taking a test; the app shows only the test until it is
    /// submitted or the head unlocks it. Kept across a reload (`HANDOVER_KEY`), so reloading is no way out.
    pub handover: RwSignal<Option<Handover>>,
    /// While a handed-over test is not submitted, the data holds no answer key
    /// (`certification::without_answer_keys`); reading the database again after submission brings the keys back.
    pub keys_hidden: RwSignal<bool>,
    /// The late stores (training and quality, `StoreName::is_late`) are typed too: pages that show them, and every
    /// export, import and restore, wait for it (`WhenComplete`); the first screens do not.
    pub complete: RwSignal<bool>,
    session: StoredValue<Rc<Session<Backend>>, LocalStorage>,
    tabs: StoredValue<Option<Rc<TabChannel>>, LocalStorage>,
    persist_asked: StoredValue<bool>,
}

const LANG_KEY: &str = "rop.lang";
const HANDOVER_KEY: &str = "rop.handover";

/// The attempt being taken and the head's unlock code as a salted slow hash (`components::unlock_code`): never
/// the code itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Handover {
    pub attempt: crate::domain::RecordId,
    /// Hex.
    pub salt: String,
    /// Hex.
    pub hash: String,
}

impl Handover {
    fn stored() -> Option<Handover> {
        let text = local_storage()?.get_item(HANDOVER_KEY).ok()??;
        let mut parts = text.split(':');
        let (attempt, salt, hash) = (parts.next()?, parts.next()?, parts.next()?);
        Some(Handover {
            attempt: attempt.parse().ok()?,
            salt: salt.to_string(),
            hash: hash.to_string(),
        })
    }
}

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
            progress: RwSignal::new(None),
            revision: RwSignal::new(0),
            handover: RwSignal::new(Handover::stored()),
            keys_hidden: RwSignal::new(false),
            complete: RwSignal::new(false),
            session: StoredValue::new_local(Rc::new(memory_session(&Dataset::default()))),
            tabs: StoredValue::new_local(None),
            persist_asked: StoredValue::new(false),
        }
    }

    /// Starts or ends a hand-over (see [`AppState::handover`]). Starting takes the answer keys out of the data;
    /// ending reads the database again, keys and all.
    pub fn set_handover(self, h: Option<Handover>) {
        if let Some(store) = local_storage() {
            let _ = match &h {
                Some(h) => store.set_item(
                    HANDOVER_KEY,
                    &format!("{}:{}:{}", h.attempt, h.salt, h.hash),
                ),
                None => store.remove_item(HANDOVER_KEY),
            };
        }
        let ended = h.is_none();
        self.handover.set(h);
        if ended {
            leptos::task::spawn_local(async move { self.reload_from_store().await });
        } else {
            self.data.update(|d| self.hide_keys(d));
        }
    }

    /// Takes the answer keys out of `data` while a handed-over attempt in it is not submitted (T5). Only where a
    /// database can give them back: a session kept in memory (storage unavailable) has nowhere to read them from.
    fn hide_keys(self, data: &mut Dataset) {
        let open = self.store().is_some()
            && self.handover.get_untracked().is_some_and(|h| {
                data.live::<crate::domain::training::certification::Attempt>(h.attempt)
                    .is_some_and(|a| a.data.submitted.is_none())
            });
        if open {
            crate::domain::training::certification::without_answer_keys(data);
        }
        self.keys_hidden.set(open);
    }

    /// A message in the current language (reactive when called inside a view closure).
    pub fn t(&self, msg: impl Into<Msg>) -> String {
        msg.into().text(self.lang.get())
    }

    /// A label that follows the language: put `{s.tr(Msg::Save)}` where a view shows text. Every label is the
    /// same closure type (the one `label` returns), instead of one compiled closure per `move || s.t(…)`.
    pub fn tr(self, msg: impl Into<Msg>) -> impl Fn() -> String + Clone + Send + Sync + 'static {
        self.label(msg.into())
    }

    fn label(self, msg: Msg) -> impl Fn() -> String + Clone + Send + Sync + 'static {
        move || msg.text(self.lang.get())
    }

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        if let Some(s) = local_storage() {
            let _ = s.set_item(LANG_KEY, lang.code());
        }
        set_document_lang(lang);
    }

    /// The browser database, for what only it has (backups, the last export); `None` in an unsaved session.
    fn store(&self) -> Option<Rc<Store>> {
        match self.session.get_value().storage() {
            Backend::Browser(store) => Some(store.clone()),
            Backend::Memory(_) => None,
        }
    }

    /// This device's id (in an unsaved session, the session's own).
    pub fn device(&self) -> DeviceId {
        self.session.get_value().device()
    }

    /// The newest stamp this device has issued or seen.
    pub fn seen(&self) -> Stamp {
        self.session.get_value().seen()
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
                // Listen before the first read: another tab may write while this one loads (the late stores take
                // a while on a tablet), and that write must not be missed. Until the session is in place there is
                // nothing to reload into; the write is remembered and read once it is.
                let heard_early = Rc::new(std::cell::Cell::new(false));
                let heard = heard_early.clone();
                let channel = TabChannel::listen(move || {
                    if self.store().is_some() {
                        leptos::task::spawn_local(async move { self.reload_from_store().await })
                    } else {
                        heard.set(true);
                    }
                });
                self.tabs.set_value(Some(Rc::new(channel)));
                store.on_progress(Rc::new(move |done, total| {
                    self.progress.set((done < total).then_some((done, total)));
                }));
                match store.load_first().await {
                    Ok((data, late)) => {
                        let session =
                            Session::new(Backend::Browser(store.clone()), store.device(), &data);
                        self.session.set_value(Rc::new(session));
                        self.data.set(data);
                        self.phase.set(Phase::Ready);
                        let unreadable = store.unreadable();
                        if !unreadable.is_empty() {
                            self.error.set(Some(Msg::Unreadable(unreadable)));
                        }
                        if heard_early.get() {
                            leptos::task::spawn_local(
                                async move { self.reload_from_store().await },
                            );
                        }
                        self.finish_late(late).await;
                    }
                    Err(e) => {
                        self.error.set(Some(Msg::Store(e)));
                        self.phase.set(Phase::Unsaved);
                        self.complete.set(true);
                    }
                }
            }
            Err(e) => {
                self.error.set(Some(Msg::Store(e)));
                self.phase.set(Phase::Unsaved);
                self.complete.set(true);
            }
        }
    }

    /// Types the late stores after the first screen and puts them in; then the data is complete.
    async fn finish_late(self, late: crate::store::Late) {
        if !late.is_empty() {
            let typed = crate::ui::type_late(late).await;
            // A reload after another tab's write may have brought complete data meanwhile: it is newer.
            if self.complete.get_untracked() {
                return;
            }
            if let Some(e) = typed.error {
                self.error.set(Some(Msg::Store(e)));
            } else if !typed.unreadable.is_empty() {
                self.error.set(Some(Msg::Unreadable(typed.unreadable)));
            }
            self.data.update(|d| {
                d.absorb_late(typed.data);
                self.hide_keys(d);
            });
            self.data
                .with_untracked(|d| self.session.get_value().reloaded(d));
        }
        self.complete.set(true);
    }

    /// Re-reads the database after another tab wrote: all of it, the late stores too, before it replaces the data.
    pub async fn reload_from_store(self) {
        let Some(store) = self.store() else { return };
        match store.load_first().await {
            Ok((mut data, late)) => {
                if !late.is_empty() {
                    let typed = crate::ui::type_late(late).await;
                    if let Some(e) = typed.error {
                        self.error.set(Some(Msg::Store(e)));
                        return;
                    }
                    data.absorb_late(typed.data);
                }
                self.session.get_value().reloaded(&data);
                self.hide_keys(&mut data);
                self.data.set(data);
                self.complete.set(true);
                self.revision.update(|r| *r += 1);
            }
            Err(e) => self.error.set(Some(Msg::Store(e))),
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

/// A session that keeps nothing: its storage is memory, its device id its own.
fn memory_session(data: &Dataset) -> Session<Backend> {
    Session::new(
        Backend::Memory(Memory::default()),
        uuid::Uuid::new_v4(),
        data,
    )
}
