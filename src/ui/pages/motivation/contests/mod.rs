//! M2 contests and recognition at `/contests`: each contest with its live standings and the numbers behind every
//! score, closing one with its winners kept, a new contest, thank-yous, the badges earned and the rules that award
//! them. `/contests/:id/board` is the leaderboard for the meeting-room screen. Public: nothing personal here.

mod form;
mod leaderboard;
mod recognition;

use form::ContestForm;
use leaderboard::Leaderboard;
use recognition::{BadgesCard, RecognitionCard};

use crate::domain::core::locale::format_date;
use crate::domain::motivation::contest::{close, listed, standings, Contest, Scoring, Standing};
use crate::domain::planning::metric::catalog;
use crate::domain::{Dataset, Lang, RecordId};
use crate::ui::components::widgets::WhenLoaded;
use crate::ui::href;
use crate::ui::i18n::Msg;
use crate::ui::pages::motivation::words::{score_text, value_text, MotMsg};
use crate::ui::pages::planning::words::metric_name;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn ContestsPage() -> impl IntoView {
    view! { <WhenLoaded><Contests/></WhenLoaded> }
}

#[component]
pub fn LeaderboardPage() -> impl IntoView {
    view! { <WhenLoaded><Leaderboard/></WhenLoaded> }
}

pub(super) fn metric_title(data: &Dataset, lang: Lang, metric: RecordId) -> String {
    catalog(data)
        .into_iter()
        .find(|m| m.id == metric)
        .map(|m| metric_name(&m, lang))
        .unwrap_or_default()
}

#[component]
fn Contests() -> impl IntoView {
    let s = expect_context::<AppState>();
    let list = Memo::new(move |_| {
        s.data.with(|d| {
            listed(d, today())
                .into_iter()
                .map(|(id, c)| (id, c.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="contests-page">
            <div class="page-head"><h1>{s.tr(MotMsg::ContestsTitle)}</h1></div>
            {move || {
                let all = list.get();
                if all.is_empty() {
                    return view! { <div class="card"><p class="empty">{s.t(MotMsg::NoContests)}</p></div> }.into_any();
                }
                all.into_iter().map(|(id, c)| view! { <ContestCard id=id contest=c/> }).collect_view().into_any()
            }}
            <div class="card"><h2>{s.tr(MotMsg::NewContest)}</h2><ContestForm/></div>
            <RecognitionCard/>
            <BadgesCard/>
        </section>
    }
}

#[component]
fn ContestCard(id: RecordId, contest: Contest) -> impl IntoView {
    let s = expect_context::<AppState>();
    let t = today();
    let c = StoredValue::new(contest.clone());
    let rows = Memo::new(move |_| s.data.with(|d| standings(d, &c.get_value(), t)));
    let status = if !contest.winners.is_empty() {
        MotMsg::Closed
    } else if contest.is_running(t) {
        MotMsg::Running
    } else if contest.from > t {
        MotMsg::Upcoming
    } else {
        MotMsg::Finished
    };
    let close_it = move |_| {
        let closed = s.data.with_untracked(|d| close(d, &c.get_value(), today()));
        if let Ok(closed) = closed {
            s.put(id, closed);
        }
    };
    let remove = move |_| {
        s.remove::<Contest>(id);
    };
    let can_close = contest.can_close(t);
    let days_left = contest.days_left(t);
    let base_title = match contest.scoring {
        Scoring::Absolute => None,
        Scoring::PlanShare => Some(MotMsg::PeriodPlan),
        Scoring::Growth => Some(MotMsg::Before),
    };
    let winners = contest.winners.clone();
    let prizes = contest.prizes.clone();
    view! {
        <article class="card contest" data-test="contest">
            <div class="contest-head">
                <h2>{contest.name.clone()}</h2>
                <span class="chip">{s.tr(status)}</span>
                {days_left.map(|d| view! { <span class="chip muted">{move || s.t(MotMsg::DaysLeft(d))}</span> })}
            </div>
            <p class="muted">
                {move || s.data.with(|d| metric_title(d, s.lang.get(), c.get_value().metric))} " · "
                {move || format!("{} – {}", format_date(s.lang.get(), c.get_value().from), format_date(s.lang.get(), c.get_value().to))} " · "
                {move || s.t(MotMsg::ScoringName(c.get_value().scoring))}
            </p>
            {(!prizes.is_empty()).then(|| view! {
                <p class="prizes"><strong>{s.tr(MotMsg::Prizes)} ": "</strong>
                    {prizes.iter().enumerate().map(|(i, p)| format!("{} — {p}", i + 1)).collect::<Vec<_>>().join("; ")}
                </p>
            })}
            {(!winners.is_empty()).then(|| view! {
                <p class="winners" data-test="winners"><strong>{s.tr(MotMsg::Winners)} ": "</strong>
                    {move || s.data.with(|d| winners.iter().map(|w| format!("{}. {}", w.place, d.short_name(w.manager).unwrap_or_default())).collect::<Vec<_>>().join(", "))}
                </p>
            })}
            <div class="table-wrap">
                <table class="standings-table" data-test="contest-standings">
                    <thead><tr>
                        <th scope="col">{s.tr(MotMsg::Place)}</th>
                        <th scope="col">{s.tr(MotMsg::Participant)}</th>
                        <th scope="col" class="num">{s.tr(MotMsg::Fact)}</th>
                        {base_title.clone().map(|b| view! { <th scope="col" class="num">{s.tr(b)}</th> })}
                        <th scope="col" class="num">{s.tr(MotMsg::Score)}</th>
                    </tr></thead>
                    <tbody>
                        {move || {
                            let lang = s.lang.get();
                            let has_base = base_title.is_some();
                            rows.get().into_iter().map(|r: Standing| s.data.with(|d| {
                                let cv = c.get_value();
                                view! {
                                    <tr>
                                        <td>{if r.place > 0 { r.place.to_string() } else { "—".into() }}</td>
                                        <td>{d.short_name(r.manager).unwrap_or_default()}</td>
                                        <td class="num">{value_text(d, lang, cv.metric, r.fact)}</td>
                                        {has_base.then(|| view! { <td class="num">{r.base.map(|b| value_text(d, lang, cv.metric, b)).unwrap_or_else(|| "—".into())}</td> })}
                                        <td class="num"><strong>{score_text(d, lang, &cv, r.score)}</strong></td>
                                    </tr>
                                }
                            })).collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            <div class="toolbar">
                <a class="button" data-test="leaderboard-link" href=href(&format!("/contests/{id}/board"))>{s.tr(MotMsg::FullScreen)}</a>
                {can_close.then(|| view! { <button class="primary" data-test="close-contest" on:click=close_it>{s.tr(MotMsg::CloseContest)}</button> })}
                <button class="link" on:click=remove>{s.tr(Msg::Delete)}</button>
            </div>
        </article>
    }
}
