//! A month's cumulative curve: the plan to date against the fact to date, day by day.

use super::period::Period;
use crate::domain::core::calendar::{month_end, month_start, WorkCalendar};
use crate::domain::core::dataset::Dataset;
use crate::domain::core::record::RecordId;
use crate::domain::planning::plan::Plan;
use crate::domain::planning::split::split_over_days;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// One day of a month's cumulative curve: the plan to date (its daily split summed) and the fact to date (`None`
/// after the day facts are complete for).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CumulativeDay {
    pub date: NaiveDate,
    pub plan: i64,
    pub fact: Option<i64>,
}

/// The department's cumulative plan and fact of a summed metric over the working days of `month`: the curve a
/// head of sales reads "are we above or below the line" from.
pub fn cumulative(
    data: &Dataset,
    calendar: &WorkCalendar,
    metric: RecordId,
    month: NaiveDate,
    through: NaiveDate,
) -> Vec<CumulativeDay> {
    cumulative_in(data, calendar, metric, Period::month(month), through)
}

/// The department's cumulative plan and fact of a summed metric over the working days of any `period` (a week
/// or a month). Each month's department plan is split evenly over that month's working days (exact, largest
/// remainder), and the period takes the days it holds, so a week across two months adds both months' daily
/// plans. Facts on days off count on the next working day; but the last working day shown (up to `through`)
/// also takes the days off after it up to `through`, and the period's last working day everything after it, so
/// the curve ends at the fact printed next to it, on a Monday morning too.
pub fn cumulative_in(
    data: &Dataset,
    calendar: &WorkCalendar,
    metric: RecordId,
    period: Period,
    through: NaiveDate,
) -> Vec<CumulativeDay> {
    let daily: Vec<(NaiveDate, i64)> = period
        .months()
        .into_iter()
        .flat_map(|month| {
            let days = calendar.working_days(month_start(month), month_end(month));
            let total = data
                .plans
                .get(&Plan::id_for(month, metric, None))
                .filter(|r| !r.deleted)
                .map(|r| r.data.value)
                .unwrap_or(0);
            split_over_days(total, &days)
        })
        .filter(|(d, _)| period.contains(*d))
        .collect();
    let mut by_day: BTreeMap<NaiveDate, i64> = BTreeMap::new();
    for r in data.facts.values() {
        let f = &r.data;
        if !r.deleted && period.contains(f.date) {
            if let Some(v) = f.values.get(&metric) {
                *by_day.entry(f.date).or_default() += v;
            }
        }
    }
    let mut plan = 0;
    let mut fact = 0;
    let mut facts = by_day.into_iter().peekable();
    let last = daily.last().map(|(d, _)| *d);
    let last_shown = daily.iter().rev().map(|(d, _)| *d).find(|d| *d <= through);
    daily
        .into_iter()
        .map(|(date, part)| {
            plan += part;
            let until = if Some(date) == last {
                period.to
            } else if Some(date) == last_shown {
                through
            } else {
                date
            };
            while let Some((_, v)) = facts.next_if(|(d, _)| *d <= until) {
                fact += v;
            }
            CumulativeDay {
                date,
                plan,
                fact: (date <= through).then_some(fact),
            }
        })
        .collect()
}
