//! The one table of the app's pages: each address with its page, whether its code loads with the app or when first
//! opened, and where it sits in the navigation. The router and the navigation are both made from it, so a page
//! cannot be routed and missing from the menu, or listed and unrouted.

use super::i18n::Msg;
use super::pages;
use crate::ui::pages::planning::words::PlanMsg;
use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::path;
use pages::control::discipline::DisciplinePage;
use pages::control::insights::InsightsPage;
use pages::control::quality::QualityPage;
use pages::control::standards::StandardsPage;
use pages::core::data::DataPage;
use pages::core::home::Home;
use pages::core::settings::SettingsPage;
use pages::motivation::contests::ContestsPage;
use pages::motivation::contests::LeaderboardPage;
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
use pages::training::scripts::ReaderPage;
use pages::training::scripts::ScriptsPage;
use pages::training::skills::SkillsPage;

/// One group of the navigation: its name and its pages (address and name), the first page being where the group
/// leads. Groups follow the cycle (planning, meetings, the floor, control, training, motivation, team) and then data
/// and settings.
pub struct Group {
    pub name: Msg,
    pub pages: &'static [(&'static str, Msg)],
}

/// A route's view: an `eager` page is plain code of the app; a `lazy` one is `lazy_page!`'s route, whose code loads
/// when it is first opened.
macro_rules! route_view {
    (eager $page:ident) => {
        $page
    };
    (lazy $route:ident) => {
        leptos_router::Lazy::<$route>::new()
    };
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

/// Makes `NAV`, the lazy routes and `AppRoutes` from the table: the groups' pages in the menu's order, then the
/// pages reached from others (a meeting, a candidate), which the menu does not list.
macro_rules! pages {
    (
        $( $group:expr => { $( $path:tt $name:expr => $kind:ident $target:ident $( ( $page:ident ) )? ; )+ } )+
        @reached_from_others { $( $hpath:tt => $hkind:ident $htarget:ident $( ( $hpage:ident ) )? ; )+ }
    ) => {
        pub const NAV: &[Group] = &[ $( Group { name: $group, pages: &[ $( ($path, $name) ),+ ] } ),+ ];

        $( $( $( lazy_page!($target, $page); )? )+ )+
        $( $( lazy_page!($htarget, $hpage); )? )+

        /// Every page of the table under its address; anything else is "not found".
        #[component]
        pub fn AppRoutes() -> impl IntoView {
            view! {
                <Routes fallback=pages::core::not_found::NotFound>
                    $( $( <Route path=path!($path) view={route_view!($kind $target)}/> )+ )+
                    $( <Route path=path!($hpath) view={route_view!($hkind $htarget)}/> )+
                </Routes>
            }
        }
    };
}

pages! {
    Msg::GroupPlanning => {
        "/" Msg::Plan(PlanMsg::NavDashboard) => eager Home;
        "/plan" Msg::Plan(PlanMsg::NavPlan) => lazy PlanRoute(PlanPage);
        "/facts" Msg::Plan(PlanMsg::NavFacts) => lazy FactsRoute(FactsPage);
        "/actions" Msg::Plan(PlanMsg::NavActions) => lazy ActionsRoute(ActionsPage);
        "/reports" Msg::Plan(PlanMsg::NavReports) => lazy ReportRoute(ReportPage);
        "/marketing" Msg::Plan(PlanMsg::NavMarketing) => lazy MarketingRoute(MarketingPage);
    }
    Msg::NavMeetings => {
        "/meetings" Msg::NavMeetings => lazy MeetingsRoute(MeetingsPage);
        "/meetings/templates" Msg::NavTemplates => lazy TemplatesRoute(TemplatesPage);
    }
    Msg::GroupFloor => {
        "/crm" Msg::NavCrm => lazy CrmRoute(CrmPage);
        "/hard-clients" Msg::NavHardClients => lazy HardClientsRoute(HardClientsPage);
        "/time" Msg::NavTime => lazy TimeRoute(TimePage);
    }
    Msg::GroupControl => {
        "/quality" Msg::NavQuality => lazy QualityRoute(QualityPage);
        "/standards" Msg::NavStandards => lazy StandardsRoute(StandardsPage);
        "/discipline" Msg::NavDiscipline => lazy DisciplineRoute(DisciplinePage);
        "/insights" Msg::NavInsights => lazy InsightsRoute(InsightsPage);
    }
    Msg::GroupTraining => {
        "/training" Msg::NavTraining => lazy TrainingRoute(TrainingPage);
        "/scripts" Msg::NavScripts => lazy ScriptsRoute(ScriptsPage);
        "/reviews" Msg::NavReviews => lazy ReviewsRoute(ReviewsPage);
        "/skills" Msg::NavSkills => lazy SkillsRoute(SkillsPage);
        "/certification" Msg::NavCertification => lazy CertificationRoute(CertificationPage);
        "/cases" Msg::NavCases => lazy CasesRoute(CasesPage);
    }
    Msg::GroupMotivation => {
        "/pay" Msg::NavPay => lazy PayRoute(PayPage);
        "/pay/schemes" Msg::NavSchemes => lazy SchemesRoute(SchemesPage);
        "/contests" Msg::NavContests => lazy ContestsRoute(ContestsPage);
        "/development" Msg::NavDevelopment => lazy DevelopmentRoute(DevelopmentPage);
        "/one-on-ones" Msg::NavOneOnOnes => lazy OneOnOnesRoute(OneOnOnesPage);
    }
    Msg::NavTeam => {
        "/team" Msg::NavTeam => eager TeamPage;
        "/hiring" Msg::NavHiring => lazy HiringRoute(HiringPage);
    }
    Msg::NavData => {
        "/data" Msg::NavData => lazy DataRoute(DataPage);
    }
    Msg::NavSettings => {
        "/settings" Msg::NavSettings => lazy SettingsRoute(SettingsPage);
    }
    @reached_from_others {
        "/meetings/:id" => lazy MeetingRoute(MeetingPage);
        "/meetings/:id/protocol" => lazy ProtocolRoute(ProtocolPage);
        "/crm/fix/:id" => lazy CrmFixRoute(CrmFixPage);
        "/hiring/:id" => lazy CandidateRoute(CandidatePage);
        "/hiring/:id/final" => lazy FinalInterviewRoute(FinalInterviewPage);
        "/scripts/:id/read" => lazy ReaderRoute(ReaderPage);
        "/contests/:id/board" => lazy LeaderboardRoute(LeaderboardPage);
        "/team/:id" => lazy ManagerRoute(ManagerPage);
    }
}
