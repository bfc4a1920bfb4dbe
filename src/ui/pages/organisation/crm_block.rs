//! O2/O3 the CRM step of the stand-up and the weekly meeting: each person's hygiene score and what they must fix
//! (from the latest snapshot up to the meeting's day), the department's trend across snapshots, and the joint
//! calls with hard clients set for the day.

use crate::domain::core::locale::format_date;
use crate::domain::organisation::crm::hygiene::{trend, Context};
use crate::domain::organisation::hard_client::joint_calls_on;
use crate::ui::components::widgets::WhenComplete;
use crate::ui::pages::organisation::client_words::ClientMsg;
use crate::ui::pages::organisation::crm_words::CrmMsg;
use crate::ui::state::AppState;
use chrono::NaiveDate;
use leptos::prelude::*;

#[component]
pub fn CrmBlock(date: NaiveDate) -> impl IntoView {
    view! { <WhenComplete><CrmStep date=date/></WhenComplete> }
}

#[component]
fn CrmStep(date: NaiveDate) -> impl IntoView {
    let s = expect_context::<AppState>();
    let view_of = Memo::new(move |_| {
        s.data.with(|d| {
            let hygiene = Context::at(d, date).map(|ctx| {
                let (people, total) = ctx.department(d);
                let rows: Vec<(String, String, Option<u32>, usize)> = people
                    .iter()
                    .map(|h| {
                        (
                            h.manager.to_string(),
                            d.short_name(h.manager).unwrap_or_default(),
                            h.parts.score(),
                            h.deals.len() + h.overdue.len(),
                        )
                    })
                    .collect();
                let trend: Vec<Option<u32>> = trend(d, &ctx.snapshot.source)
                    .into_iter()
                    .filter(|(t, _)| *t <= date)
                    .map(|(_, p)| p.score())
                    .collect();
                (ctx.snapshot.taken, rows, total.score(), trend)
            });
            let calls: Vec<(String, String, String)> = joint_calls_on(d, date)
                .into_iter()
                .map(|(_, e)| {
                    (
                        d.short_name(e.manager).unwrap_or_default(),
                        e.client.clone(),
                        e.why.clone(),
                    )
                })
                .collect();
            (hygiene, calls)
        })
    });
    view! {
        {move || {
            let (hygiene, calls) = view_of.get();
            view! {
                {match hygiene {
                    None => view! { <p class="muted">{s.tr(CrmMsg::NoSnapshots)}</p> }.into_any(),
                    Some((taken, rows, total, trend)) => view! {
                        <div class="mm-card crm-step" data-test="crm-step">
                            <h3>{move || CrmMsg::HygieneTitle(format_date(s.lang.get(), taken)).text(s.lang.get())}</h3>
                            <ul class="mm-list">
                                {rows.into_iter().map(|(id, name, score, fix)| view! {
                                    <li data-manager=id.clone()>
                                        <a href=crate::ui::href(&format!("/crm/fix/{id}"))>{move || CrmMsg::CrmBlockLine(name.clone(), score, fix).text(s.lang.get())}</a>
                                    </li>
                                }).collect_view()}
                            </ul>
                            <p><strong>{s.tr(CrmMsg::Department)}": "</strong>{total.map(|v| format!("{v} %")).unwrap_or("—".into())}
                                {(trend.len() > 1).then(|| format!(" ({})", trend.iter().map(|v| v.map(|x| format!("{x} %")).unwrap_or("—".into())).collect::<Vec<_>>().join(" → ")))}
                            </p>
                        </div>
                    }.into_any(),
                }}
                {(!calls.is_empty()).then(|| view! {
                    <div class="mm-card" data-test="joint-calls">
                        <h3>{s.tr(ClientMsg::JointCallsToday)}</h3>
                        <ul class="mm-list">
                            {calls.into_iter().map(|(who, client, why)| view! { <li><strong>{who}</strong>" · "{client}" — "{why}</li> }).collect_view()}
                        </ul>
                        <a href=crate::ui::href("/hard-clients")>{s.tr(ClientMsg::HardTitle)}" →"</a>
                    </div>
                })}
            }
        }}
    }
}
