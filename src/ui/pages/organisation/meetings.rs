//! O4–O6, C3 the meetings page: start or continue today's stand-up (or the week's, the month's, another meeting),
//! the meeting discipline of the last 30 days, promises waiting for the head's mark, and past meetings.

use crate::domain::control::discipline::recent;
use crate::domain::core::locale::{format_date, format_percent};
use crate::domain::organisation::meeting::{
    self as meeting, meetings, Meeting, MeetingKind, Template,
};
use crate::domain::organisation::promise::{outcome, promises, Outcome, Promise};
use crate::domain::organisation::protocol::listed;
use crate::domain::planning::metric::catalog;
use crate::domain::RecordId;
use crate::store::now_millis;
use crate::ui::components::widgets::{local_time, DateField, WhenLoaded};
use crate::ui::href;
use crate::ui::pages::organisation::meeting_words::MeetMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn MeetingsPage() -> impl IntoView {
    view! { <WhenLoaded><Meetings/></WhenLoaded> }
}

/// Closes meetings left open (the tablet slept, the tab was closed) at their last entry, and says so. Run as an
/// explicit step once a page is on screen (an effect), never while a page renders.
pub fn close_abandoned(s: AppState) {
    Effect::new(move |_| {
        let (edits, last) = s
            .data
            .with_untracked(|d| meeting::close_abandoned(d, now_millis(), today()));
        let Some(last) = last else { return };
        s.save_then(edits, move || {
            s.notice
                .set(Some(crate::ui::i18n::Msg::from(MeetMsg::ClosedAbandoned(
                    local_time(last),
                ))));
        });
    });
}

#[component]
fn Meetings() -> impl IntoView {
    let s = expect_context::<AppState>();
    close_abandoned(s);
    view! {
        <section class="meetings">
            <div class="page-head">
                <h1>{s.tr(MeetMsg::MeetingsTitle)}</h1>
                <div class="toolbar">
                    <a class="button" href=href("/cases") data-test="to-cases">{s.tr(crate::ui::i18n::Msg::NavCases)}</a>
                    <a class="button" href=href("/meetings/templates") data-test="to-templates">{s.tr(crate::ui::i18n::Msg::NavTemplates)}</a>
                </div>
            </div>
            <StartCard/>
            <div class="two-col">
                <DisciplineCard/>
                <OpenPromisesCard/>
            </div>
            <PastMeetings/>
        </section>
    }
}

#[component]
fn StartCard() -> impl IntoView {
    let s = expect_context::<AppState>();
    let navigate = use_navigate();
    let date = RwSignal::new(today());
    let topic = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let start = move |kind: MeetingKind| {
        let (day, title) = (date.get_untracked(), topic.get_untracked());
        let opening = s
            .data
            .with_untracked(|d| meeting::open_meeting(d, kind, day, &title, uuid::Uuid::new_v4()));
        let navigate = navigate.clone();
        match opening {
            Err(_) => tried.set(true),
            Ok(meeting::Opening::Continue(id)) => {
                navigate(&format!("/meetings/{id}"), Default::default())
            }
            Ok(meeting::Opening::Start(id, edit)) => s.save_then(vec![*edit], move || {
                topic.set(String::new());
                tried.set(false);
                navigate(&format!("/meetings/{id}"), Default::default());
            }),
        }
    };
    // The regular meeting of the chosen date's period, if one exists: "continue" instead of "start".
    let state_of = move |kind: MeetingKind| {
        let id = Meeting::id_for(kind, date.get())?;
        s.data
            .with(|d| d.live::<Meeting>(id).map(|r| r.data.clone()))
    };
    let start_other = start.clone();
    let start_quality = start.clone();
    view! {
        <div class="card start-card">
            <div class="card-head">
                <h2>{s.tr(MeetMsg::StartTitle)}</h2>
                <label class="inline">{s.tr(MeetMsg::MeetingDate)}
                    <DateField name="meeting-date" value=date test="meeting-date"/>
                </label>
            </div>
            <div class="start-grid">
                {[MeetingKind::Daily, MeetingKind::Weekly, MeetingKind::Monthly].into_iter().map(|kind| {
                    let start = start.clone();
                    let test = format!("start-{}", format!("{kind:?}").to_lowercase());
                    view! {
                        <button class="start-tile" data-test=test on:click=move |_| start(kind)>
                            <strong>{s.tr(MeetMsg::KindName(kind))}</strong>
                            <span class="muted">{move || {
                                let minutes = s.data.with(|d| Template::of(d, kind).minutes);
                                match state_of(kind) {
                                    Some(mt) if mt.ended.is_some() => s.t(MeetMsg::Open),
                                    Some(mt) if mt.started.is_some() => s.t(MeetMsg::Continue),
                                    _ => format!("{} · {}", s.t(MeetMsg::Start), s.t(MeetMsg::TimeBoxShort(minutes))),
                                }
                            }}</span>
                        </button>
                    }
                }).collect_view()}
                <button class="start-tile" data-test="start-quality" on:click=move |_| start_quality(MeetingKind::Quality)>
                    <strong>{s.tr(MeetMsg::KindName(MeetingKind::Quality))}</strong>
                    <span class="muted">{s.tr(MeetMsg::QualityHint)}</span>
                </button>
                <form class="start-tile other" on:submit=move |ev| { ev.prevent_default(); start_other(MeetingKind::Other) }>
                    <strong>{s.tr(MeetMsg::KindName(MeetingKind::Other))}</strong>
                    <input name="topic" data-test="other-topic" placeholder=s.tr(MeetMsg::TopicHint) prop:value=move || topic.get()
                        on:input=move |ev| topic.set(event_target_value(&ev))/>
                    <Show when=move || tried.get() && topic.get().trim().is_empty()>
                        <p class="field-error" role="alert">{s.tr(crate::ui::i18n::Msg::Rule(crate::domain::core::rules::Rule::Required))}</p>
                    </Show>
                    <button type="submit" data-test="start-other">{s.tr(MeetMsg::Start)}</button>
                </form>
            </div>
        </div>
    }
}

#[component]
fn DisciplineCard() -> impl IntoView {
    let s = expect_context::<AppState>();
    let day = today();
    let rows = Memo::new(move |_| {
        s.data.with(|d| {
            let cal = d.calendar();
            [MeetingKind::Daily, MeetingKind::Weekly]
                .into_iter()
                .map(|k| {
                    let r = recent(d, &cal, k, day);
                    (k, r.summary, r.skipped)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="card" data-test="discipline">
            <h2>{s.tr(MeetMsg::Discipline)}</h2>
            <ul class="plain">
                {move || rows.get().into_iter().map(|(k, sum, skipped)| {
                    let dates = skipped.iter().map(|d| format_date(s.lang.get(), *d)).collect::<Vec<_>>().join(", ");
                    view! {
                        <li>
                            <strong>{s.tr(MeetMsg::KindName(k))}</strong>": "
                            <span data-test="discipline-line">{s.tr(MeetMsg::DisciplineLine { held: sum.held, scheduled: sum.scheduled, mean: sum.mean_minutes, overran: sum.overran })}</span>
                            {(!skipped.is_empty()).then(|| view! { <br/><small class="warn-text" data-test="skipped">{s.t(MeetMsg::SkippedOn(dates))}</small> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}

/// Promises past their due date that no metric can decide: the head marks them here.
#[component]
fn OpenPromisesCard() -> impl IntoView {
    let s = expect_context::<AppState>();
    let day = today();
    let open = Memo::new(move |_| {
        s.data.with(|d| {
            let cal = d.calendar();
            let metrics = catalog(d);
            promises(d)
                .into_iter()
                .filter(|(_, p)| outcome(d, &cal, &metrics, p, day) == Outcome::AwaitingMark)
                .map(|(id, p)| {
                    let who = crate::ui::pages::organisation::meeting_blocks::person_name(
                        s,
                        d,
                        Some(p.manager),
                    );
                    (id, p.clone(), who)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="card" data-test="open-promises">
            <h2>{s.tr(MeetMsg::OpenPromises)}</h2>
            {move || {
                let list = open.get();
                if list.is_empty() {
                    return view! { <p class="empty">{s.t(MeetMsg::NoOpenPromises)}</p> }.into_any();
                }
                view! {
                    <ul class="promise-list">
                        {list.into_iter().map(|(id, p, who)| view! { <PromiseMarkRow id=id promise=p who=who/> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </div>
    }
}

/// A promise with its manager, due date and the two buttons to mark it.
#[component]
pub fn PromiseMarkRow(id: RecordId, promise: Promise, who: String) -> impl IntoView {
    let s = expect_context::<AppState>();
    let due = promise.due;
    let text = promise.text.clone();
    view! {
        <li class="promise" data-test="promise-to-mark">
            <span class="who">{who}</span>
            <span class="text">{text}</span>
            <span class="muted">{move || format_date(s.lang.get(), due)}</span>
            <MarkButtons id=id promise=promise/>
        </li>
    }
}

/// "Kept" and "broken": the head's mark on a promise, which overrides any check.
#[component]
pub fn MarkButtons(id: RecordId, promise: Promise) -> impl IntoView {
    let s = expect_context::<AppState>();
    let current = promise.mark;
    let mark = move |kept: bool| {
        let p = Promise {
            mark: Some(kept),
            ..promise.clone()
        };
        s.put(id, p);
    };
    let mark2 = mark.clone();
    view! {
        <span class="marks segmented">
            <button class:active=current == Some(true) data-test="mark-kept" on:click=move |_| mark(true)>{s.tr(MeetMsg::MarkKept)}</button>
            <button class:active=current == Some(false) data-test="mark-broken" on:click=move |_| mark2(false)>{s.tr(MeetMsg::MarkBroken)}</button>
        </span>
    }
}

#[component]
fn PastMeetings() -> impl IntoView {
    let s = expect_context::<AppState>();
    let kind: RwSignal<Option<MeetingKind>> = RwSignal::new(None);
    let month: RwSignal<Option<chrono::NaiveDate>> = RwSignal::new(None);
    // The months that have meetings, newest first: the filter's choices.
    let months = Memo::new(move |_| {
        s.data.with(|d| {
            let mut ms: Vec<chrono::NaiveDate> = meetings(d)
                .into_iter()
                .map(|(_, mt)| crate::domain::core::calendar::month_start(mt.date))
                .collect();
            ms.dedup();
            ms
        })
    });
    let list = Memo::new(move |_| {
        let (k, m) = (kind.get(), month.get());
        s.data.with(|d| {
            listed(d, k, m)
                .into_iter()
                .map(|(id, mt, came)| (id, mt.clone(), came))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="card">
            <div class="card-head">
                <h2>{s.tr(MeetMsg::PastMeetings)}</h2>
                <select name="kind-filter" data-test="kind-filter" aria-label=s.tr(MeetMsg::KindFilter) on:change=move |ev| {
                    let v = event_target_value(&ev);
                    kind.set(MeetingKind::ALL.into_iter().find(|k| format!("{k:?}") == v));
                }>
                    <option value="" selected=move || kind.get().is_none()>{s.tr(MeetMsg::AllKinds)}</option>
                    {MeetingKind::ALL.into_iter().map(|k| view! {
                        <option value=format!("{k:?}") selected=move || kind.get() == Some(k)>{s.tr(MeetMsg::KindName(k))}</option>
                    }).collect_view()}
                </select>
                <select name="month-filter" data-test="month-filter" aria-label=s.tr(MeetMsg::MonthFilter) on:change=move |ev| month.set(crate::domain::core::locale::parse_month(&event_target_value(&ev)))>
                    <option value="" selected=move || month.get().is_none()>{s.tr(MeetMsg::AllMonths)}</option>
                    {move || months.get().into_iter().map(|mo| view! {
                        <option value=crate::domain::core::locale::month_value(mo) selected=move || month.get() == Some(mo)>{crate::domain::core::locale::month_title(s.lang.get(), mo)}</option>
                    }).collect_view()}
                </select>
            </div>
            {move || {
                let rows = list.get();
                if rows.is_empty() {
                    return view! { <p class="empty">{s.t(MeetMsg::NoMeetings)}</p> }.into_any();
                }
                view! {
                    <div class="table-wrap">
                        <table class="grid meetings-table" data-test="past-meetings">
                            <tbody>
                                {rows.into_iter().map(|(id, mt, present)| {
                                    let status = match (mt.started, mt.duration_minutes()) {
                                        (None, _) => s.t(MeetMsg::NotStarted),
                                        (Some(_), None) => s.t(MeetMsg::Running),
                                        (Some(_), Some(min)) => s.t(MeetMsg::DurationOf { minutes: min, time_box: mt.minutes }),
                                    };
                                    let over = mt.duration_minutes().is_some_and(|d| d > mt.minutes as u32);
                                    let kind = mt.kind;
                                    let title = mt.title.clone();
                                    view! {
                                        <tr data-test="meeting-row">
                                            <td>{move || format_date(s.lang.get(), mt.date)}</td>
                                            <td class="name">{s.tr(MeetMsg::KindName(kind))}{(!title.is_empty()).then(|| format!(": {title}"))}</td>
                                            <td class="num">{present}</td>
                                            <td class:warn-text=over>{status}</td>
                                            <td><a href=href(&format!("/meetings/{id}/protocol")) data-test="to-protocol">{s.tr(MeetMsg::Protocol)}</a></td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </div>
    }
}

/// "67 % (2 of 3)" for a manager's keeping rate, or that there is nothing to rate.
pub fn keeping_text(s: AppState, k: crate::domain::organisation::promise::Keeping) -> String {
    match k.rate() {
        Some(r) => s.t(MeetMsg::Keeping {
            kept: k.kept,
            decided: k.kept + k.broken,
            percent: format_percent(s.lang.get(), Some(r)),
        }),
        None => s.t(MeetMsg::NoKeepingYet),
    }
}

/// A manager's promises: the keeping rate over 30 days and the latest ones with their outcome.
#[component]
pub fn ManagerPromises(manager: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let day = today();
    let data = Memo::new(move |_| {
        s.data.with(|d| {
            let cal = d.calendar();
            let metrics = catalog(d);
            let k = crate::domain::organisation::promise::keeping(d, &cal, &metrics, manager, day);
            let mut list: Vec<(Promise, Outcome)> = promises(d)
                .into_iter()
                .filter(|(_, p)| p.manager == manager)
                .map(|(_, p)| (p.clone(), outcome(d, &cal, &metrics, p, day)))
                .collect();
            list.reverse();
            list.truncate(10);
            (k, list)
        })
    });
    view! {
        <section class="card" data-test="manager-promises">
            <h2>{s.tr(MeetMsg::Promises)}</h2>
            <p data-test="keeping-rate">{move || keeping_text(s, data.get().0)}</p>
            <ul class="promise-list">
                {move || data.get().1.into_iter().map(|(p, o)| view! {
                    <li class="promise">
                        <span class="muted">{move || format_date(s.lang.get(), p.due)}</span>
                        <span class="text">{p.text.clone()}</span>
                        <span class=crate::ui::pages::organisation::meeting_blocks::outcome_class(o)>{s.tr(MeetMsg::OutcomeName(o))}</span>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
