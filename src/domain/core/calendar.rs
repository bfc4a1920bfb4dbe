//! The working calendar: the Russian production calendar (*производственный календарь*) for a five-day week,
//! the department's working week, and local overrides (a company day off, a working Saturday).
//!
//! Sources: Labour Code art. 112 (public holidays; a holiday falling on a weekend moves to the next working day,
//! except the January ones) and art. 95 (the working day before a holiday is one hour shorter), and the
//! government decrees moving days off: No. 1314 of 10.08.2023 (2024), No. 1335 of 04.10.2024 (2025),
//! No. 1466 of 24.09.2025 (2026). 2027 is **provisional**: its decree is not built in yet, so only the Labour
//! Code's own moves are applied (the two January weekend holidays are not moved anywhere); a head of sales adds
//! the decree's days as local overrides, or a later version of the app brings them.

use crate::domain::core::links::Related;
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_len, FieldProblem};
use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a day is for the department.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum DayKind {
    Working,
    /// A working day one hour shorter, before a public holiday (informational: plans split by days, not hours).
    Short,
    /// A regular day off of the working week.
    Weekend,
    /// A public holiday or a day off moved by decree.
    Holiday,
    /// A day off set by the company (local override).
    CompanyOff,
    /// A weekend day the company works (by decree or local override).
    WorkingWeekend,
}

impl DayKind {
    pub fn is_working(self) -> bool {
        matches!(
            self,
            DayKind::Working | DayKind::Short | DayKind::WorkingWeekend
        )
    }
}

/// One year of the official calendar, as month/day pairs.
struct Year {
    year: i32,
    /// Non-working days besides Saturdays and Sundays: public holidays on weekdays and days off moved by decree.
    off: &'static [(u32, u32)],
    /// Saturdays or Sundays made working days by decree.
    working_weekends: &'static [(u32, u32)],
    /// Pre-holiday days one hour shorter.
    short: &'static [(u32, u32)],
    /// True while the year's decree is not built in.
    provisional: bool,
}

const YEARS: [Year; 4] = [
    Year {
        year: 2024,
        off: &[
            (1, 1),
            (1, 2),
            (1, 3),
            (1, 4),
            (1, 5),
            (1, 8),
            (2, 23),
            (3, 8),
            (4, 29),
            (4, 30),
            (5, 1),
            (5, 9),
            (5, 10),
            (6, 12),
            (11, 4),
            (12, 30),
            (12, 31),
        ],
        working_weekends: &[(4, 27), (11, 2), (12, 28)],
        short: &[(2, 22), (3, 7), (5, 8), (6, 11), (11, 2)],
        provisional: false,
    },
    Year {
        year: 2025,
        off: &[
            (1, 1),
            (1, 2),
            (1, 3),
            (1, 6),
            (1, 7),
            (1, 8),
            (5, 1),
            (5, 2),
            (5, 8),
            (5, 9),
            (6, 12),
            (6, 13),
            (11, 3),
            (11, 4),
            (12, 31),
        ],
        working_weekends: &[(11, 1)],
        short: &[(3, 7), (4, 30), (6, 11), (11, 1)],
        provisional: false,
    },
    Year {
        year: 2026,
        off: &[
            (1, 1),
            (1, 2),
            (1, 5),
            (1, 6),
            (1, 7),
            (1, 8),
            (1, 9),
            (2, 23),
            (3, 9),
            (5, 1),
            (5, 11),
            (6, 12),
            (11, 4),
            (12, 31),
        ],
        working_weekends: &[],
        short: &[(4, 30), (5, 8), (6, 11), (11, 3)],
        provisional: false,
    },
    Year {
        year: 2027,
        off: &[
            (1, 1),
            (1, 4),
            (1, 5),
            (1, 6),
            (1, 7),
            (1, 8),
            (2, 23),
            (3, 8),
            (5, 3),
            (5, 10),
            (6, 14),
            (11, 4),
        ],
        working_weekends: &[],
        short: &[(2, 22), (4, 30), (5, 7), (6, 11), (11, 3), (12, 31)],
        provisional: true,
    },
];

/// The years the official calendar is built in for; outside them only the working week and overrides apply.
pub fn built_in_years() -> impl Iterator<Item = (i32, bool)> {
    YEARS.iter().map(|y| (y.year, y.provisional))
}

/// Public holidays of Labour Code art. 112, for naming a day even when it falls on a weekend.
const PUBLIC_HOLIDAYS: [(u32, u32); 13] = [
    (1, 1),
    (1, 2),
    (1, 3),
    (1, 4),
    (1, 5),
    (1, 6),
    (1, 7),
    (1, 8),
    (2, 23),
    (3, 8),
    (5, 1),
    (5, 9),
    (6, 12),
];

fn has(list: &[(u32, u32)], day: NaiveDate) -> bool {
    list.contains(&(day.month(), day.day()))
}

/// A local override of one day: a company day off, or a working weekend day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayOverride {
    #[serde(with = "crate::domain::core::date")]
    pub date: NaiveDate,
    pub working: bool,
    pub note: String,
}

pub const NOTE_MAX: usize = 200;

impl DayOverride {
    /// One record per date, the same id on every device, so two devices overriding one day merge into one.
    pub fn id_for(date: NaiveDate) -> RecordId {
        crate::domain::core::ids::derived("calendar", &[&date.to_string()])
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_len(&mut out, "note", &self.note, NOTE_MAX);
        out
    }
}

/// The department's calendar: official days, its working week, and its overrides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkCalendar {
    /// Monday first.
    pub week: [bool; 7],
    pub overrides: BTreeMap<NaiveDate, bool>,
}

impl WorkCalendar {
    /// The official calendar with a Monday-to-Friday week and no overrides.
    pub fn official() -> Self {
        WorkCalendar {
            week: [true, true, true, true, true, false, false],
            overrides: BTreeMap::new(),
        }
    }

    pub fn day(&self, date: NaiveDate) -> DayKind {
        let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
        let official = YEARS.iter().find(|y| y.year == date.year()).map(|y| {
            if has(y.short, date) {
                DayKind::Short
            } else if has(y.working_weekends, date) {
                DayKind::WorkingWeekend
            } else if has(y.off, date) || (weekend && has(&PUBLIC_HOLIDAYS, date)) {
                DayKind::Holiday
            } else if weekend {
                DayKind::Weekend
            } else {
                DayKind::Working
            }
        });
        let official = official.unwrap_or(if weekend {
            DayKind::Weekend
        } else {
            DayKind::Working
        });
        // The department's own week: a company that works Saturdays works every Saturday that is not a holiday;
        // one that rests on Fridays rests on every Friday.
        let by_week = match official {
            DayKind::Weekend if self.week[date.weekday().num_days_from_monday() as usize] => {
                DayKind::WorkingWeekend
            }
            // A weekday the department does not work (a decree's working Saturday stays worked).
            DayKind::Working | DayKind::Short
                if !weekend && !self.week[date.weekday().num_days_from_monday() as usize] =>
            {
                DayKind::Weekend
            }
            k => k,
        };
        match self.overrides.get(&date) {
            Some(true) if !by_week.is_working() => DayKind::WorkingWeekend,
            Some(false) if by_week.is_working() => DayKind::CompanyOff,
            _ => by_week,
        }
    }

    pub fn is_working(&self, date: NaiveDate) -> bool {
        self.day(date).is_working()
    }

    /// Working days in `from..=to`.
    pub fn working_days(&self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        crate::domain::core::date::days(from, to)
            .filter(|d| self.is_working(*d))
            .collect()
    }
}

pub use crate::domain::core::date::{month_end, month_start};

impl Related for DayOverride {
    fn derived_id(&self) -> Option<RecordId> {
        Some(DayOverride::id_for(self.date))
    }
}
