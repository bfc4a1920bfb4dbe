//! The agenda templates of the meeting kinds: time box, steps (renamed, reordered, added, removed). A new meeting
//! copies its kind's template; meetings already held keep their own agenda.

use crate::domain::organisation::meeting::{AgendaStep, Block, MeetingKind, Template};
use crate::ui::components::widgets::{tracked_draft, FieldError, WhenLoaded};
use crate::ui::href;
use crate::ui::pages::organisation::meeting_blocks::step_title;
use crate::ui::pages::organisation::meeting_words::MeetMsg;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn TemplatesPage() -> impl IntoView {
    let s = expect_context::<AppState>();
    view! {
        <WhenLoaded>
            <section class="templates">
                <div class="page-head">
                    <h1>{s.tr(crate::ui::i18n::Msg::NavTemplates)}</h1>
                    <a href=href("/meetings")>{move || format!("‹ {}", s.t(MeetMsg::AllMeetings))}</a>
                </div>
                {MeetingKind::ALL.into_iter().map(|k| view! { <TemplateCard kind=k/> }).collect_view()}
            </section>
        </WhenLoaded>
    }
}

#[component]
fn TemplateCard(kind: MeetingKind) -> impl IntoView {
    let s = expect_context::<AppState>();
    let draft = tracked_draft(
        s.data.with_untracked(|d| Template::of(d, kind)),
        move || Some(s.data.with(|d| Template::of(d, kind))),
    );
    let tried = RwSignal::new(false);
    let problems = Memo::new(move |_| draft.with(Template::problems));
    let new_block = RwSignal::new(Block::Notes);
    let save = move |_| {
        tried.set(true);
        if !problems.get_untracked().is_empty() {
            return;
        }
        let t = draft.get_untracked();
        s.put(Template::id_for(kind), t);
    };
    let reset = move |_| draft.set(Template::default_for(kind));
    let swap = move |i: usize, j: usize| {
        draft.update(|t| {
            if j < t.agenda.len() {
                t.agenda.swap(i, j)
            }
        })
    };
    view! {
        <div class="card" data-test=format!("template-{}", format!("{kind:?}").to_lowercase())>
            <div class="card-head">
                <h2>{s.tr(MeetMsg::KindName(kind))}</h2>
                <label class="inline">{s.tr(MeetMsg::TimeBox)}
                    <input type="number" min="1" max="480" name="minutes" class="narrow" prop:value=move || draft.with(|t| t.minutes.to_string())
                        on:change=move |ev| draft.update(|t| t.minutes = event_target_value(&ev).parse().unwrap_or(0))/>
                </label>
            </div>
            <FieldError problems=problems field="minutes" show=tried/>
            <ol class="template-steps">
                {move || draft.with(|t| t.agenda.clone()).into_iter().enumerate().map(|(i, st)| {
                    let placeholder = step_title(s, &AgendaStep { title: String::new(), ..st.clone() });
                    view! {
                        <li>
                            <input name="step-title" placeholder=placeholder prop:value=st.title.clone()
                                on:change=move |ev| draft.update(|t| t.agenda[i].title = event_target_value(&ev).trim().to_string())/>
                            <button class="icon" on:click=move |_| { if i > 0 { swap(i, i - 1) } }>"↑"</button>
                            <button class="icon" on:click=move |_| swap(i, i + 1)>"↓"</button>
                            <button class="link" on:click=move |_| draft.update(|t| { t.agenda.remove(i); })>{s.tr(MeetMsg::RemoveStep)}</button>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <FieldError problems=problems field="agenda" show=tried/>
            <div class="toolbar">
                <select name="new-block" aria-label=s.tr(MeetMsg::NewBlockLabel) on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some(b) = Block::ALL.into_iter().find(|b| format!("{b:?}") == v) { new_block.set(b) }
                }>
                    {Block::ALL.into_iter().map(|b| view! { <option value=format!("{b:?}") selected=move || new_block.get() == b>{s.tr(MeetMsg::BlockName(b))}</option> }).collect_view()}
                </select>
                <button on:click=move |_| draft.update(|t| { let key = t.free_key(); t.agenda.push(AgendaStep { key, title: String::new(), block: new_block.get_untracked() }) })>
                    {s.tr(MeetMsg::AddStep)}
                </button>
                <button class="link" on:click=reset>{s.tr(MeetMsg::ResetTemplate)}</button>
                <button class="primary" data-test="save-template" on:click=save>{s.tr(crate::ui::i18n::Msg::Save)}</button>
            </div>
        </div>
    }
}
