//! O4–O6, C1 the numbers a meeting shows, filled from plan/fact: the last working day's plan and fact, today's
//! plan, the month's completion, pace and forecast; for the weekly meeting the week under review and next week's
//! plan; and the managers' standings.
//!
//! Periods, for a meeting held on `date`:
//! - the last working day is the working day before `date` (Friday for a Monday stand-up);
//! - the month and the week under review are the ones containing that day, counted through it (the meeting's own
//!   day has no facts yet in the morning);
//! - next week is the week after the one under review (a Monday meeting reviews last week and plans this one).

use crate::domain::core::calendar::WorkCalendar;
use crate::domain::core::date::add_days;
use crate::domain::core::record::RecordId;
use crate::domain::organisation::meeting::previous_working_day;
use crate::domain::planning::metric::{catalog, Metric};
use crate::domain::planning::planfact::{board, ranking, Board, Pace, Period, Who};
use crate::domain::Dataset;
use chrono::NaiveDate;

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

/// Which of the boards a block of the meeting shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    LastDay,
    Today,
    Week,
    NextWeek,
    Month,
}

/// One line of a meeting's table: the department's (first) or a person's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MeetingRow {
    pub who: Who,
    pub pace: Pace,
    /// The plan for the meeting's own day.
    pub today_plan: Option<i64>,
}

impl Numbers {
    /// The board a block shows; "today" shows the month's pace with today's plan beside it.
    pub fn board(&self, which: Which) -> &Board {
        match which {
            Which::LastDay => &self.last,
            Which::Today | Which::Month => &self.month,
            Which::Week => &self.week,
            Which::NextWeek => &self.next_week,
        }
    }

    /// The rows a block shows for a summed `metric`: the department, then each person, leaving out a person with
    /// nothing planned, nothing done and nothing planned for today (someone on leave the whole period: a row of
    /// zeros would only push the others off the tablet). Empty for a metric the catalog no longer has.
    pub fn rows(&self, which: Which, metric: RecordId) -> Vec<MeetingRow> {
        if !self.metrics.iter().any(|m| m.id == metric) {
            return Vec::new();
        }
        let today_plan = |who: Who| {
            let row = if who == Who::Department {
                Some(&self.today.department)
            } else {
                self.today.managers.iter().find(|r| r.who == who)
            };
            row.and_then(|r| r.pace(metric)).map(|p| p.plan)
        };
        let board = self.board(which);
        std::iter::once(&board.department)
            .chain(board.managers.iter())
            .filter_map(|row| {
                let pace = row.pace(metric)?;
                let today = today_plan(row.who);
                let idle = pace.plan == 0 && pace.fact == 0 && today.unwrap_or(0) == 0;
                (row.who == Who::Department || !idle).then_some(MeetingRow {
                    who: row.who,
                    pace,
                    today_plan: today,
                })
            })
            .collect()
    }
}

/// What every board of a meeting on `date` is built from: the calendar, the catalog, the last working day and the
/// managers employed then (archived ones keep their history but are not in a meeting).
struct Basis {
    calendar: WorkCalendar,
    metrics: Vec<Metric>,
    last_day: NaiveDate,
    managers: Vec<RecordId>,
}

impl Basis {
    fn of(data: &Dataset, date: NaiveDate) -> Basis {
        let calendar = data.calendar();
        let last_day = previous_working_day(&calendar, date);
        let managers = data
            .managers_by_name()
            .into_iter()
            .filter(|m| m.data.is_employed_on(date) || m.data.is_employed_on(last_day))
            .map(|m| m.id)
            .collect();
        Basis {
            metrics: catalog(data),
            calendar,
            last_day,
            managers,
        }
    }

    /// The board of `period`, counted through the last working day.
    fn board(&self, data: &Dataset, period: Period) -> Board {
        board(
            data,
            &self.calendar,
            &self.metrics,
            &self.managers,
            period,
            self.last_day,
        )
    }
}

/// Every board a meeting on `date` shows.
pub fn numbers(data: &Dataset, date: NaiveDate) -> Numbers {
    let b = Basis::of(data, date);
    let last_day = b.last_day;
    let week = Period::week(last_day);
    let next_week = Period::week(add_days(week.to, 1));
    Numbers {
        date,
        last_day,
        last: b.board(data, Period::day(last_day)),
        today: b.board(data, Period::day(date)),
        month: b.board(data, Period::month(last_day)),
        week: b.board(data, week),
        next_week: b.board(data, next_week),
        metrics: b.metrics,
    }
}

/// The standings of a meeting on `date`: the month's [`ranking`] by `metric` (one board, not all five).
pub fn standings(data: &Dataset, date: NaiveDate, metric: RecordId) -> Vec<(RecordId, Pace)> {
    let b = Basis::of(data, date);
    ranking(&b.board(data, Period::month(b.last_day)), metric)
}
