//! P1/C1 daily facts: one day, managers × metrics, fast with fingers and with the keyboard. Each cell saves when
//! it is left (Tab, Enter or a tap elsewhere); Enter moves down the column like a spreadsheet; the last change can
//! be undone. A cell keeps its own text while typing, so typing never waits on the rest of the page.

use crate::domain::core::date::add_days;
use crate::domain::core::locale::{format_date, format_value, input_value};
use crate::domain::planning::fact::{day_totals, put_back, set_value, value_of, DayFacts};
use crate::domain::planning::metric::{catalog, Metric, Unit, ValueError};
use crate::domain::RecordId;
use crate::ui::components::widgets::{read_cell, DateField, WhenLoaded};
use crate::ui::i18n::Msg;
use crate::ui::pages::planning::words::{metric_name, PlanMsg};
use crate::ui::state::{today, AppState};
use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn FactsPage() -> impl IntoView {
    view! { <WhenLoaded><FactsGrid/></WhenLoaded> }
}

/// One row of the grid: a manager employed on the day.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    id: RecordId,
    name: String,
    away: bool,
}

#[component]
fn FactsGrid() -> impl IntoView {
    let s = expect_context::<AppState>();
    let date = RwSignal::new(today());
    // What the last edit replaced: (manager, date, the row before it).
    let undo: RwSignal<Vec<DayFacts>> = RwSignal::new(Vec::new());
    // Bumped by undo so the cells re-read their values.
    let redraw = RwSignal::new(0u32);
    let metrics = Memo::new(move |_| {
        s.data.with(|d| {
            catalog(d)
                .into_iter()
                .filter(|m| !m.hidden && m.is_entered())
                .collect::<Vec<_>>()
        })
    });
    let rows = Memo::new(move |_| {
        let day = date.get();
        s.data.with(|d| {
            d.managers_by_name()
                .into_iter()
                .filter(|m| m.data.is_employed_on(day))
                .map(|m| Row {
                    id: m.id,
                    name: m.data.short_name(),
                    away: d.absences_of(m.id).iter().any(|a| a.data.covers(day)),
                })
                .collect::<Vec<_>>()
        })
    });
    // Column totals for the day, one pass over the facts per change.
    let totals = Memo::new(move |_| s.data.with(|d| day_totals(d, date.get())));
    let working = move || s.data.with(|d| d.calendar().is_working(date.get()));
    let shift = move |days: i64| date.update(|d| *d = add_days(*d, days));
    let undo_last = move |_| {
        let Some(previous) = undo.try_update(|u| u.pop()).flatten() else {
            return;
        };
        s.save_then(vec![put_back(previous)], move || {
            redraw.update(|r| *r += 1);
        });
    };
    view! {
        <section class="facts">
            <div class="page-head">
                <h1>{s.tr(PlanMsg::FactsTitle)}</h1>
                <div class="toolbar">
                    <button class="icon" data-test="prev-day" title=s.tr(PlanMsg::PrevDay) on:click=move |_| shift(-1)>"‹"</button>
                    <DateField name="date" value=date test="fact-date" label=PlanMsg::Date/>
                    <button class="icon" data-test="next-day" title=s.tr(PlanMsg::NextDay) on:click=move |_| shift(1)>"›"</button>
                    <button data-test="undo" disabled=move || undo.with(Vec::is_empty) on:click=undo_last>{s.tr(PlanMsg::Undo)}</button>
                </div>
            </div>
            <Show when=move || !working()>
                <p class="banner info">{s.tr(PlanMsg::NonWorkingDay)}</p>
            </Show>
            {move || {
                redraw.get();
                let day = date.get();
                let rows = rows.get();
                let metrics = metrics.get();
                if rows.is_empty() {
                    return view! { <p class="empty">{s.t(PlanMsg::NoManagersToday)}</p> }.into_any();
                }
                let cols = metrics.len();
                view! {
                    <div class="card table-wrap">
                        <table class="grid entry" data-test="fact-grid">
                            <thead><tr>
                                <th class="name">{s.tr(Msg::FullName)}</th>
                                {metrics.iter().map(|m| { let m = m.clone(); view! { <th>{move || metric_name(&m, s.lang.get())}</th> } }).collect_view()}
                            </tr></thead>
                            <tbody>
                                {rows.into_iter().enumerate().map(|(r, row)| view! {
                                    <tr class:away=row.away data-manager=row.id.to_string()>
                                        <th class="name" scope="row">{row.name.clone()}
                                            {row.away.then(|| view! { <span class="chip warn">{s.tr(Msg::AwayNow)}</span> })}
                                        </th>
                                        {metrics.iter().enumerate().map(|(c, m)| view! {
                                            <td><FactCell manager=row.id metric=m.clone() day=day cell=(r, c) cols=cols undo=undo/></td>
                                        }).collect_view()}
                                    </tr>
                                }).collect_view()}
                            </tbody>
                            <tfoot><tr>
                                <th class="name">{s.tr(PlanMsg::Total)}</th>
                                {metrics.into_iter().map(|m| {
                                    let unit = m.unit;
                                    view! { <td class="num" data-test="total">{move || {
                                        let t = totals.with(|t| t.get(&m.id).copied());
                                        let cur = s.data.with_untracked(|d| d.settings().currency);
                                        match (unit, t) {
                                            (Unit::Score, _) | (_, None) => String::new(),
                                            (_, Some(v)) => format_value(s.lang.get(), unit, v, &cur),
                                        }
                                    }}</td> }
                                }).collect_view()}
                            </tr></tfoot>
                        </table>
                    </div>
                    <p class="muted">{move || format_date(s.lang.get(), day)}</p>
                }.into_any()
            }}
            <crate::ui::pages::planning::facts_import::FactsImportCard redraw=redraw/>
        </section>
    }
}

/// One manager's value of one metric on one day.
#[component]
fn FactCell(
    manager: RecordId,
    metric: Metric,
    day: NaiveDate,
    cell: (usize, usize),
    cols: usize,
    undo: RwSignal<Vec<DayFacts>>,
) -> impl IntoView {
    let s = expect_context::<AppState>();
    let unit = metric.unit;
    let id = metric.id;
    let stored = move || s.data.with_untracked(|d| value_of(d, manager, day, id));
    let text = RwSignal::new(stored().map(|v| input_value(unit, v)).unwrap_or_default());
    let problem: RwSignal<Option<ValueError>> = RwSignal::new(None);
    let commit = move || {
        let Some(value) = read_cell(unit, &text.get_untracked(), problem) else {
            return;
        };
        let Some((before, edit)) = s
            .data
            .with_untracked(|d| set_value(d, manager, day, id, value))
        else {
            return;
        };
        undo.update(|u| u.push(before));
        if let Some(v) = value {
            text.set(input_value(unit, v));
        }
        s.save_soon(vec![edit]);
    };
    let dom_id = format!("fact-{}-{}", cell.0, cell.1);
    // The grid cell's accessible name: its row (the person) and its column (the metric).
    let label = move || {
        let who = s.data.with(|d| d.short_name(manager)).unwrap_or_default();
        format!("{who} — {}", metric_name(&metric, s.lang.get()))
    };
    view! {
        <input class="cell" id=dom_id inputmode=if unit.scale() == 1 { "numeric" } else { "decimal" }
            autocomplete="off" enterkeyhint="next" data-test="fact-cell" data-metric=id.to_string() aria-label=label
            aria-invalid=move || problem.get().is_some().to_string()
            prop:value=move || text.get()
            on:input=move |ev| text.set(event_target_value(&ev))
            on:change=move |_| commit()
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if ev.key() == "Enter" {
                    ev.prevent_default();
                    commit();
                    focus_cell(cell.0 + 1, cell.1, cols);
                }
            }/>
        {move || problem.get().map(|e| view! { <span class="cell-error" role="alert">{s.t(PlanMsg::ValueProblem(e))}</span> })}
    }
}

/// Moves the focus to a cell (down the column; from the last row to the top of the next column).
fn focus_cell(row: usize, col: usize, cols: usize) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let target = doc
        .get_element_by_id(&format!("fact-{row}-{col}"))
        .or_else(|| doc.get_element_by_id(&format!("fact-0-{}", (col + 1) % cols.max(1))));
    if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}
