//! T3 the training calendar at `/training`: a week and a month view, an occurrence's card (who leads, who comes,
//! materials, attendance, skip this day, call the event off, its .ics), the team's whole calendar as one .ics, and
//! the form for a new or changed event (weekly until a date).

use crate::domain::core::date::{add_days, add_months, monday, month_start};
use crate::domain::core::locale::{format_date, month_title};
use crate::domain::training::event::{
    agenda, clock, month_grid, parse_clock, revise, EventKind, TrainingAttendance, TrainingEvent,
};
use crate::domain::training::ics::{calendar, IcsContext};
use crate::domain::RecordId;
use crate::ui::components::download::download;
use crate::ui::components::widgets::{
    active_people, date_value, parse_date, save_form, ChoiceSelect, DateInput, DateShown,
    FieldError, WhenComplete,
};
use crate::ui::pages::training::words::TrMsg;
use crate::ui::state::{today, AppState};
use chrono::NaiveDate;
use leptos::prelude::*;

#[component]
pub fn TrainingPage() -> impl IntoView {
    view! { <WhenComplete><Calendar/></WhenComplete> }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Week,
    Month,
}

/// Offers events as an .ics file named `name`.
fn download_ics(s: AppState, name: &str, ids: &[RecordId]) {
    let lang = s.lang.get_untracked();
    let text = s.data.with_untracked(|d| {
        let events: Vec<(RecordId, &TrainingEvent)> = ids
            .iter()
            .filter_map(|id| d.live::<TrainingEvent>(*id).map(|r| (*id, &r.data)))
            .collect();
        let kind_name = move |k: EventKind| TrMsg::EventKindName(k).text(lang);
        let title = TrMsg::CalendarName(d.settings().department).text(lang);
        let ctx = IcsContext {
            data: d,
            now: chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64)
                .unwrap_or_default(),
            calendar_name: &title,
            kind_name: &kind_name,
        };
        calendar(&ctx, &events)
    });
    let _ = download(name, &text, "text/calendar;charset=utf-8");
}

#[component]
fn Calendar() -> impl IntoView {
    let s = expect_context::<AppState>();
    let mode = RwSignal::new(View::Week);
    let anchor = RwSignal::new(today());
    let selected = RwSignal::new(None::<(RecordId, NaiveDate)>);
    let editing = RwSignal::new(None::<Option<RecordId>>);
    let span = Memo::new(move |_| match mode.get() {
        View::Week => {
            let m = monday(anchor.get());
            (m, add_days(m, 6))
        }
        View::Month => {
            let grid = month_grid(anchor.get());
            (grid[0][0], grid[grid.len() - 1][6])
        }
    });
    let items = Memo::new(move |_| {
        let (from, to) = span.get();
        s.data.with(|d| {
            agenda(d, from, to)
                .into_iter()
                .map(|o| (o.event, o.date, o.data.clone(), o.present.len()))
                .collect::<Vec<_>>()
        })
    });
    let step = move |n: i32| {
        anchor.update(|a| {
            *a = match mode.get_untracked() {
                View::Week => add_days(*a, 7 * n as i64),
                View::Month => add_months(month_start(*a), n),
            }
        })
    };
    let all_ics = move |_| {
        let ids: Vec<RecordId> = s
            .data
            .with_untracked(|d| d.live_records::<TrainingEvent>().map(|r| r.id).collect());
        download_ics(s, "training.ics", &ids);
    };
    let day_cell = move |day: NaiveDate, compact: bool| {
        let list: Vec<_> =
            items.with(|l| l.iter().filter(|(_, d, _, _)| *d == day).cloned().collect());
        view! {
            <div class="cal-day" class:today=day == today() class:other-month=compact && day.format("%m").to_string() != anchor.get_untracked().format("%m").to_string()>
                <div class="cal-date">{move || format_date(s.lang.get(), day)}</div>
                {list.into_iter().map(|(id, d, e, _)| {
                    let kind = event_class(e.kind);
                    view! {
                        <button class=format!("cal-event {kind}") data-test="occurrence" on:click=move |_| { selected.set(Some((id, d))); editing.set(None); }>
                            {(!compact).then(|| view! { <span class="time">{e.start_text()}</span>" " })}
                            <span>{e.title.clone()}</span>
                        </button>
                    }
                }).collect_view()}
            </div>
        }
    };
    view! {
        <section class="training-page">
            <div class="page-head">
                <h1>{s.tr(TrMsg::TrainingTitle)}</h1>
                <div class="row">
                    <button class="secondary" data-test="download-calendar" on:click=all_ics>{s.tr(TrMsg::DownloadAll)}</button>
                    <button data-test="new-event" on:click=move |_| { editing.set(Some(None)); selected.set(None); }>{s.tr(TrMsg::NewEvent)}</button>
                </div>
            </div>
            <div class="card">
                <div class="card-head">
                    <div class="row">
                        <button class="secondary" aria-label=s.tr(TrMsg::Previous) on:click=move |_| step(-1)>"‹"</button>
                        <button class="secondary" on:click=move |_| anchor.set(today())>{s.tr(TrMsg::Today)}</button>
                        <button class="secondary" aria-label=s.tr(TrMsg::Next) on:click=move |_| step(1)>"›"</button>
                        <strong>{move || {
                            let lang = s.lang.get();
                            match mode.get() {
                                View::Week => { let (a, b) = span.get(); format!("{} – {}", format_date(lang, a), format_date(lang, b)) }
                                View::Month => month_title(lang, anchor.get()),
                            }
                        }}</strong>
                    </div>
                    <div class="segmented" role="group">
                        <button class:active=move || mode.get() == View::Week aria-pressed=move || (mode.get() == View::Week).to_string() on:click=move |_| mode.set(View::Week)>{s.tr(TrMsg::Week)}</button>
                        <button class:active=move || mode.get() == View::Month aria-pressed=move || (mode.get() == View::Month).to_string() data-test="month-view" on:click=move |_| mode.set(View::Month)>{s.tr(TrMsg::Month)}</button>
                    </div>
                </div>
                {move || match mode.get() {
                    View::Week => {
                        let (from, _) = span.get();
                        view! { <div class="cal-week">{(0..7).map(|i| day_cell(add_days(from, i), false)).collect_view()}</div> }.into_any()
                    }
                    View::Month => view! {
                        <div class="cal-month">
                            {month_grid(anchor.get()).into_iter().flat_map(|w| w.into_iter()).map(|d| day_cell(d, true)).collect_view()}
                        </div>
                    }.into_any(),
                }}
            </div>
            {move || selected.get().map(|(id, date)| view! { <OccurrenceCard id=id date=date editing=editing selected=selected/> })}
            {move || editing.get().map(|id| view! { <EventForm id=id editing=editing/> })}
        </section>
    }
}

fn event_class(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Product => "k-product",
        EventKind::Crm => "k-crm",
        EventKind::Selling => "k-selling",
        EventKind::RolePlay => "k-roleplay",
        EventKind::CallReview => "k-review",
        EventKind::Reading => "k-reading",
        EventKind::Course => "k-course",
        EventKind::Speaker => "k-speaker",
    }
}

#[component]
fn OccurrenceCard(
    id: RecordId,
    date: NaiveDate,
    editing: RwSignal<Option<Option<RecordId>>>,
    selected: RwSignal<Option<(RecordId, NaiveDate)>>,
) -> impl IntoView {
    let s = expect_context::<AppState>();
    let event = Memo::new(move |_| {
        s.data
            .with(|d| d.live::<TrainingEvent>(id).map(|r| r.data.clone()))
    });
    let present = Memo::new(move |_| s.data.with(|d| TrainingAttendance::present(d, id, date)));
    let people = active_people(s);
    let toggle = move |m: RecordId, on: bool| {
        s.save_soon(vec![s
            .data
            .with_untracked(|d| TrainingAttendance::mark(d, id, date, m, on))]);
    };
    let change = move |f: fn(&mut TrainingEvent, NaiveDate)| {
        let Some(old) = event.get_untracked() else {
            return;
        };
        let mut new = old.clone();
        f(&mut new, date);
        let new = revise(&old, new);
        s.put_then(id, new, move || {
            selected.set(None);
        });
    };
    view! {
        {move || event.get().map(|e| {
            let expected: Vec<(RecordId, String)> = people.iter().filter(|(m, _)| e.expects(*m)).cloned().collect();
            let leader = e.leader.and_then(|l| s.data.with(|d| d.short_name(l))).unwrap_or_else(|| if e.speaker.is_empty() { s.t(TrMsg::Head) } else { e.speaker.clone() });
            let weekly = e.weekly_until.is_some();
            let title = e.title.clone();
            view! {
                <article class="card occurrence" data-test="occurrence-card">
                    <div class="card-head">
                        <h2>{e.title.clone()}</h2>
                        <span class=format!("chip {}", event_class(e.kind))>{s.tr(TrMsg::EventKindName(e.kind))}</span>
                    </div>
                    <p>{move || format_date(s.lang.get(), date)}", "{e.start_text()}"–"{e.end_text()}" · "{leader}</p>
                    {e.weekly_until.map(|u| view! { <p class="muted">{move || TrMsg::WeeklyUntil(format_date(s.lang.get(), u)).text(s.lang.get())}</p> })}
                    {(!e.materials.is_empty()).then(|| view! { <p><strong>{s.tr(TrMsg::Materials)}": "</strong>{e.materials.clone()}</p> })}
                    <fieldset class="people-pick" data-test="attendance">
                        <legend>{s.tr(TrMsg::WhoCame)}</legend>
                        {expected.into_iter().map(|(m, name)| view! {
                            <label class="check"><input type="checkbox" name="present" value=m.to_string() prop:checked=move || present.with(|p| p.contains(&m)) on:change=move |ev| toggle(m, event_target_checked(&ev))/>{name}</label>
                        }).collect_view()}
                    </fieldset>
                    <div class="row">
                        <button class="secondary" data-test="download-event" on:click=move |_| download_ics(s, &format!("{}.ics", file_stem(&title)), &[id])>{s.tr(TrMsg::DownloadOne)}</button>
                        <button class="secondary" data-test="edit-event" on:click=move |_| editing.set(Some(Some(id)))>{s.tr(TrMsg::Edit)}</button>
                        {weekly.then(|| view! { <button class="secondary" on:click=move |_| change(|e, d| e.skipped.push(d))>{s.tr(TrMsg::SkipDay)}</button> })}
                        <button class="secondary danger" on:click=move |_| change(|e, _| e.cancelled = true)>{s.tr(TrMsg::CancelEvent)}</button>
                    </div>
                </article>
            }
        })}
    }
}

/// A file name from a title: letters, digits and dashes.
fn file_stem(title: &str) -> String {
    let stem: String = title
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    stem.trim_matches('-').chars().take(60).collect()
}

#[component]
fn EventForm(id: Option<RecordId>, editing: RwSignal<Option<Option<RecordId>>>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let old = id.and_then(|id| {
        s.data
            .with_untracked(|d| d.live::<TrainingEvent>(id).map(|r| r.data.clone()))
    });
    let draft = RwSignal::new(old.clone().unwrap_or_else(|| TrainingEvent::blank(today())));
    let time = RwSignal::new(clock(draft.get_untracked().start));
    let tried = RwSignal::new(false);
    let problems = Memo::new(move |_| {
        let mut p = draft.with(TrainingEvent::problems);
        if parse_clock(&time.get()).is_none() {
            p.push(crate::domain::core::rules::FieldProblem::new(
                "start",
                crate::domain::core::rules::Rule::Required,
            ));
        }
        p
    });
    let people = active_people(s);
    let leaders = people.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let old = old.clone();
        // An event edited keeps its id (and its history, `revise`); one gone meanwhile is saved anew.
        let target = id.filter(|_| old.is_some());
        save_form(
            s,
            tried,
            problems,
            target,
            move || {
                let mut e = draft.get_untracked();
                e.start = parse_clock(&time.get_untracked()).unwrap_or(e.start);
                match old {
                    Some(old) => revise(&old, e),
                    None => e,
                }
            },
            move || editing.set(None),
        );
    };
    view! {
        <form class="card stack" on:submit=submit data-test="event-form">
            <h2>{s.tr(if id.is_some() { TrMsg::EditEvent } else { TrMsg::NewEvent })}</h2>
            <label>{s.tr(TrMsg::EventTitle)}<input name="title" prop:value=move || draft.with(|e| e.title.clone()) on:input=move |ev| draft.update(|e| e.title = event_target_value(&ev))/></label>
            <FieldError problems field="title" show=tried/>
            <div class="row">
                <label>{s.tr(TrMsg::Kind)}
                    <ChoiceSelect name="kind" options=EventKind::ALL.to_vec() value=Signal::derive(move || draft.with(|e| e.kind))
                        on_pick=Callback::new(move |k| draft.update(|e| e.kind = k)) label=|k| TrMsg::EventKindName(k).into()/>
                </label>
                <label>{s.tr(TrMsg::Date)}<DateInput name="date" value=Signal::derive(move || Some(draft.with(|x| x.date))) on_pick=Callback::new(move |d| draft.update(|x| x.date = d))/></label>
                <label>{s.tr(TrMsg::StartTime)}<input type="time" name="start" prop:value=move || time.get() on:input=move |ev| time.set(event_target_value(&ev))/></label>
                <label>{s.tr(TrMsg::Minutes)}<input type="number" class="narrow" name="minutes" min="5" max="1440" prop:value=move || draft.with(|e| e.minutes.to_string()) on:input=move |ev| draft.update(|e| e.minutes = event_target_value(&ev).parse().unwrap_or(0))/></label>
            </div>
            <FieldError problems field="start" show=tried/>
            <FieldError problems field="minutes" show=tried/>
            <div class="row">
                <label>{s.tr(TrMsg::Leader)}
                    <select name="leader" on:change=move |ev| draft.update(|e| e.leader = event_target_value(&ev).parse().ok())>
                        <option value="" selected=move || draft.with(|e| e.leader.is_none())>{s.tr(TrMsg::Head)}</option>
                        {leaders.into_iter().map(|(m, n)| view! { <option value=m.to_string() selected=move || draft.with(|e| e.leader == Some(m))>{n}</option> }).collect_view()}
                    </select>
                </label>
                <label class="grow">{s.tr(TrMsg::Speaker)}<input name="speaker" prop:value=move || draft.with(|e| e.speaker.clone()) on:input=move |ev| draft.update(|e| e.speaker = event_target_value(&ev))/></label>
            </div>
            <fieldset class="people-pick">
                <legend>{s.tr(TrMsg::ParticipantsHint)}</legend>
                {people.into_iter().map(|(m, name)| view! {
                    <label class="check"><input type="checkbox" name="participants" value=m.to_string() prop:checked=move || draft.with(|e| e.participants.contains(&m))
                        on:change=move |ev| { let on = event_target_checked(&ev); draft.update(|e| { e.participants.retain(|p| *p != m); if on { e.participants.push(m) } }) }/>{name}</label>
                }).collect_view()}
            </fieldset>
            <label>{s.tr(TrMsg::Materials)}<textarea name="materials" rows="2" prop:value=move || draft.with(|e| e.materials.clone()) on:input=move |ev| draft.update(|e| e.materials = event_target_value(&ev))></textarea></label>
            <div class="row">
                <label class="check"><input type="checkbox" name="weekly" prop:checked=move || draft.with(|e| e.weekly_until.is_some())
                    on:change=move |ev| { let on = event_target_checked(&ev); draft.update(|e| e.weekly_until = on.then(|| add_months(e.date, 1))) }/>{s.tr(TrMsg::Weekly)}</label>
                <Show when=move || draft.with(|e| e.weekly_until.is_some())>
                    <label>{s.tr(TrMsg::Until)}<input type="date" name="weekly-until" prop:value=move || draft.with(|e| e.weekly_until.map(date_value).unwrap_or_default())
                        on:change=move |ev| if let Some(d) = parse_date(&event_target_value(&ev)) { draft.update(|e| e.weekly_until = Some(d)) }/><DateShown date=Signal::derive(move || draft.with(|e| e.weekly_until))/></label>
                </Show>
            </div>
            <FieldError problems field="weekly_until" show=tried/>
            <div class="row">
                <button type="submit" data-test="save-event">{s.tr(TrMsg::Save)}</button>
                <button type="button" class="secondary" on:click=move |_| editing.set(None)>{s.tr(TrMsg::CancelEdit)}</button>
            </div>
        </form>
    }
}
