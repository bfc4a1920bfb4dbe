//! What a payroll computation reads, gathered once: the month sums of every metric per person, the calendar, and a
//! person's numbers as the pay engine asks for them.

use crate::domain::core::calendar::WorkCalendar;
use crate::domain::core::dataset::Dataset;
use crate::domain::core::date::{add_months, month_end, month_start};
use crate::domain::core::record::{Record, RecordId};
use crate::domain::motivation::pay::{Days, Numbers};
use crate::domain::motivation::scheme::{in_force, PayScheme};
use crate::domain::planning::fact::DayFacts;
use crate::domain::planning::month_plan::plan_of;
use crate::domain::team::{AbsenceKind, Manager};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Month sums of every metric per person, built once per computation.
pub(super) struct Sums {
    pub(super) by: BTreeMap<(RecordId, NaiveDate, RecordId), i64>,
}

impl Sums {
    pub(super) fn of(data: &Dataset) -> Sums {
        let mut by = BTreeMap::new();
        for r in data.live_records::<DayFacts>() {
            let m = month_start(r.data.date);
            for (metric, v) in &r.data.values {
                let e = by.entry((r.data.manager, m, *metric)).or_insert(0i64);
                *e = e.saturating_add(*v);
            }
        }
        Sums { by }
    }

    pub(super) fn get(&self, manager: RecordId, month: NaiveDate, metric: RecordId) -> i64 {
        self.by.get(&(manager, month, metric)).copied().unwrap_or(0)
    }
}

/// Everything a computation reads, gathered once.
pub(in crate::domain::motivation) struct Ctx<'a> {
    pub(super) data: &'a Dataset,
    pub(super) calendar: WorkCalendar,
    pub(super) sums: Sums,
}

/// A person's numbers for one month, as the pay engine asks for them.
pub(super) struct PersonNumbers<'a> {
    pub(super) ctx: &'a Ctx<'a>,
    pub(super) manager: RecordId,
    pub(super) month: NaiveDate,
}

impl Numbers for PersonNumbers<'_> {
    fn plan(&self, metric: RecordId) -> Option<i64> {
        plan_of(self.ctx.data, self.month, metric, Some(self.manager)).map(|p| p.value)
    }
    fn fact(&self, metric: RecordId) -> i64 {
        self.ctx.sums.get(self.manager, self.month, metric)
    }
    fn fact_between(&self, metric: RecordId, from: NaiveDate, to: NaiveDate) -> i64 {
        self.ctx
            .data
            .live_records::<DayFacts>()
            .filter(|r| r.data.manager == self.manager && from <= r.data.date && r.data.date <= to)
            .filter_map(|r| r.data.values.get(&metric))
            .fold(0i64, |a, v| a.saturating_add(*v))
    }
    fn fact_since(&self, metric: RecordId, start: NaiveDate) -> i64 {
        months(start, self.month)
            .filter(|m| *m < self.month)
            .fold(0i64, |a, m| {
                a.saturating_add(self.ctx.sums.get(self.manager, m, metric))
            })
    }
    fn plan_since(&self, metric: RecordId, start: NaiveDate) -> Option<i64> {
        self.plan(metric)?;
        Some(months(start, self.month).fold(0i64, |a, m| {
            let p = plan_of(self.ctx.data, m, metric, Some(self.manager)).map_or(0, |p| p.value);
            a.saturating_add(p)
        }))
    }
}

/// The first days of the months from `start` through `last`.
pub(super) fn months(start: NaiveDate, last: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    std::iter::successors(Some(month_start(start)), |m| Some(add_months(*m, 1)))
        .take_while(move |m| *m <= last)
}

impl<'a> Ctx<'a> {
    /// A person's sum of a metric over a month.
    pub(in crate::domain::motivation) fn sum(
        &self,
        manager: RecordId,
        month: NaiveDate,
        metric: RecordId,
    ) -> i64 {
        self.sums.get(manager, month, metric)
    }

    /// Puts another sum in place of a person's month sum of a metric (a seller's what-if).
    pub(in crate::domain::motivation) fn suppose(
        &mut self,
        manager: RecordId,
        month: NaiveDate,
        metric: RecordId,
        value: i64,
    ) {
        self.sums.by.insert((manager, month, metric), value);
    }

    pub(in crate::domain::motivation) fn new(data: &'a Dataset) -> Ctx<'a> {
        Ctx {
            data,
            calendar: data.calendar(),
            sums: Sums::of(data),
        }
    }

    pub(super) fn numbers(&'a self, manager: RecordId, month: NaiveDate) -> PersonNumbers<'a> {
        PersonNumbers {
            ctx: self,
            manager,
            month,
        }
    }

    /// Working days of the month, and of them the ones the person worked and the ones they were on sick leave. A
    /// training day is a working day; vacation and other leave are not (vacation is paid apart, as vacation pay).
    pub(super) fn days(&self, id: RecordId, m: &Manager, month: NaiveDate) -> Days {
        let (from, to) = (month, month_end(month));
        let working = self.calendar.working_days(from, to);
        let absences = self.data.absences_of(id);
        let employed = |d: &NaiveDate| m.hired <= *d && m.is_employed_on(*d);
        let away = |d: &NaiveDate, sick: bool| {
            absences.iter().any(|a| {
                a.data.covers(*d)
                    && a.data.kind != AbsenceKind::Training
                    && (a.data.kind == AbsenceKind::SickLeave) == sick
            })
        };
        let employed_days: Vec<&NaiveDate> = working.iter().filter(|d| employed(d)).collect();
        Days {
            working: working.len() as u32,
            worked: employed_days
                .iter()
                .filter(|d| !away(d, true) && !away(d, false))
                .count() as u32,
            sick: employed_days.iter().filter(|d| away(d, true)).count() as u32,
        }
    }

    pub(super) fn scheme(
        &self,
        id: RecordId,
        m: &Manager,
        month: NaiveDate,
    ) -> Option<&'a Record<PayScheme>> {
        in_force(self.data, id, m, month)
    }
}
