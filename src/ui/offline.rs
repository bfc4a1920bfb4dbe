//! Offline and updates: registers the service worker (`public/sw.js`), shows "new version available" when a new
//! worker waits, and activates it on request; tells the user to reload when another tab upgraded the database.

use super::i18n::Msg;
use super::state::AppState;
use crate::store::{StoreError, BLOCKED_EVENT, VERSION_CHANGE_EVENT};
use leptos::prelude::Set;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let nav = web_sys::window()?.navigator();
    js_sys::Reflect::has(&nav, &JsValue::from_str("serviceWorker"))
        .ok()?
        .then(|| nav.service_worker())
}

/// Registers `sw.js` (relative to `<base>`, so sub-folders work) and watches for a waiting update.
pub fn register_service_worker(state: AppState) {
    let Some(sw) = container() else { return };
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = JsFuture::from(sw.register("sw.js")).await else {
            return;
        };
        let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
        // An update only matters when a worker already controls this page (not on the very first install).
        let has_controller = move || container().and_then(|c| c.controller()).is_some();
        if reg.waiting().is_some() && has_controller() {
            state.update_ready.set(true);
        }
        let reg2 = reg.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = reg2.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if worker.state() == web_sys::ServiceWorkerState::Installed && has_controller() {
                    state.update_ready.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}

/// Asks the waiting worker to take over; the page reloads when it has.
pub fn activate_update() {
    let Some(sw) = container() else { return };
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = JsFuture::from(
            sw.ready()
                .unwrap_or_else(|_| js_sys::Promise::resolve(&JsValue::NULL)),
        )
        .await
        else {
            return;
        };
        let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
        match reg.waiting() {
            Some(w) => {
                // Reload once the new worker has taken over (set only now: the first install also claims the
                // page, and that must not reload it).
                let on_change = Closure::<dyn FnMut()>::new(move || {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().reload();
                    }
                });
                sw.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
                on_change.forget();
                let _ = w.post_message(&JsValue::from_str("skip-waiting"));
            }
            None => {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            }
        }
    });
}

/// When the store closes its connection for another tab's upgrade, ask for a reload; while this tab's upgrade
/// waits for an old tab, say so.
pub fn listen_for_version_change(state: AppState) {
    let Some(w) = web_sys::window() else { return };
    let cb = Closure::<dyn FnMut()>::new(move || state.reload_needed.set(true));
    let _ = w.add_event_listener_with_callback(VERSION_CHANGE_EVENT, cb.as_ref().unchecked_ref());
    cb.forget();
    let cb =
        Closure::<dyn FnMut()>::new(move || state.error.set(Some(Msg::Store(StoreError::Blocked))));
    let _ = w.add_event_listener_with_callback(BLOCKED_EVENT, cb.as_ref().unchecked_ref());
    cb.forget();
}
