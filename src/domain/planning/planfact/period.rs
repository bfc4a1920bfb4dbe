//! Periods of plan/fact: a day, a week, a month, a quarter, a year, stepped back and forth, and the day facts
//! are complete for.

use crate::domain::core::calendar::{month_end, month_start};
use crate::domain::core::dataset::Dataset;
use crate::domain::core::date::add_days;
use chrono::{Datelike, NaiveDate};

/// An inclusive range of days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    pub fn day(d: NaiveDate) -> Self {
        Period { from: d, to: d }
    }

    /// Monday to Sunday.
    pub fn week(d: NaiveDate) -> Self {
        let from = crate::domain::core::date::monday(d);
        Period {
            from,
            to: add_days(from, 6),
        }
    }

    pub fn month(d: NaiveDate) -> Self {
        Period {
            from: month_start(d),
            to: month_end(d),
        }
    }

    pub fn quarter(d: NaiveDate) -> Self {
        let first = (d.month0() / 3) * 3 + 1;
        let from = NaiveDate::from_ymd_opt(d.year(), first, 1).unwrap_or(d);
        Period {
            from,
            to: month_end(add_days(from, 62)),
        }
    }

    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.to
    }

    /// First days of the months the period touches.
    pub fn months(&self) -> Vec<NaiveDate> {
        crate::domain::core::date::months(self.from, self.to).collect()
    }
}

/// The periods a plan/fact view offers; a custom range is a [`Period`] of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodKind {
    Day,
    Week,
    Month,
    Quarter,
}

impl PeriodKind {
    pub const ALL: [PeriodKind; 4] = [
        PeriodKind::Day,
        PeriodKind::Week,
        PeriodKind::Month,
        PeriodKind::Quarter,
    ];

    /// The period of this kind that contains `day`.
    pub fn around(self, day: NaiveDate) -> Period {
        match self {
            PeriodKind::Day => Period::day(day),
            PeriodKind::Week => Period::week(day),
            PeriodKind::Month => Period::month(day),
            PeriodKind::Quarter => Period::quarter(day),
        }
    }

    /// The same kind of period before (`step` −1) or after (+1) the one around `day`; returns a day inside it.
    pub fn step(self, day: NaiveDate, step: i64) -> NaiveDate {
        let p = self.around(day);
        if step < 0 {
            self.around(add_days(p.from, -1)).from
        } else {
            add_days(p.to, 1)
        }
    }
}

/// The day facts are complete for: today once any fact for today is entered, else yesterday. Pace then does not
/// count today as elapsed in the morning, before anyone has had a chance to sell.
pub fn facts_through(data: &Dataset, today: NaiveDate) -> NaiveDate {
    let entered_today = data
        .facts
        .values()
        .any(|r| !r.deleted && r.data.date == today && !r.data.values.is_empty());
    if entered_today {
        today
    } else {
        add_days(today, -1)
    }
}
