//! P4 reports: the week's or the month's numbers for the head's own boss, with their own words (highlights,
//! problems, actions). Page one is the summary (key figures, the lead metric's curve, the notes), then the people
//! as a matrix, then every metric in detail. Printable on A4 (the title and period repeat on every page) and
//! downloadable as CSV (Excel), plain text and Markdown (to paste into a messenger).

mod figures;

use figures::{KeyFigures, PeopleMatrix, ReportChart, ReportTable};

use crate::domain::core::locale::{format_date, month_title};
use crate::domain::planning::metric::{catalog, Metric};
use crate::domain::planning::planfact::{facts_through, Period, Status};
use crate::domain::planning::report::message::Style;
use crate::domain::planning::report::{build, Labels, ReportKind, ReportNotes};
use crate::domain::{Lang, RecordId};
use crate::ui::components::download::download;
use crate::ui::components::widgets::WhenLoaded;
use crate::ui::i18n::Msg;
use crate::ui::pages::planning::words::{metric_name, PlanMsg};
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn ReportPage() -> impl IntoView {
    view! { <WhenLoaded><ReportView/></WhenLoaded> }
}

/// The report's words in `lang`, with names looked up in the current data.
pub(super) fn labels(s: AppState, lang: Lang, title: String, through: chrono::NaiveDate) -> Labels {
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
        s.keep(notes);
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

/// What a report downloads as.
#[derive(Clone, Copy)]
enum Format {
    Csv,
    Message(Style),
}
