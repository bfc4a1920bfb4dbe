//! M3 a new contest: the metric, the period, how it is scored and the prize.

use crate::domain::motivation::contest::{Contest, Scoring};
use crate::domain::planning::metric::catalog;
use crate::domain::RecordId;
use crate::ui::components::widgets::{active_people, save_form, DateField, FieldError};
use crate::ui::pages::motivation::words::MotMsg;
use crate::ui::pages::planning::words::metric_name;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub(super) fn ContestForm() -> impl IntoView {
    let s = expect_context::<AppState>();
    let t = today();
    let name = RwSignal::new(String::new());
    let metric = RwSignal::new(crate::domain::planning::metric::Builtin::Deals.id());
    let from = RwSignal::new(t);
    let to = RwSignal::new(crate::domain::core::date::month_end(t));
    let scoring = RwSignal::new(Scoring::PlanShare);
    let prizes = RwSignal::new(String::new());
    let people = active_people(s);
    let chosen = RwSignal::new(people.iter().map(|(id, _)| *id).collect::<Vec<_>>());
    let tried = RwSignal::new(false);
    let metrics: Vec<(RecordId, String)> = s.data.with_untracked(|d| {
        catalog(d)
            .into_iter()
            .filter(|m| m.is_summed() && !m.hidden)
            .map(|m| (m.id, metric_name(&m, s.lang.get_untracked())))
            .collect()
    });
    let draft = move || Contest {
        name: name.get().trim().to_string(),
        metric: metric.get(),
        from: from.get(),
        to: to.get(),
        participants: chosen.get(),
        scoring: scoring.get(),
        prizes: prizes
            .get()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect(),
        winners: Vec::new(),
    };
    let problems = Memo::new(move |_| draft().problems());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save_form(s, tried, problems, None, draft, move || {
            name.set(String::new());
            prizes.set(String::new());
        });
    };
    view! {
        <form class="contest-form" on:submit=submit data-test="contest-form">
            <label class="wide">{s.tr(MotMsg::ContestName)}
                <input name="contest-name" data-test="contest-name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                <FieldError problems=problems field="name" show=tried/>
            </label>
            <label>{s.tr(MotMsg::Metric)}
                <select name="contest-metric" data-test="contest-metric" on:change=move |ev| if let Ok(id) = event_target_value(&ev).parse() { metric.set(id) }>
                    {metrics.into_iter().map(|(id, n)| view! { <option value=id.to_string() selected=move || metric.get() == id>{n}</option> }).collect_view()}
                </select>
            </label>
            <label>{s.tr(MotMsg::Scoring)}
                <select name="contest-scoring" data-test="contest-scoring" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some(sc) = Scoring::ALL.into_iter().find(|x| format!("{x:?}") == v) { scoring.set(sc) }
                }>
                    {Scoring::ALL.into_iter().map(|sc| view! { <option value=format!("{sc:?}") selected=move || scoring.get() == sc>{s.tr(MotMsg::ScoringName(sc))}</option> }).collect_view()}
                </select>
            </label>
            <label>{s.tr(MotMsg::From)}
                <DateField name="contest-from" value=from test="contest-from"/>
            </label>
            <label>{s.tr(MotMsg::To)}
                <DateField name="contest-to" value=to test="contest-to"/>
                <FieldError problems=problems field="to" show=tried/>
            </label>
            <label class="wide">{s.tr(MotMsg::PrizesHint)}
                <textarea name="contest-prizes" data-test="contest-prizes" rows="3" prop:value=move || prizes.get() on:input=move |ev| prizes.set(event_target_value(&ev))></textarea>
            </label>
            <fieldset class="wide people-pick">
                <legend>{s.tr(MotMsg::Participants)}</legend>
                {people.into_iter().map(|(id, n)| view! {
                    <label class="check">
                        <input type="checkbox" prop:checked=move || chosen.with(|c| c.contains(&id))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                chosen.update(|c| { c.retain(|x| *x != id); if on { c.push(id) } });
                            }/>
                        <span>{n}</span>
                    </label>
                }).collect_view()}
                <FieldError problems=problems field="participants" show=tried/>
            </fieldset>
            <button type="submit" class="primary" data-test="create-contest">{s.tr(MotMsg::Create)}</button>
        </form>
    }
}
