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
            <a class="brand" href="./" title=move || s.t(Msg::AppName)>
                <span class="logo" aria-hidden="true">"РОП"</span>
                <span class="brand-name">{title}</span>
            </a>
            <Show when=show_nav>
                <nav class="nav" aria-label="main">
                    <A href=crate::ui::href("/") exact=true>{move || s.t(Msg::Plan(PlanMsg::NavDashboard))}</A>
                    <A href=crate::ui::href("/plan")>{move || s.t(Msg::Plan(PlanMsg::NavPlan))}</A>
                    <A href=crate::ui::href("/facts")>{move || s.t(Msg::Plan(PlanMsg::NavFacts))}</A>
                    <A href=crate::ui::href("/meetings")>{move || s.t(Msg::Meet(super::meeting_text::MeetMsg::NavMeetings))}</A>
                    <A href=crate::ui::href("/actions")>{move || s.t(Msg::Plan(PlanMsg::NavActions))}</A>
                    <A href=crate::ui::href("/reports")>{move || s.t(Msg::Plan(PlanMsg::NavReports))}</A>
                    <A href=crate::ui::href("/marketing")>{move || s.t(Msg::Plan(PlanMsg::NavMarketing))}</A>
                    <A href=crate::ui::href("/team")>{move || s.t(Msg::NavTeam)}</A>
                    <A href=crate::ui::href("/data")>{move || s.t(Msg::NavData)}</A>
                    <A href=crate::ui::href("/settings")>{move || s.t(Msg::NavSettings)}</A>
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
                <div class="banner warn" data-test="unsaved">{move || s.t(Msg::NotSavedSession)}</div>
            </Show>
            {move || s.error.get().map(|m| view! {
                <div class="banner error" role="alert" data-test="error">
                    <span>{s.t(m)}</span>
                    <button class="link" on:click=move |_| s.error.set(None)>{s.t(Msg::Dismiss)}</button>
                </div>
            })}
            <Show when=move || s.reload_needed.get()>
                <div class="banner warn">
                    <span>{move || s.t(Msg::VersionChanged)}</span>
                    <button on:click=reload>{move || s.t(Msg::Reload)}</button>
                </div>
            </Show>
            <Show when=move || s.update_ready.get()>
                <div class="banner info" data-test="update">
                    <span>{move || s.t(Msg::UpdateAvailable)}</span>
                    <button on:click=move |_| super::offline::activate_update()>{move || s.t(Msg::Reload)}</button>
                </div>
            </Show>
            {move || s.notice.get().map(|m| view! { <div class="toast" data-test="notice">{s.t(m)}</div> })}
        </div>
    }
}
