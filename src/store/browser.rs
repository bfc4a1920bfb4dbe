//! The browser around the database: the wall clock, persistent-storage requests and estimates, telling other
//! tabs about writes, and closing on a version change.

use indexed_db_futures::database::Database;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The event the window receives when another tab upgrades the database and this one must reload.
pub const VERSION_CHANGE_EVENT: &str = "rop-version-change";
/// The event the window receives while this tab's upgrade waits for another tab to close.
pub const BLOCKED_EVENT: &str = "rop-upgrade-blocked";

/// Dispatches a plain event on the window, for the UI to hear.
pub(crate) fn announce(name: &str) {
    if let (Some(w), Ok(e)) = (web_sys::window(), web_sys::Event::new(name)) {
        let _ = w.dispatch_event(&e);
    }
}
const CHANNEL: &str = "rop-workbench";

/// The wall clock in milliseconds since the epoch.
pub fn now_millis() -> u64 {
    js_sys::Date::now() as u64
}

/// Whether the browser promises to keep the data, and how much room it has.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StorageStatus {
    pub persisted: Option<bool>,
    pub usage: Option<f64>,
    pub quota: Option<f64>,
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let nav = web_sys::window()?.navigator();
    // Old engines have no `navigator.storage`: check before touching it.
    js_sys::Reflect::has(&nav, &JsValue::from_str("storage"))
        .ok()?
        .then(|| nav.storage())
}

impl StorageStatus {
    pub async fn read() -> StorageStatus {
        let Some(sm) = storage_manager() else {
            return StorageStatus::default();
        };
        let persisted = match sm.persisted() {
            Ok(p) => JsFuture::from(p).await.ok().and_then(|v| v.as_bool()),
            Err(_) => None,
        };
        let (mut usage, mut quota) = (None, None);
        if let Ok(p) = sm.estimate() {
            if let Ok(est) = JsFuture::from(p).await {
                let est: web_sys::StorageEstimate = est.unchecked_into();
                usage = est.get_usage();
                quota = est.get_quota();
            }
        }
        StorageStatus {
            persisted,
            usage,
            quota,
        }
    }

    /// Asks the browser to keep the data even under storage pressure; returns its answer.
    pub async fn request_persistence() -> Option<bool> {
        let sm = storage_manager()?;
        let answer = JsFuture::from(sm.persist().ok()?).await.ok()?;
        answer.as_bool()
    }
}

/// Tells other tabs of this app that the data changed, and hears them.
pub struct TabChannel {
    channel: Option<web_sys::BroadcastChannel>,
    _listener: Option<Closure<dyn FnMut(web_sys::MessageEvent)>>,
}

impl TabChannel {
    /// Listens for other tabs' writes; `on_change` runs for each.
    pub fn listen(on_change: impl Fn() + 'static) -> TabChannel {
        let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else {
            return TabChannel {
                channel: None,
                _listener: None,
            };
        };
        let listener = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |_| on_change());
        channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        TabChannel {
            channel: Some(channel),
            _listener: Some(listener),
        }
    }

    /// Announces a committed write.
    pub fn announce(&self) {
        if let Some(c) = &self.channel {
            let _ = c.post_message(&JsValue::from_str("changed"));
        }
    }
}

/// When another tab opens a newer schema, close our connection (so its upgrade can run) and tell the page.
pub(crate) fn close_on_version_change(db: &Database) {
    let Ok(mut listener) = db.version_changes() else {
        return;
    };
    let db = db.clone();
    wasm_bindgen_futures::spawn_local(async move {
        if std::future::poll_fn(|cx| listener.poll_recv(cx))
            .await
            .is_some()
        {
            db.close();
            announce(VERSION_CHANGE_EVENT);
        }
    });
}
