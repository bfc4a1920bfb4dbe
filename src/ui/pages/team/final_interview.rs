//! O7 the final interview with the head at `/hiring/:id/final`, on the tablet in large type: the vacancy's guide
//! question by question with a note under each, the final's scorecard (its attributes on the five-step scale), the
//! role-play marked on the vacancy's training scorecard with its score shown from its parts, the recommendation.
//! One interview record per visit, saved again as it is filled in.

use crate::domain::team::hiring::candidate_of;
use crate::domain::team::hiring::interview::{Interview, PlayMark, RolePlay};
use crate::domain::team::hiring::stage::{Stage, Verdict};
use crate::domain::team::hiring::vacancy::Vacancy;
use crate::domain::training::review::score_marks;
use crate::domain::training::scorecard::Scorecard;
use crate::domain::RecordId;
use crate::ui::components::widgets::WhenComplete;
use crate::ui::pages::team::words::HrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn FinalInterviewPage() -> impl IntoView {
    view! { <WhenComplete><FinalInterview/></WhenComplete> }
}

#[component]
fn FinalInterview() -> impl IntoView {
    let s = expect_context::<AppState>();
    let params = use_params_map();
    let id = params.with_untracked(|p| p.get("id").and_then(|v| v.parse::<RecordId>().ok()));
    let found = id.and_then(|id| {
        s.data.with_untracked(|d| {
            let c = candidate_of(d, id)?.clone();
            let v = d.live::<Vacancy>(c.vacancy)?.data.clone();
            let card = v
                .role_play
                .and_then(|card| d.live::<Scorecard>(card).map(|r| r.data.clone()));
            Some((id, c, v, card))
        })
    });
    match found {
        None => view! { <p class="muted">{s.tr(HrMsg::NoCandidates)}</p> }.into_any(),
        Some((id, c, v, card)) => {
            view! { <Sheet id=id name=c.full_name vacancy=v card=card/> }.into_any()
        }
    }
}

#[component]
fn Sheet(id: RecordId, name: String, vacancy: Vacancy, card: Option<Scorecard>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let record = uuid::Uuid::new_v4();
    let mut blank = Interview::blank(
        id,
        &vacancy,
        Stage::Final,
        &HrMsg::Head.text(s.lang.get_untracked()),
        today(),
    );
    if let Some(c) = &card {
        blank.role_play = Some(RolePlay {
            scorecard: vacancy.role_play.unwrap_or_default(),
            scenario: String::new(),
            marks: c
                .criteria
                .iter()
                .map(|cr| PlayMark {
                    criterion: cr.id,
                    value: None,
                    comment: String::new(),
                })
                .collect(),
        });
    }
    let draft = RwSignal::new(blank);
    let saved = RwSignal::new(false);
    let save = move |_| {
        let i = draft.get_untracked();
        s.put_then(record, i, move || {
            saved.set(true);
        });
    };
    let guide = vacancy.guide.clone();
    let v2 = vacancy.clone();
    let card2 = card.clone();
    let score = Memo::new(move |_| {
        let c = card2.as_ref()?;
        draft.with(|d| {
            d.role_play
                .as_ref()
                .map(|rp| score_marks(|cr| rp.mark(cr), c).total)
        })
    });
    view! {
        <section class="reader final-interview" data-test="final-sheet">
            <A href=crate::ui::href(&format!("/hiring/{id}"))>{s.tr(HrMsg::BackToCandidate)}</A>
            <h1>{s.tr(HrMsg::FinalInterview)}": "{name}</h1>
            <p class="muted">{s.tr(HrMsg::FinalHint)}</p>
            {guide.into_iter().enumerate().map(|(k, q)| view! {
                <section class="reader-stage">
                    <h2>{s.tr(HrMsg::Question(k))}</h2>
                    <p>{q}</p>
                    <textarea name=format!("answer-{k}") rows="3" aria-label=s.tr(HrMsg::Question(k))
                        prop:value=move || draft.with(|d| d.answers.get(k).cloned().unwrap_or_default())
                        on:input=move |ev| draft.update(|d| if let Some(a) = d.answers.get_mut(k) { *a = event_target_value(&ev) })></textarea>
                </section>
            }).collect_view()}
            <section class="reader-stage">
                <h2>{s.tr(HrMsg::Scorecards)}</h2>
                {v2.focus(Stage::Final).enumerate().map(|(k, a)| {
                    let text = a.text.clone();
                    view! {
                        <fieldset class="verdicts">
                            <legend>{text}</legend>
                            {Verdict::ALL.into_iter().map(|v| view! {
                                <label class="check big">
                                    <input type="radio" name=format!("final-{k}") prop:checked=move || draft.with(|d| d.ratings.get(k).and_then(|r| r.verdict) == Some(v))
                                        on:change=move |_| draft.update(|d| if let Some(r) = d.ratings.get_mut(k) { r.verdict = Some(v) })/>
                                    <span>{s.tr(HrMsg::VerdictName(v))}</span>
                                </label>
                            }).collect_view()}
                        </fieldset>
                    }
                }).collect_view()}
            </section>
            {card.map(|c| view! {
                <section class="reader-stage" data-test="role-play">
                    <h2>{s.tr(HrMsg::RolePlay)}</h2>
                    <label class="stack"><span>{s.tr(HrMsg::Scenario)}</span>
                        <input type="text" name="scenario" prop:value=move || draft.with(|d| d.role_play.as_ref().map(|r| r.scenario.clone()).unwrap_or_default())
                            on:input=move |ev| draft.update(|d| if let Some(r) = d.role_play.as_mut() { r.scenario = event_target_value(&ev) })/>
                    </label>
                    {c.criteria.iter().enumerate().map(|(k, cr)| {
                        let marks: Vec<u8> = cr.scale.marks().collect();
                        view! {
                            <label class="stack"><span>{cr.text.clone()}</span>
                                <select name=format!("mark-{}", cr.id) on:change=move |ev| {
                                    let v = event_target_value(&ev).parse::<u8>().ok();
                                    draft.update(|d| if let Some(m) = d.role_play.as_mut().and_then(|r| r.marks.get_mut(k)) { m.value = v });
                                }>
                                    <option value="">{s.tr(HrMsg::NotApplicable)}</option>
                                    {marks.into_iter().map(|m| view! { <option value=m.to_string()>{m}</option> }).collect_view()}
                                </select>
                            </label>
                        }
                    }).collect_view()}
                    <p class="big" data-test="role-play-score">{move || score.get().map(|p| HrMsg::RolePlayScore(p.points as i64, p.possible as i64).text(s.lang.get()))}</p>
                </section>
            })}
            <section class="reader-stage">
                <h2>{s.tr(HrMsg::Recommendation)}</h2>
                <fieldset class="verdicts">
                    <legend class="visually-hidden">{s.tr(HrMsg::Recommendation)}</legend>
                    {Verdict::ALL.into_iter().map(|v| view! {
                        <label class="check big">
                            <input type="radio" name="recommendation" prop:checked=move || draft.with(|d| d.recommendation == Some(v))
                                on:change=move |_| draft.update(|d| d.recommendation = Some(v))/>
                            <span>{s.tr(HrMsg::VerdictName(v))}</span>
                        </label>
                    }).collect_view()}
                </fieldset>
                <label class="stack"><span>{s.tr(HrMsg::Notes)}</span>
                    <textarea name="notes" rows="3" prop:value=move || draft.with(|d| d.notes.clone()) on:input=move |ev| draft.update(|d| d.notes = event_target_value(&ev))></textarea>
                </label>
            </section>
            <button type="button" class="primary big" data-test="save-final" on:click=save>{s.tr(HrMsg::Finish)}</button>
            {move || saved.get().then(|| view! { <p class="ok" role="status">{s.tr(crate::ui::i18n::Msg::Saved)}</p> })}
        </section>
    }
}
