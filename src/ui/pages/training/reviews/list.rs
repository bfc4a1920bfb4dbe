//! T4 the reviews with each score, and the spread when several reviewers scored one call.

use super::{points_text, spread_class};
use crate::domain::core::locale::format_date;
use crate::domain::training::review::{calibration, reviews, score, Reviewer, Subject};
use crate::domain::training::scorecard::Scorecard;
use crate::ui::pages::training::words::TrMsg;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub(super) fn ReviewList() -> impl IntoView {
    let s = expect_context::<AppState>();
    let rows = Memo::new(move |_| {
        s.data.with(|d| {
            reviews(d, None)
                .into_iter()
                .take(40)
                .map(|(id, r)| {
                    let total = d
                        .live::<Scorecard>(r.scorecard)
                        .map(|c| score(r, &c.data).total)
                        .unwrap_or_default();
                    // The spread and the criteria the reviewers disagree on most (by their text).
                    let spread = calibration(d, id).map(|c| {
                        let card = d.live::<Scorecard>(r.scorecard);
                        let mut apart: Vec<(u32, String)> = c
                            .criteria
                            .iter()
                            .filter(|(_, p)| **p > 0)
                            .filter_map(|(cid, p)| {
                                Some((*p, card?.data.criterion(*cid)?.text.clone()))
                            })
                            .collect();
                        apart.sort_by_key(|a| std::cmp::Reverse(a.0));
                        (c.spread, apart)
                    });
                    (id, r.clone(), total, spread)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="card table-wrap">
            <h2>{s.tr(TrMsg::ReviewsList)}</h2>
            <table data-test="reviews">
                <thead><tr>
                    <th scope="col">{s.tr(TrMsg::Date)}</th><th scope="col">{s.tr(TrMsg::Person)}</th><th scope="col">{s.tr(TrMsg::What)}</th>
                    <th scope="col">{s.tr(TrMsg::Reviewer)}</th><th scope="col">{s.tr(TrMsg::Score)}</th><th scope="col">{s.tr(TrMsg::Calibration)}</th>
                </tr></thead>
                <tbody>
                    {move || rows.get().into_iter().map(|(_, r, total, spread)| {
                        let who = s.data.with(|d| d.short_name(r.manager).unwrap_or_default());
                        let what = match &r.subject {
                            Subject::Call { client, .. } => client.clone(),
                            Subject::RolePlay { scenario, .. } => format!("{}: {scenario}", s.t(TrMsg::RolePlay)),
                        };
                        let reviewer = match &r.reviewer { Reviewer::Head => s.t(TrMsg::Head), Reviewer::Quality { name } => name.clone() };
                        view! {
                            <tr>
                                <td>{move || format_date(s.lang.get(), r.date)}</td>
                                <td>{who}</td>
                                <td>{what}</td>
                                <td>{reviewer}</td>
                                <td class="num">{points_text(s, total)}</td>
                                <td>{spread.map(|(sp, apart)| view! {
                                    <details class="spread">
                                        <summary><span class=spread_class(sp) data-test="spread">{move || TrMsg::Spread(sp).text(s.lang.get())}</span></summary>
                                        <ul class="plain">{apart.into_iter().map(|(p, text)| view! { <li>{text}" — "{move || TrMsg::Spread(p).text(s.lang.get())}</li> }).collect_view()}</ul>
                                    </details>
                                })}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
