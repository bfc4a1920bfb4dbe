//! T1 the reading list: materials, and where each person is with each.

use crate::domain::training::reading::{
    materials, status, Material, MaterialKind, Reading, ReadingStatus,
};
use crate::domain::RecordId;
use crate::ui::components::widgets::{save_form, ChoiceSelect, FieldError};
use crate::ui::pages::training::words::TrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

/// Books and courses with each person's status.
#[component]
pub(super) fn ReadingList() -> impl IntoView {
    let s = expect_context::<AppState>();
    let people = crate::ui::components::widgets::active_people(s);
    let list = Memo::new(move |_| {
        s.data.with(|d| {
            materials(d)
                .into_iter()
                .map(|(id, m)| (id, m.clone()))
                .collect::<Vec<_>>()
        })
    });
    let set_status = move |material: RecordId, manager: RecordId, v: String| {
        let status = match v.as_str() {
            "planned" => Some(ReadingStatus::Planned),
            "reading" => Some(ReadingStatus::Reading),
            "done" => Some(ReadingStatus::Done),
            _ => None,
        };
        s.save_soon(vec![Reading::mark(material, manager, status, today())]);
    };
    let title = RwSignal::new(String::new());
    let author = RwSignal::new(String::new());
    let kind = RwSignal::new(MaterialKind::Book);
    let tried = RwSignal::new(false);
    let draft = move || Material {
        title: title.get().trim().to_string(),
        kind: kind.get(),
        author: author.get().trim().to_string(),
        link: String::new(),
        skill: None,
    };
    let problems = Memo::new(move |_| draft().problems());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save_form(s, tried, problems, None, draft, move || {
            title.set(String::new());
            author.set(String::new());
        });
    };
    view! {
        <div class="card">
            <h2>{s.tr(TrMsg::ReadingTitle)}</h2>
            <div class="table-wrap">
                <table class="compact" data-test="reading">
                    <thead><tr>
                        <th scope="col">{s.tr(TrMsg::Material)}</th>
                        {people.iter().map(|(_, n)| view! { <th scope="col">{n.clone()}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {move || list.get().into_iter().map(|(id, m)| {
                            let people = people.clone();
                            view! {
                                <tr>
                                    <th scope="row">{m.title.clone()}<span class="muted">{format!(" · {}", m.author)}</span></th>
                                    {people.into_iter().map(|(p, n)| {
                                        let now = s.data.with(|d| status(d, id, p));
                                        view! { <td><select name="reading-status" aria-label=format!("{} — {n}", m.title) on:change=move |ev| set_status(id, p, event_target_value(&ev))>
                                            <option value="" selected=now.is_none()>"—"</option>
                                            {[ReadingStatus::Planned, ReadingStatus::Reading, ReadingStatus::Done].into_iter().map(|st| view! {
                                                <option value=reading_key(st) selected=now == Some(st)>{s.tr(TrMsg::ReadingStatusName(st))}</option>
                                            }).collect_view()}
                                        </select></td> }
                                    }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <form class="row" on:submit=add>
                <label class="grow">{s.tr(TrMsg::Material)}<input name="material-title" prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))/></label>
                <label>{s.tr(TrMsg::Author)}<input name="material-author" prop:value=move || author.get() on:input=move |ev| author.set(event_target_value(&ev))/></label>
                <label>{s.tr(TrMsg::Kind)}
                    <ChoiceSelect name="material-kind" options=MaterialKind::ALL.to_vec() value=Signal::from(kind)
                        on_pick=Callback::new(move |k| kind.set(k)) label=|k| TrMsg::MaterialKindName(k).into()/>
                </label>
                <button type="submit">{s.tr(TrMsg::Create)}</button>
            </form>
            <FieldError problems field="title" show=tried/>
        </div>
    }
}

fn reading_key(s: ReadingStatus) -> &'static str {
    match s {
        ReadingStatus::Planned => "planned",
        ReadingStatus::Reading => "reading",
        ReadingStatus::Done => "done",
    }
}
