//! A candidate's end: hiring them onto the team, or erasing their personal data for good.

use crate::domain::core::locale::month_title;
use crate::domain::planning::new_hires::ramp_plan;
use crate::domain::team::hiring::candidate::MoveError;
use crate::domain::team::hiring::onboarding::{probation_end, StepKind, PROBATION_MAX_MONTHS};
use crate::domain::team::hiring::{erase, hire, Hire};
use crate::domain::training::first_steps::{first_steps, StepTexts};
use crate::domain::RecordId;
use crate::ui::components::widgets::DateField;
use crate::ui::pages::team::words::HrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub(super) fn HireForm(id: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let first = RwSignal::new(today());
    let months = RwSignal::new(PROBATION_MAX_MONTHS);
    let refused = RwSignal::new(None::<MoveError>);
    let ramp = Memo::new(move |_| s.data.with(|d| ramp_plan(first.get(), &d.settings().ramp)));
    let submit = move |_| {
        let lang = s.lang.get_untracked();
        let text = |k: StepKind| HrMsg::StepName(k).text(lang);
        let texts = StepTexts {
            product: text(StepKind::Product),
            crm: text(StepKind::Crm),
            script: text(StepKind::Script),
            certification: text(StepKind::Certification),
        };
        let manager = uuid::Uuid::new_v4();
        let edits = s.data.with_untracked(|d| {
            hire(
                d,
                id,
                manager,
                &Hire {
                    on: first.get_untracked(),
                    probation_months: months.get_untracked(),
                    steps: first_steps(d, &texts),
                },
            )
        });
        match edits {
            Ok(edits) => {
                refused.set(None);
                // Once saved, the candidate is at work and the card links to the new manager.
                s.save_soon(edits);
            }
            Err(e) => refused.set(Some(e)),
        }
    };
    view! {
        <article class="card" data-test="hire">
            <h2>{s.tr(HrMsg::HireTitle)}</h2>
            <div class="inline-form">
                <label class="stack"><span>{s.tr(HrMsg::FirstDay)}</span>
                    <DateField name="first-day" value=first/>
                </label>
                <label class="stack"><span>{s.tr(HrMsg::ProbationMonths)}</span>
                    <select name="probation" on:change=move |ev| months.set(event_target_value(&ev).parse().unwrap_or(PROBATION_MAX_MONTHS))>
                        {(1..=PROBATION_MAX_MONTHS).map(|m| view! { <option value=m.to_string() selected=move || months.get() == m>{m}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            <p data-test="probation-end">{move || HrMsg::ProbationEnds(probation_end(first.get(), months.get())).text(s.lang.get())}</p>
            <p class="muted">{s.tr(HrMsg::ProbationLaw)}</p>
            <h3>{s.tr(HrMsg::RampPlan)}</h3>
            <ul class="plain" data-test="ramp">
                {move || ramp.get().into_iter().map(|(m, p)| view! { <li>{move || HrMsg::RampMonth(month_title(s.lang.get(), m), p).text(s.lang.get())}</li> }).collect_view()}
            </ul>
            {move || refused.get().map(|e| view! { <p class="banner error inline" role="alert">{s.tr(HrMsg::MoveRefused(e))}</p> })}
            <button type="button" class="primary" data-test="hire-button" on:click=submit>{s.tr(HrMsg::Hire)}</button>
        </article>
    }
}
#[component]
pub(super) fn EraseForm(id: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let asked = RwSignal::new(false);
    let refused = RwSignal::new(None::<MoveError>);
    let really = move |_| match s.data.with_untracked(|d| erase(d, id, today())) {
        Ok(edits) => {
            leptos::task::spawn_local(async move {
                s.save_erasure(edits).await;
            });
        }
        Err(e) => refused.set(Some(e)),
    };
    view! {
        <article class="card danger" data-test="erase">
            <h2>{s.tr(HrMsg::EraseTitle)}</h2>
            <p>{s.tr(HrMsg::EraseHint)}</p>
            {move || if asked.get() {
                view! { <button type="button" class="danger" data-test="erase-sure" on:click=really>{s.tr(HrMsg::EraseSure)}</button> }.into_any()
            } else {
                view! { <button type="button" class="secondary" data-test="erase-button" on:click=move |_| asked.set(true)>{s.tr(HrMsg::Erase)}</button> }.into_any()
            }}
            {move || refused.get().map(|e| view! { <p class="banner error inline" role="alert">{s.tr(HrMsg::MoveRefused(e))}</p> })}
        </article>
    }
}
