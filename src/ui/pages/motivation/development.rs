//! M3 development plans at `/development`: every person's plan at a glance (progress as steps done of all, overdue
//! steps, the next review), and one person's plan to edit: goals (a skill or a metric), their steps with due dates
//! and materials, marking a step done, the goal's status and the next review. Personal: never in the meeting mode.

use crate::domain::core::locale::format_date;
use crate::domain::motivation::development::{
    overview, plan_of, DevPlan, Goal, GoalStatus, PlanLine, Step, Target,
};
use crate::domain::planning::metric::{catalog, parse_value};
use crate::domain::RecordId;
use crate::ui::components::widgets::{
    active_people, date_value, parse_date, DateField, DateShown, PersonPicker, WhenLoaded,
};
use crate::ui::pages::motivation::pay_words::PayMsg;
use crate::ui::pages::motivation::words::MotMsg;
use crate::ui::pages::planning::words::metric_name;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn DevelopmentPage() -> impl IntoView {
    view! { <WhenLoaded><Development/></WhenLoaded> }
}

#[component]
fn Development() -> impl IntoView {
    let s = expect_context::<AppState>();
    let query = use_query_map();
    let people = active_people(s);
    let from_link = query.with_untracked(|q| q.get("who").and_then(|v| v.parse::<RecordId>().ok()));
    let who = RwSignal::new(from_link.or_else(|| people.first().map(|p| p.0)));
    let summary = Memo::new(move |_| s.data.with(|d| overview(d, today())));
    view! {
        <section class="development-page">
            <div class="page-head"><h1>{s.tr(MotMsg::DevelopmentTitle)}</h1></div>
            <p class="banner info inline">{s.tr(PayMsg::Private)}</p>
            <div class="card table-wrap">
                <table data-test="dev-summary">
                    <thead><tr>
                        <th scope="col">{s.tr(MotMsg::Person)}</th>
                        <th scope="col" class="num">{s.tr(MotMsg::Goals)}</th>
                        <th scope="col">{s.tr(MotMsg::Done)}</th>
                        <th scope="col">{s.tr(MotMsg::Due)}</th>
                        <th scope="col">{s.tr(MotMsg::NextReview)}</th>
                    </tr></thead>
                    <tbody>
                        {move || summary.get().into_iter().map(|PlanLine { manager: id, name, open_goals: goals, done, steps: all, overdue, next_review: review }| view! {
                            <tr class:current=move || who.get() == Some(id)>
                                <td><button class="link" on:click=move |_| who.set(Some(id))>{name}</button></td>
                                <td class="num">{goals}</td>
                                <td>{move || s.t(MotMsg::Progress(done, all))}</td>
                                <td>{(overdue > 0).then(|| view! { <span class="chip warn">{move || s.t(MotMsg::Overdue(overdue))}</span> })}</td>
                                <td>{move || review.map(|d| format_date(s.lang.get(), d)).unwrap_or_default()}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <label class="inline-field">{s.tr(MotMsg::Person)}
                <PersonPicker name="dev-person" people=people value=who test="dev-person"/>
            </label>
            {move || who.get().map(|id| view! { <PlanEditor manager=id/> <crate::ui::pages::training::card::ReadingOnPlan manager=id/> })}
        </section>
    }
}

/// Saves `plan` after `change` (the person's record, new or not): one way every edit on this page is written.
fn save_with(s: AppState, manager: RecordId, change: impl FnOnce(&mut DevPlan)) {
    let mut plan = s
        .data
        .with_untracked(|d| plan_of(d, manager).cloned())
        .unwrap_or_else(|| DevPlan::empty(manager));
    change(&mut plan);
    s.keep(plan);
}

#[component]
fn PlanEditor(manager: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let plan = Memo::new(move |_| s.data.with(|d| plan_of(d, manager).cloned()));
    let metric_names = Memo::new(move |_| {
        let lang = s.lang.get();
        s.data.with(|d| {
            catalog(d)
                .into_iter()
                .map(|m| (m.id, metric_name(&m, lang), m.unit))
                .collect::<Vec<_>>()
        })
    });
    let t = today();
    view! {
        <article class="card dev-plan" data-test="dev-plan">
            <div class="contest-head">
                <h2>{move || s.data.with(|d| d.short_name(manager).unwrap_or_default())}</h2>
                <label class="inline-field">{s.tr(MotMsg::NextReview)}
                    <input type="date" name="next-review" data-test="next-review"
                        prop:value=move || plan.with(|p| p.as_ref().and_then(|p| p.next_review).map(date_value).unwrap_or_default())
                        on:change=move |ev| {
                            let d = parse_date(&event_target_value(&ev));
                            save_with(s, manager, |p| p.next_review = d);
                        }/><DateShown date=Signal::derive(move || plan.with(|p| p.as_ref().and_then(|p| p.next_review)))/>
                </label>
            </div>
            {move || {
                let Some(p) = plan.get().filter(|p| !p.goals.is_empty()) else {
                    return view! { <p class="empty">{s.t(MotMsg::NoPlan)}</p> }.into_any();
                };
                p.goals.into_iter().enumerate().map(|(g, goal)| {
                    let target = match goal.target {
                        Target::Skill => s.t(MotMsg::SkillGoal),
                        Target::Metric { metric, value } => metric_names.with(|ms| {
                            ms.iter().find(|m| m.0 == metric).map(|(_, n, u)| {
                                let cur = s.data.with_untracked(|d| d.settings().currency);
                                format!("{n}: {}", crate::domain::core::locale::format_value(s.lang.get(), *u, value, &cur))
                            }).unwrap_or_default()
                        }),
                    };
                    view! {
                        <div class="goal" data-test="goal">
                            <h3>{goal.title.clone()} " " <small class="muted">{target}</small></h3>
                            <select name=format!("goal-status-{g}") aria-label=s.tr(MotMsg::GoalTitle) on:change=move |ev| {
                                let v = event_target_value(&ev);
                                let st = [GoalStatus::Open, GoalStatus::Reached, GoalStatus::Dropped].into_iter().find(|x| format!("{x:?}") == v);
                                if let Some(st) = st { save_with(s, manager, |p| if let Some(goal) = p.goals.get_mut(g) { goal.status = st }) }
                            }>
                                {[GoalStatus::Open, GoalStatus::Reached, GoalStatus::Dropped].into_iter().map(|st| view! {
                                    <option value=format!("{st:?}") selected=goal.status == st>{s.tr(MotMsg::GoalStatusName(st))}</option>
                                }).collect_view()}
                            </select>
                            <ul class="plain steps">
                                {goal.steps.into_iter().enumerate().map(|(i, step)| {
                                    let overdue = step.is_overdue(t);
                                    let done = step.done.is_some();
                                    view! {
                                        <li class:overdue=overdue data-test="step">
                                            <label class="check">
                                                <input type="checkbox" prop:checked=done data-test="step-done" on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    save_with(s, manager, |p| if let Some(st) = p.goals.get_mut(g).and_then(|x| x.steps.get_mut(i)) {
                                                        st.done = on.then(today);
                                                    });
                                                }/>
                                                <span>{step.text.clone()}</span>
                                            </label>
                                            " " <span class="muted">{move || format!("{} {}", s.t(MotMsg::Due), format_date(s.lang.get(), step.due))}</span>
                                            {(!step.materials.is_empty()).then(|| view! { " · " <span class="muted">{step.materials.clone()}</span> })}
                                            {overdue.then(|| view! { " " <span class="chip warn">{s.tr(MotMsg::Overdue(1))}</span> })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            <StepForm manager=manager goal=g/>
                        </div>
                    }
                }).collect_view().into_any()
            }}
            <GoalForm manager=manager/>
        </article>
    }
}

#[component]
fn StepForm(manager: RecordId, goal: usize) -> impl IntoView {
    let s = expect_context::<AppState>();
    let text = RwSignal::new(String::new());
    let due = RwSignal::new(crate::domain::core::date::add_days(today(), 14));
    let materials = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = text.get_untracked().trim().to_string();
        if t.is_empty() {
            return;
        }
        let step = Step {
            text: t,
            due: due.get_untracked(),
            materials: materials.get_untracked().trim().to_string(),
            done: None,
        };
        save_with(s, manager, move |p| {
            if let Some(g) = p.goals.get_mut(goal) {
                g.steps.push(step);
            }
        });
        text.set(String::new());
        materials.set(String::new());
    };
    view! {
        <form class="step-form" on:submit=submit data-test="step-form">
            <input name=format!("step-text-{goal}") data-test="step-text" aria-label=s.tr(MotMsg::StepText) placeholder=s.tr(MotMsg::AddStep)
                prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))/>
            <DateField name=format!("step-due-{goal}") value=due label=MotMsg::Due/>
            <input name=format!("step-materials-{goal}") aria-label=s.tr(MotMsg::Materials) placeholder=s.tr(MotMsg::Materials)
                prop:value=move || materials.get() on:input=move |ev| materials.set(event_target_value(&ev))/>
            <button type="submit">{s.tr(MotMsg::AddStep)}</button>
        </form>
    }
}

#[component]
fn GoalForm(manager: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let title = RwSignal::new(String::new());
    let metric = RwSignal::new(None::<RecordId>);
    let value = RwSignal::new(String::new());
    let metrics: Vec<(RecordId, String)> = s.data.with_untracked(|d| {
        catalog(d)
            .into_iter()
            .filter(|m| !m.hidden)
            .map(|m| (m.id, metric_name(&m, s.lang.get_untracked())))
            .collect()
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = title.get_untracked().trim().to_string();
        if t.is_empty() {
            return;
        }
        let target = match metric.get_untracked() {
            None => Target::Skill,
            Some(m) => {
                let unit = s
                    .data
                    .with_untracked(|d| catalog(d).into_iter().find(|x| x.id == m).map(|x| x.unit));
                match unit.and_then(|u| parse_value(u, &value.get_untracked()).ok().flatten()) {
                    Some(v) if v > 0 => Target::Metric {
                        metric: m,
                        value: v,
                    },
                    _ => return,
                }
            }
        };
        save_with(s, manager, move |p| {
            p.goals.push(Goal {
                title: t,
                target,
                status: GoalStatus::Open,
                steps: Vec::new(),
            })
        });
        title.set(String::new());
        value.set(String::new());
    };
    view! {
        <form class="goal-form" on:submit=submit data-test="goal-form">
            <h3>{s.tr(MotMsg::AddGoal)}</h3>
            <label class="wide">{s.tr(MotMsg::GoalTitle)}
                <input name="goal-title" data-test="goal-title" prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))/>
            </label>
            <label>{s.tr(MotMsg::MetricGoal)}
                <select name="goal-metric" data-test="goal-metric" on:change=move |ev| metric.set(event_target_value(&ev).parse().ok())>
                    <option value="">{s.tr(MotMsg::SkillGoal)}</option>
                    {metrics.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                </select>
            </label>
            {move || metric.get().map(|_| view! {
                <label>{s.tr(MotMsg::TargetValue)}
                    <input name="goal-value" data-test="goal-value" inputmode="decimal" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
                </label>
            })}
            <button type="submit" class="primary" data-test="add-goal">{s.tr(MotMsg::AddGoal)}</button>
        </form>
    }
}
