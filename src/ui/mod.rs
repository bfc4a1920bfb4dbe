//! The interface: Leptos components, routing, i18n. The only code that touches the DOM; it holds no business
//! arithmetic (it calls `domain` and `sync`) and reaches storage only through `store`.

pub mod components;
pub mod data_text;
pub mod floor_text;
pub mod hiring_text;
pub mod i18n;
pub mod meeting_text;
pub mod motivation_text;
mod offline;
mod pages;
pub mod pay_text;
pub mod plan_text;
pub mod scheme_text;
mod shell;
pub mod state;
pub mod training_text;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use pages::control::discipline::DisciplinePage;
use pages::control::insights::InsightsPage;
use pages::control::quality::QualityPage;
use pages::control::standards::StandardsPage;
use pages::core::data::DataPage;
use pages::core::settings::SettingsPage;
use pages::motivation::contests::{ContestsPage, LeaderboardPage};
use pages::motivation::development::DevelopmentPage;
use pages::motivation::one_on_ones::OneOnOnesPage;
use pages::motivation::pay::PayPage;
use pages::motivation::schemes::SchemesPage;
use pages::organisation::crm::CrmPage;
use pages::organisation::crm_fix::CrmFixPage;
use pages::organisation::hard_clients::HardClientsPage;
use pages::organisation::meeting_mode::MeetingPage;
use pages::organisation::meetings::MeetingsPage;
use pages::organisation::protocol::ProtocolPage;
use pages::organisation::templates::TemplatesPage;
use pages::organisation::time_use::TimePage;
use pages::planning::actions::ActionsPage;
use pages::planning::facts::FactsPage;
use pages::planning::marketing::MarketingPage;
use pages::planning::plan::PlanPage;
use pages::planning::report::ReportPage;
use pages::team::candidate::CandidatePage;
use pages::team::final_interview::FinalInterviewPage;
use pages::team::hiring::HiringPage;
use pages::team::manager::ManagerPage;
use pages::team::roster::TeamPage;
use pages::training::calendar::TrainingPage;
use pages::training::cases::CasesPage;
use pages::training::certification::CertificationPage;
use pages::training::reviews::ReviewsPage;
use pages::training::scripts::{ReaderPage, ScriptsPage};
use pages::training::skills::SkillsPage;
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
                <Routes fallback=pages::core::not_found::NotFound>
                    <Route path=path!("/") view=pages::core::home::Home/>
                    <Route path=path!("/plan") view={leptos_router::Lazy::<PlanRoute>::new()}/>
                    <Route path=path!("/facts") view={leptos_router::Lazy::<FactsRoute>::new()}/>
                    <Route path=path!("/reports") view={leptos_router::Lazy::<ReportRoute>::new()}/>
                    <Route path=path!("/actions") view={leptos_router::Lazy::<ActionsRoute>::new()}/>
                    <Route path=path!("/marketing") view={leptos_router::Lazy::<MarketingRoute>::new()}/>
                    <Route path=path!("/meetings") view={leptos_router::Lazy::<MeetingsRoute>::new()}/>
                    <Route path=path!("/meetings/templates") view={leptos_router::Lazy::<TemplatesRoute>::new()}/>
                    <Route path=path!("/meetings/:id") view={leptos_router::Lazy::<MeetingRoute>::new()}/>
                    <Route path=path!("/meetings/:id/protocol") view={leptos_router::Lazy::<ProtocolRoute>::new()}/>
                    <Route path=path!("/cases") view={leptos_router::Lazy::<CasesRoute>::new()}/>
                    <Route path=path!("/crm") view={leptos_router::Lazy::<CrmRoute>::new()}/>
                    <Route path=path!("/crm/fix/:id") view={leptos_router::Lazy::<CrmFixRoute>::new()}/>
                    <Route path=path!("/hard-clients") view={leptos_router::Lazy::<HardClientsRoute>::new()}/>
                    <Route path=path!("/hiring") view={leptos_router::Lazy::<HiringRoute>::new()}/>
                    <Route path=path!("/hiring/:id") view={leptos_router::Lazy::<CandidateRoute>::new()}/>
                    <Route path=path!("/hiring/:id/final") view={leptos_router::Lazy::<FinalInterviewRoute>::new()}/>
                    <Route path=path!("/time") view={leptos_router::Lazy::<TimeRoute>::new()}/>
                    <Route path=path!("/discipline") view={leptos_router::Lazy::<DisciplineRoute>::new()}/>
                    <Route path=path!("/insights") view={leptos_router::Lazy::<InsightsRoute>::new()}/>
                    <Route path=path!("/quality") view={leptos_router::Lazy::<QualityRoute>::new()}/>
                    <Route path=path!("/standards") view={leptos_router::Lazy::<StandardsRoute>::new()}/>
                    <Route path=path!("/training") view={leptos_router::Lazy::<TrainingRoute>::new()}/>
                    <Route path=path!("/scripts") view={leptos_router::Lazy::<ScriptsRoute>::new()}/>
                    <Route path=path!("/scripts/:id/read") view={leptos_router::Lazy::<ReaderRoute>::new()}/>
                    <Route path=path!("/reviews") view={leptos_router::Lazy::<ReviewsRoute>::new()}/>
                    <Route path=path!("/skills") view={leptos_router::Lazy::<SkillsRoute>::new()}/>
                    <Route path=path!("/certification") view={leptos_router::Lazy::<CertificationRoute>::new()}/>
                    <Route path=path!("/pay") view={leptos_router::Lazy::<PayRoute>::new()}/>
                    <Route path=path!("/pay/schemes") view={leptos_router::Lazy::<SchemesRoute>::new()}/>
                    <Route path=path!("/contests") view={leptos_router::Lazy::<ContestsRoute>::new()}/>
                    <Route path=path!("/contests/:id/board") view={leptos_router::Lazy::<LeaderboardRoute>::new()}/>
                    <Route path=path!("/development") view={leptos_router::Lazy::<DevelopmentRoute>::new()}/>
                    <Route path=path!("/one-on-ones") view={leptos_router::Lazy::<OneOnOnesRoute>::new()}/>
                    <Route path=path!("/team") view=TeamPage/>
                    <Route path=path!("/team/:id") view={leptos_router::Lazy::<ManagerRoute>::new()}/>
                    <Route path=path!("/data") view={leptos_router::Lazy::<DataRoute>::new()}/>
                    <Route path=path!("/settings") view={leptos_router::Lazy::<SettingsRoute>::new()}/>
                </Routes>
            </shell::Shell>
        </Router>
    }
}

/// A page whose code loads when it is first opened. With the `split` feature (the release build,
/// `scripts/app-wasm.sh`) `#[lazy_route]` marks its view for wasm-split, which moves it to a module of its own; without
/// it (the tests, and the charts worker, which links this library) the page is plain code and nothing is split.
macro_rules! lazy_page {
    ($route:ident, $page:ident) => {
        struct $route;

        #[cfg(feature = "split")]
        #[leptos_router::lazy_route]
        impl leptos_router::LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            fn view(_this: Self) -> AnyView {
                view! { <$page/> }.into_any()
            }
        }

        #[cfg(not(feature = "split"))]
        impl leptos_router::LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_this: Self) -> AnyView {
                view! { <$page/> }.into_any()
            }
        }
    };
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

#[cfg(not(feature = "split"))]
pub async fn type_late(late: crate::store::Late) -> crate::store::LateTyped {
    crate::store::type_late(late)
}

#[cfg(not(feature = "split"))]
pub async fn demo_department(today: chrono::NaiveDate) -> Vec<crate::domain::Edit> {
    crate::domain::demo::department(today)
}

lazy_page!(MeetingRoute, MeetingPage);
lazy_page!(HiringRoute, HiringPage);
lazy_page!(CandidateRoute, CandidatePage);
lazy_page!(FinalInterviewRoute, FinalInterviewPage);
lazy_page!(DataRoute, DataPage);
lazy_page!(ManagerRoute, ManagerPage);
lazy_page!(ProtocolRoute, ProtocolPage);
lazy_page!(TemplatesRoute, TemplatesPage);
lazy_page!(MarketingRoute, MarketingPage);
lazy_page!(ReportRoute, ReportPage);
lazy_page!(FactsRoute, FactsPage);
lazy_page!(SettingsRoute, SettingsPage);
lazy_page!(CasesRoute, CasesPage);
lazy_page!(ActionsRoute, ActionsPage);
lazy_page!(PlanRoute, PlanPage);
lazy_page!(PayRoute, PayPage);
lazy_page!(SchemesRoute, SchemesPage);
lazy_page!(ContestsRoute, ContestsPage);
lazy_page!(LeaderboardRoute, LeaderboardPage);
lazy_page!(DevelopmentRoute, DevelopmentPage);
lazy_page!(OneOnOnesRoute, OneOnOnesPage);
lazy_page!(MeetingsRoute, MeetingsPage);
lazy_page!(QualityRoute, QualityPage);
lazy_page!(StandardsRoute, StandardsPage);
lazy_page!(TrainingRoute, TrainingPage);
lazy_page!(ScriptsRoute, ScriptsPage);
lazy_page!(ReaderRoute, ReaderPage);
lazy_page!(ReviewsRoute, ReviewsPage);
lazy_page!(SkillsRoute, SkillsPage);
lazy_page!(CertificationRoute, CertificationPage);
lazy_page!(CrmRoute, CrmPage);
lazy_page!(CrmFixRoute, CrmFixPage);
lazy_page!(HardClientsRoute, HardClientsPage);
lazy_page!(TimeRoute, TimePage);
lazy_page!(DisciplineRoute, DisciplinePage);
lazy_page!(InsightsRoute, InsightsPage);
