//! O7 a candidate at `/hiring/:id`: who, the stages so far, moving on (or out, or back in), the interviewers'
//! scorecards with the panel's counts, a new scorecard, hiring at the offer (the manager, the ramp plan, the
//! probation's last day), and erasing the personal data of one who left.

use crate::domain::core::locale::{format_date, month_title};
use crate::domain::planning::new_hires::ramp_plan;
use crate::domain::team::hiring::candidate::{Candidate, MoveError};
use crate::domain::team::hiring::interview::{panel, Interview};
use crate::domain::team::hiring::onboarding::{probation_end, StepKind, PROBATION_MAX_MONTHS};
use crate::domain::team::hiring::stage::{LeaveReason, Stage, Verdict};
use crate::domain::team::hiring::vacancy::Vacancy;
use crate::domain::team::hiring::{candidate_of, erase, hire, Hire};
use crate::domain::training::first_steps::{first_steps, StepTexts};
use crate::domain::{Edit, RecordId};
use crate::ui::components::widgets::{
    ChoiceSelect, DateField, DateInput, TableScroller, WhenComplete,
};
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
            s.save_soon(vec![Edit::put(id, next)]);
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

#[component]
fn HireForm(id: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let first = RwSignal::new(today());
    let months = RwSignal::new(PROBATION_MAX_MONTHS);
    let refused = RwSignal::new(None::<MoveError>);
    let ramp = Memo::new(move |_| s.data.with(|d| ramp_plan(first.get(), &d.settings().ramp)));
    let submit = move |_| {
        let lang = s.lang.get_untracked();
        let text = |k: StepKind| HrMsg::StepName(k).text(lang);
        let texts = StepTexts {
            product: text(StepKind::Product),
            crm: text(StepKind::Crm),
            script: text(StepKind::Script),
            certification: text(StepKind::Certification),
        };
        let manager = uuid::Uuid::new_v4();
        let edits = s.data.with_untracked(|d| {
            hire(
                d,
                id,
                manager,
                &Hire {
                    on: first.get_untracked(),
                    probation_months: months.get_untracked(),
                    steps: first_steps(d, &texts),
                },
            )
        });
        match edits {
            Ok(edits) => {
                refused.set(None);
                // Once saved, the candidate is at work and the card links to the new manager.
                s.save_soon(edits);
            }
            Err(e) => refused.set(Some(e)),
        }
    };
    view! {
        <article class="card" data-test="hire">
            <h2>{s.tr(HrMsg::HireTitle)}</h2>
            <div class="inline-form">
                <label class="stack"><span>{s.tr(HrMsg::FirstDay)}</span>
                    <DateField name="first-day" value=first/>
                </label>
                <label class="stack"><span>{s.tr(HrMsg::ProbationMonths)}</span>
                    <select name="probation" on:change=move |ev| months.set(event_target_value(&ev).parse().unwrap_or(PROBATION_MAX_MONTHS))>
                        {(1..=PROBATION_MAX_MONTHS).map(|m| view! { <option value=m.to_string() selected=move || months.get() == m>{m}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            <p data-test="probation-end">{move || HrMsg::ProbationEnds(probation_end(first.get(), months.get())).text(s.lang.get())}</p>
            <p class="muted">{s.tr(HrMsg::ProbationLaw)}</p>
            <h3>{s.tr(HrMsg::RampPlan)}</h3>
            <ul class="plain" data-test="ramp">
                {move || ramp.get().into_iter().map(|(m, p)| view! { <li>{move || HrMsg::RampMonth(month_title(s.lang.get(), m), p).text(s.lang.get())}</li> }).collect_view()}
            </ul>
            {move || refused.get().map(|e| view! { <p class="banner error inline" role="alert">{s.tr(HrMsg::MoveRefused(e))}</p> })}
            <button type="button" class="primary" data-test="hire-button" on:click=submit>{s.tr(HrMsg::Hire)}</button>
        </article>
    }
}

#[component]
fn Scorecards(id: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let board = Memo::new(move |_| {
        s.data.with(|d| {
            let p = panel(d, id);
            let list: Vec<(RecordId, Interview)> = p
                .interviews
                .iter()
                .map(|(i, x)| (*i, (*x).clone()))
                .collect();
            (list, p.attributes.clone(), p.recommendations, p.has_veto())
        })
    });
    let vacancy = Memo::new(move |_| {
        s.data.with(|d| {
            let v = d.live::<Candidate>(id)?.data.vacancy;
            d.live::<Vacancy>(v).map(|r| r.data.clone())
        })
    });
    let attribute_text = move |a: u16| {
        vacancy
            .with(|v| {
                v.as_ref()
                    .and_then(|v| v.attribute(a))
                    .map(|x| x.text.clone())
            })
            .unwrap_or_default()
    };
    view! {
        <article class="card" data-test="scorecards">
            <h2>{s.tr(HrMsg::Scorecards)}</h2>
            {move || {
                let (list, attributes, recs, veto) = board.get();
                if list.is_empty() {
                    return view! { <p class="muted">{s.tr(HrMsg::NoScorecards)}</p> }.into_any();
                }
                view! {
                    <h3>{s.tr(HrMsg::Panel)}</h3>
                    <TableScroller label=HrMsg::Panel>
                        <table class="grid" data-test="panel">
                            <thead><tr>
                                <th scope="col">{s.tr(HrMsg::Attribute)}</th>
                                {Verdict::ALL.into_iter().map(|v| view! { <th scope="col">{s.tr(HrMsg::VerdictName(v))}</th> }).collect_view()}
                            </tr></thead>
                            <tbody>
                                {attributes.into_iter().map(|(a, tally)| view! {
                                    <tr><th scope="row">{attribute_text(a)}</th>{tally.iter().map(|n| view! { <td class="num">{*n}</td> }).collect_view()}</tr>
                                }).collect_view()}
                                <tr class="total"><th scope="row">{s.tr(HrMsg::Recommendation)}</th>{recs.iter().map(|n| view! { <td class="num">{*n}</td> }).collect_view()}</tr>
                            </tbody>
                        </table>
                    </TableScroller>
                    {veto.then(|| view! { <p class="banner warn" data-test="veto">{s.tr(HrMsg::Veto)}</p> })}
                    <ul class="plain">
                        {list.into_iter().map(|(_, i)| {
                            let (stage, date) = (i.stage, i.date);
                            view! {
                                <li data-test="scorecard">
                                    <strong>{i.interviewer.clone()}</strong>" · "{s.tr(HrMsg::StageName(stage))}" · "{move || format_date(s.lang.get(), date)}
                                    " · "{i.recommendation.map(|v| s.tr(HrMsg::VerdictName(v)))}
                                    {(!i.notes.is_empty()).then(|| view! { <p class="muted">{i.notes.clone()}</p> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {move || vacancy.get().map(|v| view! { <NewScorecard id=id vacancy=v/> })}
        </article>
    }
}

#[component]
fn NewScorecard(id: RecordId, vacancy: Vacancy) -> impl IntoView {
    let s = expect_context::<AppState>();
    let v = vacancy.clone();
    let draft = RwSignal::new(Interview::blank(
        id,
        &vacancy,
        Stage::Interview,
        "",
        today(),
    ));
    let pick_stage = move |stage: Stage| {
        draft.update(|d| {
            let who = d.interviewer.clone();
            *d = Interview::blank(id, &v, stage, &who, d.date);
        })
    };
    let tried = RwSignal::new(false);
    let problems = Memo::new(move |_| draft.with(Interview::problems));
    let for_submit = vacancy.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let v = for_submit.clone();
        crate::ui::components::widgets::save_form(
            s,
            tried,
            problems,
            move || Edit::put(uuid::Uuid::new_v4(), draft.get_untracked()),
            move || {
                draft.update(|d| *d = Interview::blank(id, &v, d.stage, &d.interviewer, d.date))
            },
        );
    };
    let verdicts: Vec<Option<Verdict>> = std::iter::once(None)
        .chain(Verdict::ALL.into_iter().map(Some))
        .collect();
    let text_of = {
        let v = vacancy.clone();
        move |a: u16| v.attribute(a).map(|x| x.text.clone()).unwrap_or_default()
    };
    view! {
        <details class="new-scorecard">
            <summary>{s.tr(HrMsg::NewScorecard)}</summary>
            <form data-test="new-scorecard" on:submit=submit>
                <div class="form-row">
                    <label class="stack"><span>{s.tr(HrMsg::MoveTo)}</span>
                        <ChoiceSelect name="scorecard-stage" options=Stage::SCORED.to_vec() value=Signal::derive(move || draft.with(|d| d.stage))
                            on_pick=Callback::new(pick_stage) label=|v| HrMsg::StageName(v).into()/>
                    </label>
                    <label class="stack grow"><span>{s.tr(HrMsg::Interviewer)}</span>
                        <input type="text" name="interviewer" prop:value=move || draft.with(|d| d.interviewer.clone()) on:input=move |ev| draft.update(|d| d.interviewer = event_target_value(&ev))/>
                        <crate::ui::components::widgets::FieldError problems=problems field="interviewer" show=tried/>
                    </label>
                    <label class="stack"><span>{s.tr(HrMsg::On)}</span>
                        <DateInput name="date" value=Signal::derive(move || Some(draft.with(|x| x.date))) on_pick=Callback::new(move |d| draft.update(|x| x.date = d))/>
                    </label>
                </div>
                {move || draft.with(|d| d.ratings.iter().map(|r| r.attribute).collect::<Vec<_>>()).into_iter().enumerate().map(|(k, a)| {
                    let label = text_of(a);
                    let options = verdicts.clone();
                    view! {
                        <div class="form-row rating">
                            <label class="stack grow"><span>{label.clone()}</span>
                                <select name=format!("rating-{a}") on:change=move |ev| {
                                    let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                                    draft.update(|d| d.ratings[k].verdict = if i == 0 { None } else { Some(Verdict::ALL[i - 1]) });
                                }>
                                    {options.iter().enumerate().map(|(i, v)| {
                                        let v = *v;
                                        view! { <option value=i.to_string() selected=move || draft.with(|d| d.ratings.get(k).map(|r| r.verdict) == Some(v))>
                                            {match v { None => s.tr(HrMsg::NotRated), Some(v) => s.tr(HrMsg::VerdictName(v)) }}</option> }
                                    }).collect_view()}
                                </select>
                            </label>
                            <label class="stack grow"><span>{s.tr(HrMsg::Notes)}</span>
                                <input type="text" name=format!("note-{a}") prop:value=move || draft.with(|d| d.ratings.get(k).map(|r| r.note.clone()).unwrap_or_default())
                                    on:input=move |ev| draft.update(|d| d.ratings[k].note = event_target_value(&ev))/>
                            </label>
                        </div>
                    }
                }).collect_view()}
                <label class="stack"><span>{s.tr(HrMsg::Recommendation)}</span>
                    <select name="recommendation" on:change=move |ev| {
                        let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                        draft.update(|d| d.recommendation = if i == 0 { None } else { Some(Verdict::ALL[i - 1]) });
                    }>
                        <option value="0">{s.tr(HrMsg::NotRated)}</option>
                        {Verdict::ALL.into_iter().enumerate().map(|(i, v)| view! { <option value=(i + 1).to_string() selected=move || draft.with(|d| d.recommendation == Some(v))>{s.tr(HrMsg::VerdictName(v))}</option> }).collect_view()}
                    </select>
                </label>
                <label class="stack"><span>{s.tr(HrMsg::Notes)}</span>
                    <textarea name="notes" rows="2" prop:value=move || draft.with(|d| d.notes.clone()) on:input=move |ev| draft.update(|d| d.notes = event_target_value(&ev))></textarea>
                </label>
                <button type="submit" data-test="save-scorecard">{s.tr(HrMsg::SaveScorecard)}</button>
            </form>
        </details>
    }
}

#[component]
fn EraseForm(id: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let asked = RwSignal::new(false);
    let refused = RwSignal::new(None::<MoveError>);
    let really = move |_| match s.data.with_untracked(|d| erase(d, id, today())) {
        Ok(edits) => {
            leptos::task::spawn_local(async move {
                s.save_erasure(edits).await;
            });
        }
        Err(e) => refused.set(Some(e)),
    };
    view! {
        <article class="card danger" data-test="erase">
            <h2>{s.tr(HrMsg::EraseTitle)}</h2>
            <p>{s.tr(HrMsg::EraseHint)}</p>
            {move || if asked.get() {
                view! { <button type="button" class="danger" data-test="erase-sure" on:click=really>{s.tr(HrMsg::EraseSure)}</button> }.into_any()
            } else {
                view! { <button type="button" class="secondary" data-test="erase-button" on:click=move |_| asked.set(true)>{s.tr(HrMsg::Erase)}</button> }.into_any()
            }}
            {move || refused.get().map(|e| view! { <p class="banner error inline" role="alert">{s.tr(HrMsg::MoveRefused(e))}</p> })}
        </article>
    }
}
