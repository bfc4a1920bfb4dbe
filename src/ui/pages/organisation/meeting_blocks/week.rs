//! The week's actions, the standings and the month report's notes, as blocks of a meeting.

use crate::domain::core::locale::{format_money_whole, format_percent};
use crate::domain::organisation::lookback;
use crate::domain::organisation::meeting_numbers::standings;
use crate::domain::planning::actions::week_actions;
use crate::domain::planning::metric::Builtin;
use crate::ui::href;
use crate::ui::pages::organisation::meeting_words::MeetMsg;
use crate::ui::pages::planning::words::PlanMsg;
use crate::ui::state::AppState;
use chrono::NaiveDate;
use leptos::prelude::*;

/// The week's actions (P3) next to the week's numbers: this week's under review, or next week's plan.
#[component]
pub(super) fn WeekActions(date: NaiveDate, next: bool) -> impl IntoView {
    let s = expect_context::<AppState>();
    let list = move || {
        s.data.with(|d| {
            let cal = d.calendar();
            let week = if next {
                lookback::plan_week(&cal, date).from
            } else {
                lookback::review_week(&cal, date).from
            };
            week_actions(d, week)
                .into_iter()
                .map(|(_, a)| {
                    let who = a.owner.and_then(|o| d.short_name(o));
                    (a.text.clone(), who, a.status)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="mm-card">
            <h3>{s.tr(MeetMsg::WeekActions)}</h3>
            <ul class="plain">
                {move || list().into_iter().map(|(text, who, status)| view! {
                    <li class:done=status == crate::domain::planning::actions::ActionStatus::Done>
                        {text}{who.map(|w| view! { <span class="chip">{w}</span> })}
                    </li>
                }).collect_view()}
            </ul>
            <a href=href("/actions")>{s.tr(PlanMsg::ActionsTitle)}</a>
        </div>
    }
}

/// The standings: the running contest's (M2) when there is one, otherwise the month's ranking by payments; and the
/// thank-yous of the last seven days, said again in front of the team.
#[component]
pub(super) fn Standings(date: NaiveDate) -> impl IntoView {
    use crate::domain::motivation::contest::{running_on, standings as contest_standings};
    use crate::domain::motivation::recognition::{recent, Span};
    use crate::ui::pages::motivation::words::{score_text, MotMsg};
    let s = expect_context::<AppState>();
    let pay = Builtin::Payments.id();
    let rows = Memo::new(move |_| {
        s.data.with(|d| {
            standings(d, date, pay)
                .into_iter()
                .map(|(id, pace)| (d.short_name(id).unwrap_or_default(), pace))
                .collect::<Vec<_>>()
        })
    });
    let contest = Memo::new(move |_| {
        let lang = s.lang.get();
        s.data.with(|d| {
            running_on(d, date).map(|(_, c)| {
                let rows = contest_standings(d, c, date)
                    .into_iter()
                    .map(|r| {
                        (
                            r.place,
                            d.short_name(r.manager).unwrap_or_default(),
                            score_text(d, lang, c, r.score),
                        )
                    })
                    .collect::<Vec<_>>();
                (c.name.clone(), rows)
            })
        })
    });
    let thanks = Memo::new(move |_| {
        s.data.with(|d| {
            recent(d, None, date, Span::Week)
                .into_iter()
                .map(|(_, r)| {
                    (
                        d.short_name(r.manager).unwrap_or_default(),
                        r.reason.clone(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let money = move |v: i64| {
        let cur = s.data.with_untracked(|d| d.settings().currency);
        format_money_whole(s.lang.get(), v, &cur)
    };
    view! {
        <div class="mm-card">
            {move || match contest.get() {
                Some((name, list)) => view! {
                    <h3>{s.tr(MeetMsg::Standings)} ": " {name}</h3>
                    <ol class="standings" data-test="standings">
                        {list.into_iter().map(|(place, who, score)| view! {
                            <li>
                                <span class="num muted">{if place > 0 { place.to_string() } else { "—".into() }}</span>
                                <span class="who">{who}</span>
                                <span class="num">{score}</span>
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any(),
                None => view! {
                    <h3>{s.tr(MeetMsg::Standings)}</h3>
                    <ol class="standings" data-test="standings">
                        {rows.get().into_iter().map(|(name, pace)| view! {
                            <li>
                                <span class="who">{name}</span>
                                <meter min="0" max="100" value=pace.meter_percent().min(100)></meter>
                                <span class="num">{format_percent(s.lang.get(), pace.completion())}</span>
                                <span class="num muted">{money(pace.fact)}</span>
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any(),
            }}
            {move || {
                let list = thanks.get();
                (!list.is_empty()).then(|| view! {
                    <h3>{s.tr(MotMsg::Recognition)}</h3>
                    <ul class="plain" data-test="meeting-thanks">
                        {list.into_iter().map(|(who, why)| view! { <li><strong>{who}</strong> " — " {why}</li> }).collect_view()}
                    </ul>
                })
            }}
        </div>
    }
}

/// The head's words of the month's report (P4): highlights, problems, actions, as written on the reports page.
#[component]
pub(super) fn MonthReportNotes(date: NaiveDate) -> impl IntoView {
    use crate::domain::planning::report::{ReportKind, ReportNotes};
    let s = expect_context::<AppState>();
    let notes = move || {
        s.data.with(|d| {
            let month = lookback::report_month(&d.calendar(), date);
            d.live::<ReportNotes>(ReportNotes::id_for(ReportKind::Monthly, month))
                .map(|r| r.data.clone())
                .unwrap_or_default()
        })
    };
    let part = move |title: PlanMsg, text: String| {
        (!text.trim().is_empty())
            .then(|| view! { <h3>{s.t(title)}</h3><p class="report-text">{text}</p> })
    };
    view! {
        <div class="mm-card" data-test="month-report-notes">
            {move || {
                let n = notes();
                view! {
                    {part(PlanMsg::Highlights, n.highlights)}
                    {part(PlanMsg::Problems, n.problems)}
                    {part(PlanMsg::Actions, n.actions)}
                }
            }}
            <p><a class="button" href=href("/reports")>{s.tr(MeetMsg::OpenReport)}</a></p>
        </div>
    }
}
