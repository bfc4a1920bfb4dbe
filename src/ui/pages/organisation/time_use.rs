//! O1 time use at `/time`: non-selling work logged by kind and minutes (by the person on the shared tablet, or by
//! the head), each person's share of working time left for selling with the minutes on the line beside it, and the
//! biggest time sinks across the team, each one click from a task in the week's action plan to remove it.

use crate::domain::core::date::month_start;
use crate::domain::core::locale::format_percent_tenths;
use crate::domain::core::locale::{format_date, month_title};
use crate::domain::organisation::time_use::{
    sink_action, sinks, time_use, TimeKind, TimeLog, TimeUse,
};
use crate::domain::RecordId;
use crate::ui::components::widgets::{
    active_people, ChoiceSelect, DateField, PersonPicker, TableScroller, WhenComplete,
};
use crate::ui::pages::organisation::crm_words::CrmMsg;
use crate::ui::pages::organisation::time_words::TimeMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn TimePage() -> impl IntoView {
    view! { <WhenComplete><Time/></WhenComplete> }
}

#[component]
fn Time() -> impl IntoView {
    let s = expect_context::<AppState>();
    let from = month_start(today());
    let to = today();
    let rows = Memo::new(move |_| {
        s.data.with(|d| {
            let calendar = d.calendar();
            let people: Vec<(RecordId, String, TimeUse)> = d
                .managers_by_name()
                .into_iter()
                .filter(|m| m.data.is_active())
                .map(|m| {
                    (
                        m.id,
                        m.data.short_name(),
                        time_use(d, &calendar, m.id, from, to),
                    )
                })
                .collect();
            let total = people
                .iter()
                .fold(TimeUse::default(), |a, (_, _, t)| a.plus(t));
            (people, total, sinks(d, from, to))
        })
    });
    view! {
        <section class="time-page">
            <div class="page-head"><h1>{s.tr(TimeMsg::TimeTitle)}</h1></div>
            <p class="muted">{s.tr(TimeMsg::TimeHint)}</p>
            <LogForm/>
            <div class="card" data-test="time-use">
                <h2>{move || TimeMsg::TimeMonth(month_title(s.lang.get(), from)).text(s.lang.get())}</h2>
                <p class="muted formula">{s.tr(TimeMsg::SellingRule)}</p>
                <TableScroller label=TimeMsg::SellingShare>
                    <table class="compact">
                        <thead><tr>
                            <th scope="col">{s.tr(CrmMsg::Person)}</th>
                            <th scope="col" class="num">{s.tr(TimeMsg::WorkingHours)}</th>
                            {TimeKind::ALL.into_iter().map(|k| view! { <th scope="col" class="num">{s.tr(TimeMsg::TimeKindName(k))}</th> }).collect_view()}
                            <th scope="col" class="num">{s.tr(TimeMsg::SellingShare)}</th>
                            <th scope="col" class="num">{s.tr(TimeMsg::OnLine)}</th>
                        </tr></thead>
                        <tbody>
                            {move || {
                                let (people, total, _) = rows.get();
                                let line = move |name: String, t: TimeUse, test: &'static str| view! {
                                    <tr data-test=test>
                                        <th scope="row">{name}</th>
                                        <td class="num">{move || TimeMsg::Hours(t.working_minutes).text(s.lang.get())}</td>
                                        {TimeKind::ALL.into_iter().map(|k| { let m = t.by_kind.get(&k).copied().unwrap_or(0); view! { <td class="num">{move || TimeMsg::Hours(m).text(s.lang.get())}</td> } }).collect_view()}
                                        <td class="num" data-test="selling-share">{format_percent_tenths(s.lang.get(), t.selling_share().map(|v| v as u32))}</td>
                                        <td class="num">{move || TimeMsg::Hours(t.on_line).text(s.lang.get())}</td>
                                    </tr>
                                };
                                let mut out: Vec<AnyView> = people.into_iter().map(|(_, n, t)| line(n, t, "time-person").into_any()).collect();
                                out.push(line(CrmMsg::Department.text(s.lang.get_untracked()), total, "time-department").into_any());
                                out.collect_view()
                            }}
                        </tbody>
                    </table>
                </TableScroller>
            </div>
            <div class="card" data-test="time-sinks">
                <h2>{s.tr(TimeMsg::SinksTitle)}</h2>
                <ol class="sinks">
                    {move || rows.get().2.into_iter().take(8).map(|sink| view! { <Sink sink=sink/> }).collect_view()}
                </ol>
            </div>
            <RecentLogs/>
        </section>
    }
}

#[component]
fn Sink(sink: crate::domain::organisation::time_use::Sink) -> impl IntoView {
    let s = expect_context::<AppState>();
    let made = RwSignal::new(false);
    let what = sink.what.clone();
    let kind = sink.kind;
    let to_task = move |_| {
        let text = TimeMsg::RemoveSink(what.clone(), kind).text(s.lang.get_untracked());
        let action = sink_action(text, today());
        s.add_then(action, move || {
            made.set(true);
        });
    };
    view! {
        <li data-test="sink">
            <span>{move || TimeMsg::SinkLine(sink.clone()).text(s.lang.get())}</span>" "
            <Show when=move || !made.get() fallback=move || view! { <span class="chip ok">{s.tr(TimeMsg::TaskMade)}</span> }>
                <button class="secondary" data-test="sink-task" on:click=to_task.clone()>{s.tr(TimeMsg::MakeTask)}</button>
            </Show>
        </li>
    }
}

#[component]
fn LogForm() -> impl IntoView {
    let s = expect_context::<AppState>();
    let people = active_people(s);
    let manager = RwSignal::new(None::<RecordId>);
    let date = RwSignal::new(today());
    let kind = RwSignal::new(TimeKind::Documents);
    let minutes = RwSignal::new(String::new());
    let what = RwSignal::new(String::new());
    let by_head = RwSignal::new(true);
    let problem = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let log = manager.get_untracked().and_then(|m| {
            let minutes = minutes.get_untracked().trim().parse::<u16>().ok()?;
            let log = TimeLog {
                manager: m,
                date: date.get_untracked(),
                kind: kind.get_untracked(),
                minutes,
                what: what.get_untracked().trim().to_string(),
                by_head: by_head.get_untracked(),
            };
            log.problems().is_empty().then_some(log)
        });
        let Some(log) = log else {
            problem.set(true);
            return;
        };
        problem.set(false);
        s.add_then(log, move || {
            minutes.set(String::new());
            what.set(String::new());
        });
    };
    view! {
        <form class="card" data-test="time-form" on:submit=submit>
            <h2>{s.tr(TimeMsg::LogTime)}</h2>
            <div class="form-row">
                <label class="stack"><span>{s.tr(CrmMsg::Person)}</span>
                    <PersonPicker name="manager" people=people value=manager none=crate::ui::i18n::Msg::NotChosen/>
                </label>
                <label class="stack"><span>{s.tr(TimeMsg::Date)}</span>
                    <DateField name="date" value=date/>
                </label>
                <label class="stack"><span>{s.tr(TimeMsg::Kind)}</span>
                    <ChoiceSelect name="kind" options=TimeKind::ALL.to_vec() value=kind.into()
                        on_pick=Callback::new(move |k| kind.set(k)) label=|k| TimeMsg::TimeKindName(k).into()/>
                </label>
                <label class="stack"><span>{s.tr(TimeMsg::Minutes)}</span>
                    <input type="number" name="minutes" min="1" max="960" inputmode="numeric" prop:value=move || minutes.get() on:input=move |ev| minutes.set(event_target_value(&ev))/>
                </label>
            </div>
            <label class="stack"><span>{s.tr(TimeMsg::WhatWasIt)}</span>
                <input type="text" name="what" prop:value=move || what.get() on:input=move |ev| what.set(event_target_value(&ev))/>
            </label>
            <label class="check">
                <input type="checkbox" prop:checked=move || !by_head.get() on:change=move |ev| by_head.set(!event_target_checked(&ev))/>
                <span>{s.tr(TimeMsg::LoggedByPerson)}</span>
            </label>
            <Show when=move || problem.get()>
                <p class="banner error inline" role="alert">{s.tr(TimeMsg::FillLog)}</p>
            </Show>
            <button type="submit" data-test="save-time">{s.tr(TimeMsg::SaveLog)}</button>
        </form>
    }
}

#[component]
fn RecentLogs() -> impl IntoView {
    let s = expect_context::<AppState>();
    let list = Memo::new(move |_| {
        s.data.with(|d| {
            let mut v: Vec<(RecordId, TimeLog, String)> = d
                .live_records::<TimeLog>()
                .map(|r| {
                    (
                        r.id,
                        r.data.clone(),
                        d.short_name(r.data.manager).unwrap_or_default(),
                    )
                })
                .collect();
            v.sort_by(|a, b| b.1.date.cmp(&a.1.date).then(a.0.cmp(&b.0)));
            v.truncate(20);
            v
        })
    });
    let remove = move |id: RecordId| {
        s.remove::<TimeLog>(id);
    };
    view! {
        <details class="card">
            <summary><h2 class="inline">{s.tr(TimeMsg::RecentLogs)}</h2></summary>
            <ul class="plain">
                {move || list.get().into_iter().map(|(id, l, who)| view! {
                    <li>
                        {move || format!("{} · {} · {} · {} {}", format_date(s.lang.get(), l.date), who, TimeMsg::TimeKindName(l.kind).text(s.lang.get()), l.minutes, TimeMsg::MinutesShort.text(s.lang.get()))}
                        {(!l.what.is_empty()).then(|| format!(" — {}", l.what))}" "
                        <button class="secondary" on:click=move |_| remove(id)>{s.tr(CrmMsg::Remove)}</button>
                    </li>
                }).collect_view()}
            </ul>
        </details>
    }
}
