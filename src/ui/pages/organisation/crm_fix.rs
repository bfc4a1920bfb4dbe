//! O2 one person's list of deals to fix as of the latest CRM snapshot, at `/crm/fix/:id`: each deal with what is
//! wrong with it, and the overdue tasks; printed on A4 and handed over.

use crate::domain::core::locale::{format_date, format_money_whole};
use crate::domain::organisation::crm::hygiene::{Context, Fault};
use crate::domain::RecordId;
use crate::ui::components::widgets::TableScroller;
use crate::ui::components::widgets::WhenComplete;
use crate::ui::pages::organisation::crm_words::CrmMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn CrmFixPage() -> impl IntoView {
    view! { <WhenComplete><FixList/></WhenComplete> }
}

/// A deal's line: its CRM id, name, stage, amount and what to fix.
#[derive(Clone, Debug, PartialEq)]
struct Line {
    id: String,
    name: String,
    stage: String,
    amount: i64,
    faults: Vec<Fault>,
}

#[component]
fn FixList() -> impl IntoView {
    let s = expect_context::<AppState>();
    let params = use_params_map();
    let who =
        Memo::new(move |_| params.with(|p| p.get("id").and_then(|v| v.parse::<RecordId>().ok())));
    let list = Memo::new(move |_| {
        let who = who.get()?;
        s.data.with(|d| {
            let ctx = Context::at(d, today())?;
            let h = ctx.person(who);
            let deals: Vec<Line> = h
                .deals
                .iter()
                .map(|t| Line {
                    id: t.deal.id.clone(),
                    name: t.deal.name.clone(),
                    stage: t.deal.stage.clone(),
                    amount: t.deal.amount,
                    faults: t.faults.clone(),
                })
                .collect();
            let overdue: Vec<(String, String, chrono::NaiveDate)> = h
                .overdue
                .iter()
                .map(|t| (t.deal.clone(), t.name.clone(), t.deadline))
                .collect();
            Some((
                d.short_name(who).unwrap_or_default(),
                ctx.snapshot.taken,
                deals,
                overdue,
                h.parts.score(),
            ))
        })
    });
    let currency = s.data.with_untracked(|d| d.settings().currency);
    let print = move |_| {
        let _ = gloo::utils::window().print();
    };
    view! {
        <section class="fix-page">
            {move || match list.get() {
                None => view! { <p class="muted">{s.tr(CrmMsg::NoSnapshots)}</p> }.into_any(),
                Some((name, taken, deals, overdue, score)) => {
                    let currency = currency.clone();
                    let (fix_count, overdue_count) = (deals.len(), overdue.len());
                    view! {
                        <div class="page-head">
                            <h1>{move || CrmMsg::FixTitle(name.clone(), format_date(s.lang.get(), taken)).text(s.lang.get())}</h1>
                            <div class="actions no-print">
                                <a class="button secondary" href=crate::ui::href("/crm")>{s.tr(CrmMsg::BackToCrm)}</a>
                                <button data-test="print-fix" on:click=print>{s.tr(CrmMsg::Print)}</button>
                            </div>
                        </div>
                        <p>{move || CrmMsg::FixSummary(fix_count, overdue_count, score).text(s.lang.get())}</p>
                        <TableScroller label=CrmMsg::WhatToFix>
                            <table class="compact fix-list" data-test="fix-deals">
                                <thead><tr>
                                    <th scope="col">"ID"</th>
                                    <th scope="col">{s.tr(CrmMsg::Deal)}</th>
                                    <th scope="col">{s.tr(CrmMsg::Stage)}</th>
                                    <th scope="col" class="num">{s.tr(CrmMsg::Amount)}</th>
                                    <th scope="col">{s.tr(CrmMsg::WhatToFix)}</th>
                                    <th scope="col" class="print-only">{s.tr(CrmMsg::Done)}</th>
                                </tr></thead>
                                <tbody>
                                    {deals.iter().cloned().map(|l| {
                                        let c = currency.clone();
                                        view! {
                                            <tr>
                                                <td>{l.id.clone()}</td>
                                                <td>{l.name.clone()}</td>
                                                <td>{l.stage.clone()}</td>
                                                <td class="num">{move || format_money_whole(s.lang.get(), l.amount, &c)}</td>
                                                <td><ul class="faults">{l.faults.iter().cloned().map(|f| view! { <li>{move || CrmMsg::FaultText(f.clone()).text(s.lang.get())}</li> }).collect_view()}</ul></td>
                                                <td class="print-only">"☐"</td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </TableScroller>
                        {(!overdue.is_empty()).then(|| view! {
                            <h2>{s.tr(CrmMsg::OverdueTasks)}</h2>
                            <ul data-test="fix-overdue">
                                {overdue.iter().cloned().map(|(deal, name, due)| view! {
                                    <li>{move || CrmMsg::OverdueTask(name.clone(), deal.clone(), format_date(s.lang.get(), due)).text(s.lang.get())}</li>
                                }).collect_view()}
                            </ul>
                        })}
                    }.into_any()
                }
            }}
        </section>
    }
}
