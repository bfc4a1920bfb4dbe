//! Promises made at a meeting: who promised what by when, and how the earlier ones turned out.

use crate::domain::core::locale::format_date;
use crate::domain::core::rules::FieldProblem;
use crate::domain::organisation::promise::{outcome, Promise};
use crate::domain::planning::metric::{catalog, parse_value};
use crate::domain::RecordId;
use crate::ui::components::widgets::{DateField, FieldError, PersonPicker};
use crate::ui::pages::organisation::meeting_blocks::{outcome_class, people_on, person_name};
use crate::ui::pages::organisation::meeting_words::MeetMsg;
use crate::ui::state::AppState;
use chrono::NaiveDate;
use leptos::prelude::*;

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
        s.add_then(promise, move || {
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
                        <button class="link" on:click=move |_| { s.remove::<Promise>(id) }>"✕"</button>
                    </li>
                }).collect_view()}
            </ul>
        </div>
    }
}
