//! A meeting's tasks, with what carries over from earlier meetings of the kind.

use crate::domain::core::locale::format_date;
use crate::domain::organisation::protocol::{carry_over, tasks_of, MeetingNote, MeetingTask};
use crate::domain::RecordId;
use crate::ui::components::widgets::{DateField, PersonPicker};
use crate::ui::pages::organisation::meeting_blocks::{people_on, person_name, step_title};
use crate::ui::pages::organisation::meeting_words::MeetMsg;
use crate::ui::state::AppState;
use chrono::NaiveDate;
use leptos::prelude::*;

/// Tasks given at this meeting, and what carries over from earlier meetings of the kind.
#[component]
pub fn TasksBlock(meeting: RecordId, date: NaiveDate) -> impl IntoView {
    let s = expect_context::<AppState>();
    let people = people_on(s, date);
    let name_of = move |who: Option<RecordId>| s.data.with_untracked(|d| person_name(s, d, who));
    let carried = Memo::new(move |_| {
        s.data.with(|d| {
            d.meetings
                .get(&meeting)
                .map(|r| carry_over(d, &r.data))
                .unwrap_or_default()
        })
    });
    let own = Memo::new(move |_| {
        s.data.with(|d| {
            tasks_of(d, meeting)
                .into_iter()
                .map(|(id, t)| (id, t.clone()))
                .collect::<Vec<_>>()
        })
    });
    let text = RwSignal::new(String::new());
    let owner: RwSignal<Option<RecordId>> = RwSignal::new(None);
    let due = RwSignal::new(date);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = MeetingTask {
            meeting,
            text: text.get_untracked().trim().to_string(),
            owner: owner.get_untracked(),
            due: due.get_untracked(),
            done: false,
        };
        if !t.problems().is_empty() {
            return;
        }
        s.add_then(t, move || {
            text.set(String::new());
        });
    };
    let toggle = move |id: RecordId, _: MeetingTask| {
        leptos::task::spawn_local(async move {
            s.update(id, |t: &mut MeetingTask| t.done = !t.done).await;
        });
    };
    let resolve = move |id: RecordId, _: MeetingNote| {
        leptos::task::spawn_local(async move {
            s.update(id, |n: &mut MeetingNote| n.resolved = true).await;
        });
    };
    let task_row = move |id: RecordId, t: MeetingTask| {
        let who = name_of(t.owner);
        let done = t.done;
        let due = t.due;
        let text = t.text.clone();
        view! {
            <li class:done=done data-test="task">
                <input type="checkbox" aria-label=format!("{}: {}", s.t(MeetMsg::TaskDoneLabel), text) prop:checked=done on:change=move |_| toggle(id, t.clone())/>
                <span class="text">{text}</span>
                <span class="chip">{who}</span>
                <span class="muted">{move || format_date(s.lang.get(), due)}</span>
            </li>
        }
    };
    let row2 = task_row;
    view! {
        <div class="mm-card">
            {move || {
                let c = carried.get();
                let any = !c.tasks.is_empty() || !c.questions.is_empty() || !c.unreached.is_empty();
                let when = c.previous.map(|(_, d)| format_date(s.lang.get(), d)).unwrap_or_default();
                let row = row2;
                any.then(|| view! {
                    <div class="carried" data-test="carried">
                        <h3>{s.t(MeetMsg::CarriedFrom(when))}</h3>
                        <ul class="tasks">{c.tasks.into_iter().map(|(id, t)| row(id, t)).collect_view()}</ul>
                        {(!c.questions.is_empty()).then(|| view! {
                            <h4>{s.t(MeetMsg::OpenQuestions)}</h4>
                            <ul class="notes">
                                {c.questions.into_iter().map(|(id, n)| { let text = n.text.clone(); view! {
                                    <li><span class="text">{text}</span><button class="link" on:click=move |_| resolve(id, n.clone())>{s.t(MeetMsg::Resolve)}</button></li>
                                } }).collect_view()}
                            </ul>
                        })}
                        {(!c.unreached.is_empty()).then(|| view! {
                            <h4>{s.t(MeetMsg::Unreached)}</h4>
                            <ul class="plain">{c.unreached.iter().map(|st| view! { <li>{step_title(s, st)}</li> }).collect_view()}</ul>
                        })}
                    </div>
                })
            }}
            <h3>{s.tr(MeetMsg::Tasks)}</h3>
            <ul class="tasks" data-test="tasks">
                {move || own.get().into_iter().map(|(id, t)| task_row(id, t)).collect_view()}
            </ul>
            <form class="task-form" on:submit=submit>
                <input name="task" data-test="task-text" placeholder=s.tr(MeetMsg::TaskText) prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))/>
                <label class="inline">{s.tr(MeetMsg::Owner)}<PersonPicker name="task-owner" people=people value=owner none=MeetMsg::Head test="task-owner"/></label>
                <DateField name="task-due" value=due label=MeetMsg::Due/>
                <button type="submit" data-test="add-task">{s.tr(crate::ui::i18n::Msg::Add)}</button>
            </form>
        </div>
    }
}
