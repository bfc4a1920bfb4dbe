//! O7 a new manager's onboarding on their card, until every step is done: the probation's last day, the ramp plan
//! and the checklist, each step ticked by the head or done on its training evidence.

use crate::domain::core::locale::month_title;
use crate::domain::planning::new_hires::ramp_plan;
use crate::domain::team::hiring::onboarding::onboarding_of;
use crate::domain::training::first_steps::done_on;
use crate::domain::{Manager, RecordId};
use crate::ui::pages::team::words::HrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn OnboardingOnCard(manager: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let state = Memo::new(move |_| {
        s.data.with(|d| {
            let o = onboarding_of(d, manager)?.clone();
            let hired = d.live::<Manager>(manager)?.data.hired;
            let steps: Vec<(usize, String, Option<chrono::NaiveDate>)> = o
                .steps
                .iter()
                .enumerate()
                .map(|(k, st)| (k, st.text.clone(), done_on(d, &o, st)))
                .collect();
            let open = steps.iter().any(|(_, _, done)| done.is_none());
            Some((o, steps, open, ramp_plan(hired, &d.settings().ramp)))
        })
    });
    let tick = move |k: usize| {
        let Some((mut o, ..)) = state.get_untracked() else {
            return;
        };
        if let Some(st) = o.steps.get_mut(k) {
            st.done = Some(today());
        }
        s.keep(o);
    };
    move || {
        state.get().filter(|(_, _, open, _)| *open).map(|(o, steps, _, ramp)| {
            let end = o.probation_end;
            view! {
                <article class="card" data-test="onboarding">
                    <h2>{s.tr(HrMsg::Onboarding)}</h2>
                    <p data-test="probation-until">{move || HrMsg::ProbationUntil(end).text(s.lang.get())}</p>
                    <ul class="plain checklist">
                        {steps.into_iter().map(|(k, text, done)| view! {
                            <li data-test="onboarding-step">
                                <span>{text}</span>" "
                                {match done {
                                    Some(day) => view! { <span class="ok">{move || HrMsg::StepDone(day).text(s.lang.get())}</span> }.into_any(),
                                    None => view! { <button type="button" class="secondary" data-test="tick-step" on:click=move |_| tick(k)>{s.tr(HrMsg::Tick)}</button> }.into_any(),
                                }}
                            </li>
                        }).collect_view()}
                    </ul>
                    <h3>{s.tr(HrMsg::RampPlan)}</h3>
                    <p class="muted">{move || ramp.iter().map(|(m, p)| HrMsg::RampMonth(month_title(s.lang.get(), *m), *p).text(s.lang.get())).collect::<Vec<_>>().join(" · ")}</p>
                </article>
            }
        })
    }
}
