//! What is typed at a meeting, each saved as its own record the moment it is added: notes, decisions and
//! questions per step, the repeat / don't-repeat lists, the training block, promises, tasks (with what carries over
//! from earlier meetings of the kind) and cases.

mod cases;
mod promises;
mod tasks;

pub use cases::CasesBlock;
pub use promises::PromisesBlock;
pub use tasks::TasksBlock;

use crate::domain::organisation::meeting::Block;
use crate::domain::organisation::protocol::{notes_of, MeetingNote, NoteKind};
use crate::domain::RecordId;
use crate::ui::components::widgets::PersonPicker;
use crate::ui::pages::organisation::meeting_blocks::{people_on, person_name};
use crate::ui::pages::organisation::meeting_words::MeetMsg;
use crate::ui::state::AppState;
use chrono::NaiveDate;
use leptos::prelude::*;

/// Saves a new note of `kind` under `step`; true when there was text to save.
fn add_note(
    s: AppState,
    meeting: RecordId,
    step: &str,
    kind: NoteKind,
    text: String,
    by: Option<RecordId>,
) -> bool {
    let note = MeetingNote {
        meeting,
        step: step.to_string(),
        kind,
        text: text.trim().to_string(),
        by,
        resolved: false,
    };
    if !note.problems().is_empty() {
        return false;
    }
    s.add(note);
    true
}

/// The notes of kinds `kinds` under one step, live.
fn step_notes(
    s: AppState,
    meeting: RecordId,
    key: String,
    kinds: &'static [NoteKind],
) -> Memo<Vec<(RecordId, MeetingNote)>> {
    Memo::new(move |_| {
        s.data.with(|d| {
            notes_of(d, meeting)
                .into_iter()
                .filter(|(_, n)| n.step == key && kinds.contains(&n.kind))
                .map(|(id, n)| (id, n.clone()))
                .collect()
        })
    })
}

/// Notes, decisions and open questions of a step: what the protocol records under it.
#[component]
pub fn StepNotes(meeting: RecordId, block: Block, key: String) -> impl IntoView {
    let s = expect_context::<AppState>();
    const KINDS: &[NoteKind] = &[NoteKind::Note, NoteKind::Decision, NoteKind::Question];
    let notes = step_notes(s, meeting, key.clone(), KINDS);
    let kind = RwSignal::new(if block == Block::Notes {
        NoteKind::Decision
    } else {
        NoteKind::Note
    });
    let text = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if add_note(
            s,
            meeting,
            &key,
            kind.get_untracked(),
            text.get_untracked(),
            None,
        ) {
            text.set(String::new());
        }
    };
    view! {
        <div class="mm-card mm-notes">
            <ul class="notes" data-test="notes">
                {move || notes.get().into_iter().map(|(id, n)| view! {
                    <li data-test="note">
                        <span class=if n.kind == NoteKind::Decision { "chip ok" } else if n.kind == NoteKind::Question { "chip warn" } else { "chip muted" }>
                            {s.tr(MeetMsg::NoteKindName(n.kind))}
                        </span>
                        <span class="text">{n.text.clone()}</span>
                        <button class="link" on:click=move |_| { s.remove::<MeetingNote>(id) }>"✕"</button>
                    </li>
                }).collect_view()}
            </ul>
            <form class="note-form" on:submit=submit>
                <span class="segmented">
                    {KINDS.iter().map(|k| { let k = *k; view! {
                        <button type="button" class:active=move || kind.get() == k on:click=move |_| kind.set(k)>{s.tr(MeetMsg::NoteKindName(k))}</button>
                    } }).collect_view()}
                </span>
                <input name="note" data-test="note-text" placeholder=s.tr(MeetMsg::NoteHint) prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))/>
                <button type="submit" data-test="add-note">{s.tr(MeetMsg::AddNote)}</button>
            </form>
        </div>
    }
}

/// What to repeat and what not to repeat, side by side.
#[component]
pub fn RepeatLists(meeting: RecordId, key: String) -> impl IntoView {
    view! {
        <div class="two-col">
            <OneList meeting=meeting key=key.clone() kind=NoteKind::Repeat/>
            <OneList meeting=meeting key=key kind=NoteKind::DontRepeat/>
        </div>
    }
}

#[component]
fn OneList(meeting: RecordId, key: String, kind: NoteKind) -> impl IntoView {
    let s = expect_context::<AppState>();
    let kinds: &'static [NoteKind] = if kind == NoteKind::Repeat {
        &[NoteKind::Repeat]
    } else {
        &[NoteKind::DontRepeat]
    };
    let notes = step_notes(s, meeting, key.clone(), kinds);
    let text = RwSignal::new(String::new());
    let test = if kind == NoteKind::Repeat {
        "repeat"
    } else {
        "dont-repeat"
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if add_note(s, meeting, &key, kind, text.get_untracked(), None) {
            text.set(String::new());
        }
    };
    view! {
        <div class="mm-card" class:ok-border=kind == NoteKind::Repeat class:bad-border=kind == NoteKind::DontRepeat>
            <h3>{s.tr(MeetMsg::NoteKindName(kind))}</h3>
            <ul class="notes" data-test=format!("{test}-list")>
                {move || notes.get().into_iter().map(|(id, n)| view! {
                    <li><span class="text">{n.text.clone()}</span><button class="link" on:click=move |_| { s.remove::<MeetingNote>(id) }>"✕"</button></li>
                }).collect_view()}
            </ul>
            <form class="note-form" on:submit=submit>
                <input name=test data-test=format!("{test}-text") prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))/>
                <button type="submit" data-test=format!("add-{test}")>{s.tr(MeetMsg::AddNote)}</button>
            </form>
        </div>
    }
}

#[component]
pub fn TrainingBlock(meeting: RecordId, key: String, date: NaiveDate) -> impl IntoView {
    let s = expect_context::<AppState>();
    let notes = step_notes(s, meeting, key.clone(), &[NoteKind::Training]);
    let topic = RwSignal::new(String::new());
    let by: RwSignal<Option<RecordId>> = RwSignal::new(None);
    let people = people_on(s, date);
    let name_of = move |who: Option<RecordId>| s.data.with_untracked(|d| person_name(s, d, who));
    // T3: the day's events of the training calendar, one tap from the protocol.
    let planned = Memo::new(move |_| {
        s.data.with(|d| {
            crate::domain::training::event::agenda(d, date, date)
                .into_iter()
                .map(|o| {
                    (
                        format!("{} {}", o.data.start_text(), o.data.title),
                        o.data.leader,
                    )
                })
                .collect::<Vec<(String, Option<RecordId>)>>()
        })
    });
    let take_key = key.clone();
    let take = move |topic: String, leader: Option<RecordId>| {
        add_note(s, meeting, &take_key, NoteKind::Training, topic, leader);
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if add_note(
            s,
            meeting,
            &key,
            NoteKind::Training,
            topic.get_untracked(),
            by.get_untracked(),
        ) {
            topic.set(String::new());
        }
    };
    view! {
        <div class="mm-card">
            {move || (!planned.with(Vec::is_empty)).then(|| view! {
                <ul class="plain planned-training" data-test="todays-training">
                    {planned.get().into_iter().map(|(topic, leader)| {
                        let t = topic.clone();
                        let take = take.clone();
                        view! { <li><span>{topic}</span>" "<button class="secondary" data-test="take-training" on:click=move |_| take(t.clone(), leader)>{s.tr(MeetMsg::TakeFromCalendar)}</button></li> }
                    }).collect_view()}
                </ul>
            })}
            <ul class="notes" data-test="training-list">
                {move || notes.get().into_iter().map(|(id, n)| {
                    let who = name_of(n.by);
                    view! { <li><span class="text">{n.text.clone()}</span><span class="chip">{who}</span><button class="link" on:click=move |_| { s.remove::<MeetingNote>(id) }>"✕"</button></li> }
                }).collect_view()}
            </ul>
            <form class="note-form" on:submit=submit>
                <input name="topic" data-test="training-topic" placeholder=s.tr(MeetMsg::TrainingTopic) prop:value=move || topic.get() on:input=move |ev| topic.set(event_target_value(&ev))/>
                <label class="inline">{s.tr(MeetMsg::LedBy)}<PersonPicker name="led-by" people=people value=by none=MeetMsg::Head test="led-by"/></label>
                <button type="submit" data-test="add-training">{s.tr(MeetMsg::AddNote)}</button>
            </form>
        </div>
    }
}
