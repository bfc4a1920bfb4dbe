//! O2 CRM hygiene per person: next task set, overdue, stuck and complete deals, each with the counts behind it.

use crate::domain::core::locale::format_date;
use crate::domain::organisation::crm::hygiene::{trend, Check, Context, Hygiene, Parts};
use crate::domain::RecordId;
use crate::ui::components::widgets::TableScroller;
use crate::ui::pages::organisation::crm_words::CrmMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

fn check_cell(s: AppState, c: Check) -> impl IntoView {
    move || {
        if c.made == 0 {
            "—".to_string()
        } else {
            CrmMsg::CheckCell(c.failed, c.made).text(s.lang.get())
        }
    }
}

fn score_cell(s: AppState, p: Parts) -> impl IntoView {
    move || match p.score() {
        Some(v) => format!("{v} %"),
        None => {
            let _ = s.lang.get();
            "—".to_string()
        }
    }
}

#[component]
pub(super) fn HygieneTable() -> impl IntoView {
    let s = expect_context::<AppState>();
    let view_of = Memo::new(move |_| {
        s.data.with(|d| {
            let ctx = Context::at(d, today())?;
            let taken = ctx.snapshot.taken;
            let (people, total) = ctx.department(d);
            let rows: Vec<(RecordId, String, Parts, usize)> = people
                .iter()
                .map(|h: &Hygiene| {
                    (
                        h.manager,
                        d.short_name(h.manager).unwrap_or_default(),
                        h.parts,
                        h.deals.len() + h.overdue.len(),
                    )
                })
                .collect();
            Some((taken, rows, total, trend(d, &ctx.snapshot.source)))
        })
    });
    view! {
        {move || view_of.get().map(|(taken, rows, total, trend)| view! {
            <div class="card" data-test="hygiene">
                <h2>{move || CrmMsg::HygieneTitle(format_date(s.lang.get(), taken)).text(s.lang.get())}</h2>
                <p class="muted formula">{s.tr(CrmMsg::HygieneFormula)}</p>
                <TableScroller label=CrmMsg::Score>
                    <table class="compact hygiene">
                        <thead><tr>
                            <th scope="col">{s.tr(CrmMsg::Person)}</th>
                            <th scope="col" class="num">{s.tr(CrmMsg::OpenOfLimit)}</th>
                            <th scope="col" class="num">{s.tr(CrmMsg::NoTask)}</th>
                            <th scope="col" class="num">{s.tr(CrmMsg::Overdue)}</th>
                            <th scope="col" class="num">{s.tr(CrmMsg::Stuck)}</th>
                            <th scope="col" class="num">{s.tr(CrmMsg::Incomplete)}</th>
                            <th scope="col" class="num">{s.tr(CrmMsg::LostNoReason)}</th>
                            <th scope="col" class="num">{s.tr(CrmMsg::Score)}</th>
                            <th scope="col">{s.tr(CrmMsg::ToFix)}</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|(id, name, p, fix)| view! {
                                <tr data-manager=id.to_string()>
                                    <th scope="row">{name}</th>
                                    <td class="num" class:bad={p.over_limit > 0}>{format!("{} / {}", p.open, p.limit)}</td>
                                    <td class="num">{check_cell(s, p.next_task)}</td>
                                    <td class="num">{check_cell(s, p.overdue)}</td>
                                    <td class="num">{check_cell(s, p.stuck)}</td>
                                    <td class="num">{check_cell(s, p.complete)}</td>
                                    <td class="num">{check_cell(s, p.lost_reason)}</td>
                                    <td class="num score" data-test="hygiene-score">{score_cell(s, p)}</td>
                                    <td>{(fix > 0).then(|| view! {
                                        <a href=crate::ui::href(&format!("/crm/fix/{id}")) data-test="fix-list">{move || CrmMsg::FixCount(fix).text(s.lang.get())}</a>
                                    })}</td>
                                </tr>
                            }).collect_view()}
                            <tr class="total" data-test="hygiene-department">
                                <th scope="row">{s.tr(CrmMsg::Department)}</th>
                                <td class="num">{format!("{} / {}", total.open, total.limit)}</td>
                                <td class="num">{check_cell(s, total.next_task)}</td>
                                <td class="num">{check_cell(s, total.overdue)}</td>
                                <td class="num">{check_cell(s, total.stuck)}</td>
                                <td class="num">{check_cell(s, total.complete)}</td>
                                <td class="num">{check_cell(s, total.lost_reason)}</td>
                                <td class="num score">{score_cell(s, total)}</td>
                                <td>{move || { let t = total.total(); CrmMsg::CheckCell(t.failed, t.made).text(s.lang.get()) }}</td>
                            </tr>
                        </tbody>
                    </table>
                </TableScroller>
                {(trend.len() > 1).then(|| view! {
                    <p data-test="hygiene-trend"><strong>{s.tr(CrmMsg::Trend)}": "</strong>
                        {move || trend.iter().map(|(d, p)| format!("{} — {}", format_date(s.lang.get(), *d), p.score().map(|v| format!("{v} %")).unwrap_or("—".into()))).collect::<Vec<_>>().join(" · ")}
                    </p>
                })}
            </div>
        })}
    }
}
