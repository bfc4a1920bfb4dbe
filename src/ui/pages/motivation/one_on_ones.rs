//! M4 one-on-ones at `/one-on-ones`: each person's cadence and who is overdue (most overdue first), planning the next
//! one, and one person's one-on-one to prepare and hold: talking points from both sides, notes, mood 1–5, agreed
//! actions, the actions carried over from earlier ones until done, and their development plan's overdue steps.
//! Personal: never in the meeting mode, left out of a meeting-room file.

use crate::domain::core::locale::format_date;
use crate::domain::core::settings::ONE_ON_ONE_DAYS;
use crate::domain::motivation::development::plan_of;
use crate::domain::motivation::one_on_one::{
    cadences, carried, of_person, Agreed, OneOnOne, Point, Side, MOOD,
};
use crate::domain::team::Manager;
use crate::domain::RecordId;
use crate::ui::components::widgets::{date_value, parse_date, DateShown, WhenLoaded};
use crate::ui::pages::motivation::pay_words::PayMsg;
use crate::ui::pages::motivation::words::MotMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn OneOnOnesPage() -> impl IntoView {
    view! { <WhenLoaded><OneOnOnes/></WhenLoaded> }
}

/// Saves the one-on-one `id` after `change`: one way every edit of a one-on-one is written.
fn edit(s: AppState, id: RecordId, change: impl FnOnce(&mut OneOnOne)) {
    let Some(mut o) = s
        .data
        .with_untracked(|d| d.live::<OneOnOne>(id).map(|r| r.data.clone()))
    else {
        return;
    };
    change(&mut o);
    s.put(id, o);
}

#[component]
fn OneOnOnes() -> impl IntoView {
    let s = expect_context::<AppState>();
    let open = RwSignal::new(None::<RecordId>);
    let rows = Memo::new(move |_| s.data.with(|d| cadences(d, today())));
    let plan_next = move |manager: RecordId, due: chrono::NaiveDate| {
        let date = due.max(today());
        let id = RecordId::new_v4();
        s.put_then(id, OneOnOne::new(manager, date), move || open.set(Some(id)));
    };
    let set_cadence = move |manager: RecordId, text: String| {
        let days = text
            .trim()
            .parse::<u16>()
            .ok()
            .filter(|d| ONE_ON_ONE_DAYS.contains(d));
        let Some(m) = s
            .data
            .with_untracked(|d| d.live::<Manager>(manager).map(|r| r.data.clone()))
        else {
            return;
        };
        let department = s.data.with_untracked(|d| d.settings().one_on_one_days);
        let m = Manager {
            one_on_one_days: days.filter(|d| *d != department),
            ..m
        };
        s.put(manager, m);
    };
    view! {
        <section class="one-on-ones-page">
            <div class="page-head"><h1>{s.tr(MotMsg::OneOnOnesTitle)}</h1></div>
            <p class="banner info inline">{s.tr(PayMsg::Private)}</p>
            <div class="card table-wrap">
                <table data-test="cadences">
                    <thead><tr>
                        <th scope="col">{s.tr(MotMsg::Person)}</th>
                        <th scope="col">{s.tr(MotMsg::EveryDays)}</th>
                        <th scope="col">{s.tr(MotMsg::Last)}</th>
                        <th scope="col">{s.tr(MotMsg::DueByCadence)}</th>
                        <th scope="col"></th>
                    </tr></thead>
                    <tbody>
                        {move || rows.get().into_iter().map(|c| {
                            let name = s.data.with(|d| d.short_name(c.manager).unwrap_or_default());
                            let (m, due, every) = (c.manager, c.due, c.every_days);
                            let state = match (c.planned, c.overdue_days) {
                                (Some((pid, d)), _) => view! {
                                    <button class="link" data-test="open-planned" on:click=move |_| open.set(Some(pid))>{move || s.t(MotMsg::PlannedFor(d))}</button>
                                }.into_any(),
                                (None, n) if n > 0 => view! {
                                    <span class="chip warn" data-test="overdue">{move || if c.last.is_some() { s.t(MotMsg::OverdueBy(n)) } else { s.t(MotMsg::NeverHeld) }}</span>
                                    " " <button data-test="plan-one" on:click=move |_| plan_next(m, due)>{s.tr(MotMsg::Plan)}</button>
                                }.into_any(),
                                _ => view! {
                                    <span class="muted">{s.tr(MotMsg::OnSchedule)}</span>
                                    " " <button data-test="plan-one" on:click=move |_| plan_next(m, due)>{s.tr(MotMsg::Plan)}</button>
                                }.into_any(),
                            };
                            view! {
                                <tr data-manager=m.to_string()>
                                    <td>{name.clone()}</td>
                                    <td><input type="number" min="7" max="92" class="narrow" name=format!("cadence-{m}") aria-label=format!("{} — {}", name, s.t(MotMsg::EveryDays))
                                        prop:value=every.to_string() on:change=move |ev| set_cadence(m, event_target_value(&ev))/></td>
                                    <td>{move || c.last.map(|d| format_date(s.lang.get(), d)).unwrap_or_else(|| s.t(MotMsg::Never))}</td>
                                    <td>{move || format_date(s.lang.get(), due)}</td>
                                    <td>{state}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {move || open.get().map(|id| view! { <Talk id=id/> })}
        </section>
    }
}

/// One one-on-one: prepared and held on one screen.
#[component]
fn Talk(id: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let talk = Memo::new(move |_| {
        s.data
            .with(|d| d.live::<OneOnOne>(id).map(|r| r.data.clone()))
    });
    let point_text = RwSignal::new(String::new());
    let point_by = RwSignal::new(Side::Head);
    let action_text = RwSignal::new(String::new());
    let action_owner = RwSignal::new(Side::Person);
    let action_due = RwSignal::new(None::<chrono::NaiveDate>);
    let notes = RwSignal::new(talk.get_untracked().map(|t| t.notes).unwrap_or_default());
    let add_point = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = point_text.get_untracked().trim().to_string();
        if text.is_empty() {
            return;
        }
        let by = point_by.get_untracked();
        edit(s, id, |o| {
            o.points.push(Point {
                by,
                text,
                discussed: false,
            })
        });
        point_text.set(String::new());
    };
    let add_action = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = action_text.get_untracked().trim().to_string();
        if text.is_empty() {
            return;
        }
        let (owner, due) = (action_owner.get_untracked(), action_due.get_untracked());
        edit(s, id, |o| {
            o.actions.push(Agreed {
                text,
                owner,
                due,
                done: None,
            })
        });
        action_text.set(String::new());
    };
    let side_select = move |name: &'static str, value: RwSignal<Side>| {
        view! {
            <select name=name aria-label=s.tr(MotMsg::Owner) on:change=move |ev| {
                value.set(if event_target_value(&ev) == "person" { Side::Person } else { Side::Head })
            }>
                <option value="head" selected=move || value.get() == Side::Head>{s.tr(MotMsg::SideName(Side::Head))}</option>
                <option value="person" selected=move || value.get() == Side::Person>{s.tr(MotMsg::SideName(Side::Person))}</option>
            </select>
        }
    };
    view! {
        {move || talk.get().map(|o| {
            let manager = o.manager;
            let date = o.date;
            let carried_list = s.data.with(|d| carried(d, manager, date));
            let overdue_steps = s.data.with(|d| plan_of(d, manager).map(|p| p.overdue(today()).into_iter().map(|(g, st)| (g.title.clone(), st.text.clone(), st.due)).collect::<Vec<_>>()).unwrap_or_default());
            let earlier = s.data.with(|d| of_person(d, manager).into_iter().filter(|(oid, x)| *oid != id && x.date < date).take(5).map(|(_, x)| x.clone()).collect::<Vec<_>>());
            view! {
                <article class="card talk" data-test="one-on-one">
                    <div class="contest-head">
                        <h2>{s.data.with(|d| d.short_name(manager).unwrap_or_default())}</h2>
                        <input type="date" name="talk-date" aria-label=s.tr(MotMsg::Due) prop:value=date_value(date)
                            on:change=move |ev| if let Some(d) = parse_date(&event_target_value(&ev)) { edit(s, id, |o| o.date = d) }/><DateShown date=Signal::derive(move || Some(date))/>
                    </div>
                    {(!carried_list.is_empty()).then(|| view! {
                        <h3>{s.tr(MotMsg::Carried)}</h3>
                        <ul class="plain carried" data-test="carried">
                            {carried_list.into_iter().map(|c| {
                                let (from, index) = (c.from, c.index);
                                view! {
                                    <li>
                                        {c.action.text.clone()} " "
                                        <span class="muted">{move || s.t(MotMsg::CarriedFrom(c.from_date))}</span> " "
                                        <button data-test="carried-done" on:click=move |_| edit(s, from, |o| if let Some(a) = o.actions.get_mut(index) { a.done = Some(today()) })>{s.tr(MotMsg::MarkDone)}</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    })}
                    {(!overdue_steps.is_empty()).then(|| view! {
                        <h3>{s.tr(MotMsg::OverdueSteps)}</h3>
                        <ul class="plain">
                            {overdue_steps.into_iter().map(|(goal, step, due)| view! {
                                <li>{step} " " <span class="muted">{format!("({goal}, ")}{move || format_date(s.lang.get(), due)}")"</span></li>
                            }).collect_view()}
                        </ul>
                    })}
                    <h3>{s.tr(MotMsg::Points)}</h3>
                    <ul class="plain points" data-test="points">
                        {o.points.iter().enumerate().map(|(i, p)| {
                            let discussed = p.discussed;
                            view! {
                                <li>
                                    <label class="check">
                                        <input type="checkbox" prop:checked=discussed on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            edit(s, id, |o| if let Some(p) = o.points.get_mut(i) { p.discussed = on });
                                        }/>
                                        <span>{p.text.clone()}</span>
                                    </label>
                                    " " <span class="chip muted">{s.tr(MotMsg::SideName(p.by))}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <form class="inline-form" on:submit=add_point data-test="point-form">
                        <input name="point-text" data-test="point-text" aria-label=s.tr(MotMsg::AddPoint) placeholder=s.tr(MotMsg::AddPoint)
                            prop:value=move || point_text.get() on:input=move |ev| point_text.set(event_target_value(&ev))/>
                        {side_select("point-by", point_by)}
                        <button type="submit">{s.tr(MotMsg::AddPoint)}</button>
                    </form>
                    <label class="wide">{s.tr(MotMsg::Notes)}
                        <textarea name="talk-notes" data-test="talk-notes" rows="4" prop:value=move || notes.get()
                            on:input=move |ev| notes.set(event_target_value(&ev))
                            on:change=move |_| { let n = notes.get_untracked(); edit(s, id, |o| o.notes = n) }></textarea>
                    </label>
                    <fieldset class="mood" data-test="mood">
                        <legend>{s.tr(MotMsg::Mood)}</legend>
                        {MOOD.map(|m| view! {
                            <label class="check">
                                <input type="radio" name="mood" value=m.to_string() prop:checked=o.mood == Some(m)
                                    on:change=move |_| edit(s, id, |o| o.mood = Some(m))/>
                                <span>{s.tr(MotMsg::MoodValue(m))}</span>
                            </label>
                        }).collect_view()}
                    </fieldset>
                    <h3>{s.tr(MotMsg::Actions)}</h3>
                    <ul class="plain actions" data-test="talk-actions">
                        {o.actions.iter().enumerate().map(|(i, a)| {
                            let done = a.done.is_some();
                            let due = a.due;
                            view! {
                                <li>
                                    <label class="check">
                                        <input type="checkbox" prop:checked=done on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            edit(s, id, |o| if let Some(a) = o.actions.get_mut(i) { a.done = on.then(today) });
                                        }/>
                                        <span>{a.text.clone()}</span>
                                    </label>
                                    " " <span class="chip muted">{s.tr(MotMsg::SideName(a.owner))}</span>
                                    {due.map(|d| view! { " " <span class="muted">{move || format_date(s.lang.get(), d)}</span> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <form class="inline-form" on:submit=add_action data-test="action-form">
                        <input name="action-text" data-test="action-text" aria-label=s.tr(MotMsg::AddAction) placeholder=s.tr(MotMsg::AddAction)
                            prop:value=move || action_text.get() on:input=move |ev| action_text.set(event_target_value(&ev))/>
                        {side_select("action-owner", action_owner)}
                        <input type="date" name="action-due" aria-label=s.tr(MotMsg::Due)
                            on:change=move |ev| action_due.set(parse_date(&event_target_value(&ev)))/>
                        <button type="submit" data-test="add-action">{s.tr(MotMsg::AddAction)}</button>
                    </form>
                    {(!earlier.is_empty()).then(|| view! {
                        <details class="earlier">
                            <summary>{s.tr(MotMsg::Earlier)}</summary>
                            {earlier.into_iter().map(|x| view! {
                                <div class="earlier-talk">
                                    <strong>{move || format_date(s.lang.get(), x.date)}</strong>
                                    {x.mood.map(|m| view! { " · " {s.tr(MotMsg::MoodValue(m))} })}
                                    <p class="report-text">{x.notes.clone()}</p>
                                </div>
                            }).collect_view()}
                        </details>
                    })}
                </article>
            }
        })}
    }
}
