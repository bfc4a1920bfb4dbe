//! T1 the skill model's editor: the skills by group, and what each level of a skill looks like.

use crate::domain::team::Role;
use crate::domain::training::skill::{blank, skills, Skill, SkillGroup, LEVEL_MAX};
use crate::domain::RecordId;
use crate::ui::components::widgets::{save_form, ChoiceSelect, FieldError};
use crate::ui::pages::training::words::TrMsg;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The competency model: each skill's group, descriptors and the level each role requires.
#[component]
pub(super) fn ModelEditor() -> impl IntoView {
    let s = expect_context::<AppState>();
    let list = Memo::new(move |_| {
        s.data.with(|d| {
            skills(d)
                .into_iter()
                .map(|(id, k)| (id, k.clone()))
                .collect::<Vec<_>>()
        })
    });
    let save = move |id: RecordId, k: Skill| {
        if !k.problems().is_empty() {
            return;
        }
        s.put(id, k);
    };
    let name = RwSignal::new(String::new());
    let group = RwSignal::new(SkillGroup::Product);
    let tried = RwSignal::new(false);
    let problems = Memo::new(move |_| blank(&name.get(), group.get(), 0).problems());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let order = list.with_untracked(|l| l.len() as u32 + 1);
        save_form(
            s,
            tried,
            problems,
            None,
            move || blank(&name.get_untracked(), group.get_untracked(), order),
            move || name.set(String::new()),
        );
    };
    view! {
        <div class="table-wrap">
            <table class="compact">
                <thead><tr>
                    <th scope="col">{s.tr(TrMsg::SkillLabel)}</th><th scope="col">{s.tr(TrMsg::StageLabel)}</th>
                    {Role::ALL.into_iter().map(|r| view! { <th scope="col">{s.tr(crate::ui::i18n::Msg::RoleName(r))}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {move || list.get().into_iter().map(|(id, k)| {
                        let base = k.clone();
                        view! {
                            <tr>
                                <th scope="row">{k.name.clone()}</th>
                                <td>{s.tr(TrMsg::Stage(k.group))}</td>
                                {Role::ALL.into_iter().map(|r| {
                                    let base = base.clone();
                                    view! { <td><select name="required" aria-label=format!("{} — {}", k.name, s.t(crate::ui::i18n::Msg::RoleName(r))) on:change=move |ev| {
                                        let mut next = base.clone();
                                        next.required.insert(r, event_target_value(&ev).parse().unwrap_or(0));
                                        save(id, next);
                                    }>
                                        {(0..=LEVEL_MAX).map(|l| view! { <option value=l.to_string() selected=k.required_of(r) == l>{l.to_string()}</option> }).collect_view()}
                                    </select></td> }
                                }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <Descriptors/>
        <form class="row" on:submit=add>
            <label class="grow">{s.tr(TrMsg::NewSkill)}<input name="skill-name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/></label>
            <label>{s.tr(TrMsg::StageLabel)}
                <ChoiceSelect name="skill-group" options=SkillGroup::ALL.to_vec() value=Signal::from(group)
                    on_pick=Callback::new(move |g| group.set(g)) label=|g| TrMsg::Stage(g).into()/>
            </label>
            <button type="submit">{s.tr(TrMsg::Create)}</button>
        </form>
        <FieldError problems field="name" show=tried/>
    }
}

/// What each level of a skill means: five descriptors, edited for one skill at a time.
#[component]
fn Descriptors() -> impl IntoView {
    let s = expect_context::<AppState>();
    let all = s.data.with_untracked(|d| {
        skills(d)
            .into_iter()
            .map(|(id, k)| (id, k.clone()))
            .collect::<Vec<_>>()
    });
    let chosen = RwSignal::new(all.first().cloned());
    let options = all.clone();
    let pick = move |v: String| {
        let id: Option<RecordId> = v.parse().ok();
        chosen.set(id.and_then(|id| {
            s.data
                .with_untracked(|d| d.live::<Skill>(id).map(|r| (id, r.data.clone())))
        }));
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((id, k)) = chosen.get_untracked() else {
            return;
        };
        if !k.problems().is_empty() {
            return;
        }
        s.put(id, k);
    };
    view! {
        <form class="stack" on:submit=save data-test="descriptors">
            <label>{s.tr(TrMsg::Descriptors)}
                <select name="descriptor-skill" on:change=move |ev| pick(event_target_value(&ev))>
                    {options.into_iter().map(|(id, k)| view! { <option value=id.to_string()>{k.name}</option> }).collect_view()}
                </select>
            </label>
            {move || chosen.get().map(|(_, k)| (0..=LEVEL_MAX as usize).map(|l| {
                let text = k.levels[l].clone();
                view! {
                    <label>{format!("{l}")}
                        <input name=format!("level-{l}") prop:value=text on:change=move |ev| { let v = event_target_value(&ev); chosen.update(|c| if let Some((_, k)) = c { k.levels[l] = v }) }/>
                    </label>
                }
            }).collect_view())}
            <button type="submit">{s.tr(TrMsg::Save)}</button>
        </form>
    }
}
