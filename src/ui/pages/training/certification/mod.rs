//! T5 certification at `/certification`: who holds which certificate (valid, due, expired), handing the tablet
//! over for a test (only the test on screen, the head's code to leave, kept only as a salted slow hash; the screen
//! holds the attempt's sheet, never the answer key, which the data has not either until the attempt is
//! submitted), grading short answers, and the tests' editor (question bank, threshold, time, attempts, shuffle,
//! validity, re-certification).

mod editor;
mod handover;

use editor::TestEditor;
use handover::{HandOver, TakeTest};

use crate::domain::core::locale::format_date;
use crate::domain::training::certification::{certificate, CertStatus, CertTest};
use crate::domain::training::taking;
use crate::domain::RecordId;
use crate::ui::components::widgets::{active_people, WhenComplete};
use crate::ui::pages::training::words::TrMsg;
use crate::ui::state::{today, AppState};
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

pub(super) fn tests(s: AppState) -> Vec<(RecordId, CertTest)> {
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
