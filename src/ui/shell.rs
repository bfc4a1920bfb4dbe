//! The frame around every page: header with navigation (only screens that work), and the banners.

use super::i18n::Msg;
use super::routes::{Group, NAV};
use super::state::{AppState, Phase};
use leptos::prelude::*;
use leptos_router::components::A;

/// The group a page belongs to: the one listing it, or else the one whose page it lies under (a manager's card
/// under the team, a meeting under meetings).
fn group_of(path: &str) -> Option<usize> {
    let listed = |g: &Group| g.pages.iter().any(|(p, _)| *p == path);
    let under = |g: &Group| {
        g.pages
            .iter()
            .any(|(p, _)| *p != "/" && path.starts_with(&format!("{p}/")))
    };
    NAV.iter()
        .position(listed)
        .or_else(|| NAV.iter().position(under))
}

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
    // During a hand-over the tablet shows the test alone: no header, no navigation, wherever a reload lands.
    let navigate = leptos_router::hooks::use_navigate();
    let location_now = leptos_router::hooks::use_location();
    Effect::new(move |_| {
        if s.handover.get().is_some() && !location_now.pathname.get().ends_with("/certification") {
            navigate(&crate::ui::href("/certification"), Default::default());
        }
    });
    let location = leptos_router::hooks::use_location();
    let current = Memo::new(move |_| {
        let full = location.pathname.get();
        let base = crate::ui::href("");
        let path = full
            .strip_prefix(base.as_str())
            .unwrap_or(&full)
            .to_string();
        group_of(if path.is_empty() { "/" } else { &path })
    });
    view! {
        <Show when=move || s.handover.with(Option::is_none)>
        <header class="top">
            <a class="brand" href="./" title=s.tr(Msg::AppName)>
                <span class="logo" aria-hidden="true">"РОП"</span>
                <span class="brand-name">{title}</span>
            </a>
            <Show when=show_nav>
                <nav class="nav" aria-label=s.tr(Msg::NavGroups)>
                    {NAV.iter().enumerate().map(|(i, g)| {
                        let pages = g.pages.iter().map(|(p, _)| *p).collect::<Vec<_>>().join(" ");
                        view! {
                            <a href=crate::ui::href(g.pages[0].0) data-pages=pages class:current=move || current.get() == Some(i)
                                aria-current=move || (current.get() == Some(i)).then_some("true")>
                                {s.tr(g.name.clone())}
                            </a>
                        }
                    }).collect_view()}
                </nav>
                {move || current.get().filter(|i| NAV[*i].pages.len() > 1).map(|i| view! {
                    <nav class="subnav" aria-label=s.tr(Msg::NavPages)>
                        {NAV[i].pages.iter().map(|(p, name)| view! {
                            <A href=crate::ui::href(p) exact=true>{s.tr(name.clone())}</A>
                        }).collect_view()}
                    </nav>
                })}
            </Show>
        </header>
        </Show>
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
            {move || s.progress.get().map(|(done, total)| view! {
                <div class="banner info" data-test="progress">
                    <span>{s.t(Msg::Writing(done, total))}</span>
                    <progress max=total.to_string() value=done.to_string() aria-label=s.t(Msg::Writing(done, total))></progress>
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
