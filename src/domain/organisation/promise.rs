//! O4 "write down every promise a manager makes", and check it. A promise with a metric and a target ("3 deals
//! today", "40 calls by Friday") is checked against the facts; any other is marked kept or broken by hand.
//!
//! The rules, for a promise made on `made` and due on `due` (its window is `made..=due`):
//! - The value is the sum of the manager's facts of the metric over the window (weekend facts count if entered).
//! - Higher-is-better: kept as soon as the value reaches the target, even before the due date.
//!   Lower-is-better: broken as soon as the value exceeds the target.
//! - Otherwise nothing is decided until the due date is over (`today > due`).
//! - After that: if the manager had no working day in the window (weekend, holiday, vacation, sick leave, not yet
//!   hired or already gone) the promise is excused: it counts neither way. If the facts of the window's last
//!   working day are not entered yet, it waits for them. Otherwise the target was missed: broken (higher) or kept
//!   (lower).
//! - A promise marked by hand takes the mark, metric or not (the head's word overrides the numbers).
//!
//! Keeping rate = kept / (kept + broken) over the promises due in the last 30 days; pending and excused ones are
//! left out of both parts.

use crate::domain::core::calendar::WorkCalendar;
use crate::domain::core::dataset::StoreName;
use crate::domain::core::date::add_days;
use crate::domain::core::links::check_limit;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_span, check_text, FieldProblem, Rule};
use crate::domain::planning::fact::DayFacts;
use crate::domain::planning::metric::Unit;
use crate::domain::planning::metric::{Direction, Metric};
use crate::domain::planning::split::available_days;
use crate::domain::Dataset;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Promise {
    pub manager: RecordId,
    /// The meeting it was made at, if any.
    pub meeting: Option<RecordId>,
    /// The day it was made: the start of the window its metric is summed over.
    #[serde(with = "crate::domain::core::date")]
    pub made: NaiveDate,
    #[serde(with = "crate::domain::core::date")]
    pub due: NaiveDate,
    pub text: String,
    /// A summed metric to check it by, with the target value (in the metric's unit: kopecks for money).
    #[serde(with = "crate::domain::planning::metric::key::option")]
    pub metric: Option<RecordId>,
    pub target: Option<i64>,
    /// The head's mark: kept (`true`) or broken (`false`); overrides the check.
    pub mark: Option<bool>,
}

pub const PROMISE_TEXT_MAX: usize = 500;
/// A promise is checked day by day over its window; a quarter is as long as a promise at a meeting gets.
pub const PROMISE_MAX_DAYS: i64 = 92;

impl Promise {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_text(&mut out, "text", &self.text, PROMISE_TEXT_MAX);
        if self.due < self.made {
            out.push(FieldProblem::new("due", Rule::DueBeforeGiven));
        } else {
            check_span(&mut out, "due", self.made, self.due, PROMISE_MAX_DAYS);
        }
        match (self.metric, self.target) {
            (Some(_), None) => out.push(FieldProblem::new("target", Rule::Required)),
            (None, Some(_)) => out.push(FieldProblem::new("metric", Rule::Required)),
            (_, Some(t)) if t < 0 => out.push(FieldProblem::new(
                "target",
                Rule::Range {
                    min: 0,
                    max: i64::MAX,
                },
            )),
            _ => {}
        }
        out
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// The due date is not over yet.
    Pending,
    /// Due date over, facts of its last working day not entered yet.
    AwaitingFacts,
    /// Due date over, no metric: the head has to mark it.
    AwaitingMark,
    Kept,
    Broken,
    /// No working day in the window (weekend, holiday, absence): counts neither way.
    Excused,
}

/// A promise's outcome and, for a metric promise, the value reached so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Check {
    pub outcome: Outcome,
    pub value: Option<i64>,
}

/// Checks `promise` as of `today` (see the module's rules). `metric` is the promise's metric from the catalog.
pub fn check(
    data: &Dataset,
    calendar: &WorkCalendar,
    promise: &Promise,
    metric: Option<&Metric>,
    today: NaiveDate,
) -> Check {
    let value = metric.map(|m| sum_window(data, promise, m.id));
    if let Some(mark) = promise.mark {
        let outcome = if mark { Outcome::Kept } else { Outcome::Broken };
        return Check { outcome, value };
    }
    let over = today > promise.due;
    let outcome = match (metric, value, promise.target) {
        (Some(m), Some(v), Some(target)) => {
            let higher = m.direction == Direction::HigherIsBetter;
            if higher && v >= target {
                Outcome::Kept
            } else if !higher && v > target {
                Outcome::Broken
            } else if !over {
                Outcome::Pending
            } else {
                match last_working_day(data, calendar, promise) {
                    None => Outcome::Excused,
                    Some(d) if !has_facts(data, promise.manager, d) => Outcome::AwaitingFacts,
                    Some(_) if higher => Outcome::Broken,
                    Some(_) => Outcome::Kept,
                }
            }
        }
        _ if !over => Outcome::Pending,
        _ if last_working_day(data, calendar, promise).is_none() => Outcome::Excused,
        _ => Outcome::AwaitingMark,
    };
    Check { outcome, value }
}

/// [`check`] with the promise's metric looked up in `metrics` (the catalog): what every screen needs.
pub fn outcome(
    data: &Dataset,
    calendar: &WorkCalendar,
    metrics: &[Metric],
    promise: &Promise,
    today: NaiveDate,
) -> Outcome {
    let metric = promise
        .metric
        .and_then(|id| metrics.iter().find(|m| m.id == id));
    check(data, calendar, promise, metric, today).outcome
}

fn sum_window(data: &Dataset, p: &Promise, metric: RecordId) -> i64 {
    crate::domain::core::date::days(p.made, p.due)
        .filter_map(|d| data.facts.get(&DayFacts::id_for(p.manager, d)))
        .filter(|r| !r.deleted)
        .fold(0i64, |total, r| {
            total.saturating_add(r.data.values.get(&metric).copied().unwrap_or(0))
        })
}

/// The manager's last working day in the promise's window (calendar, employment and absences).
fn last_working_day(data: &Dataset, calendar: &WorkCalendar, p: &Promise) -> Option<NaiveDate> {
    let m = data.managers.get(&p.manager).filter(|r| !r.deleted)?;
    available_days(data, calendar, p.manager, &m.data, p.made, p.due)
        .last()
        .copied()
}

fn has_facts(data: &Dataset, manager: RecordId, day: NaiveDate) -> bool {
    data.facts
        .get(&DayFacts::id_for(manager, day))
        .is_some_and(|r| !r.deleted && !r.data.values.is_empty())
}

/// Promises not deleted, by due date then manager.
pub fn promises(data: &Dataset) -> Vec<(RecordId, &Promise)> {
    let mut out: Vec<_> = data
        .promises
        .values()
        .filter(|r| !r.deleted)
        .map(|r| (r.id, &r.data))
        .collect();
    out.sort_by(|a, b| {
        a.1.due
            .cmp(&b.1.due)
            .then(a.1.manager.cmp(&b.1.manager))
            .then(a.0.cmp(&b.0))
    });
    out
}

/// How many of a manager's promises were kept: the keeping rate's two parts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Keeping {
    pub kept: u32,
    pub broken: u32,
    /// Still open or waiting for facts or a mark (not in the rate).
    pub open: u32,
}

impl Keeping {
    /// Kept / (kept + broken), `None` with nothing decided.
    pub fn rate(&self) -> Option<f64> {
        let decided = self.kept + self.broken;
        (decided > 0).then(|| self.kept as f64 / decided as f64)
    }
}

/// The window of the keeping rate.
pub const KEEPING_DAYS: i64 = 30;

/// A manager's promises due in the 30 days up to `today` (inclusive), counted by outcome.
pub fn keeping(
    data: &Dataset,
    calendar: &WorkCalendar,
    metrics: &[Metric],
    manager: RecordId,
    today: NaiveDate,
) -> Keeping {
    let from = add_days(today, -(KEEPING_DAYS - 1));
    let mut k = Keeping::default();
    for (_, p) in promises(data) {
        if p.manager != manager || p.due < from || p.due > today {
            continue;
        }
        match outcome(data, calendar, metrics, p, today) {
            Outcome::Kept => k.kept += 1,
            Outcome::Broken => k.broken += 1,
            Outcome::Excused => {}
            _ => k.open += 1,
        }
    }
    k
}

impl Related for Promise {
    fn links(&self) -> Vec<Link> {
        let mut out = vec![Link::to("manager", StoreName::Managers, self.manager)];
        out.extend(
            self.meeting
                .map(|m| Link::to("meeting", StoreName::Meetings, m)),
        );
        out.extend(
            self.metric
                .and_then(|m| crate::domain::planning::metric::metric_link("metric", m)),
        );
        out
    }

    fn unit_problems(&self, unit: &dyn Fn(RecordId) -> Option<Unit>) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        if let (Some(m), Some(t)) = (self.metric, self.target) {
            if let Some(u) = unit(m) {
                check_limit(&mut out, "target", t, u.plan_max());
            }
        }
        out
    }
}
