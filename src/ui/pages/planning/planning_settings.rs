//! Planning settings: the metric catalog (rename, hide, reorder, add the department's own) and the working
//! calendar's local overrides (a company day off, a working Saturday), next to the department settings.

use crate::domain::core::calendar::{built_in_years, DayOverride};
use crate::domain::core::locale::format_date;
use crate::domain::planning::metric::{
    catalog, move_metric, Direction, Metric, MetricDef, Unit, MAX_METRICS,
};
use crate::domain::RecordId;
use crate::ui::components::widgets::DateField;
use crate::ui::i18n::Msg;
use crate::ui::pages::planning::words::PlanMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn MetricsCard() -> impl IntoView {
    let s = expect_context::<AppState>();
    let metrics = Memo::new(move |_| s.data.with(catalog));
    // A metric's settings as stored when the change is saved, not as the row rendered them (another tab may have
    // renamed or hidden it since).
    let current_def = move |id: RecordId| {
        metrics.with_untracked(|list| list.iter().find(|m| m.id == id).map(Metric::def))
    };
    // Moving a metric swaps its place with its neighbour's (`move_metric`).
    let swap = move |index: usize, up: bool| {
        s.save_soon(metrics.with_untracked(|list| move_metric(list, index, up)));
    };
    let new_name = RwSignal::new(String::new());
    let new_unit = RwSignal::new(Unit::Count);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = new_name.get_untracked().trim().to_string();
        let count = metrics.with_untracked(Vec::len);
        if name.is_empty() || count >= MAX_METRICS {
            return;
        }
        let order = metrics.with_untracked(|l| l.iter().map(|m| m.order).max().unwrap_or(0) + 10);
        let def = MetricDef {
            name,
            unit: new_unit.get_untracked(),
            direction: Direction::HigherIsBetter,
            order,
            hidden: false,
        };
        s.add_then(def, move || {
            new_name.set(String::new());
        });
    };
    view! {
        <article class="card" data-test="metrics-settings">
            <h2>{s.tr(PlanMsg::MetricsTitle)}</h2>
            <p class="muted">{s.tr(PlanMsg::MetricsHint)}</p>
            <ul class="metric-list">
                {move || metrics.get().into_iter().enumerate().map(|(i, m)| {
                    let rename = m.clone();
                    let toggle = m.clone();
                    let placeholder = m.builtin.map(PlanMsg::MetricName);
                    view! {
                        <li class="metric" class:hidden=m.hidden data-test="metric">
                            <input class="name" name="metric-name" maxlength="60" aria-label=s.tr(PlanMsg::MetricNameLabel)
                                prop:value=m.name.clone()
                                placeholder=move || placeholder.clone().map(|n| s.t(n)).unwrap_or_default()
                                on:change=move |ev| if let Some(d) = current_def(rename.id) { s.put(rename.id, MetricDef { name: event_target_value(&ev).trim().to_string(), ..d }) }/>
                            <span class="chip muted">{s.tr(PlanMsg::UnitName(m.unit))}</span>
                            <label class="check">
                                <input type="checkbox" prop:checked=!m.hidden
                                    on:change=move |ev| if let Some(d) = current_def(toggle.id) { s.put(toggle.id, MetricDef { hidden: !event_target_checked(&ev), ..d }) }/>
                                <span>{s.tr(PlanMsg::Shown)}</span>
                            </label>
                            <button type="button" class="icon" title=s.tr(PlanMsg::MoveUp) on:click=move |_| swap(i, true)>"↑"</button>
                            <button type="button" class="icon" title=s.tr(PlanMsg::MoveDown) on:click=move |_| swap(i, false)>"↓"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <form class="inline-form" on:submit=add>
                <label class="grow"><span>{s.tr(PlanMsg::NewMetric)}</span>
                    <input name="new-metric" maxlength="60" prop:value=move || new_name.get() on:input=move |ev| new_name.set(event_target_value(&ev))/>
                </label>
                <label><span>{s.tr(PlanMsg::Unit)}</span>
                    <select name="unit" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(u) = Unit::ENTERED.into_iter().find(|u| format!("{u:?}") == v) { new_unit.set(u) }
                    }>
                        {Unit::ENTERED.into_iter().map(|u| view! { <option value=format!("{u:?}")>{s.tr(PlanMsg::UnitName(u))}</option> }).collect_view()}
                    </select>
                </label>
                <button type="submit" data-test="add-metric">{s.tr(Msg::Add)}</button>
            </form>
        </article>
    }
}

#[component]
pub fn CalendarCard() -> impl IntoView {
    let s = expect_context::<AppState>();
    let overrides = Memo::new(move |_| {
        s.data.with(|d| {
            let mut list: Vec<(RecordId, DayOverride)> = d
                .live_records::<DayOverride>()
                .map(|r| (r.id, r.data.clone()))
                .collect();
            list.sort_by_key(|(_, o)| o.date);
            list
        })
    });
    let date = RwSignal::new(today());
    let working = RwSignal::new(false);
    let note = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let o = DayOverride {
            date: date.get_untracked(),
            working: working.get_untracked(),
            note: note.get_untracked().trim().to_string(),
        };
        if !o.problems().is_empty() {
            return;
        }
        s.keep_then(o, move || {
            note.set(String::new());
        });
    };
    let provisional: Vec<i32> = built_in_years()
        .filter(|(_, p)| *p)
        .map(|(y, _)| y)
        .collect();
    view! {
        <article class="card" data-test="calendar-settings">
            <h2>{s.tr(PlanMsg::CalendarTitle)}</h2>
            <p class="muted">{s.tr(PlanMsg::CalendarHint(provisional.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(", ")))}</p>
            <ul class="override-list">
                {move || overrides.get().into_iter().map(|(_, o)| {
                    let d = o.date;
                    let remove = move |_| s.remove::<crate::domain::core::calendar::DayOverride>(crate::domain::core::calendar::DayOverride::id_for(d));
                    view! {
                        <li data-test="override">
                            <span>{move || format_date(s.lang.get(), d)}</span>
                            <span class=if o.working { "chip ok" } else { "chip warn" }>{s.tr(if o.working { PlanMsg::WorkingDay } else { PlanMsg::DayOff })}</span>
                            <span class="muted">{o.note.clone()}</span>
                            <button type="button" class="link" on:click=remove>{s.tr(Msg::Delete)}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <form class="inline-form" on:submit=add>
                <label><span>{s.tr(PlanMsg::Date)}</span>
                    <DateField name="override-date" value=date/>
                </label>
                <label><span>{s.tr(PlanMsg::DayKindLabel)}</span>
                    <select name="override-kind" on:change=move |ev| working.set(event_target_value(&ev) == "working")>
                        <option value="off">{s.tr(PlanMsg::DayOff)}</option>
                        <option value="working">{s.tr(PlanMsg::WorkingDay)}</option>
                    </select>
                </label>
                <label class="grow"><span>{s.tr(Msg::Note)}</span>
                    <input name="override-note" maxlength="200" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))/>
                </label>
                <button type="submit" data-test="add-override">{s.tr(Msg::Add)}</button>
            </form>
        </article>
    }
}
