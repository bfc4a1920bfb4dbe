//! The editor's what-if: the draft over the last closed months of real facts next to what was paid.

use crate::domain::core::bp::Bp;
use crate::domain::core::locale::{format_bp, format_money, month_title};
use crate::domain::motivation::what_if::WhatIf;
use crate::ui::pages::motivation::pay_words::PayMsg;
use crate::ui::pages::motivation::scheme_words::SchemeMsg;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The what-if's result: per month the paid and the draft cost and payroll shares; per person paid, draft and
/// the difference, largest change first.
#[component]
pub(super) fn WhatIfTable(w: WhatIf) -> impl IntoView {
    let s = expect_context::<AppState>();
    if w.months.is_empty() {
        return view! { <p class="empty">{s.t(SchemeMsg::NoClosedMonths)}</p> }.into_any();
    }
    let lang = s.lang.get_untracked();
    let cur = s.data.with_untracked(|d| d.settings().currency);
    let m = |v: i64| format_money(lang, v, &cur);
    let share = |bp: Option<Bp>| bp.map_or_else(|| "—".into(), |bp| format_bp(lang, bp));
    let signed = |v: i64| {
        if v > 0 {
            format!("+{}", format_money(lang, v, &cur))
        } else {
            format_money(lang, v, &cur)
        }
    };
    let total = w.total();
    view! {
        <div class="table-wrap">
            <table data-test="what-if-months">
                <thead><tr>
                    <th scope="col">{s.tr(SchemeMsg::Month)}</th>
                    <th scope="col" class="num">{s.tr(SchemeMsg::Paid)}</th>
                    <th scope="col" class="num">{s.tr(SchemeMsg::Draft)}</th>
                    <th scope="col" class="num">{s.tr(SchemeMsg::Difference)}</th>
                    <th scope="col" class="num">{s.tr(SchemeMsg::SharePaid)}</th>
                    <th scope="col" class="num">{s.tr(SchemeMsg::ShareDraft)}</th>
                </tr></thead>
                <tbody>
                    {w.months.iter().map(|x| view! {
                        <tr>
                            <td>{month_title(lang, x.month)}</td>
                            <td class="num">{m(x.paid)}</td>
                            <td class="num">{m(x.draft)}</td>
                            <td class="num">{signed(x.difference())}</td>
                            <td class="num">{share(x.share_paid())}</td>
                            <td class="num">{share(x.share_draft())}</td>
                        </tr>
                    }).collect_view()}
                    <tr class="total">
                        <th scope="row">{s.tr(SchemeMsg::CostTotal)}</th>
                        <td class="num">{m(total.paid)}</td>
                        <td class="num">{m(total.draft)}</td>
                        <td class="num" data-test="what-if-difference">{signed(total.difference())}</td>
                        <td></td><td></td>
                    </tr>
                </tbody>
            </table>
        </div>
        <div class="table-wrap">
            <table data-test="what-if-people">
                <thead><tr>
                    <th scope="col">{s.tr(PayMsg::Person)}</th>
                    <th scope="col" class="num">{s.tr(SchemeMsg::Paid)}</th>
                    <th scope="col" class="num">{s.tr(SchemeMsg::Draft)}</th>
                    <th scope="col" class="num">{s.tr(SchemeMsg::Difference)}</th>
                </tr></thead>
                <tbody>
                    {w.people.iter().map(|p| view! {
                        <tr>
                            <td>{s.data.with_untracked(|d| d.short_name(p.manager).unwrap_or_default())}</td>
                            <td class="num">{m(p.paid)}</td>
                            <td class="num">{m(p.draft)}</td>
                            <td class="num">{signed(p.difference())}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }.into_any()
}
