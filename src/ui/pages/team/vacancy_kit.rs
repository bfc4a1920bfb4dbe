//! A vacancy's interview kit on /hiring: what each scored stage rates (attributes by category), the final
//! interview's questions and its role-play card, and closing the vacancy. The rules (ids, what a removal keeps) are
//! `domain::team::hiring::vacancy`'s.

use crate::domain::core::rules::FieldProblem;
use crate::domain::team::hiring::interview::rated_attributes;
use crate::domain::team::hiring::stage::Stage;
use crate::domain::team::hiring::vacancy::{Category, Vacancy};
use crate::domain::training::scorecard::Scorecard;
use crate::domain::RecordId;
use crate::ui::components::widgets::{ChoiceSelect, TableScroller};
use crate::ui::i18n::Msg;
use crate::ui::pages::team::words::HrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

/// The stages a new attribute is rated at until the head says otherwise: the interview and the final.
const NEW_STAGES: [Stage; 2] = [Stage::Interview, Stage::Final];

#[component]
pub fn VacancyKit(vacancy: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let stored = move || {
        s.data
            .with_untracked(|d| d.live::<Vacancy>(vacancy).map(|r| r.data.clone()))
    };
    let Some(start) = stored() else {
        return ().into_any();
    };
    let guide_text = RwSignal::new(start.guide.join("\n"));
    let draft = RwSignal::new(start);
    let rated = Memo::new(move |_| s.data.with(|d| rated_attributes(d, vacancy)));
    let cards = Memo::new(move |_| {
        s.data.with(|d| {
            d.live_records::<Scorecard>()
                .map(|r| (r.id, r.data.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let tried = RwSignal::new(false);
    let problems = Memo::new(move |_| draft.with(Vacancy::problems));
    let problems_at = move |prefix: String| {
        problems.with(|ps| {
            ps.iter()
                .filter(|p: &&FieldProblem| p.field.starts_with(&prefix))
                .map(|p| p.rule.clone())
                .collect::<Vec<_>>()
        })
    };
    let new_text = RwSignal::new(String::new());
    let new_category = RwSignal::new(Category::Selling);
    let add = move |_| {
        let text = new_text.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        draft.update(|v| {
            v.add_attribute(new_category.get_untracked(), &text, NEW_STAGES.to_vec());
        });
        new_text.set(String::new());
    };
    let save = move |v: Vacancy| {
        s.put_then(vacancy, v, move || {
            tried.set(false);
        });
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        if problems.get_untracked().is_empty() {
            save(draft.get_untracked());
        }
    };
    let open_close = move |_| {
        let Some(mut v) = stored() else { return };
        v.closed = if v.is_open() { Some(today()) } else { None };
        draft.update(|d| d.closed = v.closed);
        save(v);
    };
    view! {
        <details class="card" data-test="vacancy-kit">
            <summary><h2 class="inline">{s.tr(HrMsg::Kit)}</h2></summary>
            <p class="muted">{s.tr(HrMsg::KitHint)}</p>
            <form on:submit=submit>
                <TableScroller label=HrMsg::Kit>
                    <table class="grid kit" data-test="kit-attributes">
                        <thead><tr>
                            <th scope="col">{s.tr(HrMsg::Attribute)}</th>
                            <th scope="col">{s.tr(HrMsg::Category)}</th>
                            {Stage::SCORED.into_iter().map(|st| view! { <th scope="col" class="num">{s.tr(HrMsg::StageShort(st))}</th> }).collect_view()}
                            <th scope="col"><span class="visually-hidden">{s.tr(HrMsg::Remove)}</span></th>
                        </tr></thead>
                        <tbody>
                            {move || draft.with(|v| v.attributes.clone()).into_iter().enumerate().map(|(i, a)| {
                                let id = a.id;
                                let text = a.text.clone();
                                let kept = rated.with(|r| r.contains(&id));
                                view! {
                                    <tr data-test="kit-row">
                                        <td>
                                            <input type="text" name="attribute" aria-label=format!("{} {}", s.t(HrMsg::Attribute), i + 1) prop:value=text.clone()
                                                on:change=move |ev| { let t = event_target_value(&ev); draft.update(|v| if let Some(x) = v.attributes.iter_mut().find(|x| x.id == id) { x.text = t.trim().to_string() }) }/>
                                            {move || tried.get().then(|| problems_at(format!("attributes[{i}]")).into_iter().map(|r| view! { <p class="field-error" role="alert">{s.t(Msg::Rule(r))}</p> }).collect_view())}
                                        </td>
                                        <td>
                                            <ChoiceSelect name="category" options=Category::ALL.to_vec() value=Signal::derive(move || draft.with(|v| v.attribute(id).map_or(Category::Selling, |x| x.category)))
                                                on_pick=Callback::new(move |c| draft.update(|v| if let Some(x) = v.attributes.iter_mut().find(|x| x.id == id) { x.category = c })) label=|c| HrMsg::CategoryName(c).into()/>
                                        </td>
                                        {Stage::SCORED.into_iter().map(|st| {
                                            let on = a.stages.contains(&st);
                                            let name = format!("{} — {}", s.t(HrMsg::StageName(st)), text);
                                            view! { <td class="num"><input type="checkbox" aria-label=name checked=on on:change=move |_| draft.update(|v| v.toggle_stage(id, st))/></td> }
                                        }).collect_view()}
                                        <td>
                                            <button type="button" class="secondary" data-test="kit-remove" title=s.tr(if kept { HrMsg::RemoveKept } else { HrMsg::Remove })
                                                on:click=move |_| draft.update(|v| v.remove_attribute(id, kept))>{s.tr(HrMsg::Remove)}</button>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </TableScroller>
                <div class="form-row">
                    <label class="stack grow"><span>{s.tr(HrMsg::NewAttribute)}</span>
                        <input type="text" name="new_attribute" prop:value=move || new_text.get() on:input=move |ev| new_text.set(event_target_value(&ev))/>
                    </label>
                    <label class="stack"><span>{s.tr(HrMsg::Category)}</span>
                        <ChoiceSelect name="new_category" options=Category::ALL.to_vec() value=Signal::derive(move || new_category.get())
                            on_pick=Callback::new(move |c| new_category.set(c)) label=|c| HrMsg::CategoryName(c).into()/>
                    </label>
                    <button type="button" class="secondary" data-test="kit-add" on:click=add>{s.tr(HrMsg::AddAttribute)}</button>
                </div>
                <label class="stack"><span>{s.tr(HrMsg::Guide)}</span>
                    <textarea name="guide" rows="6" placeholder=s.tr(HrMsg::GuideHint) prop:value=move || guide_text.get()
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            draft.update(|v| v.guide = text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect());
                            guide_text.set(text);
                        }></textarea>
                    {move || tried.get().then(|| problems_at("guide".into()).into_iter().map(|r| view! { <p class="field-error" role="alert">{s.t(Msg::Rule(r))}</p> }).collect_view())}
                </label>
                <label class="stack"><span>{s.tr(HrMsg::RolePlayCard)}</span>
                    <select name="role_play_card" on:change=move |ev| { let v = event_target_value(&ev).parse().ok(); draft.update(|d| d.role_play = v) }>
                        <option value="" selected=move || draft.with(|d| d.role_play.is_none())>{s.tr(HrMsg::NoCard)}</option>
                        {move || cards.get().into_iter().map(|(id, name)| view! {
                            <option value=id.to_string() selected=move || draft.with(|d| d.role_play == Some(id))>{name}</option>
                        }).collect_view()}
                    </select>
                </label>
                <div class="form-row kit-actions">
                    <button type="submit" data-test="kit-save">{s.tr(HrMsg::SaveKit)}</button>
                    <button type="button" class="secondary" data-test="vacancy-open-close" on:click=open_close>
                        {move || s.t(if draft.with(Vacancy::is_open) { HrMsg::CloseVacancy } else { HrMsg::ReopenVacancy })}
                    </button>
                </div>
            </form>
        </details>
    }
    .into_any()
}
