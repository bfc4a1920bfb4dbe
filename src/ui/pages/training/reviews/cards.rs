//! T4 the scorecards' editor: criteria, scales, weights, stages and remedies.

use crate::domain::training::scorecard::{
    scorecards, CardUse, Criterion, Remedy, Scale, Scorecard,
};
use crate::domain::training::skill::{skills, SkillGroup};
use crate::ui::components::widgets::{save_form, FieldError};
use crate::ui::pages::training::words::TrMsg;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The scorecards: criteria by stage, scale, weight and the skill each is evidence of.
#[component]
pub(super) fn CardEditor() -> impl IntoView {
    let s = expect_context::<AppState>();
    let cards = s.data.with_untracked(|d| {
        scorecards(d)
            .into_iter()
            .map(|(id, c)| (id, c.clone()))
            .collect::<Vec<_>>()
    });
    let chosen = RwSignal::new(cards.first().map(|(id, _)| *id));
    let draft = RwSignal::new(cards.first().map(|(_, c)| c.clone()).unwrap_or(Scorecard {
        name: String::new(),
        used_for: CardUse::Both,
        criteria: Vec::new(),
    }));
    let tried = RwSignal::new(false);
    let problems = Memo::new(move |_| draft.with(Scorecard::problems));
    let skill_list = s.data.with_untracked(|d| {
        skills(d)
            .into_iter()
            .map(|(id, k)| (id, k.name.clone()))
            .collect::<Vec<_>>()
    });
    // Where a person weak in a criterion is sent: a case, a script or a training event (`kind:id` in the select).
    let remedies: Vec<(String, String)> = s.data.with_untracked(|d| {
        let mut out = Vec::new();
        for r in d
            .live_records::<crate::domain::training::case::Case>()
            .filter(|r| !r.data.is_candidate())
        {
            out.push((
                format!("case:{}", r.id),
                format!(
                    "{}: {}",
                    s.t(crate::ui::i18n::Msg::NavCases),
                    r.data.problem
                ),
            ));
        }
        for (id, x) in crate::domain::training::script::scripts(d) {
            out.push((
                format!("script:{id}"),
                format!("{}: {}", s.t(TrMsg::ScriptsTitle), x.name),
            ));
        }
        for r in d.live_records::<crate::domain::training::event::TrainingEvent>() {
            out.push((
                format!("event:{}", r.id),
                format!("{}: {}", s.t(TrMsg::TrainingTitle), r.data.title),
            ));
        }
        out
    });
    let remedy_key = |r: Option<Remedy>| match r {
        Some(Remedy::Case(id)) => format!("case:{id}"),
        Some(Remedy::Script(id)) => format!("script:{id}"),
        Some(Remedy::Event(id)) => format!("event:{id}"),
        None => String::new(),
    };
    let parse_remedy = |v: String| -> Option<Remedy> {
        let (kind, id) = v.split_once(':')?;
        let id = id.parse().ok()?;
        match kind {
            "case" => Some(Remedy::Case(id)),
            "script" => Some(Remedy::Script(id)),
            "event" => Some(Remedy::Event(id)),
            _ => None,
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = chosen.get_untracked().unwrap_or_else(uuid::Uuid::new_v4);
        save_form(
            s,
            tried,
            problems,
            Some(id),
            move || draft.get_untracked(),
            move || chosen.set(Some(id)),
        );
    };
    view! {
        <form class="stack" on:submit=submit data-test="card-editor">
            <div class="row">
                <label class="grow">{s.tr(TrMsg::CardName)}<input name="card-name" prop:value=move || draft.with(|c| c.name.clone()) on:input=move |ev| draft.update(|c| c.name = event_target_value(&ev))/></label>
                <button type="button" class="secondary" on:click=move |_| { chosen.set(None); draft.set(Scorecard { name: String::new(), used_for: CardUse::Both, criteria: Vec::new() }); }>{s.tr(TrMsg::NewCard)}</button>
            </div>
            <FieldError problems field="name" show=tried/>
            {move || draft.get().criteria.into_iter().enumerate().map(|(i, c)| {
                let skill_list = skill_list.clone();
                let remedies = remedies.clone();
                view! {
                    <div class="criterion-row">
                        <select name="stage" aria-label=s.tr(TrMsg::StageLabel) on:change=move |ev| { let v = event_target_value(&ev); if let Some(g) = SkillGroup::ALL.into_iter().find(|g| format!("{g:?}") == v) { draft.update(|d| d.criteria[i].stage = g) } }>
                            {SkillGroup::ALL.into_iter().map(|g| view! { <option value=format!("{g:?}") selected=c.stage == g>{s.tr(TrMsg::Stage(g))}</option> }).collect_view()}
                        </select>
                        <input class="grow" name="criterion-text" aria-label=s.tr(TrMsg::Criterion) prop:value=c.text.clone() on:change=move |ev| draft.update(|d| d.criteria[i].text = event_target_value(&ev))/>
                        <select name="scale" aria-label=s.tr(TrMsg::ScaleLabel) on:change=move |ev| { let sc = match event_target_value(&ev).as_str() { "yes_no" => Scale::YesNo, "one_five" => Scale::OneFive, _ => Scale::ZeroTwo }; draft.update(|d| d.criteria[i].scale = sc) }>
                            <option value="zero_two" selected=c.scale == Scale::ZeroTwo>"0/1/2"</option>
                            <option value="one_five" selected=c.scale == Scale::OneFive>"1–5"</option>
                            <option value="yes_no" selected=c.scale == Scale::YesNo>{s.tr(TrMsg::YesNo)}</option>
                        </select>
                        <input type="number" class="narrow" min="1" max="10" name="weight" aria-label=s.tr(TrMsg::Weight) prop:value=c.weight.to_string() on:change=move |ev| draft.update(|d| d.criteria[i].weight = event_target_value(&ev).parse().unwrap_or(0))/>
                        <select name="skill" aria-label=s.tr(TrMsg::SkillLabel) on:change=move |ev| draft.update(|d| d.criteria[i].skill = event_target_value(&ev).parse().ok())>
                            <option value="">"—"</option>
                            {skill_list.into_iter().map(|(id, n)| view! { <option value=id.to_string() selected=c.skill == Some(id)>{n}</option> }).collect_view()}
                        </select>
                        <select name="remedy" aria-label=s.tr(TrMsg::Remedy) on:change=move |ev| draft.update(|d| d.criteria[i].remedy = parse_remedy(event_target_value(&ev)))>
                            <option value="">{s.tr(TrMsg::Remedy)}</option>
                            {remedies.iter().map(|(key, label)| { let chosen = remedy_key(c.remedy) == *key; view! { <option value=key.clone() selected=chosen>{label.clone()}</option> } }).collect_view()}
                        </select>
                        <button type="button" class="link" on:click=move |_| draft.update(|d| { d.criteria.remove(i); })>"✕"</button>
                    </div>
                }
            }).collect_view()}
            <button type="button" class="secondary" on:click=move |_| draft.update(|d| { let id = d.next_id(); d.criteria.push(Criterion { id, stage: SkillGroup::Contact, text: String::new(), scale: Scale::ZeroTwo, weight: 1, skill: None, remedy: None }) })>{s.tr(TrMsg::AddCriterion)}</button>
            {move || (tried.get() && !problems.with(Vec::is_empty)).then(|| view! { <p class="field-error" role="alert">{s.t(TrMsg::FillEveryBlock)}</p> })}
            <button type="submit" data-test="save-card">{s.tr(TrMsg::Save)}</button>
        </form>
    }
}
