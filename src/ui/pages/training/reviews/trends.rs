//! T4 one person's trend per criterion, the weak ones, and where to send them.

use super::points_text;
use crate::domain::core::date::month_start;
use crate::domain::core::locale::month_title;
use crate::domain::training::review::{criterion_trend, weak_criteria, Points};
use crate::domain::training::scorecard::{scorecards, Remedy, Scorecard};
use crate::domain::RecordId;
use crate::ui::components::widgets::active_people;
use crate::ui::href;
use crate::ui::pages::training::words::TrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub(super) fn PersonTrends(person: RwSignal<Option<RecordId>>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let people = active_people(s);
    let data = Memo::new(move |_| {
        let who = person.get()?;
        s.data.with(|d| {
            let months: Vec<chrono::NaiveDate> = (0..4)
                .rev()
                .map(|k| crate::domain::core::date::add_months(month_start(today()), -k))
                .collect();
            let mut rows = Vec::new();
            for (card_id, card) in scorecards(d) {
                for c in &card.criteria {
                    let trend = criterion_trend(d, who, card_id, c.id);
                    if trend.is_empty() {
                        continue;
                    }
                    let cells: Vec<Option<Points>> = months
                        .iter()
                        .map(|m| trend.iter().find(|(tm, _)| tm == m).map(|(_, p)| *p))
                        .collect();
                    rows.push((c.text.clone(), cells));
                }
            }
            let weak: Vec<(String, Points, Option<Remedy>)> = weak_criteria(d, who)
                .into_iter()
                .filter_map(|w| {
                    let card = d.live::<Scorecard>(w.scorecard)?;
                    let c = card.data.criterion(w.criterion)?;
                    Some((c.text.clone(), w.points, c.remedy))
                })
                .collect();
            Some((months, rows, weak))
        })
    });
    let remedy_link = move |r: Remedy| -> AnyView {
        let (path, label) = s.data.with_untracked(|d| match r {
            Remedy::Case(id) => (
                "/cases".to_string(),
                d.live::<crate::domain::training::case::Case>(id)
                    .map(|c| c.data.problem.clone()),
            ),
            Remedy::Script(id) => (
                format!("/scripts?id={id}"),
                d.live::<crate::domain::training::script::Script>(id)
                    .map(|x| x.data.name.clone()),
            ),
            Remedy::Event(id) => (
                "/training".to_string(),
                d.live::<crate::domain::training::event::TrainingEvent>(id)
                    .map(|x| x.data.title.clone()),
            ),
        });
        view! { <a href=href(&path)>{label.unwrap_or_default()}</a> }.into_any()
    };
    view! {
        <div class="card">
            <div class="card-head">
                <h2>{s.tr(TrMsg::Trends)}</h2>
                <select name="trend-person" aria-label=s.tr(TrMsg::Person) on:change=move |ev| person.set(event_target_value(&ev).parse().ok())>
                    {people.into_iter().map(|(id, n)| view! { <option value=id.to_string() selected=move || person.get() == Some(id)>{n}</option> }).collect_view()}
                </select>
            </div>
            {move || data.get().map(|(months, rows, weak)| view! {
                <div class="table-wrap">
                    <table data-test="trends">
                        <thead><tr><th scope="col">{s.tr(TrMsg::Criterion)}</th>{months.iter().map(|m| { let m = *m; view! { <th scope="col">{move || month_title(s.lang.get(), m)}</th> } }).collect_view()}</tr></thead>
                        <tbody>
                            {rows.into_iter().map(|(text, cells)| view! {
                                <tr><th scope="row">{text}</th>{cells.into_iter().map(|c| view! { <td class="num">{c.map(|p| points_text(s, p)).unwrap_or_else(|| "—".into())}</td> }).collect_view()}</tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <h3>{s.tr(TrMsg::WeakTitle)}</h3>
                {if weak.is_empty() {
                    view! { <p class="muted">{s.tr(TrMsg::NoWeak)}</p> }.into_any()
                } else {
                    view! { <ul class="plain" data-test="weak">{weak.into_iter().map(|(text, p, remedy)| view! {
                        <li>{text}" — "{points_text(s, p)}{remedy.map(|r| view! { " → " {remedy_link(r)} })}</li>
                    }).collect_view()}</ul> }.into_any()
                }}
            })}
        </div>
    }
}
