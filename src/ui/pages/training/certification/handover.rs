//! T5 hand-over: the head hands the tablet to a person for a test; only the test is on screen until it is
//! submitted or the head's code unlocks it (the code kept only as a salted slow hash).

use super::tests;
use crate::domain::training::certification::{
    attempts_left, is_unlock_code, result, sheet, start, Attempt, CertTest, Given, Refusal,
    SheetKind, SheetQuestion, Verdict,
};
use crate::domain::training::taking;
use crate::ui::components::unlock_code;
use crate::ui::components::widgets::active_people;
use crate::ui::pages::training::words::TrMsg;
use crate::ui::state::{today, AppState, Handover};
use leptos::prelude::*;

/// Choosing the person and the test, the head's code, and handing the tablet over.
#[component]
pub(super) fn HandOver() -> impl IntoView {
    let s = expect_context::<AppState>();
    let people = active_people(s);
    let all = tests(s);
    let person = RwSignal::new(people.first().map(|(id, _)| *id));
    let test = RwSignal::new(all.first().map(|(id, _)| *id));
    let code = RwSignal::new(String::new());
    let refusal = RwSignal::new(None::<TrMsg>);
    let go = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(m), Some(t)) = (person.get_untracked(), test.get_untracked()) else {
            return;
        };
        let c = code.get_untracked().trim().to_string();
        if !is_unlock_code(&c) {
            refusal.set(Some(TrMsg::CodeRule));
            return;
        }
        if !unlock_code::available() {
            refusal.set(Some(TrMsg::NeedsSecureAddress));
            return;
        }
        let id = uuid::Uuid::new_v4();
        let started = s
            .data
            .with_untracked(|d| start(d, t, m, id, today(), js_sys::Date::now() as u64));
        let attempt = match started {
            Ok(attempt) => Some((id, Some(attempt))),
            // An attempt left open (the tablet was taken back before submitting) continues.
            Err(Refusal::Open(open)) => Some((open, None)),
            Err(Refusal::NoAttemptsLeft { used }) => {
                refusal.set(Some(TrMsg::NoAttemptsLeft(used)));
                None
            }
            Err(Refusal::Empty) => {
                refusal.set(Some(TrMsg::EmptyTest));
                None
            }
        };
        let Some((id, new)) = attempt else {
            return;
        };
        leptos::task::spawn_local(async move {
            let Some((salt, hash)) = unlock_code::keep(&c).await else {
                refusal.set(Some(TrMsg::NeedsSecureAddress));
                return;
            };
            if let Some(a) = new {
                if !s.save_record(id, a).await {
                    return;
                }
            }
            code.set(String::new());
            s.set_handover(Some(Handover {
                attempt: id,
                salt,
                hash,
            }));
        });
    };
    let left = move || {
        let (Some(m), Some(t)) = (person.get(), test.get()) else {
            return None;
        };
        s.data.with(|d| {
            let test = d.live::<CertTest>(t)?;
            attempts_left(d, &test.data, t, m)
        })
    };
    view! {
        <form class="card stack" on:submit=go data-test="handover-form">
            <h2>{s.tr(TrMsg::HandOverTitle)}</h2>
            <p class="muted">{s.tr(TrMsg::HandOverHint)}</p>
            <div class="row">
                <label>{s.tr(TrMsg::Person)}
                    <select name="taker" on:change=move |ev| person.set(event_target_value(&ev).parse().ok())>
                        {people.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                    </select>
                </label>
                <label>{s.tr(TrMsg::Test)}
                    <select name="test" on:change=move |ev| test.set(event_target_value(&ev).parse().ok())>
                        {all.into_iter().map(|(id, t)| view! { <option value=id.to_string()>{t.title}</option> }).collect_view()}
                    </select>
                </label>
                <label>{s.tr(TrMsg::UnlockCode)}
                    <input name="unlock-code" type="password" inputmode="numeric" autocomplete="off" prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev))/>
                </label>
            </div>
            <p class="muted">{move || left().map(|n| TrMsg::AttemptsLeft(n).text(s.lang.get()))}</p>
            {move || refusal.get().map(|m| view! { <p class="field-error" role="alert">{m.text(s.lang.get())}</p> })}
            <button type="submit" data-test="hand-over">{s.tr(TrMsg::HandOver)}</button>
        </form>
    }
}

/// The test alone on the screen: the attempt's sheet (questions without their answers), a timer, submit, and the
/// head's unlock.
#[component]
pub(super) fn TakeTest(handover: Handover) -> impl IntoView {
    let s = expect_context::<AppState>();
    let id = handover.attempt;
    let attempt = Memo::new(move |_| {
        s.data
            .with(|d| d.live::<Attempt>(id).map(|r| r.data.clone()))
    });
    let paper = Memo::new(move |_| {
        let a = attempt.get()?;
        s.data
            .with(|d| d.live::<CertTest>(a.test).map(|r| sheet(&r.data, &a)))
    });
    let now = RwSignal::new(js_sys::Date::now() as u64);
    let ticker = StoredValue::new_local(Some(gloo::timers::callback::Interval::new(
        1_000,
        move || now.set(js_sys::Date::now() as u64),
    )));
    on_cleanup(move || ticker.update_value(|t| drop(t.take())));
    // The answers as given on this screen: every save carries all of them, so quick answers never overwrite one
    // another while an earlier save is still being written.
    let answers = RwSignal::new(attempt.get_untracked().map(|a| a.given).unwrap_or_default());
    let save_given = move |g: Given| {
        answers.update(|list| taking::with_answer(list, g));
        let edit = s
            .data
            .with_untracked(|d| answers.with_untracked(|list| taking::record_answers(d, id, list)));
        if let Some(edit) = edit {
            s.save_soon(vec![edit]);
        }
    };
    let submit = move || {
        let edit = s.data.with_untracked(|d| {
            answers.with_untracked(|list| taking::submit(d, id, list, today()))
        });
        let Some(edit) = edit else {
            return;
        };
        leptos::task::spawn_local(async move {
            // Submitted: the answer key is read from the database to grade it.
            if s.save(vec![edit]).await {
                s.reload_from_store().await;
            }
        });
    };
    // The time limit ends the attempt by itself.
    Effect::new(move |_| {
        let (Some(a), Some(p)) = (attempt.get(), paper.get()) else {
            return;
        };
        if a.submitted.is_none() && a.time_left_ms(p.minutes, now.get()) == Some(0) {
            submit();
        }
    });
    let unlock_open = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    let kept = StoredValue::new((handover.salt.clone(), handover.hash.clone()));
    let unlock = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let code = typed.get_untracked().trim().to_string();
        let (salt, hash) = kept.get_value();
        leptos::task::spawn_local(async move {
            if unlock_code::matches(&code, &salt, &hash).await {
                s.set_handover(None);
            } else {
                wrong.set(true);
            }
        });
    };
    view! {
        <section class="take-test" data-test="take-test">
            {move || match (attempt.get(), paper.get()) {
                (Some(a), Some(p)) if a.submitted.is_none() => {
                    let name = s.data.with_untracked(|d| d.short_name(a.manager).unwrap_or_default());
                    let total = p.questions.len();
                    let minutes = p.minutes;
                    let a2 = a.clone();
                    view! {
                        <div class="page-head">
                            <h1>{p.title.clone()}</h1>
                            <span class="chip">{name}</span>
                            {move || a2.time_left_ms(minutes, now.get()).map(|ms| view! { <span class="chip warn" data-test="time-left">{format!("{}:{:02}", ms / 60_000, ms / 1000 % 60)}</span> })}
                        </div>
                        <form class="stack" on:submit=move |ev| { ev.prevent_default(); submit(); }>
                            {p.questions.into_iter().enumerate().map(|(i, q)| {
                                let given = a.given(q.id).cloned();
                                view! { <QuestionView number=i + 1 total=total question=q given=given on_change=Callback::new(save_given)/> }
                            }).collect_view()}
                            <button type="submit" class="big" data-test="submit-test">{s.tr(TrMsg::SubmitTest)}</button>
                        </form>
                    }.into_any()
                }
                (Some(_), Some(_)) if s.keys_hidden.get() => view! { <p class="muted" role="status">{s.tr(TrMsg::Grading)}</p> }.into_any(),
                (Some(a), Some(_)) => {
                    let Some(t) = s.data.with(|d| d.live::<CertTest>(a.test).map(|r| r.data.clone())) else {
                        return view! { <p class="muted">{s.tr(TrMsg::NoAttempt)}</p> }.into_any();
                    };
                    let r = result(&t, &a);
                    let verdict = match r.verdict {
                        Verdict::Passed => TrMsg::Passed,
                        Verdict::Failed => TrMsg::Failed,
                        _ => TrMsg::PendingGrade,
                    };
                    view! {
                        <div class="card result" data-test="test-result">
                            <h1>{t.title.clone()}</h1>
                            <p class="big-figure">{format!("{} / {} = {} %", r.right, r.questions, r.percent)}</p>
                            <p><strong>{s.tr(verdict)}</strong></p>
                            <p class="muted">{move || TrMsg::ReturnTablet.text(s.lang.get())}</p>
                        </div>
                    }.into_any()
                }
                _ => view! { <p class="muted">{s.tr(TrMsg::NoAttempt)}</p> }.into_any(),
            }}
            <div class="unlock">
                <Show when=move || !unlock_open.get() fallback=move || view! {
                    <form class="row" on:submit=unlock>
                        <label>{s.tr(TrMsg::UnlockCode)}<input name="unlock" type="password" inputmode="numeric" autocomplete="off" prop:value=move || typed.get() on:input=move |ev| { typed.set(event_target_value(&ev)); wrong.set(false); }/></label>
                        <button type="submit" data-test="unlock">{s.tr(TrMsg::Unlock)}</button>
                        <Show when=move || wrong.get()><span class="field-error" role="alert">{s.tr(TrMsg::WrongCode)}</span></Show>
                    </form>
                }>
                    <button class="link" data-test="head-unlock" on:click=move |_| unlock_open.set(true)>{s.tr(TrMsg::ForTheHead)}</button>
                </Show>
            </div>
        </section>
    }
}

/// One question as the person sees it: the text and the options, never which is right.
#[component]
fn QuestionView(
    number: usize,
    total: usize,
    question: SheetQuestion,
    given: Option<Given>,
    on_change: Callback<Given>,
) -> impl IntoView {
    let s = expect_context::<AppState>();
    let qid = question.id;
    let chosen = RwSignal::new(given.as_ref().map(|g| g.chosen.clone()).unwrap_or_default());
    let text = RwSignal::new(given.map(|g| g.text).unwrap_or_default());
    let emit = move || {
        on_change.run(Given {
            question: qid,
            chosen: chosen.get_untracked(),
            text: text.get_untracked(),
            graded: None,
        })
    };
    let multiple = question.kind == SheetKind::Multiple;
    let body = match question.kind {
        SheetKind::Short => view! {
            <textarea name=format!("q-{qid}") rows="3" aria-label=question.text.clone() prop:value=move || text.get()
                on:change=move |ev| { text.set(event_target_value(&ev)); emit(); }></textarea>
        }.into_any(),
        _ => question.options.iter().enumerate().map(|(i, o)| {
            let i = i as u8;
            view! {
                <label class="option">
                    <input type=if multiple { "checkbox" } else { "radio" } name=format!("q-{qid}") value=i.to_string()
                        prop:checked=move || chosen.with(|c| c.contains(&i))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            chosen.update(|c| {
                                if !multiple { c.clear(); }
                                c.retain(|x| *x != i);
                                if on { c.push(i); c.sort(); }
                            });
                            emit();
                        }/>
                    <span>{o.clone()}</span>
                </label>
            }
        }).collect_view().into_any(),
    };
    view! {
        <fieldset class="question" data-test="question">
            <legend>{move || TrMsg::QuestionOf(number, total).text(s.lang.get())}</legend>
            <p class="question-text">{question.text.clone()}</p>
            {multiple.then(|| view! { <p class="muted">{s.tr(TrMsg::SeveralRight)}</p> })}
            {body}
        </fieldset>
    }
}
