//! P1 decomposition: a department plan split among managers, and a month split into days and weeks. Every split
//! is exact: the parts add up to the whole, to the kopeck, by largest-remainder rounding (property-tested).

use crate::domain::core::calendar::{month_end, month_start, WorkCalendar};
use crate::domain::core::dataset::Dataset;
use crate::domain::core::record::RecordId;
use crate::domain::team::{Manager, ManagerStatus};
use chrono::{Datelike, NaiveDate};

/// Splits `total` into parts proportional to `weights` that add up to `total` exactly.
///
/// Largest remainder (Hamilton): each part is first rounded down; the units left over go one each to the parts
/// with the largest fractional remainders, ties to the earlier part. With all weights zero nothing can be split
/// and every part is zero: the caller shows the whole as unallocated rather than inventing a split.
pub fn largest_remainder(total: i64, weights: &[u64]) -> Vec<i64> {
    let sum: u128 = weights.iter().map(|w| *w as u128).sum();
    if sum == 0 || total == 0 {
        return vec![0; weights.len()];
    }
    let sign = total.signum();
    let whole = total.unsigned_abs() as u128;
    let mut parts: Vec<i64> = Vec::with_capacity(weights.len());
    let mut rest: Vec<(u128, usize)> = Vec::with_capacity(weights.len());
    let mut given: u128 = 0;
    for (i, w) in weights.iter().enumerate() {
        let exact = whole * *w as u128;
        let floor = exact / sum;
        given += floor;
        parts.push(floor as i64);
        rest.push((exact % sum, i));
    }
    // Largest remainder first; among equal remainders the earlier part first.
    rest.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let left = (whole - given) as usize;
    for (_, i) in rest.into_iter().take(left) {
        parts[i] += 1;
    }
    parts.into_iter().map(|p| p * sign).collect()
}

/// How a department plan is split among managers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SplitMethod {
    /// In proportion to each manager's available working days, times their ramp share.
    ByWorkingDays,
    /// In proportion to given shares (percent or any weights), one per manager in the order given.
    ByShare(Vec<u64>),
}

/// The largest share weight a manager's field takes: shares are percents or any weights, and 10 000 keeps any
/// typo far from overflowing the split's 128-bit arithmetic.
pub const SHARE_MAX: u64 = 10_000;

/// A manager's share as typed («30», «30 %», « 30% »): a whole number, held to [`SHARE_MAX`]; `None` for an empty
/// or unreadable field (the manager then has no share).
pub fn parse_share(text: &str) -> Option<u64> {
    text.trim()
        .trim_end_matches('%')
        .trim()
        .parse::<u64>()
        .ok()
        .map(|v| v.min(SHARE_MAX))
}

/// The ramp share of a new hire in `month`: `ramp[0]` in the month they were hired, `ramp[1]` the next, …; 100 %
/// after the list ends.
pub fn ramp_percent(hired: NaiveDate, month: NaiveDate, ramp: &[u16]) -> u16 {
    let index =
        (month.year() * 12 + month.month0() as i32) - (hired.year() * 12 + hired.month0() as i32);
    if index < 0 {
        return 0;
    }
    ramp.get(index as usize).copied().unwrap_or(100)
}

/// The days of `month` a manager can work: the department's working days, within their employment, minus their
/// absences.
pub fn available_days(
    data: &Dataset,
    calendar: &WorkCalendar,
    manager: RecordId,
    m: &Manager,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<NaiveDate> {
    let last = match m.status {
        ManagerStatus::Active => to,
        ManagerStatus::Left { on } => to.min(on),
    };
    let first = from.max(m.hired);
    if first > last {
        return Vec::new();
    }
    let absences = data.absences_of(manager);
    calendar
        .working_days(first, last)
        .into_iter()
        .filter(|d| !absences.iter().any(|a| a.data.covers(*d)))
        .collect()
}

/// One manager's share of a department plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ManagerShare {
    pub manager: RecordId,
    pub days: u32,
    pub ramp: u16,
    pub value: i64,
}

/// Splits a department's monthly plan among `managers` (in the order given). With [`SplitMethod::ByWorkingDays`]
/// each weight is available days × ramp percent; with shares, the shares as given.
pub fn split_among_managers(
    data: &Dataset,
    calendar: &WorkCalendar,
    month: NaiveDate,
    total: i64,
    managers: &[RecordId],
    method: &SplitMethod,
    ramp: &[u16],
) -> Vec<ManagerShare> {
    let (from, to) = (month_start(month), month_end(month));
    let info: Vec<(u32, u16)> = managers
        .iter()
        .map(|id| match data.managers.get(id) {
            Some(r) => (
                available_days(data, calendar, *id, &r.data, from, to).len() as u32,
                ramp_percent(r.data.hired, from, ramp),
            ),
            None => (0, 0),
        })
        .collect();
    let weights: Vec<u64> = match method {
        SplitMethod::ByWorkingDays => info.iter().map(|(d, r)| *d as u64 * *r as u64).collect(),
        SplitMethod::ByShare(shares) => managers
            .iter()
            .enumerate()
            .map(|(i, _)| shares.get(i).copied().unwrap_or(0))
            .collect(),
    };
    let values = largest_remainder(total, &weights);
    managers
        .iter()
        .zip(info)
        .zip(values)
        .map(|((id, (days, ramp)), value)| ManagerShare {
            manager: *id,
            days,
            ramp,
            value,
        })
        .collect()
}

/// A monthly value split evenly over the given working days (each day one weight; a short pre-holiday day is a
/// full sales day). No days: nothing can be split, and the result is empty.
pub fn split_over_days(total: i64, days: &[NaiveDate]) -> Vec<(NaiveDate, i64)> {
    let parts = largest_remainder(total, &vec![1; days.len()]);
    days.iter().copied().zip(parts).collect()
}

/// Daily parts grouped by ISO week (Monday's date), in order: the weekly plan inside one month.
pub fn by_week(days: &[(NaiveDate, i64)]) -> Vec<(NaiveDate, i64)> {
    let mut out: Vec<(NaiveDate, i64)> = Vec::new();
    for (d, v) in days {
        let monday = crate::domain::core::date::monday(*d);
        match out.last_mut() {
            Some((m, sum)) if *m == monday => *sum += v,
            _ => out.push((monday, *v)),
        }
    }
    out
}
