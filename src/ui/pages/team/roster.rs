//! The team list: search, those who left on request, who is away today.

use crate::domain::{Manager, Record};
use crate::ui::components::widgets::WhenLoaded;
use crate::ui::i18n::Msg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn TeamPage() -> impl IntoView {
    view! { <WhenLoaded><TeamList/></WhenLoaded> }
}

#[component]
fn TeamList() -> impl IntoView {
    let s = expect_context::<AppState>();
    let query = RwSignal::new(String::new());
    let show_left = RwSignal::new(false);
    let rows = Memo::new(move |_| {
        let q = query.get().trim().to_lowercase();
        let show_left = show_left.get();
        let day = today();
        s.data.with(|d| {
            d.managers_by_name()
                .into_iter()
                .filter(|m| show_left || m.data.is_active())
                .filter(|m| q.is_empty() || matches(&m.data, &q))
                .map(|m| {
                    let away = d.absences_of(m.id).iter().any(|a| a.data.covers(day));
                    let talk = crate::domain::motivation::one_on_one::last_held(d, m.id, day);
                    // T5: certificates expired or due for re-certification.
                    let certs: Vec<crate::domain::training::certification::CertStatus> =
                        crate::domain::training::certification::attention(d, m.id, day)
                            .into_iter()
                            .map(|(_, c)| c.status(day))
                            .collect();
                    (m.clone(), away, talk, certs)
                })
                .collect::<Vec<_>>()
        })
    });
    let active = move || {
        s.data.with(|d| {
            d.live_records::<Manager>()
                .filter(|m| m.data.is_active())
                .count()
        })
    };
    view! {
        <section class="team">
            <div class="page-head">
                <h1>{s.tr(Msg::TeamTitle)} " " <small data-test="team-count">{s.tr(Msg::TeamCount(active()))}</small></h1>
                <A href=crate::ui::href("/team/new") attr:class="button primary" attr:data-test="add-manager">{s.tr(Msg::AddManager)}</A>
            </div>
            <div class="toolbar">
                <input type="search" class="search" data-test="search"
                    placeholder=s.tr(Msg::Search) aria-label=s.tr(Msg::Search)
                    prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev))/>
                <label class="check">
                    <input type="checkbox" prop:checked=move || show_left.get()
                        on:change=move |ev| show_left.set(event_target_checked(&ev))/>
                    <span>{s.tr(Msg::ShowArchived)}</span>
                </label>
            </div>
            {move || {
                let list = rows.get();
                if list.is_empty() {
                    let msg = if query.with(|q| q.trim().is_empty()) { Msg::NoManagers } else { Msg::NoMatches };
                    return view! { <p class="empty">{s.t(msg)}</p> }.into_any();
                }
                view! {
                    <ul class="managers" data-test="managers">
                        {list.into_iter().map(|(m, away, talk, certs)| view! { <ManagerRow m=m away=away talk=talk certs=certs/> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

fn matches(m: &Manager, q: &str) -> bool {
    m.full_name.to_lowercase().contains(q)
        || m.phone.contains(q)
        || m.email.to_lowercase().contains(q)
}

#[component]
fn ManagerRow(
    m: Record<Manager>,
    away: bool,
    talk: Option<chrono::NaiveDate>,
    certs: Vec<crate::domain::training::certification::CertStatus>,
) -> impl IntoView {
    use crate::domain::training::certification::CertStatus;
    let expired = certs.iter().filter(|c| **c == CertStatus::Expired).count();
    let due = certs.iter().filter(|c| **c == CertStatus::Due).count();
    let s = expect_context::<AppState>();
    let href = crate::ui::href(&format!("/team/{}", m.id));
    let data = m.data;
    let status = data.status;
    let (role, hired, active) = (data.role, data.hired, data.is_active());
    view! {
        <li class="manager" class:left=!active>
            <A href=href attr:class="manager-link">
                <span class="name" data-test="manager-name">{data.full_name.clone()}</span>
                <span class="meta">
                    <span class="role">{s.tr(Msg::RoleName(role))}</span>
                    <span class="hired">{move || format!("{} {}", s.t(Msg::Hired), crate::domain::core::locale::format_date(s.lang.get(), hired))}</span>
                </span>
                <span class="chips">
                    {match status {
                        crate::domain::ManagerStatus::Left { on } => Some(view! { <span class="chip muted">{s.tr(Msg::LeftOn(on))}</span> }),
                        _ => None,
                    }}
                    {away.then(|| view! { <span class="chip warn">{s.tr(Msg::AwayNow)}</span> })}
                    {talk.map(|d| view! { <span class="chip muted" data-test="last-one-on-one">{move || s.t(Msg::LastOneOnOne(d))}</span> })}
                    {(expired > 0).then(|| view! { <span class="chip bad" data-test="cert-expired">{s.tr(Msg::CertExpired(expired))}</span> })}
                    {(due > 0).then(|| view! { <span class="chip warn" data-test="cert-due">{s.tr(Msg::CertDue(due))}</span> })}
                </span>
            </A>
        </li>
    }
}
