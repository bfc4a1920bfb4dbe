//! P4 the report's figures as drawn: the key figures, the chart, the people matrix and the full table.

use super::labels;
use crate::domain::core::locale::{format_percent, format_value_whole};
use crate::domain::planning::metric::Unit;
use crate::domain::planning::planfact::{cumulative_in, Status, Who};
use crate::domain::planning::report::summary::KeyFigure;
use crate::domain::planning::report::{Report, ReportKind};
use crate::ui::components::pace_table::status_class;
use crate::ui::components::svg::Chart;
use crate::ui::components::widgets::TableScroller;
use crate::ui::i18n::Msg;
use crate::ui::pages::planning::money_chart::cumulative_chart;
use crate::ui::pages::planning::words::{metric_name, PlanMsg};
use crate::ui::state::AppState;
use chrono::Datelike;
use leptos::prelude::*;

/// The report's figures as a table: what the CSV holds, on the page and on paper.
#[component]
pub(super) fn ReportTable(report: Report) -> impl IntoView {
    let s = expect_context::<AppState>();
    let lang = s.lang.get_untracked();
    let cur = s.data.with_untracked(|d| d.settings().currency);
    let rows = report.rows(
        lang,
        &cur,
        &labels(s, lang, String::new(), report.board.through),
        false,
    );
    let mut rows = rows.into_iter();
    let head = rows.next().unwrap_or_default();
    view! {
        <TableScroller label=PlanMsg::Details>
            <table class="grid" data-test="report-table">
                <thead><tr>{head.into_iter().map(|h| view! { <th>{h}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {rows.map(|row| view! {
                        <tr>{row.into_iter().enumerate().map(|(i, c)| {
                            let class = if i < 2 { "name" } else { "num" };
                            view! { <td class=class>{c}</td> }
                        }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table>
        </TableScroller>
    }
}
/// A figure as page one shows it: money in whole roubles.
fn whole(s: AppState, unit: Unit, value: i64) -> String {
    let cur = s.data.with_untracked(|d| d.settings().currency);
    format_value_whole(s.lang.get(), unit, value, &cur)
}

/// Page one's figures: for each summed metric with a plan or a fact, the fact large, then the plan, completion,
/// forecast and status.
#[component]
pub(super) fn KeyFigures(report: Memo<Report>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let figure = move |f: KeyFigure| {
        let (unit, p) = (f.metric.unit, f.pace);
        let lang = s.lang.get();
        view! {
            <div class="key-figure" data-test="key-figure">
                <dt>{metric_name(&f.metric, lang)}</dt>
                <dd class="big">{whole(s, unit, p.fact)}</dd>
                <dd>{format!("{} {}", s.t(PlanMsg::Plan).to_lowercase(), whole(s, unit, p.plan))}</dd>
                <dd class="completion">
                    <strong>{format_percent(lang, p.completion())}</strong>
                    " "
                    <span class=status_class(f.status)>{PlanMsg::StatusName(f.status).text(lang)}</span>
                </dd>
                <dd>{p.forecast().map(|v| format!("{} {}", s.t(PlanMsg::Forecast).to_lowercase(), whole(s, unit, v)))}</dd>
            </div>
        }
    };
    view! {
        <dl class="key-figures" data-test="key-figures">
            {move || report.with(|r| r.key_figures()).into_iter().map(figure).collect_view()}
        </dl>
    }
}

/// The lead metric's plan and fact to date over the period, as one line chart (the plan dashed, so it reads in
/// black and white).
#[component]
pub(super) fn ReportChart(report: Memo<Report>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let spec = Signal::derive(move || {
        let r = report.get();
        let lang = s.lang.get();
        let lead = r.lead_metric().cloned();
        let days = lead
            .as_ref()
            .map(|m| {
                s.data.with(|d| {
                    cumulative_in(d, &d.calendar(), m.id, r.board.period, r.board.through)
                })
            })
            .unwrap_or_default();
        let money = lead.as_ref().is_some_and(|m| m.unit == Unit::Money);
        let name = lead
            .as_ref()
            .map(|m| metric_name(m, lang))
            .unwrap_or_default();
        let label = |d: chrono::NaiveDate| match r.kind {
            ReportKind::Monthly => d.day().to_string(),
            ReportKind::Weekly => format!("{:02}.{:02}", d.day(), d.month()),
        };
        cumulative_chart(s, &name, money, &days, label)
    });
    view! { <Chart spec=spec label=Signal::derive(move || s.t(PlanMsg::Cumulative)) test="report-chart"/> }
}

/// The people as a matrix: a row per person (the department first), a column group per key figure with its
/// completion and fact, ordered by the lead metric's completion.
#[component]
pub(super) fn PeopleMatrix(report: Memo<Report>) -> impl IntoView {
    let s = expect_context::<AppState>();
    move || {
        let r = report.get();
        let lang = s.lang.get();
        let figures = r.key_figures();
        let lines = r.people(&figures);
        let names = s.data.with_untracked(|d| {
            lines
                .iter()
                .map(|l| match l.who {
                    Who::Manager(id) => d.short_name(id).unwrap_or_default(),
                    Who::Department => PlanMsg::Department.text(lang),
                })
                .collect::<Vec<_>>()
        });
        let head = figures
            .iter()
            .map(|f| view! { <th colspan="2" class="group">{metric_name(&f.metric, lang)}</th> })
            .collect_view();
        let sub = figures
            .iter()
            .map(|_| view! { <th class="num">"%"</th><th class="num">{PlanMsg::Fact.text(lang)}</th> })
            .collect_view();
        let units: Vec<Unit> = figures.iter().map(|f| f.metric.unit).collect();
        let bands = r.bands;
        let rows = lines
            .into_iter()
            .zip(names)
            .map(|(line, name)| {
                let class = if line.who == Who::Department { "department" } else { "" };
                let cells = line
                    .paces
                    .iter()
                    .zip(&units)
                    .map(|(p, unit)| match p {
                        Some(p) => {
                            let tone = match p.status(bands) {
                                Status::AtRisk => "num bad-text",
                                Status::Behind => "num warn-text",
                                _ => "num",
                            };
                            view! {
                                <td class=tone>{format_percent(lang, p.completion())}</td>
                                <td class="num">{whole(s, *unit, p.fact)}</td>
                            }
                            .into_any()
                        }
                        None => view! { <td></td><td></td> }.into_any(),
                    })
                    .collect_view();
                view! { <tr class=class data-test="matrix-row"><th class="name" scope="row">{name}</th>{cells}</tr> }
            })
            .collect_view();
        view! {
            <TableScroller label=PlanMsg::People>
                <table class="grid matrix" data-test="people-matrix">
                    <thead>
                        <tr><th rowspan="2" class="name">{Msg::FullName.text(lang)}</th>{head}</tr>
                        <tr>{sub}</tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableScroller>
        }
    }
}
