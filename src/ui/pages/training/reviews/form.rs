//! T4 scoring a call or a role-play on a scorecard: the marks, the live score with its points and possible.

use super::points_text;
use crate::domain::training::review::{score, Mark, Review, Reviewer, Subject};
use crate::domain::training::scorecard::{scorecards, Scale, Scorecard};
use crate::ui::components::widgets::{active_people, save_form, DateInput, FieldError};
use crate::ui::pages::training::words::TrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub(super) fn ReviewForm() -> impl IntoView {
    let s = expect_context::<AppState>();
    let people = active_people(s);
    let cards = s.data.with_untracked(|d| {
        scorecards(d)
            .into_iter()
            .map(|(id, c)| (id, c.clone()))
            .collect::<Vec<_>>()
    });
    let Some((first_card, _)) = cards.first().cloned() else {
        return view! { <div class="card"><p class="muted">{s.tr(TrMsg::NoScorecards)}</p></div> }
            .into_any();
    };
    let Some((first_person, _)) = people.first().cloned() else {
        return ().into_any();
    };
    let draft = RwSignal::new(Review::blank(first_card, first_person, today()));
    let quality_name = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let card = Memo::new(move |_| {
        let id = draft.with(|r| r.scorecard);
        s.data
            .with(|d| d.live::<Scorecard>(id).map(|r| r.data.clone()))
    });
    let problems = Memo::new(move |_| draft.with(Review::problems));
    let total = Memo::new(move |_| card.get().map(|c| draft.with(|r| score(r, &c).total)));
    let set_mark = move |criterion: u16, value: Option<u8>| {
        draft.update(
            |r| match r.marks.iter_mut().find(|m| m.criterion == criterion) {
                Some(m) => m.value = value,
                None => r.marks.push(Mark {
                    criterion,
                    value,
                    comment: String::new(),
                }),
            },
        )
    };
    let set_comment = move |criterion: u16, text: String| {
        draft.update(
            |r| match r.marks.iter_mut().find(|m| m.criterion == criterion) {
                Some(m) => m.comment = text,
                None => r.marks.push(Mark {
                    criterion,
                    value: None,
                    comment: text,
                }),
            },
        )
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save_form(
            s,
            tried,
            problems,
            None,
            || draft.get_untracked(),
            move || draft.update(|r| *r = Review::blank(r.scorecard, r.manager, today())),
        );
    };
    let partners = people.clone();
    view! {
        <form class="card stack" on:submit=submit data-test="review-form">
            <h2>{s.tr(TrMsg::NewReview)}</h2>
            <div class="row">
                <label>{s.tr(TrMsg::Scorecard)}
                    <select name="scorecard" on:change=move |ev| if let Ok(id) = event_target_value(&ev).parse() { draft.update(|r| { r.scorecard = id; r.marks.clear(); }) }>
                        {cards.into_iter().map(|(id, c)| view! { <option value=id.to_string()>{c.name}</option> }).collect_view()}
                    </select>
                </label>
                <label>{s.tr(TrMsg::Person)}
                    <select name="manager" on:change=move |ev| if let Ok(id) = event_target_value(&ev).parse() { draft.update(|r| r.manager = id) }>
                        {people.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                    </select>
                </label>
                <label>{s.tr(TrMsg::Date)}<DateInput name="date" value=Signal::derive(move || Some(draft.with(|x| x.date))) on_pick=Callback::new(move |d| draft.update(|x| x.date = d))/></label>
                <label>{s.tr(TrMsg::What)}
                    <select name="subject" on:change=move |ev| {
                        let role_play = event_target_value(&ev) == "role_play";
                        draft.update(|r| r.subject = if role_play { Subject::RolePlay { partner: None, scenario: String::new() } } else { Subject::Call { client: String::new(), link: String::new() } });
                    }>
                        <option value="call">{s.tr(TrMsg::Call)}</option>
                        <option value="role_play">{s.tr(TrMsg::RolePlay)}</option>
                    </select>
                </label>
            </div>
            {move || match draft.with(|r| r.subject.clone()) {
                Subject::Call { client, link } => view! {
                    <div class="row">
                        <label class="grow">{s.tr(TrMsg::Client)}<input name="client" prop:value=client on:change=move |ev| { let v = event_target_value(&ev); draft.update(|r| if let Subject::Call { client, .. } = &mut r.subject { *client = v }) }/></label>
                        <label class="grow">{s.tr(TrMsg::Link)}<input name="link" prop:value=link on:change=move |ev| { let v = event_target_value(&ev); draft.update(|r| if let Subject::Call { link, .. } = &mut r.subject { *link = v }) }/></label>
                    </div>
                    <FieldError problems field="subject.client" show=tried/>
                }.into_any(),
                Subject::RolePlay { scenario, .. } => {
                    let partners = partners.clone();
                    view! {
                        <div class="row">
                            <label>{s.tr(TrMsg::Partner)}
                                <select name="partner" on:change=move |ev| { let p = event_target_value(&ev).parse().ok(); draft.update(|r| if let Subject::RolePlay { partner, .. } = &mut r.subject { *partner = p }) }>
                                    <option value="">{s.tr(TrMsg::Head)}</option>
                                    {partners.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                                </select>
                            </label>
                            <label class="grow">{s.tr(TrMsg::Scenario)}<input name="scenario" prop:value=scenario on:change=move |ev| { let v = event_target_value(&ev); draft.update(|r| if let Subject::RolePlay { scenario, .. } = &mut r.subject { *scenario = v }) }/></label>
                        </div>
                        <FieldError problems field="subject.scenario" show=tried/>
                    }.into_any()
                }
            }}
            <div class="row">
                <label>{s.tr(TrMsg::Reviewer)}
                    <select name="reviewer" on:change=move |ev| {
                        let quality = event_target_value(&ev) == "quality";
                        let name = quality_name.get_untracked();
                        draft.update(|r| r.reviewer = if quality { Reviewer::Quality { name } } else { Reviewer::Head });
                    }>
                        <option value="head">{s.tr(TrMsg::Head)}</option>
                        <option value="quality">{s.tr(TrMsg::QualityControl)}</option>
                    </select>
                </label>
                <Show when=move || draft.with(|r| matches!(r.reviewer, Reviewer::Quality { .. }))>
                    <label class="grow">{s.tr(TrMsg::ReviewerName)}<input name="reviewer-name" prop:value=move || quality_name.get()
                        on:input=move |ev| { let v = event_target_value(&ev); quality_name.set(v.clone()); draft.update(|r| r.reviewer = Reviewer::Quality { name: v }) }/></label>
                </Show>
            </div>
            <FieldError problems field="reviewer.name" show=tried/>
            {move || card.get().map(|c| c.by_stage().into_iter().map(|(stage, list)| view! {
                <fieldset class="criteria">
                    <legend>{s.tr(TrMsg::Stage(stage))}</legend>
                    {list.into_iter().map(|cr| {
                        let cid = cr.id;
                        let label = format!("{} (×{})", cr.text, cr.weight);
                        view! {
                            <div class="criterion-row">
                                <span class="grow">{label.clone()}</span>
                                <select name=format!("mark-{cid}") aria-label=label.clone() data-test="mark" on:change=move |ev| set_mark(cid, event_target_value(&ev).parse().ok())>
                                    <option value="" selected=move || draft.with(|r| r.mark(cid).and_then(|m| m.value).is_none())>{s.tr(TrMsg::NotApplicable)}</option>
                                    {cr.scale.marks().map(|v| view! { <option value=v.to_string() selected=move || draft.with(|r| r.mark(cid).and_then(|m| m.value) == Some(v))>{scale_label(s, cr.scale, v)}</option> }).collect_view()}
                                </select>
                                <input name=format!("comment-{cid}") aria-label=format!("{} — {}", label, s.t(TrMsg::Comment)) placeholder=s.tr(TrMsg::Comment)
                                    on:change=move |ev| set_comment(cid, event_target_value(&ev))/>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            }).collect_view())}
            <p class="score-line" data-test="live-score">{s.tr(TrMsg::Score)}": "<strong>{move || total.get().map(|p| points_text(s, p)).unwrap_or_default()}</strong></p>
            <button type="submit" data-test="save-review">{s.tr(TrMsg::Save)}</button>
        </form>
    }
    .into_any()
}

fn scale_label(s: AppState, scale: Scale, v: u8) -> String {
    match scale {
        Scale::YesNo => s.t(if v == 1 { TrMsg::Yes } else { TrMsg::No }),
        _ => v.to_string(),
    }
}
