//! The interface: Leptos components, routing, i18n. The only code that touches the DOM; it holds no business
//! arithmetic (it calls `domain` and `sync`) and reaches storage only through `store`.

pub mod components;
pub mod i18n;
mod offline;
mod pages;
mod routes;
mod shell;
pub mod state;

use leptos::prelude::*;
use leptos_router::components::Router;
use state::AppState;

/// The IndexedDB database name.
pub const DB_NAME: &str = "rop-workbench";

/// Mounts the app on `<body>`.
pub fn start() {
    set_panic_screen();
    // The frame index.html drew while the wasm loaded gives way to the app.
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
}

/// A panic stops the app for good (release builds abort), so before that happens the panic is logged and the page
/// is replaced by the rescue screen of `public/rescue.js`: save every record to a file, save the newest backup, open
/// the Data page, reload. The screen's export needs the schema and app version, put on `<html>` here.
fn set_panic_screen() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-schema", &crate::sync::SCHEMA.to_string());
        let _ = root.set_attribute("data-app", env!("CARGO_PKG_VERSION"));
    }
    std::panic::set_hook(Box::new(|info| {
        let message = wasm_bindgen::JsValue::from(info.to_string());
        web_sys::console::error_1(&message);
        let show = js_sys::Reflect::get(&js_sys::global(), &"ropRescue".into())
            .and_then(|rescue| js_sys::Reflect::get(&rescue, &"show".into()));
        if let Ok(show) = show.map(wasm_bindgen::JsCast::unchecked_into::<js_sys::Function>) {
            let _ = show.call1(&wasm_bindgen::JsValue::NULL, &message);
        }
    }));
}

/// An in-app link: the router's `<A>` takes absolute paths as they are, so the base (a sub-folder) is added here.
pub fn href(path: &str) -> String {
    thread_local!(static BASE: String = base_path());
    BASE.with(|base| format!("{base}{path}"))
}

/// The path the app is served under (`/` or a sub-folder such as `/rop/`), from `<base href>`, which Trunk
/// writes from `--public-url`. The router needs it without the trailing slash.
fn base_path() -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|u| u.pathname())
        .unwrap_or_default();
    base.trim_end_matches('/').to_string()
}

#[component]
fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    leptos::task::spawn_local(state.start(DB_NAME));
    offline::register_service_worker(state);
    offline::listen_for_version_change(state);
    view! {
        <Router base=base_path()>
            <shell::Shell>
                <routes::AppRoutes/>
            </shell::Shell>
        </Router>
    }
}

/// The demo department's edits. Its generator (a team, three months of facts, meetings, pay) is needed once, on the
/// first-run screen, so with the `split` feature it loads then, not with the app.
#[cfg(feature = "split")]
#[leptos::lazy]
pub fn demo_department(today: chrono::NaiveDate) -> Vec<crate::domain::Edit> {
    crate::domain::demo::department(today)
}

/// Types the late stores (training and quality) after the first screen: with the `split` feature their decoders
/// load then, in a module of their own.
#[cfg(feature = "split")]
#[leptos::lazy]
pub fn type_late(late: crate::store::Late) -> crate::store::LateTyped {
    crate::store::type_late(late)
}

/// The references of a write's changes, for the check before it is written (`Dataset::unresolved`): every kind's
/// `links` is code the first screen does not need, so with the `split` feature it loads with the first write. The
/// changes go in and come back out, as a lazily loaded function takes and returns owned values.
#[cfg(feature = "split")]
#[leptos::lazy]
pub fn change_links(
    changes: Vec<crate::domain::Change>,
) -> (
    Vec<crate::domain::Change>,
    Vec<Vec<crate::domain::core::links::Link>>,
) {
    crate::domain::Change::with_links(changes)
}

#[cfg(not(feature = "split"))]
pub async fn change_links(
    changes: Vec<crate::domain::Change>,
) -> (
    Vec<crate::domain::Change>,
    Vec<Vec<crate::domain::core::links::Link>>,
) {
    crate::domain::Change::with_links(changes)
}

#[cfg(not(feature = "split"))]
pub async fn type_late(late: crate::store::Late) -> crate::store::LateTyped {
    crate::store::type_late(late)
}

#[cfg(not(feature = "split"))]
pub async fn demo_department(today: chrono::NaiveDate) -> Vec<crate::domain::Edit> {
    crate::domain::demo::department(today)
}
