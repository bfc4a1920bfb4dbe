//! O4–O6, C1 the numbers a meeting shows, filled from plan/fact: the last working day's plan and fact, today's
//! plan, the month's completion, pace and forecast; for the weekly meeting the week under review and next week's
//! plan; and the managers' standings.
//!
//! Periods, for a meeting held on `date`:
//! - the last working day is the working day before `date` (Friday for a Monday stand-up);
//! - the month and the week under review are the ones containing that day, counted through it (the meeting's own
//!   day has no facts yet in the morning);
//! - next week is the week after the one under review (a Monday meeting reviews last week and plans this one).

use super::meeting::previous_working_day;
use super::metric::{catalog, Metric};
use super::planfact::{board, Board, Pace, Period, Who};
use super::record::RecordId;
use super::Dataset;
use chrono::{Duration, NaiveDate};

#[derive(Clone, Debug, PartialEq)]
pub struct Numbers {
    pub date: NaiveDate,
    pub last_day: NaiveDate,
    pub metrics: Vec<Metric>,
    /// The last working day: plan and fact.
    pub last: Board,
    /// The meeting's day: the plan.
    pub today: Board,
    /// The month of the last working day, through it.
    pub month: Board,
    /// The week of the last working day, through it.
    pub week: Board,
    /// The week after it: the plan.
    pub next_week: Board,
}

/// Every board a meeting on `date` shows, for the managers employed that month (archived ones keep their history
/// but are not in a meeting).
pub fn numbers(data: &Dataset, date: NaiveDate) -> Numbers {
    let calendar = data.calendar();
    let metrics = catalog(data);
    let last_day = previous_working_day(&calendar, date);
    let managers: Vec<RecordId> = data
        .managers_by_name()
        .into_iter()
        .filter(|m| m.data.is_employed_on(date) || m.data.is_employed_on(last_day))
        .map(|m| m.id)
        .collect();
    let make = |period: Period, through: NaiveDate| {
        board(data, &calendar, &metrics, &managers, period, through)
    };
    let week = Period::week(last_day);
    let next_week = Period::week(week.to + Duration::days(1));
    Numbers {
        date,
        last_day,
        last: make(Period::day(last_day), last_day),
        today: make(Period::day(date), last_day),
        month: make(Period::month(last_day), last_day),
        week: make(week, last_day),
        next_week: make(next_week, last_day),
        metrics,
    }
}

/// Managers ranked by completion of `metric`'s plan (those with a plan, best first), then those without a plan by
/// fact; managers with neither are left out.
pub fn ranking(board: &Board, metric: RecordId) -> Vec<(RecordId, Pace)> {
    let mut rows: Vec<(RecordId, Pace)> = board
        .managers
        .iter()
        .filter_map(|r| match r.who {
            Who::Manager(id) => r.pace(metric).map(|p| (id, p)),
            Who::Department => None,
        })
        .filter(|(_, p)| p.plan > 0 || p.fact > 0)
        .collect();
    // Completion compared as fractions in integers: a/b > c/d ⇔ a·d > c·b (plans are positive here).
    rows.sort_by(|(ia, a), (ib, b)| match (a.plan > 0, b.plan > 0) {
        (true, true) => (b.fact as i128 * a.plan as i128)
            .cmp(&(a.fact as i128 * b.plan as i128))
            .then(ia.cmp(ib)),
        (true, false) => std::cmp::Ordering::Less,
        (false, true) => std::cmp::Ordering::Greater,
        (false, false) => b.fact.cmp(&a.fact).then(ia.cmp(ib)),
    });
    rows
}
