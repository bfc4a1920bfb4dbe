//! C3 discipline at `/discipline`: the month's register of violations — lateness and absence found in meeting
//! attendance, CRM hygiene below the bar, days without a report, and those written by hand (a breach of a
//! standard…) — each with the head's decision (noted, a warning, dismissed) and an optional share of the month's
//! bonus, kept as the violation's own bonus reduction (personal: the register itself carries no pay), which the
//! payslip shows with its reason; counts per person.

use crate::domain::control::standard::standards;
use crate::domain::control::violation::{
    counts, register, Decision, Entry, Violation, ViolationKind, HYGIENE_BAR,
};
use crate::domain::core::bp::Bp;
use crate::domain::core::date::{add_months, month_end, month_start};
use crate::domain::core::locale::{format_date, month_title};
use crate::domain::motivation::reduction::{decide, share_of};
use crate::domain::{Lang, RecordId};
use crate::ui::components::widgets::{
    active_people, ChoiceSelect, DateField, PersonPicker, TableScroller, WhenComplete,
};
use crate::ui::pages::control::discipline_words::DisciplineMsg;
use crate::ui::pages::organisation::crm_words::CrmMsg;
use crate::ui::pages::organisation::time_words::TimeMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn DisciplinePage() -> impl IntoView {
    view! { <WhenComplete><Discipline/></WhenComplete> }
}

/// The reason of a violation's bonus reduction on the payslip: what happened and when, and the share, in the
/// department's language (Russian: the payslip is a document).
fn reason_line(data: &crate::domain::Dataset, v: &Violation, bp: Bp) -> String {
    let standard = v
        .standard
        .and_then(|s| data.live::<crate::domain::control::standard::Standard>(s))
        .map(|r| r.data.title.clone());
    DisciplineMsg::ReasonLine(v.clone(), standard, bp).text(Lang::Ru)
}

#[component]
fn Discipline() -> impl IntoView {
    let s = expect_context::<AppState>();
    let month = RwSignal::new(month_start(today()));
    let entries = Memo::new(move |_| {
        let from = month.get();
        let to = month_end(from);
        s.data
            .with(|d| register(d, &d.calendar(), from, to, today()))
    });
    let tally = Memo::new(move |_| counts(&entries.get()));
    view! {
        <section class="discipline-page">
            <div class="page-head">
                <h1>{s.tr(DisciplineMsg::DisciplineTitle)}</h1>
                <div class="row">
                    <button class="secondary" aria-label=s.tr(DisciplineMsg::PreviousMonth) on:click=move |_| month.update(|m| *m = add_months(*m, -1))>"‹"</button>
                    <strong data-test="discipline-month">{move || month_title(s.lang.get(), month.get())}</strong>
                    <button class="secondary" aria-label=s.tr(DisciplineMsg::NextMonth) on:click=move |_| month.update(|m| *m = add_months(*m, 1))>"›"</button>
                </div>
            </div>
            <p class="muted formula">{move || DisciplineMsg::DisciplineRule(HYGIENE_BAR).text(s.lang.get())}</p>
            <div class="card" data-test="violation-counts">
                <h2>{s.tr(DisciplineMsg::CountsTitle)}</h2>
                <TableScroller label=DisciplineMsg::CountsTitle>
                    <table class="compact">
                        <thead><tr>
                            <th scope="col">{s.tr(CrmMsg::Person)}</th>
                            {ViolationKind::ALL.into_iter().map(|k| view! { <th scope="col" class="num">{s.tr(DisciplineMsg::ViolationName(k))}</th> }).collect_view()}
                            <th scope="col" class="num">{s.tr(DisciplineMsg::Warnings)}</th>
                        </tr></thead>
                        <tbody>
                            {move || {
                                let t = tally.get();
                                s.data.with(|d| d.managers_by_name().into_iter().filter(|m| t.contains_key(&m.id)).map(|m| {
                                    let c = t[&m.id].clone();
                                    view! {
                                        <tr data-manager=m.id.to_string()>
                                            <th scope="row">{m.data.short_name()}</th>
                                            {ViolationKind::ALL.into_iter().map(|k| view! { <td class="num">{c.by_kind.get(&k).copied().unwrap_or(0)}</td> }).collect_view()}
                                            <td class="num">{c.warnings}</td>
                                        </tr>
                                    }
                                }).collect_view())
                            }}
                        </tbody>
                    </table>
                </TableScroller>
            </div>
            <div class="card" data-test="register">
                <h2>{s.tr(DisciplineMsg::RegisterTitle)}</h2>
                {move || {
                    let list = entries.get();
                    if list.is_empty() {
                        view! { <p class="muted">{s.tr(DisciplineMsg::NoViolations)}</p> }.into_any()
                    } else {
                        view! {
                            <TableScroller label=DisciplineMsg::RegisterTitle>
                                <table class="compact register">
                                    <thead><tr>
                                        <th scope="col">{s.tr(TimeMsg::Date)}</th>
                                        <th scope="col">{s.tr(CrmMsg::Person)}</th>
                                        <th scope="col">{s.tr(TimeMsg::Kind)}</th>
                                        <th scope="col">{s.tr(DisciplineMsg::Detail)}</th>
                                        <th scope="col">{s.tr(DisciplineMsg::DecisionLabel)}</th>
                                        <th scope="col">{s.tr(DisciplineMsg::BonusShare)}</th>
                                    </tr></thead>
                                    <tbody>
                                        {list.into_iter().map(|e| view! { <EntryRow entry=e/> }).collect_view()}
                                    </tbody>
                                </table>
                            </TableScroller>
                        }.into_any()
                    }
                }}
            </div>
            <NewViolation/>
        </section>
    }
}

#[component]
fn EntryRow(entry: Entry) -> impl IntoView {
    let s = expect_context::<AppState>();
    let v = entry.violation.clone();
    let id = entry
        .id
        .or_else(|| v.origin.map(|o| Violation::id_for(v.manager, o)))
        .unwrap_or_else(uuid::Uuid::new_v4);
    let who = s
        .data
        .with_untracked(|d| d.short_name(v.manager))
        .unwrap_or_default();
    let bp_now = s.data.with_untracked(|d| share_of(d, id));
    let share = RwSignal::new(
        bp_now
            .map(|bp| bp.whole_percent().to_string())
            .unwrap_or_default(),
    );
    let save = move |next: Violation, bp: Option<Bp>| {
        let edits = s
            .data
            .with_untracked(|d| decide(d, id, next, bp, |x, bp| reason_line(d, x, bp)));
        s.save_soon(edits);
    };
    let (v1, v2) = (v.clone(), v.clone());
    let detail = v.clone();
    let hygiene = entry.hygiene;
    view! {
        <tr data-test="violation" data-kind=format!("{:?}", v.kind) data-manager=v.manager.to_string() class:dismissed={v.decision == Decision::Dismissed}>
            <td>{move || format_date(s.lang.get(), v.date)}</td>
            <td>{who.clone()}</td>
            <td>{s.tr(DisciplineMsg::ViolationName(v.kind))}</td>
            <td>{move || DisciplineMsg::ViolationDetail(detail.clone(), hygiene).text(s.lang.get())}</td>
            <td>
                <select aria-label=format!("{who}: {}", DisciplineMsg::DecisionLabel.text(s.lang.get_untracked())) data-test="decision" on:change=move |ev| {
                    let d = match event_target_value(&ev).as_str() { "warning" => Decision::Warning, "dismissed" => Decision::Dismissed, _ => Decision::Noted };
                    save(Violation { decision: d, ..v1.clone() }, s.data.with_untracked(|data| share_of(data, id)))
                }>
                    {[(Decision::Noted, "noted"), (Decision::Warning, "warning"), (Decision::Dismissed, "dismissed")].into_iter().map(|(d, val)| view! {
                        <option value=val selected=entry.violation.decision == d>{s.tr(DisciplineMsg::DecisionName(d))}</option>
                    }).collect_view()}
                </select>
                {entry.id.is_none().then(|| view! { <span class="muted">" "{s.tr(DisciplineMsg::Found)}</span> })}
            </td>
            <td>
                <input type="number" min="0" max="100" class="short" inputmode="numeric" data-test="share" aria-label=format!("{}: %", DisciplineMsg::BonusShare.text(s.lang.get_untracked()))
                    prop:value=move || share.get()
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        share.set(text.clone());
                        let bp = Bp::parse_whole_percent(&text);
                        save(v2.clone(), bp)
                    }/>
                " %"
            </td>
        </tr>
    }
}

#[component]
fn NewViolation() -> impl IntoView {
    let s = expect_context::<AppState>();
    let people = active_people(s);
    let manager = RwSignal::new(None::<RecordId>);
    let date = RwSignal::new(today());
    let kind = RwSignal::new(ViolationKind::Standard);
    let standard = RwSignal::new(None::<RecordId>);
    let note = RwSignal::new(String::new());
    let problem = RwSignal::new(false);
    let list: Vec<(RecordId, String)> = s.data.with_untracked(|d| {
        standards(d)
            .into_iter()
            .map(|(id, x)| (id, x.title.clone()))
            .collect()
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(m) = manager.get_untracked() else {
            problem.set(true);
            return;
        };
        let k = kind.get_untracked();
        let v = Violation {
            manager: m,
            date: date.get_untracked(),
            kind: k,
            origin: None,
            standard: if k == ViolationKind::Standard {
                standard.get_untracked()
            } else {
                None
            },
            note: note.get_untracked().trim().to_string(),
            decision: Decision::Noted,
        };
        if !v.problems().is_empty() || (v.note.is_empty() && v.standard.is_none()) {
            problem.set(true);
            return;
        }
        problem.set(false);
        let edits = s.data.with_untracked(|d| {
            decide(d, uuid::Uuid::new_v4(), v, None, |x, bp| {
                reason_line(d, x, bp)
            })
        });
        s.save_then(edits, move || {
            note.set(String::new());
        });
    };
    view! {
        <form class="card" data-test="new-violation" on:submit=submit>
            <h2>{s.tr(DisciplineMsg::NewViolation)}</h2>
            <div class="form-row">
                <label class="stack"><span>{s.tr(CrmMsg::Person)}</span>
                    <PersonPicker name="manager" people=people value=manager none=crate::ui::i18n::Msg::NotChosen/>
                </label>
                <label class="stack"><span>{s.tr(TimeMsg::Date)}</span>
                    <DateField name="date" value=date/>
                </label>
                <label class="stack"><span>{s.tr(TimeMsg::Kind)}</span>
                    <ChoiceSelect name="kind" options=ViolationKind::ALL.to_vec() value=kind.into()
                        on_pick=Callback::new(move |k| kind.set(k)) label=|k| DisciplineMsg::ViolationName(k).into()/>
                </label>
                <Show when=move || kind.get() == ViolationKind::Standard>
                    <label class="stack"><span>{s.tr(DisciplineMsg::StandardLabel)}</span>
                        <select name="standard" on:change=move |ev| standard.set(event_target_value(&ev).parse().ok())>
                            <option value="">"—"</option>
                            {list.clone().into_iter().map(|(id, t)| view! { <option value=id.to_string()>{t}</option> }).collect_view()}
                        </select>
                    </label>
                </Show>
            </div>
            <label class="stack"><span>{s.tr(DisciplineMsg::WhatHappened)}</span>
                <input type="text" name="note" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))/>
            </label>
            <Show when=move || problem.get()>
                <p class="banner error inline" role="alert">{s.tr(DisciplineMsg::FillViolation)}</p>
            </Show>
            <button type="submit" data-test="save-violation">{s.tr(DisciplineMsg::SaveViolation)}</button>
        </form>
    }
}
