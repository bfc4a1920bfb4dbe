//! The frame around every page: header with navigation (only screens that work), and the banners.

use super::i18n::Msg;
use super::plan_text::PlanMsg;
use super::state::{AppState, Phase};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let s = expect_context::<AppState>();
    let title = move || {
        let dept = s.data.with(|d| d.settings().department);
        if dept.is_empty() {
            s.t(Msg::AppName)
        } else {
            dept
        }
    };
    let show_nav = move || !s.data.with(|d| d.is_empty());
    view! {
        <header class="top">
            <a class="brand" href="./" title=s.tr(Msg::AppName)>
                <span class="logo" aria-hidden="true">"РОП"</span>
                <span class="brand-name">{title}</span>
            </a>
            <Show when=show_nav>
                <nav class="nav" aria-label="main">
                    <A href=crate::ui::href("/") exact=true>{s.tr(Msg::Plan(PlanMsg::NavDashboard))}</A>
                    <A href=crate::ui::href("/plan")>{s.tr(Msg::Plan(PlanMsg::NavPlan))}</A>
                    <A href=crate::ui::href("/facts")>{s.tr(Msg::Plan(PlanMsg::NavFacts))}</A>
                    <A href=crate::ui::href("/meetings")>{s.tr(Msg::Meet(super::meeting_text::MeetMsg::NavMeetings))}</A>
                    <A href=crate::ui::href("/actions")>{s.tr(Msg::Plan(PlanMsg::NavActions))}</A>
                    <A href=crate::ui::href("/reports")>{s.tr(Msg::Plan(PlanMsg::NavReports))}</A>
                    <A href=crate::ui::href("/marketing")>{s.tr(Msg::Plan(PlanMsg::NavMarketing))}</A>
                    <A href=crate::ui::href("/team")>{s.tr(Msg::NavTeam)}</A>
                    <A href=crate::ui::href("/data")>{s.tr(Msg::NavData)}</A>
                    <A href=crate::ui::href("/settings")>{s.tr(Msg::NavSettings)}</A>
                </nav>
            </Show>
        </header>
        <Banners/>
        <main class="page">{children()}</main>
    }
}

#[component]
fn Banners() -> impl IntoView {
    let s = expect_context::<AppState>();
    let reload = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    // A notice fades by itself after a moment; errors stay until dismissed.
    Effect::new(move |_| {
        if s.notice.get().is_some() {
            gloo::timers::callback::Timeout::new(2500, move || s.notice.set(None)).forget();
        }
    });
    view! {
        <div class="banners" role="status" aria-live="polite">
            <Show when=move || s.phase.get() == Phase::Unsaved>
                <div class="banner warn" data-test="unsaved">{s.tr(Msg::NotSavedSession)}</div>
            </Show>
            {move || s.error.get().map(|m| view! {
                <div class="banner error" role="alert" data-test="error">
                    <span>{s.t(m)}</span>
                    <button class="link" on:click=move |_| s.error.set(None)>{s.t(Msg::Dismiss)}</button>
                </div>
            })}
            <Show when=move || s.reload_needed.get()>
                <div class="banner warn">
                    <span>{s.tr(Msg::VersionChanged)}</span>
                    <button on:click=reload>{s.tr(Msg::Reload)}</button>
                </div>
            </Show>
            <Show when=move || s.update_ready.get()>
                <div class="banner info" data-test="update">
                    <span>{s.tr(Msg::UpdateAvailable)}</span>
                    <button on:click=move |_| super::offline::activate_update()>{s.tr(Msg::Reload)}</button>
                </div>
            </Show>
            {move || s.notice.get().map(|m| view! { <div class="toast" data-test="notice">{s.t(m)}</div> })}
        </div>
    }
}
