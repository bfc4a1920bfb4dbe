//! Motivation on a person's card: thank-yous and badges (public), the development plan's overdue steps and the
//! last one-on-one (personal, behind links to their pages).

use crate::domain::core::locale::format_date;
use crate::domain::motivation::badge::badges;
use crate::domain::motivation::development::plan_of;
use crate::domain::motivation::one_on_one::last_held;
use crate::domain::motivation::recognition::{recent, Span};
use crate::domain::RecordId;
use crate::ui::href;
use crate::ui::pages::motivation::words::MotMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn MotivationOnCard(manager: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let t = today();
    let thanks = Memo::new(move |_| {
        s.data.with(|d| {
            recent(d, Some(manager), t, Span::Year)
                .into_iter()
                .take(5)
                .map(|(_, r)| (r.date, r.reason.clone()))
                .collect::<Vec<_>>()
        })
    });
    let earned = Memo::new(move |_| {
        s.data.with(|d| {
            badges(d, Some(manager), t)
                .into_iter()
                .map(|b| (b.rule, b.earned))
                .collect::<Vec<_>>()
        })
    });
    let overdue = Memo::new(move |_| {
        s.data.with(|d| {
            plan_of(d, manager)
                .map(|p| {
                    p.overdue(t)
                        .into_iter()
                        .map(|(_, st)| (st.text.clone(), st.due))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let talk = Memo::new(move |_| s.data.with(|d| last_held(d, manager, t)));
    view! {
        <section class="card" data-test="card-motivation">
            <h2>{s.tr(MotMsg::Recognition)}</h2>
            {move || {
                let list = thanks.get();
                if list.is_empty() {
                    return view! { <p class="empty">{s.t(MotMsg::NoRecognitions)}</p> }.into_any();
                }
                view! {
                    <ul class="plain">
                        {list.into_iter().map(|(date, why)| view! {
                            <li>{why} " " <span class="muted">{move || format_date(s.lang.get(), date)}</span></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <h3>{s.tr(MotMsg::Badges)}</h3>
            {move || {
                let list = earned.get();
                if list.is_empty() {
                    return view! { <p class="empty">{s.t(MotMsg::NoBadges)}</p> }.into_any();
                }
                view! {
                    <ul class="plain badges" data-test="card-badges">
                        {list.into_iter().map(|(rule, date)| view! {
                            <li><span class="badge">"★"</span> {move || s.t(MotMsg::BadgeName(rule))} " " <span class="muted">{move || format_date(s.lang.get(), date)}</span></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {move || {
                let list = overdue.get();
                (!list.is_empty()).then(|| view! {
                    <h3>{s.tr(MotMsg::OverdueSteps)}</h3>
                    <ul class="plain" data-test="card-overdue-steps">
                        {list.into_iter().map(|(text, due)| view! {
                            <li>{text} " " <span class="chip warn">{move || format_date(s.lang.get(), due)}</span></li>
                        }).collect_view()}
                    </ul>
                })
            }}
            <p class="toolbar">
                <a href=href(&format!("/development?who={manager}"))>{s.tr(MotMsg::DevelopmentTitle)}</a>
                <a href=href("/one-on-ones")>
                    {s.tr(MotMsg::OneOnOnesTitle)}
                    {move || talk.get().map(|d| format!(" · {} {}", s.t(MotMsg::Last).to_lowercase(), format_date(s.lang.get(), d)))}
                </a>
            </p>
        </section>
    }
}
