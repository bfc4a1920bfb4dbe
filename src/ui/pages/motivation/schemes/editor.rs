//! The scheme editor: whom it applies to, from which month, its components, the check and the save.

use super::component::ComponentFields;
use super::fields::shape;
use super::what_if::WhatIfTable;
use crate::domain::motivation::component::ComponentKind;
use crate::domain::motivation::payroll::save_scheme;
use crate::domain::motivation::scheme::{Applies, PayScheme};
use crate::domain::motivation::what_if::{try_scheme, WhatIf};
use crate::domain::team::Role;
use crate::domain::RecordId;
use crate::ui::components::widgets::{active_people, MonthPicker};
use crate::ui::i18n::Msg;
use crate::ui::pages::motivation::scheme_words::{scheme_field, SchemeMsg};
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub(super) fn Editor(
    draft: RwSignal<PayScheme>,
    base: RwSignal<Option<RecordId>>,
) -> impl IntoView {
    let s = expect_context::<AppState>();
    let shapes = Memo::new(move |_| {
        s.data.with(|data| {
            let unit = |m: RecordId| data.metric_unit(m);
            draft.with(|d| {
                d.components
                    .iter()
                    .map(|c| shape(c, &unit))
                    .collect::<Vec<_>>()
            })
        })
    });
    // The scheme's own rules and those that need each metric's unit: what the save and an import check.
    let problems = Memo::new(move |_| s.data.with(|data| draft.with(|d| d.problems_in(data))));
    let tried = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Msg>);
    let new_kind = RwSignal::new(ComponentKind::Commission);
    let what_if = RwSignal::new(None::<WhatIf>);
    let people = active_people(s);
    let save = move |_| {
        tried.set(true);
        if !problems.get_untracked().is_empty() {
            return;
        }
        let d = draft.get_untracked();
        let edit = s.data.with_untracked(|data| {
            save_scheme(data, base.get_untracked(), d, uuid::Uuid::new_v4())
        });
        match edit {
            Err(e) => outcome.set(Some(SchemeMsg::Refused(e).into())),
            Ok((id, edit)) => {
                s.save_then(vec![edit], move || {
                    base.set(Some(id));
                    outcome.set(Some(SchemeMsg::Saved.into()));
                });
            }
        }
    };
    let run = move |_| {
        let d = draft.get_untracked();
        what_if.set(Some(s.data.with_untracked(|data| try_scheme(data, &d, 6))));
    };
    let applies_kind = move || draft.with(|d| matches!(d.applies, Applies::Person { .. }));
    let first_person = people.first().map(|p| p.0);
    view! {
        <article class="card scheme-editor" data-test="scheme-editor">
            <div class="scheme-head">
                <label class="wide">{s.tr(SchemeMsg::Name)}
                    <input name="scheme-name" data-test="scheme-name" prop:value=move || draft.with(|d| d.name.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.name = v) }/>
                </label>
                <label>{s.tr(SchemeMsg::AppliesTo)}
                    <select name="scheme-applies" data-test="scheme-applies" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        draft.update(|d| d.applies = if v == "person" {
                            Applies::Person { manager: first_person.unwrap_or_default() }
                        } else {
                            Applies::Role { role: Role::Seller }
                        });
                    }>
                        <option value="role" selected=move || !applies_kind()>{s.tr(SchemeMsg::ToRole)}</option>
                        <option value="person" selected=applies_kind>{s.tr(SchemeMsg::ToPerson)}</option>
                    </select>
                </label>
                {move || if applies_kind() {
                    let people = people.clone();
                    view! {
                        <label>{s.tr(SchemeMsg::ToPerson)}
                            <select name="scheme-person" on:change=move |ev| if let Ok(id) = event_target_value(&ev).parse() { draft.update(|d| d.applies = Applies::Person { manager: id }) }>
                                {people.into_iter().map(|(id, n)| view! { <option value=id.to_string() selected=move || draft.with(|d| d.applies == Applies::Person { manager: id })>{n}</option> }).collect_view()}
                            </select>
                        </label>
                    }.into_any()
                } else {
                    view! {
                        <label>{s.tr(SchemeMsg::ToRole)}
                            <select name="scheme-role" data-test="scheme-role" on:change=move |ev| {
                                let v = event_target_value(&ev);
                                if let Some(role) = Role::ALL.into_iter().find(|r| format!("{r:?}") == v) { draft.update(|d| d.applies = Applies::Role { role }) }
                            }>
                                {Role::ALL.into_iter().map(|r| view! { <option value=format!("{r:?}") selected=move || draft.with(|d| d.applies == Applies::Role { role: r })>{s.tr(Msg::RoleName(r))}</option> }).collect_view()}
                            </select>
                        </label>
                    }.into_any()
                }}
                <div class="month-field">
                    <span>{s.tr(SchemeMsg::From)}</span>
                    <MonthPicker month=Signal::derive(move || draft.with(|d| d.from)) on_pick=Callback::new(move |m| draft.update(|d| d.from = m))
                        label=SchemeMsg::From name="scheme-from" test="scheme-from"/>
                </div>
            </div>
            <h2>{s.tr(SchemeMsg::Components)}</h2>
            {move || shapes.get().into_iter().enumerate().map(|(i, sh)| view! { <ComponentFields draft=draft i=i shape=sh/> }).collect_view()}
            <div class="toolbar">
                <select name="component-kind" data-test="component-kind" aria-label=s.tr(SchemeMsg::Components) on:change=move |ev| {
                    if let Some(k) = event_target_value(&ev).parse::<usize>().ok().and_then(|k| ComponentKind::ALL.get(k)) { new_kind.set(*k) }
                }>
                    {ComponentKind::ALL.into_iter().enumerate().map(|(n, k)| view! { <option value=n.to_string() selected=move || new_kind.get() == k>{s.tr(SchemeMsg::Kind(k))}</option> }).collect_view()}
                </select>
                <button data-test="add-component" on:click=move |_| {
                    let k = new_kind.get_untracked();
                    draft.update(|d| { let c = k.starter(d.from); d.components.push(c) })
                }>{s.tr(SchemeMsg::AddComponent)}</button>
            </div>
            {move || (tried.get() && !problems.with(Vec::is_empty)).then(|| view! {
                <div class="banner error inline" role="alert" data-test="scheme-problems">
                    <p><strong>{s.t(SchemeMsg::Problems)}</strong></p>
                    <ul>
                        {problems.get().into_iter().map(|p| {
                            let lang = s.lang.get();
                            let label = scheme_field(lang, &p.field).unwrap_or_else(|| p.field.to_string());
                            view! { <li>{format!("{label}: {}", s.t(Msg::Rule(p.rule)))}</li> }
                        }).collect_view()}
                    </ul>
                </div>
            })}
            <div class="toolbar">
                <button class="primary" data-test="save-scheme" on:click=save>{s.tr(SchemeMsg::Save)}</button>
                {move || outcome.get().map(|m| view! { <span class="muted" role="status" data-test="scheme-outcome">{s.t(m)}</span> })}
            </div>
            <h2>{s.tr(SchemeMsg::TryTitle)}</h2>
            <p class="muted">{s.tr(SchemeMsg::TryText)}</p>
            <button data-test="try-scheme" on:click=run>{s.tr(SchemeMsg::TryRun)}</button>
            {move || what_if.get().map(|w| view! { <WhatIfTable w=w/> })}
        </article>
    }
}
