//! P3 the weekly action plan: this week's actions by day, each with an owner, the metric it serves and a status;
//! unfinished ones carry over to the next week on request.

use crate::domain::core::date::add_days;
use crate::domain::core::locale::format_date;
use crate::domain::planning::actions::{
    carry_over_edits, monday, week_actions, ActionStatus, WeekAction,
};
use crate::domain::planning::metric::catalog;
use crate::domain::RecordId;
use crate::ui::components::widgets::WhenLoaded;
use crate::ui::i18n::Msg;
use crate::ui::pages::planning::actions_words::ActionsMsg;
use crate::ui::pages::planning::words::{metric_name, PlanMsg};
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn ActionsPage() -> impl IntoView {
    view! { <WhenLoaded><WeekPlan/></WhenLoaded> }
}

#[component]
fn WeekPlan() -> impl IntoView {
    let s = expect_context::<AppState>();
    let week = RwSignal::new(monday(today()));
    let actions = Memo::new(move |_| {
        let w = week.get();
        s.data.with(|d| {
            week_actions(d, w)
                .into_iter()
                .map(|(id, a)| (id, a.clone()))
                .collect::<Vec<_>>()
        })
    });
    let people = Memo::new(move |_| {
        s.data.with(|d| {
            d.managers_by_name()
                .into_iter()
                .filter(|m| m.data.is_active())
                .map(|m| (m.id, m.data.short_name()))
                .collect::<Vec<_>>()
        })
    });
    let metrics = Memo::new(move |_| {
        s.data.with(|d| {
            catalog(d)
                .into_iter()
                .filter(|m| !m.hidden)
                .collect::<Vec<_>>()
        })
    });
    let carry = move |_| {
        let edits = s
            .data
            .with_untracked(|d| carry_over_edits(d, week.get_untracked()));
        if !edits.is_empty() {
            s.save_then(edits, move || week.update(|w| *w = add_days(*w, 7)));
        }
    };
    // The add form.
    let day = RwSignal::new(0u8);
    let owner: RwSignal<Option<RecordId>> = RwSignal::new(None);
    let metric: RwSignal<Option<RecordId>> = RwSignal::new(None);
    let text = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let a = WeekAction {
            week: week.get_untracked(),
            day: day.get_untracked(),
            owner: owner.get_untracked(),
            metric: metric.get_untracked(),
            text: text.get_untracked().trim().to_string(),
            status: ActionStatus::Planned,
            carried_from: None,
        };
        if !a.problems().is_empty() {
            tried.set(true);
            return;
        }
        s.add_then(a, move || {
            text.set(String::new());
            tried.set(false);
        });
    };
    let weekday = move |d: u8| ActionsMsg::Weekday(d).text(s.lang.get());
    view! {
        <section class="actions">
            <div class="page-head">
                <h1>{s.tr(PlanMsg::ActionsTitle)} " "
                    <small data-test="week">{move || { let w = week.get(); format!("{} – {}", format_date(s.lang.get(), w), format_date(s.lang.get(), add_days(w, 6))) }}</small>
                </h1>
                <div class="toolbar">
                    <button class="icon" data-test="prev-week" on:click=move |_| week.update(|w| *w = add_days(*w, -7))>"‹"</button>
                    <button class="icon" data-test="next-week" on:click=move |_| week.update(|w| *w = add_days(*w, 7))>"›"</button>
                    <button data-test="carry-over" on:click=carry
                        disabled=move || actions.with(|a| !a.iter().any(|(_, x)| x.status == ActionStatus::Planned))>
                        {s.tr(ActionsMsg::CarryOver)}
                    </button>
                </div>
            </div>
            <div class="card">
                {move || {
                    let list = actions.get();
                    if list.is_empty() {
                        return view! { <p class="empty">{s.t(ActionsMsg::NoActions)}</p> }.into_any();
                    }
                    view! {
                        <ul class="action-list" data-test="actions">
                            {list.into_iter().map(|(id, a)| {
                                let who = a.owner.and_then(|o| people.with_untracked(|p| p.iter().find(|(i, _)| *i == o).map(|(_, n)| n.clone())));
                                let what = a.metric.and_then(|m| metrics.with_untracked(|ms| ms.iter().find(|x| x.id == m).cloned()));
                                let set_status = move |ev: leptos::ev::Event| {
                                    let status = match event_target_value(&ev).as_str() {
                                        "done" => ActionStatus::Done,
                                        "dropped" => ActionStatus::Dropped,
                                        _ => ActionStatus::Planned,
                                    };
                                    leptos::task::spawn_local(async move { s.update(id, |a: &mut WeekAction| a.status = status).await; });
                                };
                                let remove = move |_| s.remove::<crate::domain::planning::actions::WeekAction>(id);
                                let d = a.day;
                                view! {
                                    <li class="action" class:done=a.status == ActionStatus::Done class:dropped=a.status == ActionStatus::Dropped data-test="action">
                                        <span class="day">{move || weekday(d)}</span>
                                        <span class="text">{a.text.clone()}</span>
                                        <span class="chips">
                                            {who.map(|n| view! { <span class="chip">{n}</span> })}
                                            {what.map(|m| view! { <span class="chip muted">{move || metric_name(&m, s.lang.get())}</span> })}
                                            {a.carried_from.is_some().then(|| view! { <span class="chip warn">{s.tr(ActionsMsg::Carried)}</span> })}
                                        </span>
                                        <select name="status" data-test="action-status" aria-label=format!("{} — {}", s.t(PlanMsg::Status), a.text) on:change=set_status>
                                            {ActionStatus::ALL.into_iter().map(|st| {
                                                let value = match st { ActionStatus::Planned => "planned", ActionStatus::Done => "done", ActionStatus::Dropped => "dropped" };
                                                view! { <option value=value selected=st == a.status>{s.tr(ActionsMsg::ActionStatusName(st))}</option> }
                                            }).collect_view()}
                                        </select>
                                        <button class="link" on:click=remove>{s.tr(Msg::Delete)}</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </div>
            <form class="card inline-form" data-test="add-action" on:submit=add>
                <h2>{s.tr(ActionsMsg::AddAction)}</h2>
                <label><span>{s.tr(ActionsMsg::Day)}</span>
                    <select name="day" on:change=move |ev| day.set(event_target_value(&ev).parse().unwrap_or(0))>
                        {(0u8..7).map(|d| view! { <option value=d.to_string() selected=move || day.get() == d>{move || weekday(d)}</option> }).collect_view()}
                    </select>
                </label>
                <label><span>{s.tr(ActionsMsg::Owner)}</span>
                    <select name="owner" on:change=move |ev| owner.set(event_target_value(&ev).parse().ok())>
                        <option value="">{s.tr(ActionsMsg::WholeTeam)}</option>
                        {move || people.get().into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                    </select>
                </label>
                <label><span>{s.tr(PlanMsg::Metric)}</span>
                    <select name="metric" on:change=move |ev| metric.set(event_target_value(&ev).parse().ok())>
                        <option value="">"—"</option>
                        {move || metrics.get().into_iter().map(|m| { let id = m.id; view! { <option value=id.to_string()>{move || metric_name(&m, s.lang.get())}</option> } }).collect_view()}
                    </select>
                </label>
                <label class="grow"><span>{s.tr(ActionsMsg::ActionText)}</span>
                    <input name="text" maxlength="500" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))/>
                    <Show when=move || tried.get() && text.with(|t| t.trim().is_empty())>
                        <p class="field-error" role="alert">{s.tr(Msg::Rule(crate::domain::core::rules::Rule::Required))}</p>
                    </Show>
                </label>
                <button type="submit" class="primary" data-test="save-action">{s.tr(Msg::Add)}</button>
            </form>
        </section>
    }
}
