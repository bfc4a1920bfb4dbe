//! The cases raised at a meeting, written into the training case base.

use crate::domain::training::case::Case;
use crate::domain::RecordId;
use crate::ui::pages::organisation::meeting_words::MeetMsg;
use crate::ui::pages::training::cases::CaseForm;
use crate::ui::state::AppState;
use chrono::NaiveDate;
use leptos::prelude::*;

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
        s.put(id, case);
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
