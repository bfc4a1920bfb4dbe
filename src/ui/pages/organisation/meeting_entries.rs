//! What is typed at a meeting, each saved as its own record the moment it is added: notes, decisions and
//! questions per step, the repeat / don't-repeat lists, the training block, promises, tasks (with what carries over
//! from earlier meetings of the kind) and cases.

use crate::domain::core::locale::format_date;
use crate::domain::core::rules::FieldProblem;
use crate::domain::organisation::meeting::Block;
use crate::domain::organisation::promise::{outcome, Promise};
use crate::domain::organisation::protocol::{
    carry_over, notes_of, tasks_of, MeetingNote, MeetingTask, NoteKind,
};
use crate::domain::planning::metric::{catalog, parse_value};
use crate::domain::training::case::Case;
use crate::domain::{Edit, RecordId};
use crate::ui::components::widgets::{DateField, FieldError, PersonPicker};
use crate::ui::pages::organisation::meeting_blocks::{
    outcome_class, people_on, person_name, step_title,
};
use crate::ui::pages::organisation::meeting_words::MeetMsg;
use crate::ui::pages::training::cases::CaseForm;
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
    s.save_soon(vec![Edit::put(uuid::Uuid::new_v4(), note)]);
    true
}

fn remove<T: crate::domain::Kind>(s: AppState, id: RecordId) {
    s.save_soon(vec![Edit::delete::<T>(id)]);
}

fn remove_note(s: AppState, id: RecordId) {
    remove::<MeetingNote>(s, id)
}

fn remove_promise(s: AppState, id: RecordId) {
    remove::<Promise>(s, id)
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
                        <button class="link" on:click=move |_| remove_note(s, id)>"✕"</button>
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
                    <li><span class="text">{n.text.clone()}</span><button class="link" on:click=move |_| remove_note(s, id)>"✕"</button></li>
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
                    view! { <li><span class="text">{n.text.clone()}</span><span class="chip">{who}</span><button class="link" on:click=move |_| remove_note(s, id)>"✕"</button></li> }
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

/// New promises: who, what, by when, and optionally the metric and target that will check it.
#[component]
pub fn PromisesBlock(meeting: RecordId, date: NaiveDate) -> impl IntoView {
    let s = expect_context::<AppState>();
    let people = people_on(s, date);
    let metrics = s.data.with_untracked(|d| {
        catalog(d)
            .into_iter()
            .filter(|x| x.is_summed() && !x.hidden)
            .collect::<Vec<_>>()
    });
    let who: RwSignal<Option<RecordId>> = RwSignal::new(people.first().map(|(id, _)| *id));
    let text = RwSignal::new(String::new());
    let due = RwSignal::new(date);
    let metric: RwSignal<Option<RecordId>> = RwSignal::new(None);
    let target = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let all_metrics = metrics.clone();
    let draft = Memo::new(move |_| {
        let unit = metric
            .get()
            .and_then(|id| all_metrics.iter().find(|x| x.id == id))
            .map(|x| x.unit);
        let target = unit.and_then(|u| parse_value(u, &target.get()).ok().flatten());
        Promise {
            manager: who.get().unwrap_or_default(),
            meeting: Some(meeting),
            made: date,
            due: due.get(),
            text: text.get().trim().to_string(),
            metric: metric.get(),
            target,
            mark: None,
        }
    });
    let problems: Memo<Vec<FieldProblem>> = Memo::new(move |_| {
        let mut out = draft.get().problems();
        if who.get().is_none() {
            out.push(FieldProblem::new(
                "manager",
                crate::domain::core::rules::Rule::Required,
            ));
        }
        out
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        if !problems.get_untracked().is_empty() {
            return;
        }
        let promise = draft.get_untracked();
        s.save_then(vec![Edit::put(uuid::Uuid::new_v4(), promise)], move || {
            text.set(String::new());
            target.set(String::new());
            tried.set(false);
        });
    };
    let made = Memo::new(move |_| {
        s.data.with(|d| {
            let cal = d.calendar();
            let cat = catalog(d);
            crate::domain::organisation::promise::promises(d)
                .into_iter()
                .filter(|(_, pr)| pr.meeting == Some(meeting))
                .map(|(id, pr)| {
                    let outcome = outcome(d, &cal, &cat, pr, crate::ui::state::today());
                    let name = person_name(s, d, Some(pr.manager));
                    (id, pr.clone(), name, outcome)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="mm-card">
            <form class="promise-form" on:submit=submit data-test="promise-form">
                <label>{s.tr(MeetMsg::Who)}<PersonPicker name="promise-manager" people=people value=who test="promise-manager"/></label>
                <label class="wide">{s.tr(MeetMsg::PromiseText)}
                    <input name="promise-text" data-test="promise-text" placeholder=s.tr(MeetMsg::PromiseHint) prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))/>
                    <FieldError problems=problems field="text" show=tried/>
                </label>
                <label>{s.tr(MeetMsg::Due)}
                    <DateField name="promise-due" value=due test="promise-due"/>
                    <FieldError problems=problems field="due" show=tried/>
                </label>
                <label>{s.tr(MeetMsg::Metric)}
                    <select name="promise-metric" data-test="promise-metric" on:change=move |ev| metric.set(event_target_value(&ev).parse().ok())>
                        <option value="" selected=move || metric.get().is_none()>{s.tr(MeetMsg::NoMetric)}</option>
                        {metrics.into_iter().map(|x| { let id = x.id; let name = crate::ui::pages::planning::words::metric_name(&x, s.lang.get_untracked()); view! { <option value=id.to_string() selected=move || metric.get() == Some(id)>{name}</option> } }).collect_view()}
                    </select>
                </label>
                <Show when=move || metric.get().is_some()>
                    <label>{s.tr(MeetMsg::Target)}
                        <input name="promise-target" data-test="promise-target" inputmode="decimal" prop:value=move || target.get() on:input=move |ev| target.set(event_target_value(&ev))/>
                        <FieldError problems=problems field="target" show=tried/>
                    </label>
                </Show>
                <button type="submit" class="primary" data-test="make-promise">{s.tr(MeetMsg::MakePromise)}</button>
            </form>
            <h3>{s.tr(MeetMsg::PromisesMade)}</h3>
            <ul class="promise-list" data-test="promises-made">
                {move || made.get().into_iter().map(|(id, pr, name, outcome)| view! {
                    <li class="promise" data-test="made-promise">
                        <span class="who">{name}</span>
                        <span class="text">{pr.text.clone()}</span>
                        <span class="muted">{move || format_date(s.lang.get(), pr.due)}</span>
                        <span class=outcome_class(outcome)>{s.tr(MeetMsg::OutcomeName(outcome))}</span>
                        <button class="link" on:click=move |_| remove_promise(s, id)>"✕"</button>
                    </li>
                }).collect_view()}
            </ul>
        </div>
    }
}

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
        s.save_then(vec![Edit::put(uuid::Uuid::new_v4(), t)], move || {
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

/// The week's cases: add one with its best answer; the ones brought to this meeting below.
#[component]
pub fn CasesBlock(meeting: RecordId, date: NaiveDate) -> impl IntoView {
    let s = expect_context::<AppState>();
    let here = Memo::new(move |_| {
        s.data.with(|d| {
            let mut v: Vec<(RecordId, Case)> = d
                .live_records::<Case>()
                .filter(|r| r.data.meeting == Some(meeting))
                .map(|r| (r.id, r.data.clone()))
                .collect();
            v.sort_by(|a, b| a.1.problem.cmp(&b.1.problem));
            v
        })
    });
    // T2: what the script readers logged, waiting for the team's best answer.
    let candidates = Memo::new(move |_| {
        s.data.with(|d| {
            d.live_records::<Case>()
                .filter(|r| r.data.is_candidate() && r.data.meeting.is_none())
                .map(|r| (r.id, r.data.clone()))
                .collect::<Vec<_>>()
        })
    });
    let answer_case = move |id: RecordId, case: Case, answer: String| {
        if answer.trim().is_empty() {
            return;
        }
        let case = Case {
            answer: answer.trim().to_string(),
            meeting: Some(meeting),
            ..case
        };
        s.save_soon(vec![crate::domain::Edit::put(id, case)]);
    };
    view! {
        <div class="mm-card">
            <Show when=move || !candidates.with(Vec::is_empty)>
                <h3>{s.tr(MeetMsg::CaseCandidates)}</h3>
                <ul class="plain" data-test="case-candidates">
                    {move || candidates.get().into_iter().map(|(id, c)| {
                        let problem = c.problem.clone();
                        view! {
                            <li>
                                <p>{problem.clone()}</p>
                                <input name="best-answer" aria-label=format!("{} — {}", problem, s.t(MeetMsg::BestAnswer)) placeholder=s.tr(MeetMsg::BestAnswer)
                                    on:change=move |ev| answer_case(id, c.clone(), event_target_value(&ev))/>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
            <CaseForm meeting=Some(meeting) date=date/>
            <ul class="cases" data-test="meeting-cases">
                {move || here.get().into_iter().map(|(id, c)| view! { <crate::ui::pages::training::cases::CaseItem id=id case=c/> }).collect_view()}
            </ul>
        </div>
    }
}
