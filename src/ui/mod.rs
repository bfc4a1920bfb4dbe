//! The interface: Leptos components, routing, i18n. The only code that touches the DOM; it holds no business
//! arithmetic (it calls `domain` and `sync`) and reaches storage only through `store`.

mod download;
pub mod i18n;
pub mod meeting_text;
mod offline;
mod pages;
pub mod plan_text;
pub mod record_label;
mod shell;
pub mod state;
pub mod svg;
mod widgets;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use state::AppState;

/// The IndexedDB database name.
pub const DB_NAME: &str = "rop-workbench";

/// Mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook_lite();
    leptos::mount::mount_to_body(App);
}

/// Panics show in the console instead of vanishing (no extra crate: one line of wasm-bindgen).
fn console_error_panic_hook_lite() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into())
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
                <Routes fallback=pages::not_found::NotFound>
                    <Route path=path!("/") view=pages::home::Home/>
                    <Route path=path!("/plan") view=pages::plan::PlanPage/>
                    <Route path=path!("/facts") view=pages::facts::FactsPage/>
                    <Route path=path!("/reports") view=pages::report::ReportPage/>
                    <Route path=path!("/actions") view=pages::actions::ActionsPage/>
                    <Route path=path!("/marketing") view=pages::marketing::MarketingPage/>
                    <Route path=path!("/meetings") view=pages::meetings::MeetingsPage/>
                    <Route path=path!("/meetings/templates") view=pages::templates::TemplatesPage/>
                    <Route path=path!("/meetings/:id") view=pages::meeting_mode::MeetingPage/>
                    <Route path=path!("/meetings/:id/protocol") view=pages::protocol::ProtocolPage/>
                    <Route path=path!("/cases") view=pages::cases::CasesPage/>
                    <Route path=path!("/team") view=pages::team::TeamPage/>
                    <Route path=path!("/team/:id") view=pages::manager::ManagerPage/>
                    <Route path=path!("/data") view=pages::data::DataPage/>
                    <Route path=path!("/settings") view=pages::settings::SettingsPage/>
                </Routes>
            </shell::Shell>
        </Router>
    }
}
