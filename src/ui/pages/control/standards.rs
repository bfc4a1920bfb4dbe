//! C3 standards at `/standards`: each standard's version in force (and one to come), who has acknowledged it and
//! who has not, "ознакомлен" for a person with today's date, a new version with its effective day, a new standard,
//! and the tests tied to it.

use crate::domain::control::standard::{
    acknowledged, not_acknowledged, standards, Acknowledgement, Standard,
};
use crate::domain::core::locale::format_date;
use crate::domain::training::certification::CertTest;
use crate::domain::RecordId;
use crate::ui::components::widgets::{active_people, DateField, WhenComplete};
use crate::ui::pages::control::quality_words::QualityMsg;
use crate::ui::pages::training::words::TrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn StandardsPage() -> impl IntoView {
    view! { <WhenComplete><Standards/></WhenComplete> }
}

#[component]
fn Standards() -> impl IntoView {
    let s = expect_context::<AppState>();
    let list = Memo::new(move |_| {
        s.data.with(|d| {
            standards(d)
                .into_iter()
                .map(|(id, x)| (id, x.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="standards-page">
            <div class="page-head"><h1>{s.tr(QualityMsg::StandardsTitle)}</h1></div>
            <For each=move || list.get() key=|(id, x)| (*id, x.versions.len(), x.title.clone()) let:item>
                <StandardCard id=item.0 standard=item.1/>
            </For>
            <div class="card"><h2>{s.tr(QualityMsg::NewStandard)}</h2><VersionForm id=None/></div>
        </section>
    }
}

#[component]
fn StandardCard(id: RecordId, standard: Standard) -> impl IntoView {
    let s = expect_context::<AppState>();
    let t = today();
    let current = standard.in_force(t).cloned();
    let upcoming = standard.upcoming(t).cloned();
    let number = current.as_ref().map(|v| v.number);
    let missing = Memo::new(move |_| s.data.with(|d| not_acknowledged(d, id, t)));
    let people = active_people(s);
    let tests: Vec<String> = s.data.with_untracked(|d| {
        d.live_records::<CertTest>()
            .filter(|r| r.data.standard == Some(id))
            .map(|r| r.data.title.clone())
            .collect()
    });
    let acknowledge = move |manager: RecordId| {
        let Some(version) = number else { return };
        s.keep(Acknowledgement {
            standard: id,
            version,
            manager,
            date: today(),
        });
    };
    view! {
        <article class="card standard" data-test="standard">
            <div class="card-head">
                <h2>{standard.title.clone()}</h2>
                {current.as_ref().map(|v| { let (n, e) = (v.number, v.effective); view! { <span class="chip">{move || QualityMsg::VersionInForce(n, format_date(s.lang.get(), e)).text(s.lang.get())}</span> } })}
            </div>
            {current.as_ref().map(|v| view! { <p class="standard-text">{v.text.clone()}</p> })}
            {(!tests.is_empty()).then(|| view! { <p class="muted">{s.tr(QualityMsg::TiedTests)}": "{tests.join(", ")}</p> })}
            {upcoming.map(|v| { let (n, e) = (v.number, v.effective); view! { <p class="banner info inline">{move || QualityMsg::VersionComing(n, format_date(s.lang.get(), e)).text(s.lang.get())}</p> } })}
            <Show when=move || number.is_some()>
                <p data-test="not-acknowledged">
                    <strong>{s.tr(TrMsg::NotAcknowledged)}": "</strong>
                    {move || {
                        let names: Vec<String> = s.data.with(|d| missing.get().into_iter().filter_map(|m| d.short_name(m)).collect());
                        if names.is_empty() { s.t(QualityMsg::Everyone) } else { names.join(", ") }
                    }}
                </p>
                <div class="table-wrap">
                    <table class="compact">
                        <thead><tr><th scope="col">{s.tr(TrMsg::Person)}</th><th scope="col">{s.tr(QualityMsg::Acknowledged)}</th></tr></thead>
                        <tbody>
                            {people.clone().into_iter().map(|(m, name)| view! {
                                <tr data-manager=m.to_string()>
                                    <td>{name}</td>
                                    <td>{move || match number.and_then(|n| s.data.with(|d| acknowledged(d, id, n, m))) {
                                        Some(on) => view! { <span class="chip ok">{QualityMsg::AcknowledgedOn(format_date(s.lang.get(), on)).text(s.lang.get())}</span> }.into_any(),
                                        None => view! { <button class="secondary" data-test="acknowledge" on:click=move |_| acknowledge(m)>{s.tr(QualityMsg::Acknowledge)}</button> }.into_any(),
                                    }}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </Show>
            <details>
                <summary>{s.tr(QualityMsg::History)}</summary>
                <ol class="versions">
                    {standard.versions.iter().rev().map(|v| { let (n, e, note) = (v.number, v.effective, v.note.clone()); view! {
                        <li>{move || QualityMsg::VersionInForce(n, format_date(s.lang.get(), e)).text(s.lang.get())}{(!note.is_empty()).then(|| format!(" — {note}"))}</li>
                    } }).collect_view()}
                </ol>
            </details>
            <details>
                <summary>{s.tr(QualityMsg::NewVersion)}</summary>
                <VersionForm id=Some(id)/>
            </details>
        </article>
    }
}

/// A new standard (`id` none) or a new version of one: text, effective day, what changed.
#[component]
fn VersionForm(id: Option<RecordId>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let base = id.and_then(|id| {
        s.data
            .with_untracked(|d| d.live::<Standard>(id).map(|r| r.data.clone()))
    });
    let title = RwSignal::new(base.as_ref().map(|b| b.title.clone()).unwrap_or_default());
    let text = RwSignal::new(
        base.as_ref()
            .and_then(|b| b.versions.last())
            .map(|v| v.text.clone())
            .unwrap_or_default(),
    );
    let note = RwSignal::new(String::new());
    let effective = RwSignal::new(today());
    let tried = RwSignal::new(false);
    let base = StoredValue::new(base);
    let draft = move || {
        let from = base.get_value().unwrap_or(Standard {
            title: String::new(),
            versions: Vec::new(),
        });
        let mut next = from.with_version(effective.get(), &text.get(), &note.get());
        next.title = title.get().trim().to_string();
        next
    };
    let problems = Memo::new(move |_| draft().problems());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let target = id.unwrap_or_else(uuid::Uuid::new_v4);
        crate::ui::components::widgets::save_form(
            s,
            tried,
            problems,
            Some(target),
            draft,
            move || {
                note.set(String::new());
                if id.is_none() {
                    title.set(String::new());
                    text.set(String::new());
                }
            },
        );
    };
    view! {
        <form class="stack" on:submit=submit data-test="standard-form">
            {id.is_none().then(|| view! {
                <label>{s.tr(QualityMsg::StandardName)}<input name="title" prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))/></label>
                <crate::ui::components::widgets::FieldError problems field="title" show=tried/>
            })}
            <label>{s.tr(QualityMsg::StandardText)}<textarea name="text" rows="6" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea></label>
            {move || (tried.get() && problems.with(|p| p.iter().any(|x| x.field.ends_with(".text")))).then(|| view! { <p class="field-error" role="alert">{s.t(crate::ui::i18n::Msg::Rule(crate::domain::core::rules::Rule::Required))}</p> })}
            <div class="row">
                <label>{s.tr(QualityMsg::Effective)}<DateField name="effective" value=effective/></label>
                <label class="grow">{s.tr(TrMsg::WhatChanged)}<input name="note" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))/></label>
            </div>
            <crate::ui::components::widgets::FieldError problems field="versions" show=tried/>
            <button type="submit" data-test="save-standard">{s.tr(TrMsg::Save)}</button>
        </form>
    }
}
