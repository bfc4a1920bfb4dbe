//! A candidate's interview scorecards: each stage's ratings of the vacancy's attributes, and a new one.

use crate::domain::core::locale::format_date;
use crate::domain::team::hiring::candidate::Candidate;
use crate::domain::team::hiring::interview::{panel, Interview};
use crate::domain::team::hiring::stage::{Stage, Verdict};
use crate::domain::team::hiring::vacancy::Vacancy;
use crate::domain::RecordId;
use crate::ui::components::widgets::{ChoiceSelect, DateInput, TableScroller};
use crate::ui::pages::team::words::HrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub(super) fn Scorecards(id: RecordId) -> impl IntoView {
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
            None,
            move || draft.get_untracked(),
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
