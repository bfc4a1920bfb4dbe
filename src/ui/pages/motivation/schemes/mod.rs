//! M1 pay schemes at `/pay/schemes`: every scheme's versions (which one is in force), and the editor. Editing a
//! version drafts the next one from the first open month; saving follows `payroll::save_scheme` (a version whose
//! months are all open is corrected in place, otherwise a new version; a closed month never changes). Under the
//! editor, the head's what-if: the draft over the last six closed months of real facts next to what was paid.
//! Personal: pay stays off the meeting-room screen.

mod component;
mod editor;
mod fields;
mod what_if;

use editor::Editor;

use crate::domain::core::date::month_start;
use crate::domain::motivation::payroll::new_version_month;
use crate::domain::motivation::scheme::{histories, Applies, History, PayScheme};
use crate::domain::RecordId;
use crate::ui::components::widgets::WhenComplete;
use crate::ui::i18n::Msg;
use crate::ui::pages::motivation::pay_words::PayMsg;
use crate::ui::pages::motivation::scheme_words::SchemeMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn SchemesPage() -> impl IntoView {
    view! { <WhenComplete><Schemes/></WhenComplete> }
}

/// The month a new version starts in.
fn next_month(s: AppState) -> chrono::NaiveDate {
    s.data.with_untracked(|d| new_version_month(d, today()))
}

fn blank(s: AppState) -> PayScheme {
    PayScheme::blank(next_month(s))
}

#[component]
fn Schemes() -> impl IntoView {
    let s = expect_context::<AppState>();
    let base = RwSignal::new(None::<RecordId>);
    let draft = RwSignal::new(blank(s));
    let editing = RwSignal::new(false);
    // Every scheme's versions, grouped by whom they apply to, the newest first; the one in force this month marked.
    let groups = Memo::new(move |_| {
        let month = month_start(today());
        s.data.with(|d| histories(d, month))
    });
    let who = move |a: Applies| match a {
        Applies::Role { role } => s.t(Msg::RoleName(role)),
        Applies::Person { manager } => s.data.with(|d| d.short_name(manager).unwrap_or_default()),
    };
    let edit_version = move |id: RecordId, sc: PayScheme| {
        let from = sc.from.max(next_month(s));
        draft.set(PayScheme { from, ..sc });
        base.set(Some(id));
        editing.set(true);
    };
    view! {
        <section class="schemes-page">
            <div class="page-head">
                <h1>{s.tr(SchemeMsg::Title)}</h1>
                <div class="toolbar">
                    <button class="primary" data-test="new-scheme" on:click=move |_| { draft.set(blank(s)); base.set(None); editing.set(true); }>{s.tr(SchemeMsg::NewScheme)}</button>
                </div>
            </div>
            <p class="banner info inline">{s.tr(PayMsg::Private)}</p>
            <div class="card">
                {move || groups.get().into_iter().map(|History { applies, versions }| view! {
                    <div class="scheme-group" data-test="scheme-group">
                        <h2>{who(applies)}</h2>
                        <ul class="plain versions">
                            {versions.into_iter().map(|(id, sc, in_force)| {
                                let from = sc.from;
                                let name = sc.name.clone();
                                view! {
                                    <li data-test="scheme-version">
                                        <strong>{name}</strong> " " <span class="muted">{move || s.t(SchemeMsg::FromMonth(from))}</span>
                                        {in_force.then(|| view! { " " <span class="chip">{s.tr(SchemeMsg::InForce)}</span> })}
                                        " " <button class="link" data-test="edit-scheme" on:click=move |_| edit_version(id, sc.clone())>{s.tr(SchemeMsg::NewVersion)}</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                }).collect_view()}
            </div>
            {move || editing.get().then(|| view! { <Editor draft=draft base=base/> })}
        </section>
    }
}
