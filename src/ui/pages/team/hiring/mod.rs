//! O7 hiring at `/hiring`: the vacancy (picked, or a new one), its candidates as a board by stage for the tablet or
//! a list for the laptop, a new candidate, and the numbers: the funnel with its conversions, the time to hire and
//! the sources compared by their hires' first three months.

mod forms;
mod numbers;

use forms::{NewCandidate, NewVacancy};
use numbers::Numbers;

use crate::domain::team::hiring::board::{board, Card};
use crate::domain::team::hiring::stage::Stage;
use crate::domain::team::hiring::vacancy::Vacancy;
use crate::domain::RecordId;
use crate::ui::components::widgets::{TableScroller, WhenComplete};
use crate::ui::pages::team::vacancy_kit::VacancyKit;
use crate::ui::pages::team::words::HrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn HiringPage() -> impl IntoView {
    view! { <WhenComplete><Hiring/></WhenComplete> }
}

/// The vacancies, open ones first, each newest first.
fn vacancies(s: AppState) -> Vec<(RecordId, Vacancy)> {
    s.data.with(|d| {
        let mut v: Vec<(RecordId, Vacancy)> = d
            .live_records::<Vacancy>()
            .map(|r| (r.id, r.data.clone()))
            .collect();
        v.sort_by(|a, b| {
            b.1.is_open()
                .cmp(&a.1.is_open())
                .then(b.1.opened.cmp(&a.1.opened))
        });
        v
    })
}

#[component]
fn Hiring() -> impl IntoView {
    let s = expect_context::<AppState>();
    let list = Memo::new(move |_| vacancies(s));
    let picked = RwSignal::new(None::<RecordId>);
    let vacancy = Memo::new(move |_| {
        let all = list.get();
        picked
            .get()
            .filter(|id| all.iter().any(|(v, _)| v == id))
            .or_else(|| all.first().map(|(id, _)| *id))
    });
    let board = RwSignal::new(true);
    view! {
        <section class="hiring-page">
            <div class="page-head">
                <h1>{s.tr(HrMsg::Title)}</h1>
                <div class="segmented" role="group" aria-label=s.tr(HrMsg::Board)>
                    <button type="button" data-test="view-board" class:on=move || board.get() aria-pressed=move || board.get().to_string() on:click=move |_| board.set(true)>{s.tr(HrMsg::Board)}</button>
                    <button type="button" data-test="view-list" class:on=move || !board.get() aria-pressed=move || (!board.get()).to_string() on:click=move |_| board.set(false)>{s.tr(HrMsg::List)}</button>
                </div>
            </div>
            <p class="muted no-print">{s.tr(HrMsg::PersonalData)}</p>
            <div class="toolbar">
                <label class="stack"><span>{s.tr(HrMsg::Vacancy)}</span>
                    <select name="vacancy" data-test="vacancy" on:change=move |ev| picked.set(event_target_value(&ev).parse().ok())>
                        {move || list.get().into_iter().map(|(id, v)| {
                            let closed = !v.is_open();
                            view! { <option value=id.to_string() selected=move || vacancy.get() == Some(id)>{v.title.clone()}{closed.then_some(" ✓")}</option> }
                        }).collect_view()}
                    </select>
                </label>
            </div>
            {move || match vacancy.get() {
                None => view! { <p class="muted" data-test="no-vacancy">{s.tr(HrMsg::NoVacancy)}</p> }.into_any(),
                Some(v) => view! {
                    {move || if board.get() { view! { <Board vacancy=v/> }.into_any() } else { view! { <List vacancy=v/> }.into_any() }}
                    {move || s.data.with(|d| d.live::<Vacancy>(v).is_some_and(|r| r.data.is_open())).then(|| view! { <NewCandidate vacancy=v/> })}
                    <VacancyKit vacancy=v/>
                    <Numbers vacancy=v/>
                }.into_any(),
            }}
            <NewVacancy on_saved=Callback::new(move |id| picked.set(Some(id)))/>
        </section>
    }
}

fn rows(s: AppState, vacancy: RecordId) -> Vec<Card> {
    s.data.with(|d| board(d, vacancy, today()))
}

#[component]
fn Board(vacancy: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let all = Memo::new(move |_| rows(s, vacancy));
    view! {
        <TableScroller label=HrMsg::Board>
            <div class="hiring-board" data-test="board">
                {Stage::ALL.into_iter().map(|stage| view! {
                    <section class="board-column" data-stage=format!("{stage:?}")>
                        <h2>{s.tr(HrMsg::StageShort(stage))}" "
                            <small>{move || all.with(|r| r.iter().filter(|c| c.stage == stage && !c.left).count())}</small>
                        </h2>
                        {move || all.get().into_iter().filter(|c| c.stage == stage && !c.left).map(|c| {
                            let days = c.days_here;
                            view! {
                                <A href=crate::ui::href(&format!("/hiring/{}", c.id)) attr:class="candidate-card" attr:data-test="candidate-card">
                                    <strong>{c.name.clone()}</strong>
                                    <span class="muted">{c.source.clone()}</span>
                                    <span class="muted">{move || HrMsg::DaysHere(days).text(s.lang.get())}</span>
                                </A>
                            }
                        }).collect_view()}
                    </section>
                }).collect_view()}
            </div>
        </TableScroller>
        <LeftList all=all/>
    }
}

#[component]
fn LeftList(all: Memo<Vec<Card>>) -> impl IntoView {
    let s = expect_context::<AppState>();
    view! {
        <details class="card">
            <summary><h2 class="inline">{s.tr(HrMsg::Left)}" "{move || all.with(|r| r.iter().filter(|c| c.left).count())}</h2></summary>
            <ul class="plain">
                {move || all.get().into_iter().filter(|c| c.left).map(|c| view! {
                    <li><A href=crate::ui::href(&format!("/hiring/{}", c.id))>{if c.name.is_empty() { "—".to_string() } else { c.name.clone() }}</A>
                        " · "{s.tr(HrMsg::StageName(c.stage))}</li>
                }).collect_view()}
            </ul>
        </details>
    }
}

#[component]
fn List(vacancy: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let all = Memo::new(move |_| rows(s, vacancy));
    view! {
        <TableScroller label=HrMsg::List>
            <table class="grid" data-test="candidate-list">
                <thead><tr>
                    <th scope="col">{s.tr(HrMsg::FullName)}</th>
                    <th scope="col">{s.tr(HrMsg::MoveTo)}</th>
                    <th scope="col">{s.tr(HrMsg::On)}</th>
                    <th scope="col">{s.tr(HrMsg::Source)}</th>
                    <th scope="col">{s.tr(HrMsg::Applied)}</th>
                </tr></thead>
                <tbody>
                    {move || all.get().into_iter().map(|c| view! {
                        <tr class:muted=c.left>
                            <th scope="row"><A href=crate::ui::href(&format!("/hiring/{}", c.id))>{if c.name.is_empty() { "—".to_string() } else { c.name.clone() }}</A></th>
                            <td>{s.tr(HrMsg::StageName(c.stage))}{c.left.then(|| view! { " · "{s.tr(HrMsg::Left)} })}</td>
                            <td>{move || crate::domain::core::locale::format_date(s.lang.get(), c.since)}</td>
                            <td>{c.source.clone()}</td>
                            <td>{move || crate::domain::core::locale::format_date(s.lang.get(), c.applied)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </TableScroller>
    }
}
