//! P4 reports for the head's own boss: a week's or a month's numbers (plan, fact, completion, deviation,
//! forecast) for the department and per manager, with the head's own text (highlights, problems, actions), as
//! a page to print, as CSV for Excel and as a message. The numbers come from [`board`]; the text is a record.
//!
//! - [`summary`]: what page one shows (the key figures, the lead metric) and the people matrix;
//! - [`message`]: the summary as plain text or Markdown for a messenger.

pub mod message;
pub mod summary;

use crate::domain::core::calendar::{month_end, month_start, WorkCalendar};
use crate::domain::core::dataset::Dataset;
use crate::domain::core::date::add_days;
use crate::domain::core::ids::derived;
use crate::domain::core::links::Related;
use crate::domain::core::locale::{format_percent, format_value, Lang};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_len, FieldProblem};
use crate::domain::core::sheet::{csv, plain_number};
use crate::domain::planning::metric::{Formula, Metric, Unit};
use crate::domain::planning::planfact::{board, Bands, Board, Cell, Period, Status, Who};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportKind {
    Weekly,
    #[default]
    Monthly,
}

impl ReportKind {
    /// The period of this kind that contains `day`.
    pub fn period(self, day: NaiveDate) -> Period {
        match self {
            ReportKind::Weekly => Period::week(day),
            ReportKind::Monthly => Period::month(day),
        }
    }

    /// The same kind of period before or after `period` (`step` = −1 or +1).
    pub fn shift(self, period: Period, step: i32) -> Period {
        match self {
            ReportKind::Weekly => Period::week(add_days(period.from, 7 * i64::from(step))),
            ReportKind::Monthly => {
                let d = if step < 0 {
                    add_days(period.from, -1)
                } else {
                    add_days(month_end(period.from), 1)
                };
                Period::month(month_start(d))
            }
        }
    }
}

/// The head's words in a report.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportNotes {
    pub kind: ReportKind,
    /// The period's first day (a Monday, or the month's first day).
    #[serde(with = "crate::domain::core::date")]
    pub start: NaiveDate,
    pub highlights: String,
    pub problems: String,
    pub actions: String,
}

pub const NOTES_MAX: usize = 5_000;

impl ReportNotes {
    /// One record per kind and period.
    pub fn id_for(kind: ReportKind, start: NaiveDate) -> RecordId {
        let k = match kind {
            ReportKind::Weekly => "weekly",
            ReportKind::Monthly => "monthly",
        };
        derived("report", &[k, &start.to_string()])
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_len(&mut out, "highlights", &self.highlights, NOTES_MAX);
        check_len(&mut out, "problems", &self.problems, NOTES_MAX);
        check_len(&mut out, "actions", &self.actions, NOTES_MAX);
        out
    }
}

/// A report's numbers: the department's line per metric and every manager's line per summed metric.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub kind: ReportKind,
    pub board: Board,
    /// The department's status bands (from the settings), so the report's statuses match the dashboard's.
    pub bands: Bands,
    pub metrics: Vec<Metric>,
    pub notes: ReportNotes,
}

pub fn build(
    data: &Dataset,
    calendar: &WorkCalendar,
    metrics: Vec<Metric>,
    managers: &[RecordId],
    kind: ReportKind,
    day: NaiveDate,
    through: NaiveDate,
) -> Report {
    let period = kind.period(day);
    let board = board(data, calendar, &metrics, managers, period, through);
    let notes = data
        .reports
        .get(&ReportNotes::id_for(kind, period.from))
        .filter(|r| !r.deleted)
        .map(|r| r.data.clone())
        .unwrap_or(ReportNotes {
            kind,
            start: period.from,
            ..ReportNotes::default()
        });
    Report {
        kind,
        board,
        bands: data.settings().bands(),
        metrics,
        notes,
    }
}

/// The words a report's text and CSV need, in the reader's language (the UI supplies them).
pub struct Labels {
    pub title: String,
    /// The line under the title: the day facts are complete for.
    pub through: String,
    /// The heading of the people behind on the lead metric's plan.
    pub behind: String,
    pub metric: String,
    pub manager: String,
    pub plan: String,
    pub fact: String,
    pub completion: String,
    pub deviation: String,
    pub forecast: String,
    pub status: String,
    pub department: String,
    pub highlights: String,
    pub problems: String,
    pub actions: String,
    /// Metric names, by id.
    pub metric_name: Box<dyn Fn(&Metric) -> String>,
    /// Manager names, by id.
    pub manager_name: Box<dyn Fn(RecordId) -> String>,
    pub status_name: Box<dyn Fn(Status) -> String>,
}

/// A share in percent with one decimal, as a plain number.
fn plain_percent(lang: Lang, share: Option<f64>) -> String {
    match share {
        Some(p) if p.is_finite() => {
            let text = format!("{:.1}", p * 100.0);
            if lang == Lang::Ru {
                text.replace('.', ",")
            } else {
                text
            }
        }
        _ => String::new(),
    }
}

/// One line of figures: plan, fact, completion, deviation, forecast, as text to read (`for_sheet` false) or as
/// plain numbers for a spreadsheet (`for_sheet` true).
pub(crate) fn figures(
    lang: Lang,
    m: &Metric,
    cell: &Cell,
    currency: &str,
    for_sheet: bool,
) -> [String; 5] {
    let v = |x: i64| {
        if for_sheet {
            plain_number(lang, m.unit, x)
        } else {
            format_value(lang, m.unit, x, currency)
        }
    };
    let pct = |share: Option<f64>| {
        if for_sheet {
            plain_percent(lang, share)
        } else {
            format_percent(lang, share)
        }
    };
    match cell {
        Cell::Summed(p) => [
            v(p.plan),
            v(p.fact),
            pct(p.completion()),
            v(p.deviation()),
            p.forecast().map(v).unwrap_or_default(),
        ],
        Cell::Ratio { plan, fact } => {
            let shown = |r: &crate::domain::planning::planfact::Ratio| match (m.unit, r.value()) {
                (Unit::Percent, Some(x)) => pct(Some(x)),
                (_, Some(x)) => v(x.round() as i64),
                (_, None) => String::new(),
            };
            [
                shown(plan),
                shown(fact),
                String::new(),
                String::new(),
                String::new(),
            ]
        }
        Cell::Mean { target, fact } => [
            target.map(v).unwrap_or_default(),
            fact.value()
                .map(|x| v(x.round() as i64))
                .unwrap_or_default(),
            String::new(),
            String::new(),
            String::new(),
        ],
    }
}

impl Report {
    /// The report's rows as cells: a header, the department per metric, then managers per summed metric. Figures
    /// are formatted to read, or as plain numbers for a spreadsheet (`for_sheet`).
    pub fn rows(
        &self,
        lang: Lang,
        currency: &str,
        l: &Labels,
        for_sheet: bool,
    ) -> Vec<Vec<String>> {
        let mut out = vec![vec![
            l.manager.clone(),
            l.metric.clone(),
            l.plan.clone(),
            l.fact.clone(),
            l.completion.clone(),
            l.deviation.clone(),
            l.forecast.clone(),
            l.status.clone(),
        ]];
        let bands = self.bands;
        let line = |who: String, m: &Metric, cell: &Cell| {
            let [plan, fact, completion, deviation, forecast] =
                figures(lang, m, cell, currency, for_sheet);
            let status = match cell {
                Cell::Summed(p) => (l.status_name)(p.status(bands)),
                _ => String::new(),
            };
            vec![
                who,
                (l.metric_name)(m),
                plan,
                fact,
                completion,
                deviation,
                forecast,
                status,
            ]
        };
        for m in &self.metrics {
            if let Some(cell) = self.board.department.cells.get(&m.id) {
                out.push(line(l.department.clone(), m, cell));
            }
        }
        for row in &self.board.managers {
            let Who::Manager(id) = row.who else { continue };
            for m in self.metrics.iter().filter(|m| m.formula == Formula::Summed) {
                match row.cells.get(&m.id) {
                    Some(cell @ Cell::Summed(p)) if p.plan > 0 || p.fact > 0 => {
                        out.push(line((l.manager_name)(id), m, cell))
                    }
                    _ => {}
                }
            }
        }
        out
    }

    /// The report for Excel (see `core::sheet`).
    pub fn csv(&self, lang: Lang, currency: &str, l: &Labels) -> String {
        csv(self.rows(lang, currency, l, true))
    }
}

impl Related for ReportNotes {
    fn derived_id(&self) -> Option<RecordId> {
        Some(ReportNotes::id_for(self.kind, self.start))
    }
}
