//! O7 × P3: hiring sources compared by what their hires went on to sell.
//!
//! **A source's new hires after three months** = their payments over their first three calendar months (the month
//! of hire and the two after) / their payment plans over the same months, summed over the source's hires whose
//! three months are over: a ratio of summed parts. Beside it, per source: candidates, finals reached, hires.

use crate::domain::core::date::{add_months, month_end, month_start};
use crate::domain::core::record::RecordId;
use crate::domain::planning::fact::DayFacts;
use crate::domain::planning::metric::Builtin;
use crate::domain::planning::plan::Plan;
use crate::domain::team::hiring::candidate::Candidate;
use crate::domain::team::hiring::stage::Stage;
use crate::domain::Dataset;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// A new hire's first three months (see the module): (payments, plan), in kopecks; `None` until they are over.
pub fn first_months(
    data: &Dataset,
    manager: RecordId,
    hired: NaiveDate,
    today: NaiveDate,
) -> Option<(i64, i64)> {
    let from = month_start(hired);
    let last = add_months(from, 2);
    let to = month_end(last);
    if today <= to {
        return None;
    }
    let metric = Builtin::Payments.id();
    let fact: i64 = data
        .live_records::<DayFacts>()
        .filter(|r| r.data.manager == manager && from <= r.data.date && r.data.date <= to)
        .filter_map(|r| r.data.values.get(&metric))
        .sum();
    let plan: i64 = [from, add_months(from, 1), last]
        .iter()
        .filter_map(|m| data.live::<Plan>(Plan::id_for(*m, metric, Some(manager))))
        .map(|r| r.data.value)
        .sum();
    Some((fact, plan))
}

/// One source compared.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct SourceRow {
    pub source: String,
    pub candidates: u32,
    /// Reached the final interview.
    pub finals: u32,
    pub hires: u32,
    /// Of the hires whose three months are over: how many, their payments and their plans summed.
    pub measured: u32,
    pub payments: i64,
    pub plan: i64,
}

/// The sources of `candidates`, by hires then candidates (most first), then name.
pub fn sources(
    data: &Dataset,
    candidates: &[(RecordId, &Candidate)],
    today: NaiveDate,
) -> Vec<SourceRow> {
    let mut rows: BTreeMap<&str, SourceRow> = BTreeMap::new();
    for (_, c) in candidates {
        let row = rows.entry(c.source.as_str()).or_insert_with(|| SourceRow {
            source: c.source.clone(),
            ..SourceRow::default()
        });
        row.candidates += 1;
        if c.furthest() >= Stage::Final {
            row.finals += 1;
        }
        if let (Some(m), Some(start)) = (c.manager, c.entered(Stage::Probation)) {
            row.hires += 1;
            if let Some((pay, plan)) = first_months(data, m, start, today) {
                row.measured += 1;
                row.payments += pay;
                row.plan += plan;
            }
        }
    }
    let mut out: Vec<SourceRow> = rows.into_values().collect();
    out.sort_by(|a, b| {
        b.hires
            .cmp(&a.hires)
            .then(b.candidates.cmp(&a.candidates))
            .then(a.source.cmp(&b.source))
    });
    out
}

/// A new hire's plan share month by month (the settings' ramp, `planning::split::ramp_percent`): from the month of
/// hire until the first month at 100 %, that month included.
pub fn ramp_plan(hired: NaiveDate, ramp: &[u16]) -> Vec<(NaiveDate, u16)> {
    let first = month_start(hired);
    let mut out = Vec::new();
    for i in 0..=ramp.len() as i32 {
        let month = add_months(first, i);
        let p = crate::domain::planning::split::ramp_percent(hired, month, ramp);
        out.push((month, p));
        if p >= 100 {
            break;
        }
    }
    out
}
