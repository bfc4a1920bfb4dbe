//! O7 a candidate at `/hiring/:id`: who, the stages so far, moving on (or out, or back in), the interviewers'
//! scorecards with the panel's counts, a new scorecard, hiring at the offer (the manager, the ramp plan, the
//! probation's last day), and erasing the personal data of one who left.

mod hire;
mod scorecards;

use hire::{EraseForm, HireForm};
use scorecards::Scorecards;

use crate::domain::core::locale::format_date;
use crate::domain::team::hiring::candidate::{Candidate, MoveError};
use crate::domain::team::hiring::candidate_of;
use crate::domain::team::hiring::stage::{LeaveReason, Stage};
use crate::domain::team::hiring::vacancy::Vacancy;
use crate::domain::RecordId;
use crate::ui::components::widgets::{ChoiceSelect, DateField, WhenComplete};
use crate::ui::pages::team::words::HrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn CandidatePage() -> impl IntoView {
    view! { <WhenComplete><CandidateCard/></WhenComplete> }
}

#[component]
fn CandidateCard() -> impl IntoView {
    let s = expect_context::<AppState>();
    let params = use_params_map();
    let id =
        Memo::new(move |_| params.with(|p| p.get("id").and_then(|v| v.parse::<RecordId>().ok())));
    // Erased candidates are tombstones: read them from the table, not as live records.
    let candidate = Memo::new(move |_| {
        let id = id.get()?;
        s.data.with(|d| candidate_of(d, id).cloned())
    });
    let vacancy = Memo::new(move |_| {
        let v = candidate.get()?.vacancy;
        s.data
            .with(|d| d.live::<Vacancy>(v).map(|r| r.data.clone()))
    });
    view! {
        <section class="candidate-page">
            <A href=crate::ui::href("/hiring")>{s.tr(HrMsg::Title)}</A>
            {move || match (id.get(), candidate.get()) {
                (Some(id), Some(c)) => {
                    let title = vacancy.get().map(|v| v.title).unwrap_or_default();
                    let erased = c.erased;
                    view! {
                        <div class="page-head">
                            <h1 data-test="candidate-name">{if c.full_name.is_empty() { "—".to_string() } else { c.full_name.clone() }}</h1>
                            <span class="muted">{title}</span>
                        </div>
                        <p class="muted no-print">{s.tr(HrMsg::PersonalData)}</p>
                        {match erased {
                            Some(day) => view! { <p class="banner" data-test="erased">{s.tr(HrMsg::Erased(day))}</p> }.into_any(),
                            None => view! {
                                {c.manager.map(|m| {
                                    let name = s.data.with_untracked(|d| d.short_name(m)).unwrap_or_default();
                                    view! { <p><A href=crate::ui::href(&format!("/team/{m}")) attr:data-test="new-manager">{move || HrMsg::Hired(name.clone()).text(s.lang.get())}</A></p> }
                                })}
                                <Details c=c.clone()/>
                                <Moves id=id c=c.clone()/>
                                {(c.stage() == Stage::Offer && c.left.is_none()).then(|| view! { <HireForm id=id/> })}
                                <Scorecards id=id/>
                                {c.left.is_some().then(|| view! { <EraseForm id=id/> })}
                            }.into_any(),
                        }}
                        <History c=c/>
                    }.into_any()
                }
                _ => view! { <p class="muted">{s.tr(HrMsg::NoCandidates)}</p> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn Details(c: Candidate) -> impl IntoView {
    let s = expect_context::<AppState>();
    view! {
        <dl class="facts card">
            <dt>{s.tr(HrMsg::Stage)}</dt>
            <dd>{s.tr(HrMsg::StageName(c.stage()))}{c.left.as_ref().map(|l| view! { " · "{s.tr(HrMsg::LeaveName(l.reason))} })}</dd>
            <dt>{s.tr(HrMsg::Source)}</dt><dd>{c.source.clone()}</dd>
            {(!c.phone.is_empty()).then(|| view! { <dt>{s.tr(HrMsg::Phone)}</dt><dd><a href=format!("tel:{}", c.phone)>{c.phone.clone()}</a></dd> })}
            {(!c.email.is_empty()).then(|| view! { <dt>{s.tr(HrMsg::Email)}</dt><dd><a href=format!("mailto:{}", c.email)>{c.email.clone()}</a></dd> })}
            {(!c.resume.is_empty()).then(|| {
                let link = c.resume.starts_with("https://") || c.resume.starts_with("http://");
                view! {
                    <dt>{s.tr(HrMsg::Resume)}</dt>
                    <dd class="wrap">{if link {
                        view! { <a href=c.resume.clone() target="_blank" rel="noopener noreferrer">{c.resume.clone()}</a> }.into_any()
                    } else {
                        view! { {c.resume.clone()} }.into_any()
                    }}</dd>
                }
            })}
        </dl>
    }
}

#[component]
fn History(c: Candidate) -> impl IntoView {
    let s = expect_context::<AppState>();
    view! {
        <article class="card">
            <h2>{s.tr(HrMsg::History)}</h2>
            <ol data-test="moves">
                {c.moves.iter().map(|m| {
                    let (stage, on) = (m.stage, m.on);
                    view! { <li>{s.tr(HrMsg::StageName(stage))}" · "{move || format_date(s.lang.get(), on)}</li> }
                }).collect_view()}
                {c.left.clone().map(|l| view! { <li>{s.tr(HrMsg::LeaveName(l.reason))}" · "{move || format_date(s.lang.get(), l.on)}{(!l.note.is_empty()).then(|| format!(": {}", l.note))}</li> })}
            </ol>
        </article>
    }
}

#[component]
fn Moves(id: RecordId, c: Candidate) -> impl IntoView {
    let s = expect_context::<AppState>();
    let next = c
        .stage()
        .next()
        .filter(|n| *n != Stage::Probation)
        .unwrap_or(c.stage());
    let stage = RwSignal::new(next);
    let on = RwSignal::new(today());
    let reason = RwSignal::new(LeaveReason::Rejected);
    let note = RwSignal::new(String::new());
    let refused = RwSignal::new(None::<MoveError>);
    let save = move |result: Result<Candidate, MoveError>| match result {
        Ok(next) => {
            refused.set(None);
            s.put(id, next);
        }
        Err(e) => refused.set(Some(e)),
    };
    let (c1, c2, c3) = (c.clone(), c.clone(), c.clone());
    let options: Vec<Stage> = Stage::ALL
        .into_iter()
        .filter(|s| *s != Stage::Probation)
        .collect();
    view! {
        <article class="card" data-test="move-candidate">
            {(c.left.is_none() && c.stage() != Stage::Hired).then(|| view! {
                <div class="inline-form">
                    <label class="stack"><span>{s.tr(HrMsg::MoveTo)}</span>
                        <ChoiceSelect name="stage" options=options value=Signal::derive(move || stage.get())
                            on_pick=Callback::new(move |v| stage.set(v)) label=|v| HrMsg::StageName(v).into()/>
                    </label>
                    <label class="stack"><span>{s.tr(HrMsg::On)}</span>
                        <DateField name="on" value=on/>
                    </label>
                    <button type="button" data-test="move" on:click=move |_| save(c1.moved(stage.get_untracked(), on.get_untracked()))>{s.tr(HrMsg::Move)}</button>
                </div>
            })}
            {(c.left.is_none() && !c.stage().is_employed()).then(|| view! {
                <div class="inline-form">
                    <label class="stack"><span>{s.tr(HrMsg::Reason)}</span>
                        <ChoiceSelect name="reason" options=LeaveReason::ALL.to_vec() value=Signal::derive(move || reason.get())
                            on_pick=Callback::new(move |v| reason.set(v)) label=|v| HrMsg::LeaveName(v).into()/>
                    </label>
                    <label class="stack grow"><span>{s.tr(HrMsg::Notes)}</span>
                        <input type="text" name="leave-note" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))/>
                    </label>
                    <button type="button" class="secondary" data-test="leave" on:click=move |_| save(c2.leaving(reason.get_untracked(), on.get_untracked(), &note.get_untracked()))>{s.tr(HrMsg::Leave)}</button>
                </div>
            })}
            {c.left.is_some().then(|| view! {
                <button type="button" data-test="return" on:click=move |_| save(c3.returned())>{s.tr(HrMsg::Return)}</button>
            })}
            {move || refused.get().map(|e| view! { <p class="banner error inline" role="alert">{s.tr(HrMsg::MoveRefused(e))}</p> })}
            {(c.stage() == Stage::Final || c.stage() == Stage::RolePlay).then(|| view! {
                <A href=crate::ui::href(&format!("/hiring/{id}/final")) attr:class="button primary" attr:data-test="final-interview">{s.tr(HrMsg::FinalInterview)}</A>
            })}
        </article>
    }
}
