//! P1 the month's plan: the department's targets per metric, their split among managers (by working days and
//! ramp, or by hand), the gap between the two shown openly, approval, and the change history.

use crate::domain::core::calendar::month_start;
use crate::domain::core::locale::{format_value, input_value};
use crate::domain::planning::metric::{catalog, Metric, ValueError};
use crate::domain::planning::month_plan::{
    approve_month, month_status, plan_of, planned_people, split_plan, split_sums,
};
use crate::domain::planning::plan::{Plan, PlanStatus};
use crate::domain::planning::split::{parse_share, SplitMethod};
use crate::domain::{Dataset, Edit, RecordId};
use crate::ui::components::widgets::{read_cell, MonthPicker, WhenLoaded};
use crate::ui::i18n::Msg;
use crate::ui::pages::planning::words::{metric_name, PlanMsg};
use crate::ui::state::{today, AppState};
use chrono::NaiveDate;
use leptos::prelude::*;
use std::collections::BTreeMap;

#[component]
pub fn PlanPage() -> impl IntoView {
    view! { <WhenLoaded><MonthPlan/></WhenLoaded> }
}

/// The month's people with their short names, for the grid's rows.
fn managers_in(d: &Dataset, month: NaiveDate) -> Vec<(RecordId, String)> {
    planned_people(d, month)
        .into_iter()
        .map(|m| (m.id, m.data.short_name()))
        .collect()
}

#[component]
fn MonthPlan() -> impl IntoView {
    let s = expect_context::<AppState>();
    let month = RwSignal::new(month_start(today()));
    let metrics = Memo::new(move |_| {
        s.data.with(|d| {
            catalog(d)
                .into_iter()
                .filter(|m| !m.hidden && m.is_summed())
                .collect::<Vec<_>>()
        })
    });
    let people = Memo::new(move |_| s.data.with(|d| managers_in(d, month.get())));
    // Shares for a split by share, typed by the head (percent or any weights); kept while the page is open.
    let shares: RwSignal<BTreeMap<RecordId, u64>> = RwSignal::new(BTreeMap::new());
    let status = Memo::new(move |_| s.data.with(|d| month_status(d, month.get())));
    let approve = move |_| {
        let mo = month.get_untracked();
        let edits = s.data.with_untracked(|d| approve_month(d, mo));
        s.save_soon(edits);
    };
    view! {
        <section class="plan">
            <div class="page-head">
                <h1>{s.tr(PlanMsg::PlanTitle)}</h1>
                <div class="toolbar">
                    <MonthPicker month=month on_pick=Callback::new(move |m| month.set(m)) label=PlanMsg::Month name="month" test="plan-month"/>
                    {move || status.get().map(|st| view! {
                        <span class=if st == PlanStatus::Approved { "chip ok" } else { "chip muted" } data-test="plan-status">
                            {s.tr(PlanMsg::PlanStatusName(st))}
                        </span>
                    })}
                    <button class="primary" data-test="approve" on:click=approve
                        disabled=move || status.get() != Some(PlanStatus::Draft)>{s.tr(PlanMsg::Approve)}</button>
                </div>
            </div>
            {move || {
                let mo = month.get();
                let metrics = metrics.get();
                let people = people.get();
                view! {
                    <div class="card">
                        <h2>{s.tr(PlanMsg::DepartmentPlan)}</h2>
                        <p class="muted">{s.tr(PlanMsg::SplitHint)}</p>
                        <div class="table-wrap">
                            <table class="grid" data-test="dept-plan">
                                <thead><tr>
                                    <th class="name"></th>
                                    <th>{s.tr(PlanMsg::DepartmentPlan)}</th>
                                    <th>{s.tr(PlanMsg::ManagersSum)}</th>
                                    <th>{s.tr(PlanMsg::Gap)}</th>
                                    <th></th>
                                </tr></thead>
                                <tbody>
                                    {metrics.iter().cloned().map(|m| view! { <DeptRow metric=m month=mo shares=shares/> }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    </div>
                    <PlanHistory month=mo/>
                    <div class="card">
                        <h2>{s.tr(PlanMsg::Managers)}</h2>
                        <div class="table-wrap">
                            <table class="grid entry" data-test="manager-plans">
                                <thead><tr>
                                    <th class="name">{s.tr(Msg::FullName)}</th>
                                    {metrics.iter().cloned().map(|m| view! { <th>{move || metric_name(&m, s.lang.get())}</th> }).collect_view()}
                                    <th>{s.tr(PlanMsg::SharePct)}</th>
                                </tr></thead>
                                <tbody>
                                    {people.into_iter().map(|(id, name)| { let share_label = name.clone(); view! {
                                        <tr>
                                            <th class="name" scope="row">{name}</th>
                                            {metrics.iter().cloned().map(|m| view! { <td><PlanCell metric=m month=mo who=Some(id)/></td> }).collect_view()}
                                            <td><input class="cell" inputmode="numeric" name="share" data-test="share"
                                                aria-label=move || format!("{share_label} — {}", s.t(PlanMsg::SharePct))
                                                prop:value=move || shares.with(|sh| sh.get(&id).map(|v| v.to_string()).unwrap_or_default())
                                                on:change=move |ev| {
                                                    let v = parse_share(&event_target_value(&ev));
                                                    shares.update(|sh| { match v { Some(v) => { sh.insert(id, v); } None => { sh.remove(&id); } } });
                                                }/></td>
                                        </tr>
                                    }}).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    </div>
                }
            }}
        </section>
    }
}

/// The department's plan of one metric: the value, the managers' sum, the gap, and the split button.
#[component]
fn DeptRow(
    metric: Metric,
    month: NaiveDate,
    shares: RwSignal<BTreeMap<RecordId, u64>>,
) -> impl IntoView {
    let s = expect_context::<AppState>();
    let id = metric.id;
    let unit = metric.unit;
    let sums = Memo::new(move |_| s.data.with(|d| split_sums(d, month, id)));
    let show = move |v: i64| {
        let cur = s.data.with_untracked(|d| d.settings().currency);
        format_value(s.lang.get(), unit, v, &cur)
    };
    // By working days (and ramp), or by the shares typed in the managers' table.
    let split = move |by_share: bool| {
        let edits: Vec<Edit> = s.data.with_untracked(|d| {
            let method = if by_share {
                SplitMethod::ByShare(shares.with_untracked(|sh| {
                    planned_people(d, month)
                        .iter()
                        .map(|m| sh.get(&m.id).copied().unwrap_or(0))
                        .collect()
                }))
            } else {
                SplitMethod::ByWorkingDays
            };
            split_plan(d, month, id, &method)
        });
        s.save_soon(edits);
    };
    let name = metric.clone();
    view! {
        <tr data-test="dept-row">
            <th class="name" scope="row">{move || metric_name(&name, s.lang.get())}</th>
            <td><PlanCell metric=metric month=month who=None/></td>
            <td class="num">{move || show(sums.get().managers)}</td>
            <td class="num" class:gap=move || sums.get().gap() != 0 data-test="gap">
                {move || show(sums.get().gap())}
            </td>
            <td class="buttons">
                <button data-test="split" disabled=move || sums.get().department.is_none() on:click=move |_| split(false)>{s.tr(PlanMsg::SplitByDays)}</button>
                <button data-test="split-share" disabled=move || sums.get().department.is_none() || shares.with(|sh| sh.values().all(|v| *v == 0))
                    on:click=move |_| split(true)>{s.tr(PlanMsg::SplitByShare)}</button>
            </td>
        </tr>
    }
}

/// One plan value, edited in place; saved when the field is left.
#[component]
fn PlanCell(metric: Metric, month: NaiveDate, who: Option<RecordId>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let unit = metric.unit;
    let id = metric.id;
    // The grid cell's accessible name: its row and its column.
    let label = move || {
        let row = match who {
            Some(m) => s.data.with(|d| d.short_name(m)).unwrap_or_default(),
            None => s.t(PlanMsg::Department),
        };
        format!("{row} — {}", metric_name(&metric, s.lang.get()))
    };
    let stored = Memo::new(move |_| s.data.with(|d| plan_of(d, month, id, who)));
    let text = RwSignal::new(String::new());
    // Follow the stored value (a split or another tab changes it) unless the user is mid-edit with a problem.
    Effect::new(move |_| {
        let v = stored
            .get()
            .map(|p| input_value(unit, p.value))
            .unwrap_or_default();
        text.set(v);
    });
    let problem: RwSignal<Option<ValueError>> = RwSignal::new(None);
    let commit = move || {
        let Some(value) = read_cell(unit, &text.get_untracked(), problem) else {
            return;
        };
        let Some(value) = value else { return };
        let status = stored
            .get_untracked()
            .map(|p| p.status)
            .unwrap_or(PlanStatus::Draft);
        let plan = Plan {
            month,
            metric: id,
            manager: who,
            value,
            status,
        };
        s.keep(plan);
    };
    view! {
        <input class="cell" inputmode="decimal" autocomplete="off" data-test=if who.is_none() { "dept-plan-cell" } else { "plan-cell" }
            aria-label=label
            aria-invalid=move || problem.get().is_some().to_string()
            prop:value=move || text.get()
            on:input=move |ev| text.set(event_target_value(&ev))
            on:change=move |_| commit()
            on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" { commit() }/>
        {move || problem.get().map(|e| view! { <span class="cell-error" role="alert">{s.t(PlanMsg::ValueProblem(e))}</span> })}
    }
}

/// The month's plan changes, newest first: when, on which device, whose plan, from what to what.
#[component]
fn PlanHistory(month: NaiveDate) -> impl IntoView {
    let s = expect_context::<AppState>();
    let lines = Memo::new(move |_| {
        s.data.with(|d| {
            let metrics = catalog(d);
            let here = Some(s.device());
            let mut entries: Vec<_> = d
                .live_records::<crate::domain::planning::plan::PlanChange>()
                .filter(|r| r.data.month == month)
                .collect();
            entries.sort_by_key(|r| std::cmp::Reverse(r.version()));
            entries
                .into_iter()
                .take(30)
                .map(|r| {
                    let c = &r.data;
                    let unit = metrics.iter().find(|m| m.id == c.metric);
                    let show = |v: i64| match unit {
                        Some(m) => {
                            format_value(s.lang.get_untracked(), m.unit, v, &d.settings().currency)
                        }
                        None => v.to_string(),
                    };
                    let when = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
                        r.updated.millis as f64,
                    ));
                    PlanMsg::HistoryLine {
                        when: format!(
                            "{:02}.{:02}.{} {:02}:{:02}",
                            when.get_date(),
                            when.get_month() + 1,
                            when.get_full_year(),
                            when.get_hours(),
                            when.get_minutes()
                        ),
                        who: c
                            .manager
                            .and_then(|m| d.short_name(m))
                            .unwrap_or_else(|| PlanMsg::Department.text(s.lang.get_untracked())),
                        metric: unit
                            .map(|m| metric_name(m, s.lang.get_untracked()))
                            .unwrap_or_default(),
                        from: c.from.map(show),
                        to: show(c.to),
                        status: c.status,
                        here: Some(r.device) == here,
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <details class="card history" data-test="plan-history">
            <summary><h2>{s.tr(PlanMsg::History)}</h2></summary>
            {move || {
                let list = lines.get();
                if list.is_empty() {
                    return view! { <p class="empty">{s.t(PlanMsg::NoHistory)}</p> }.into_any();
                }
                view! { <ul>{list.into_iter().map(|l| view! { <li>{s.tr(l.clone())}</li> }).collect_view()}</ul> }.into_any()
            }}
        </details>
    }
}
