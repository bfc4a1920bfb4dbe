//! T5 certification at `/certification`: who holds which certificate (valid, due, expired), handing the tablet
//! over for a test (only the test on screen, the head's code to leave, kept only as a salted slow hash; the screen
//! holds the attempt's sheet, never the answer key, which the data has not either until the attempt is
//! submitted), grading short answers, and the tests' editor (question bank, threshold, time, attempts, shuffle,
//! validity, re-certification).

use crate::domain::core::locale::format_date;
use crate::domain::training::certification::{
    attempts_left, certificate, is_unlock_code, result, sheet, start, Answer, Attempt, CertStatus,
    CertTest, Given, Question, Refusal, SheetKind, SheetQuestion, Verdict,
};
use crate::domain::training::skill::skills;
use crate::domain::training::taking;
use crate::domain::{Edit, RecordId};
use crate::ui::components::unlock_code;
use crate::ui::components::widgets::{active_people, save_form, FieldError, WhenComplete};
use crate::ui::pages::training::words::TrMsg;
use crate::ui::state::{today, AppState, Handover};
use leptos::prelude::*;

#[component]
pub fn CertificationPage() -> impl IntoView {
    let s = expect_context::<AppState>();
    view! {
        <WhenComplete>
            {move || match s.handover.get() {
                Some(h) => view! { <TakeTest handover=h/> }.into_any(),
                None => view! { <Certification/> }.into_any(),
            }}
        </WhenComplete>
    }
}

fn tests(s: AppState) -> Vec<(RecordId, CertTest)> {
    s.data.with(|d| {
        let mut v: Vec<(RecordId, CertTest)> = d
            .live_records::<CertTest>()
            .map(|r| (r.id, r.data.clone()))
            .collect();
        v.sort_by(|a, b| a.1.title.cmp(&b.1.title));
        v
    })
}

#[component]
fn Certification() -> impl IntoView {
    let s = expect_context::<AppState>();
    let all = Memo::new(move |_| tests(s));
    let people = active_people(s);
    view! {
        <section class="certification-page">
            <div class="page-head"><h1>{s.tr(TrMsg::CertificationTitle)}</h1></div>
            <div class="card table-wrap">
                <h2>{s.tr(TrMsg::Certificates)}</h2>
                <table data-test="certificates">
                    <thead><tr>
                        <th scope="col">{s.tr(TrMsg::Person)}</th>
                        {move || all.get().into_iter().map(|(_, t)| view! { <th scope="col">{t.title}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {let people = people.clone(); move || people.clone().into_iter().map(|(m, name)| view! {
                            <tr data-manager=m.to_string()>
                                <th scope="row">{name}</th>
                                {all.get().into_iter().map(|(t, _)| {
                                    let c = s.data.with(|d| certificate(d, t, m));
                                    match c {
                                        Some(c) => {
                                            let (class, msg) = match c.status(today()) {
                                                CertStatus::Valid => ("chip ok", TrMsg::ValidUntil(format_date(s.lang.get(), c.valid_until))),
                                                CertStatus::Due => ("chip warn", TrMsg::DueBy(format_date(s.lang.get(), c.valid_until))),
                                                CertStatus::Expired => ("chip bad", TrMsg::ExpiredOn(format_date(s.lang.get(), c.valid_until))),
                                            };
                                            view! { <td><span class=class data-test="certificate">{msg.text(s.lang.get())}</span></td> }.into_any()
                                        }
                                        None => view! { <td class="muted">"—"</td> }.into_any(),
                                    }
                                }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <HandOver/>
            <Grading/>
            <details class="card"><summary>{s.tr(TrMsg::TestsEditor)}</summary><TestEditor/></details>
        </section>
    }
}

/// Choosing the person and the test, the head's code, and handing the tablet over.
#[component]
fn HandOver() -> impl IntoView {
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
                if !s.save(vec![Edit::put(id, a)]).await {
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
fn TakeTest(handover: Handover) -> impl IntoView {
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

/// Short answers waiting for the head's grade.
#[component]
fn Grading() -> impl IntoView {
    let s = expect_context::<AppState>();
    let pending = Memo::new(move |_| s.data.with(taking::to_grade));
    let grade = move |attempt: RecordId, question: u16, right: bool| {
        let Some(edit) = s
            .data
            .with_untracked(|d| taking::grade(d, attempt, question, right))
        else {
            return;
        };
        s.save_soon(vec![edit]);
    };
    view! {
        <Show when=move || !pending.with(Vec::is_empty)>
            <div class="card">
                <h2>{s.tr(TrMsg::ToGrade)}</h2>
                <ul class="plain grading" data-test="to-grade">
                    {move || pending.get().into_iter().map(|g| {
                        let who = s.data.with(|d| d.short_name(g.manager).unwrap_or_default());
                        let (a, qid) = (g.attempt, g.question);
                        view! {
                            <li>
                                <p><strong>{who}</strong>": "{g.asked}</p>
                                <p class="answer">{g.answer}</p>
                                <p class="muted">{s.tr(TrMsg::ModelAnswer)}": "{g.model}</p>
                                <button class="secondary" on:click=move |_| grade(a, qid, true)>{s.tr(TrMsg::Right)}</button>" "
                                <button class="secondary" on:click=move |_| grade(a, qid, false)>{s.tr(TrMsg::Wrong)}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}

/// The tests: settings and the question bank.
#[component]
fn TestEditor() -> impl IntoView {
    let s = expect_context::<AppState>();
    let all = tests(s);
    let chosen = RwSignal::new(all.first().map(|(id, _)| *id));
    let draft = RwSignal::new(
        all.first()
            .map(|(_, t)| t.clone())
            .unwrap_or_else(CertTest::blank),
    );
    let tried = RwSignal::new(false);
    let problems = Memo::new(move |_| draft.with(CertTest::problems));
    let skill_list = s.data.with_untracked(|d| {
        skills(d)
            .into_iter()
            .map(|(id, k)| (id, k.name.clone()))
            .collect::<Vec<_>>()
    });
    let standards = s.data.with_untracked(|d| {
        crate::domain::control::standard::standards(d)
            .into_iter()
            .map(|(id, x)| (id, x.title.clone()))
            .collect::<Vec<_>>()
    });
    let pick = move |v: String| {
        let id: Option<RecordId> = v.parse().ok();
        chosen.set(id);
        let t = id
            .and_then(|id| {
                s.data
                    .with_untracked(|d| d.live::<CertTest>(id).map(|r| r.data.clone()))
            })
            .unwrap_or_else(CertTest::blank);
        draft.set(t);
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = chosen.get_untracked().unwrap_or_else(uuid::Uuid::new_v4);
        save_form(
            s,
            tried,
            problems,
            move || Edit::put(id, draft.get_untracked()),
            move || chosen.set(Some(id)),
        );
    };
    let number = move |name: &'static str,
                       label: TrMsg,
                       get: fn(&CertTest) -> i64,
                       set: fn(&mut CertTest, i64)| {
        view! {
            <label>{s.tr(label)}<input type="number" class="narrow" name=name prop:value=move || draft.with(|t| get(t).to_string())
                on:input=move |ev| { let v = event_target_value(&ev).parse().unwrap_or(0); draft.update(|t| set(t, v)) }/></label>
            <FieldError problems field=name show=tried/>
        }
    };
    view! {
        <form class="stack" on:submit=submit data-test="test-editor">
            <label>{s.tr(TrMsg::Test)}
                <select name="edit-test" on:change=move |ev| pick(event_target_value(&ev))>
                    {all.into_iter().map(|(id, t)| view! { <option value=id.to_string()>{t.title}</option> }).collect_view()}
                    <option value="new">{s.tr(TrMsg::NewTest)}</option>
                </select>
            </label>
            <label>{s.tr(TrMsg::TestTitle)}<input name="test-title" prop:value=move || draft.with(|t| t.title.clone()) on:input=move |ev| draft.update(|t| t.title = event_target_value(&ev))/></label>
            <FieldError problems field="title" show=tried/>
            <div class="row">
                <label>{s.tr(TrMsg::SkillLabel)}
                    <select name="test-skill" on:change=move |ev| draft.update(|t| t.skill = event_target_value(&ev).parse().ok())>
                        <option value="">"—"</option>
                        {skill_list.into_iter().map(|(id, n)| view! { <option value=id.to_string() selected=move || draft.with(|t| t.skill == Some(id))>{n}</option> }).collect_view()}
                    </select>
                </label>
                <label>{s.tr(TrMsg::StandardLabel)}
                    <select name="test-standard" on:change=move |ev| draft.update(|t| t.standard = event_target_value(&ev).parse().ok())>
                        <option value="">"—"</option>
                        {standards.into_iter().map(|(id, n)| view! { <option value=id.to_string() selected=move || draft.with(|t| t.standard == Some(id))>{n}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            <div class="row">
                {number("pass_percent", TrMsg::PassPercent, |t| t.pass_percent as i64, |t, v| t.pass_percent = v.clamp(0, 255) as u8)}
                {number("minutes", TrMsg::TimeLimit, |t| t.minutes as i64, |t, v| t.minutes = v.clamp(0, 65_535) as u16)}
                {number("attempts", TrMsg::AttemptsLabel, |t| t.attempts as i64, |t, v| t.attempts = v.clamp(0, 255) as u8)}
                {number("valid_days", TrMsg::ValidDays, |t| t.valid_days as i64, |t, v| t.valid_days = v.clamp(0, 65_535) as u16)}
                {number("recert_days", TrMsg::RecertDays, |t| t.recert_days as i64, |t, v| t.recert_days = v.clamp(0, 65_535) as u16)}
                {number("draw", TrMsg::Draw, |t| t.draw as i64, |t, v| t.draw = v.clamp(0, 65_535) as u16)}
                <label class="check"><input type="checkbox" name="shuffle" prop:checked=move || draft.with(|t| t.shuffle) on:change=move |ev| draft.update(|t| t.shuffle = event_target_checked(&ev))/>{s.tr(TrMsg::Shuffle)}</label>
            </div>
            {move || draft.get().questions.into_iter().enumerate().map(|(i, q)| view! { <QuestionEditor index=i question=q draft=draft/> }).collect_view()}
            <div class="row">
                <button type="button" class="secondary" on:click=move |_| draft.update(|t| { let id = t.next_id(); t.questions.push(Question { id, text: String::new(), answer: Answer::Single { options: vec![String::new(), String::new()], correct: 0 } }) })>{s.tr(TrMsg::AddChoice)}</button>
                <button type="button" class="secondary" on:click=move |_| draft.update(|t| { let id = t.next_id(); t.questions.push(Question { id, text: String::new(), answer: Answer::Short { model: String::new() } }) })>{s.tr(TrMsg::AddShort)}</button>
            </div>
            {move || (tried.get() && problems.with(|p| p.iter().any(|x| x.field.starts_with("questions")))).then(|| view! { <p class="field-error" role="alert">{s.t(TrMsg::FillEveryBlock)}</p> })}
            <button type="submit" data-test="save-test">{s.tr(TrMsg::Save)}</button>
        </form>
    }
}

/// One question of the bank: its text, options one per line, and which are right.
#[component]
fn QuestionEditor(index: usize, question: Question, draft: RwSignal<CertTest>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let i = index;
    let options_text = question.options().join("\n");
    let correct: Vec<u8> = match &question.answer {
        Answer::Single { correct, .. } => vec![*correct],
        Answer::Multiple { correct, .. } => correct.clone(),
        Answer::Short { .. } => Vec::new(),
    };
    let set_options = move |text: String| {
        let options: Vec<String> = text
            .lines()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        draft.update(|t| match &mut t.questions[i].answer {
            Answer::Single { options: o, .. } | Answer::Multiple { options: o, .. } => *o = options,
            Answer::Short { .. } => {}
        })
    };
    let set_correct = move |text: String| {
        let mut list: Vec<u8> = text
            .split([',', ' '])
            .filter_map(|x| x.trim().parse::<u8>().ok())
            .filter(|x| *x >= 1)
            .map(|x| x - 1)
            .collect();
        list.sort();
        list.dedup();
        draft.update(|t| {
            let q = &mut t.questions[i];
            let options = q.options().to_vec();
            q.answer = match list.as_slice() {
                [one] => Answer::Single {
                    options,
                    correct: *one,
                },
                _ => Answer::Multiple {
                    options,
                    correct: list.clone(),
                },
            };
        })
    };
    let short = matches!(question.answer, Answer::Short { .. });
    let right_text = correct
        .iter()
        .map(|c| (c + 1).to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let model = match &question.answer {
        Answer::Short { model } => model.clone(),
        _ => String::new(),
    };
    view! {
        <fieldset class="question-edit">
            <legend>{format!("{}.", i + 1)}</legend>
            <textarea name="question-text" rows="2" aria-label=s.tr(TrMsg::QuestionText) prop:value=question.text.clone() on:change=move |ev| draft.update(|t| t.questions[i].text = event_target_value(&ev))></textarea>
            {if short {
                view! { <label>{s.tr(TrMsg::ModelAnswer)}<textarea name="model" rows="2" prop:value=model on:change=move |ev| { let v = event_target_value(&ev); draft.update(|t| t.questions[i].answer = Answer::Short { model: v }) }></textarea></label> }.into_any()
            } else {
                view! {
                    <label>{s.tr(TrMsg::OptionsOnePerLine)}<textarea name="options" rows="4" prop:value=options_text on:change=move |ev| set_options(event_target_value(&ev))></textarea></label>
                    <label>{s.tr(TrMsg::RightOptions)}<input name="right" class="narrow" prop:value=right_text on:change=move |ev| set_correct(event_target_value(&ev))/></label>
                }.into_any()
            }}
            <button type="button" class="link" on:click=move |_| draft.update(|t| { t.questions.remove(i); })>{s.tr(TrMsg::Remove)}</button>
        </fieldset>
    }
}
