//! What each agenda step shows in meeting mode: attendance, the promises that fell due, and the numbers from
//! plan/fact (the last working day, today's plan and the month, the week, next week, standings, the month's
//! report). The entries typed at a meeting (notes, lists, training, promises, tasks, cases) are in
//! `meeting_entries`.

mod numbers;
mod week;

use numbers::NumbersBlock;
use week::{MonthReportNotes, Standings, WeekActions};

use crate::domain::core::locale::{format_date, format_money_whole, format_value};
use crate::domain::organisation::lookback;
use crate::domain::organisation::meeting::{AgendaStep, Block};
use crate::domain::organisation::meeting_numbers::Which;
use crate::domain::organisation::promise::{check, Outcome};
use crate::domain::organisation::protocol::{Attendance, Presence};
use crate::domain::planning::metric::{Metric, Unit};
use crate::domain::RecordId;
use crate::ui::pages::organisation::meeting_entries::{
    CasesBlock, PromisesBlock, RepeatLists, TasksBlock, TrainingBlock,
};
use crate::ui::pages::organisation::meeting_words::MeetMsg;
use crate::ui::state::AppState;
use chrono::NaiveDate;
use leptos::prelude::*;

pub use crate::ui::pages::organisation::meeting_entries::StepNotes;

/// A step's title: the head's own, or its block's name in the reader's language.
pub fn step_title(s: AppState, step: &AgendaStep) -> String {
    if step.title.is_empty() {
        s.t(MeetMsg::BlockName(step.block))
    } else {
        step.title.clone()
    }
}

/// Who said, led or owns something at a meeting: a manager's short name (archived ones too), or the head.
pub fn person_name(s: AppState, d: &crate::domain::Dataset, who: Option<RecordId>) -> String {
    match who {
        Some(id) => d.short_name(id).unwrap_or_default(),
        None => s.t(MeetMsg::Head),
    }
}

/// The managers a meeting on `date` is about (employed that day), by name, with short names.
pub fn people_on(s: AppState, date: NaiveDate) -> Vec<(RecordId, String)> {
    s.data.with_untracked(|d| {
        lookback::people_on(d, date)
            .into_iter()
            .map(|r| (r.id, r.data.short_name()))
            .collect()
    })
}

#[component]
pub fn StepBlock(meeting: RecordId, date: NaiveDate, block: Block, key: String) -> impl IntoView {
    match block {
        Block::Attendance => view! { <AttendanceBlock meeting=meeting date=date/> }.into_any(),
        Block::PromiseReview => view! { <PromiseReview date=date/> }.into_any(),
        Block::Yesterday => view! { <NumbersBlock date=date which=Which::LastDay/> }.into_any(),
        Block::Today => view! { <NumbersBlock date=date which=Which::Today/> }.into_any(),
        Block::Week => view! { <NumbersBlock date=date which=Which::Week/> <WeekActions date=date next=false/> }.into_any(),
        Block::NextWeek => view! { <NumbersBlock date=date which=Which::NextWeek/> <WeekActions date=date next=true/> }.into_any(),
        Block::MonthReport => view! { <NumbersBlock date=date which=Which::Month/> <MonthReportNotes date=date/> }.into_any(),
        Block::Standings => view! { <Standings date=date/> }.into_any(),
        Block::RepeatLists => view! { <RepeatLists meeting=meeting key=key/> }.into_any(),
        Block::Training => view! { <TrainingBlock meeting=meeting key=key date=date/> }.into_any(),
        Block::Cases => view! { <CasesBlock meeting=meeting date=date/> }.into_any(),
        Block::Promises => view! { <PromisesBlock meeting=meeting date=date/> }.into_any(),
        Block::Tasks => view! { <TasksBlock meeting=meeting date=date/> }.into_any(),
        Block::Notes => ().into_any(),
        Block::Crm => view! { <crate::ui::pages::organisation::crm_block::CrmBlock date=date/> }.into_any(),
        Block::Hypotheses => view! {
            <crate::ui::components::widgets::WhenComplete><crate::ui::pages::control::hypotheses::OpenHypotheses/></crate::ui::components::widgets::WhenComplete>
        }.into_any(),
    }
}

#[component]
fn AttendanceBlock(meeting: RecordId, date: NaiveDate) -> impl IntoView {
    let s = expect_context::<AppState>();
    let people = people_on(s, date);
    let marks = Memo::new(move |_| {
        s.data.with(|d| {
            crate::domain::organisation::protocol::attendance_of(d, meeting)
                .into_iter()
                .map(|a| (a.manager, (a.presence, a.reason.clone())))
                .collect::<std::collections::BTreeMap<_, _>>()
        })
    });
    let set = move |who: RecordId, presence: Presence, reason: String| {
        let a = Attendance {
            meeting,
            manager: who,
            presence,
            reason,
        };
        s.put(Attendance::id_for(meeting, who), a);
    };
    let rest_present = move |_| {
        let edits = s.data.with_untracked(|d| {
            lookback::attendance_defaults(d, meeting, date, |kind| {
                s.t(crate::ui::i18n::Msg::AbsenceKindName(kind))
            })
        });
        if !edits.is_empty() {
            s.save_soon(edits);
        }
    };
    let summary = move || {
        marks.with(|ms| {
            let count = |p: Presence| ms.values().filter(|(x, _)| *x == p).count();
            s.t(MeetMsg::AttendanceSummary {
                present: count(Presence::Present),
                late: count(Presence::Late),
                absent: count(Presence::Absent),
            })
        })
    };
    view! {
        <div class="mm-card">
            <div class="card-head">
                <p class="muted" data-test="attendance-summary">{summary}</p>
                <button data-test="all-present" on:click=rest_present>{s.tr(MeetMsg::AllPresent)}</button>
            </div>
            <ul class="attendance" data-test="attendance">
                {people.into_iter().map(|(who, name)| {
                    // Away by the schedule: the absence is suggested with its reason.
                    let hint = s.data.with_untracked(|d| lookback::away_on(d, who, date))
                        .map(|kind| s.t(crate::ui::i18n::Msg::AbsenceKindName(kind)));
                    let state = move || marks.with(|ms| ms.get(&who).cloned());
                    view! {
                        <li data-test="attendee" data-manager=who.to_string()>
                            <span class="who">{name}{hint.map(|h| view! { <small class="muted">{format!(" · {h}")}</small> })}</span>
                            <span class="segmented">
                                {[Presence::Present, Presence::Late, Presence::Absent].into_iter().map(|pr| {
                                    let test = format!("presence-{}", format!("{pr:?}").to_lowercase());
                                    view! {
                                        <button class:active=move || state().is_some_and(|(x, _)| x == pr) data-test=test
                                            on:click=move |_| set(who, pr, state().map(|(_, r)| r).unwrap_or_default())>
                                            {s.tr(MeetMsg::PresenceName(pr))}
                                        </button>
                                    }
                                }).collect_view()}
                            </span>
                            <Show when=move || state().is_some_and(|(x, _)| x != Presence::Present)>
                                <input class="reason" name="reason" data-test="reason" placeholder=s.tr(MeetMsg::Reason)
                                    prop:value=move || state().map(|(_, r)| r).unwrap_or_default()
                                    on:change=move |ev| if let Some((pr, _)) = state() { set(who, pr, event_target_value(&ev)) }/>
                            </Show>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}

/// The promises that fell due since the last working day, with their outcome as of the meeting's day: the
/// meeting opens with them.
#[component]
fn PromiseReview(date: NaiveDate) -> impl IntoView {
    let s = expect_context::<AppState>();
    let rows = Memo::new(move |_| {
        s.data.with(|d| {
            let cal = d.calendar();
            let metrics = crate::domain::planning::metric::catalog(d);
            lookback::promises_to_review(d, &cal, date)
                .1
                .into_iter()
                .map(|(id, pr)| {
                    let metric = pr
                        .metric
                        .and_then(|mid| metrics.iter().find(|x| x.id == mid))
                        .cloned();
                    let c = check(d, &cal, pr, metric.as_ref(), date);
                    let who = person_name(s, d, Some(pr.manager));
                    (id, pr.clone(), who, c, metric)
                })
                .collect::<Vec<_>>()
        })
    });
    let from = s
        .data
        .with_untracked(|d| lookback::promises_to_review(d, &d.calendar(), date).0);
    view! {
        <div class="mm-card">
            <h3>{move || s.t(MeetMsg::PromisesDue(format_date(s.lang.get(), from)))}</h3>
            {move || {
                let list = rows.get();
                if list.is_empty() {
                    return view! { <p class="empty">{s.t(MeetMsg::NoPromisesDue(format_date(s.lang.get(), from)))}</p> }.into_any();
                }
                view! {
                    <ul class="promise-list" data-test="promise-review">
                        {list.into_iter().map(|(id, pr, who, c, metric)| {
                            let reached = match (metric, c.value) {
                                (Some(mt), Some(v)) => Some(value_text(s, &mt, v)),
                                _ => None,
                            };
                            let markable = pr.metric.is_none();
                            view! {
                                <li class="promise" data-test="reviewed-promise">
                                    <span class="who">{who.clone()}</span>
                                    <span class="text">{pr.text.clone()}{reached.map(|r| view! { <small class="muted">{format!(" · {}", s.t(MeetMsg::Reached(r)))}</small> })}</span>
                                    <span class=outcome_class(c.outcome) data-test="promise-outcome">{s.t(MeetMsg::OutcomeName(c.outcome))}</span>
                                    {markable.then(|| view! { <crate::ui::pages::organisation::meetings::MarkButtons id=id promise=pr.clone()/> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </div>
    }
}

pub fn outcome_class(o: Outcome) -> &'static str {
    match o {
        Outcome::Kept => "chip ok",
        Outcome::Broken => "chip bad",
        Outcome::Excused => "chip muted",
        Outcome::Pending => "chip",
        Outcome::AwaitingFacts | Outcome::AwaitingMark => "chip warn",
    }
}

/// A metric value in its unit: money in whole roubles (the meeting-room screen), counts as integers.
pub fn value_text(s: AppState, metric: &Metric, v: i64) -> String {
    let lang = s.lang.get_untracked();
    let cur = s.data.with_untracked(|d| d.settings().currency);
    if metric.unit == Unit::Money {
        format_money_whole(lang, v, &cur)
    } else {
        format_value(lang, metric.unit, v, &cur)
    }
}
