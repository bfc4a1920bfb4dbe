//! O5, T4 the case library: objections and difficulties raised at meetings with the best answer agreed, tagged and
//! searchable; new ones are added here or during the weekly meeting's group training.

use crate::domain::core::locale::format_date;
use crate::domain::training::case::{search, tag_counts, tags, Case};
use crate::domain::RecordId;
use crate::ui::components::widgets::{save_form, FieldError, WhenLoaded};
use crate::ui::pages::organisation::meeting_words::MeetMsg;
use crate::ui::state::{today, AppState};
use chrono::NaiveDate;
use leptos::prelude::*;

#[component]
pub fn CasesPage() -> impl IntoView {
    view! { <WhenLoaded><Library/></WhenLoaded> }
}

#[component]
fn Library() -> impl IntoView {
    let s = expect_context::<AppState>();
    let query = RwSignal::new(String::new());
    let tag: RwSignal<Option<String>> = RwSignal::new(None);
    let found = Memo::new(move |_| {
        let q = query.get();
        let t = tag.get();
        s.data.with(|d| {
            search(d, &q, t.as_deref())
                .into_iter()
                .map(|(id, c)| (id, c.clone()))
                .collect::<Vec<_>>()
        })
    });
    let all_tags = Memo::new(move |_| s.data.with(tag_counts));
    view! {
        <section class="cases-page">
            <div class="page-head">
                <h1>{s.tr(crate::ui::i18n::Msg::NavCases)} " "
                    <small data-test="case-count">{move || s.t(MeetMsg::CasesCount(found.with(Vec::len)))}</small>
                </h1>
                <div class="toolbar">
                    <input type="search" name="case-search" data-test="case-search" placeholder=s.tr(MeetMsg::Search)
                        prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev))/>
                </div>
            </div>
            <div class="tag-bar">
                <button class="chip" class:active=move || tag.get().is_none() on:click=move |_| tag.set(None)>{s.tr(MeetMsg::AllTags)}</button>
                {move || all_tags.get().into_iter().map(|(t, n)| {
                    let pick = t.clone();
                    let mine = t.clone();
                    view! {
                        <button class="chip" data-test="tag" class:active=move || tag.get().as_deref() == Some(mine.as_str())
                            on:click=move |_| tag.set(Some(pick.clone()))>{format!("#{t} {n}")}</button>
                    }
                }).collect_view()}
            </div>
            <div class="card">
                {move || {
                    let list = found.get();
                    if list.is_empty() {
                        return view! { <p class="empty">{s.t(MeetMsg::NoCases)}</p> }.into_any();
                    }
                    view! {
                        <ul class="cases" data-test="cases">
                            {list.into_iter().map(|(id, c)| view! { <CaseItem id=id case=c removable=true/> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </div>
            <div class="card">
                <h2>{s.tr(MeetMsg::AddCase)}</h2>
                <CaseForm meeting=None date=today()/>
            </div>
        </section>
    }
}

/// One case: the objection, the best answer, tags, who brought it and when.
#[component]
pub fn CaseItem(id: RecordId, case: Case, #[prop(optional)] removable: bool) -> impl IntoView {
    let s = expect_context::<AppState>();
    let remove = move |_| {
        s.remove::<Case>(id);
    };
    let who = case
        .raised_by
        .and_then(|id| s.data.with_untracked(|d| d.short_name(id)));
    let date = case.date;
    view! {
        <li class="case" data-test="case">
            <p class="problem">{case.problem.clone()}</p>
            <p class="answer">{case.answer.clone()}</p>
            <p class="meta">
                {case.tags.iter().map(|t| view! { <span class="chip muted">{format!("#{t}")}</span> }).collect_view()}
                {who.map(|w| view! { <span class="chip">{w}</span> })}
                <span class="muted">{move || format_date(s.lang.get(), date)}</span>
                {removable.then(|| view! { <button class="link" on:click=remove>{s.tr(crate::ui::i18n::Msg::Delete)}</button> })}
            </p>
        </li>
    }
}

/// Adds a case; at a meeting it is linked to the meeting.
#[component]
pub fn CaseForm(meeting: Option<RecordId>, date: NaiveDate) -> impl IntoView {
    let s = expect_context::<AppState>();
    let problem = RwSignal::new(String::new());
    let answer = RwSignal::new(String::new());
    let tag_text = RwSignal::new(String::new());
    let raised_by: RwSignal<Option<RecordId>> = RwSignal::new(None);
    let tried = RwSignal::new(false);
    let people = crate::ui::pages::organisation::meeting_blocks::people_on(s, date);
    let draft = move || Case {
        problem: problem.get().trim().to_string(),
        answer: answer.get().trim().to_string(),
        tags: tags(&tag_text.get()),
        date,
        raised_by: raised_by.get(),
        meeting,
        script: None,
    };
    let problems = Memo::new(move |_| draft().problems());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save_form(s, tried, problems, None, draft, move || {
            problem.set(String::new());
            answer.set(String::new());
            tag_text.set(String::new());
        });
    };
    view! {
        <form class="case-form" on:submit=submit data-test="case-form">
            <label class="wide">{s.tr(MeetMsg::CaseProblem)}
                <input name="case-problem" data-test="case-problem" prop:value=move || problem.get() on:input=move |ev| problem.set(event_target_value(&ev))/>
                <FieldError problems=problems field="problem" show=tried/>
            </label>
            <label class="wide">{s.tr(MeetMsg::CaseAnswer)}
                <textarea name="case-answer" data-test="case-answer" rows="3" prop:value=move || answer.get() on:input=move |ev| answer.set(event_target_value(&ev))></textarea>
                <FieldError problems=problems field="answer" show=tried/>
            </label>
            <label>{s.tr(MeetMsg::CaseTags)}
                <input name="case-tags" data-test="case-tags" prop:value=move || tag_text.get() on:input=move |ev| tag_text.set(event_target_value(&ev))/>
                <FieldError problems=problems field="tags" show=tried/>
            </label>
            <label>{s.tr(MeetMsg::RaisedBy)}
                <select name="case-by" on:change=move |ev| raised_by.set(event_target_value(&ev).parse().ok())>
                    <option value="">{s.tr(MeetMsg::Head)}</option>
                    {people.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                </select>
            </label>
            <button type="submit" class="primary" data-test="add-case">{s.tr(MeetMsg::AddCase)}</button>
        </form>
    }
}
