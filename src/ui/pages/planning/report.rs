//! P4 reports: the week's or the month's numbers for the head's own boss, with their own words (highlights,
//! problems, actions). Page one is the summary (key figures, the lead metric's curve, the notes), then the people
//! as a matrix, then every metric in detail. Printable on A4 (the title and period repeat on every page) and
//! downloadable as CSV (Excel), plain text and Markdown (to paste into a messenger).

use crate::chart::MoneyScale;
use crate::domain::core::locale::{
    currency_sign, format_date, format_percent, format_value_whole, month_title,
};
use crate::domain::planning::metric::{catalog, Metric, Unit};
use crate::domain::planning::planfact::{cumulative_in, facts_through, Period, Status, Who};
use crate::domain::planning::report::message::Style;
use crate::domain::planning::report::summary::KeyFigure;
use crate::domain::planning::report::{build, Labels, Report, ReportKind, ReportNotes};
use crate::domain::{Edit, Lang, RecordId};
use crate::ui::components::download::download;
use crate::ui::components::pace_table::status_class;
use crate::ui::components::svg::Chart;
use crate::ui::components::widgets::{TableScroller, WhenLoaded};
use crate::ui::i18n::Msg;
use crate::ui::pages::planning::words::{metric_name, PlanMsg};
use crate::ui::state::{today, AppState};
use chrono::Datelike;
use leptos::prelude::*;

#[component]
pub fn ReportPage() -> impl IntoView {
    view! { <WhenLoaded><ReportView/></WhenLoaded> }
}

/// The report's words in `lang`, with names looked up in the current data.
fn labels(s: AppState, lang: Lang, title: String, through: chrono::NaiveDate) -> Labels {
    let t = move |m: PlanMsg| m.text(lang);
    let names = s.data.with_untracked(|d| {
        d.managers
            .iter()
            .map(|(id, r)| (*id, r.data.short_name()))
            .collect::<std::collections::HashMap<RecordId, String>>()
    });
    let through = t(PlanMsg::FactsThrough(format_date(lang, through)));
    let mut chars = through.chars();
    let through = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    Labels {
        title,
        through,
        behind: t(PlanMsg::BehindPlan),
        metric: t(PlanMsg::Metric),
        manager: Msg::FullName.text(lang),
        plan: t(PlanMsg::Plan),
        fact: t(PlanMsg::Fact),
        completion: t(PlanMsg::Completion),
        deviation: t(PlanMsg::Deviation),
        forecast: t(PlanMsg::Forecast),
        status: t(PlanMsg::Status),
        department: t(PlanMsg::Department),
        highlights: t(PlanMsg::Highlights),
        problems: t(PlanMsg::Problems),
        actions: t(PlanMsg::Actions),
        metric_name: Box::new(move |m: &Metric| metric_name(m, lang)),
        manager_name: Box::new(move |id| names.get(&id).cloned().unwrap_or_default()),
        status_name: Box::new(move |st: Status| PlanMsg::StatusName(st).text(lang)),
    }
}

fn title(lang: Lang, kind: ReportKind, period: Period) -> String {
    let span = match kind {
        ReportKind::Monthly => month_title(lang, period.from),
        ReportKind::Weekly => format!(
            "{} – {}",
            format_date(lang, period.from),
            format_date(lang, period.to)
        ),
    };
    PlanMsg::ReportTitle(kind, span).text(lang)
}

#[component]
fn ReportView() -> impl IntoView {
    let s = expect_context::<AppState>();
    let kind = RwSignal::new(ReportKind::Monthly);
    let day = RwSignal::new(today());
    let report = Memo::new(move |_| {
        let (k, d) = (kind.get(), day.get());
        s.data.with(|data| {
            let metrics: Vec<Metric> = catalog(data).into_iter().filter(|m| !m.hidden).collect();
            let ids: Vec<RecordId> = data.managers_by_name().iter().map(|r| r.id).collect();
            let through = facts_through(data, today());
            build(data, &data.calendar(), metrics, &ids, k, d, through)
        })
    });
    let heading = move || {
        let r = report.get();
        title(s.lang.get(), r.kind, r.board.period)
    };
    let shift = move |step: i32| {
        let period = kind
            .get_untracked()
            .shift(report.with_untracked(|r| r.board.period), step);
        day.set(period.from);
    };
    let save_notes = move |edit: fn(&mut ReportNotes, String), text: String| {
        let mut notes = report.with_untracked(|r| r.notes.clone());
        edit(&mut notes, text);
        if report.with_untracked(|r| r.notes == notes) {
            return;
        }
        s.save_soon(vec![Edit::derived(notes)]);
    };
    // One download of the report in a format: CSV for Excel, or the summary as a message.
    let save_as = move |format: Format| {
        let lang = s.lang.get_untracked();
        let cur = s.data.with_untracked(|d| d.settings().currency);
        let r = report.get_untracked();
        let l = labels(s, lang, heading(), r.board.through);
        let from = r.board.period.from;
        let (name, text, mime) = match format {
            Format::Csv => (
                format!("report-{from}.csv"),
                r.csv(lang, &cur, &l),
                "text/csv;charset=utf-8",
            ),
            Format::Message(Style::Plain) => (
                format!("report-{from}.txt"),
                r.message(lang, &cur, &l, Style::Plain),
                "text/plain;charset=utf-8",
            ),
            Format::Message(Style::Markdown) => (
                format!("report-{from}.md"),
                r.message(lang, &cur, &l, Style::Markdown),
                "text/markdown;charset=utf-8",
            ),
        };
        if let Err(e) = download(&name, &text, mime) {
            s.error.set(Some(Msg::Plan(PlanMsg::DownloadFailed(e))));
        }
    };
    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <section class="report">
            <div class="page-head">
                <h1 data-test="report-title">{heading}</h1>
                <div class="toolbar">
                    <select name="kind" data-test="report-kind" aria-label=s.tr(PlanMsg::ReportKindLabel) on:change=move |ev| {
                        let k = if event_target_value(&ev) == "weekly" { ReportKind::Weekly } else { ReportKind::Monthly };
                        kind.set(k);
                    }>
                        <option value="monthly" selected=move || kind.get() == ReportKind::Monthly>{s.tr(PlanMsg::Monthly)}</option>
                        <option value="weekly" selected=move || kind.get() == ReportKind::Weekly>{s.tr(PlanMsg::Weekly)}</option>
                    </select>
                    <button class="icon" data-test="prev-period" on:click=move |_| shift(-1)>"‹"</button>
                    <button class="icon" data-test="next-period" on:click=move |_| shift(1)>"›"</button>
                    <button data-test="print" on:click=print>{s.tr(PlanMsg::Print)}</button>
                    <button data-test="report-csv" on:click=move |_| save_as(Format::Csv)>"CSV"</button>
                    <button data-test="report-text" on:click=move |_| save_as(Format::Message(Style::Plain))>{s.tr(PlanMsg::AsText)}</button>
                    <button data-test="report-markdown" on:click=move |_| save_as(Format::Message(Style::Markdown))>{s.tr(PlanMsg::AsMarkdown)}</button>
                </div>
            </div>
            // A table around the report so that its head (the title and the period) repeats on every printed page.
            <table class="print-frame">
                <thead><tr><th>
                    <div class="print-head">
                        <strong>{heading}</strong>
                        <span>{move || s.t(PlanMsg::FactsThrough(format_date(s.lang.get(), report.with(|r| r.board.through))))}</span>
                    </div>
                </th></tr></thead>
                <tbody><tr><td>
                    <p class="muted screen-only">{move || s.t(PlanMsg::FactsThrough(format_date(s.lang.get(), report.with(|r| r.board.through))))}</p>
                    <section class="report-summary" data-test="report-summary">
                        <h2 class="visually-hidden">{s.tr(PlanMsg::KeyFigures)}</h2>
                        <KeyFigures report=report/>
                        <ReportChart report=report/>
            <div class="card notes">
                        {[(PlanMsg::Highlights, "highlights", (|n: &mut ReportNotes, t| n.highlights = t) as fn(&mut ReportNotes, String), (|n: &ReportNotes| n.highlights.clone()) as fn(&ReportNotes) -> String),
                          (PlanMsg::Problems, "problems", |n: &mut ReportNotes, t| n.problems = t, |n: &ReportNotes| n.problems.clone()),
                          (PlanMsg::Actions, "actions", |n: &mut ReportNotes, t| n.actions = t, |n: &ReportNotes| n.actions.clone())]
                            .into_iter()
                            .map(|(label, name, set, get)| {
                                let label = label.clone();
                                view! {
                                    <label class="stack" class:empty=move || report.with(|r| get(&r.notes).trim().is_empty())>
                                        <span>{s.tr(label.clone())}</span>
                                        <textarea name=name rows="4" maxlength="5000" data-test=name
                                            prop:value=move || report.with(|r| get(&r.notes))
                                            on:change=move |ev| save_notes(set, event_target_value(&ev))></textarea>
                                        <span class="print-only">{move || report.with(|r| get(&r.notes))}</span>
                                    </label>
                                }
                            })
                            .collect_view()}
                    </div>
                    </section>
                    <section class="report-people">
                        <h2>{s.tr(PlanMsg::People)}</h2>
                        <PeopleMatrix report=report/>
                    </section>
                    <section class="report-details">
                        <h2>{s.tr(PlanMsg::Details)}</h2>
                        {move || {
                            let r = report.get();
                            view! { <ReportTable report=r/> }
                        }}
                    </section>
                </td></tr></tbody>
            </table>
        </section>
    }
}

/// The report's figures as a table: what the CSV holds, on the page and on paper.
#[component]
fn ReportTable(report: Report) -> impl IntoView {
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

/// What a report downloads as.
#[derive(Clone, Copy)]
enum Format {
    Csv,
    Message(Style),
}

/// A figure as page one shows it: money in whole roubles.
fn whole(s: AppState, unit: Unit, value: i64) -> String {
    let cur = s.data.with_untracked(|d| d.settings().currency);
    format_value_whole(s.lang.get(), unit, value, &cur)
}

/// Page one's figures: for each summed metric with a plan or a fact, the fact large, then the plan, completion,
/// forecast and status.
#[component]
fn KeyFigures(report: Memo<Report>) -> impl IntoView {
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
fn ReportChart(report: Memo<Report>) -> impl IntoView {
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
        let max = days
            .iter()
            .map(|d| d.plan.max(d.fact.unwrap_or(0)))
            .max()
            .unwrap_or(0);
        let money = lead.as_ref().is_some_and(|m| m.unit == Unit::Money);
        let scale = MoneyScale::for_max(max);
        let value = move |v: i64| if money { scale.of(v) } else { v as f64 };
        let name = lead
            .as_ref()
            .map(|m| metric_name(m, lang))
            .unwrap_or_default();
        let name = if money {
            let sign = currency_sign(&s.data.with_untracked(|d| d.settings().currency)).to_string();
            format!("{name}, {}", s.t(PlanMsg::MoneyScale(scale, sign)))
        } else {
            name
        };
        let label = |d: chrono::NaiveDate| match r.kind {
            ReportKind::Monthly => d.day().to_string(),
            ReportKind::Weekly => format!("{:02}.{:02}", d.day(), d.month()),
        };
        crate::chart::cumulative(
            &format!("{name} · {}", s.t(PlanMsg::Cumulative)),
            &days.iter().map(|d| label(d.date)).collect::<Vec<_>>(),
            (
                &s.t(PlanMsg::Plan),
                days.iter().map(|d| value(d.plan)).collect(),
            ),
            (
                &s.t(PlanMsg::Fact),
                days.iter().map(|d| d.fact.map(value)).collect(),
            ),
        )
    });
    view! { <Chart spec=spec label=Signal::derive(move || s.t(PlanMsg::Cumulative)) test="report-chart"/> }
}

/// The people as a matrix: a row per person (the department first), a column group per key figure with its
/// completion and fact, ordered by the lead metric's completion.
#[component]
fn PeopleMatrix(report: Memo<Report>) -> impl IntoView {
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
