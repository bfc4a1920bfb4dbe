//! The department's and one person's hygiene over the snapshots of a source.

use super::*;
use crate::domain::organisation::crm::snapshot::deal_snapshots;
use crate::domain::{Dataset, RecordId};
use chrono::NaiveDate;

/// The department's parts at every deal snapshot of `source`, oldest first: the trend (snapshots of another CRM or
/// table hold other deals, so they are not a point on the same line).
pub fn trend(data: &Dataset, source: &str) -> Vec<(NaiveDate, Parts)> {
    let all = deal_snapshots(data);
    all.iter()
        .filter(|s| s.source == source)
        .map(|s| {
            let c = Context::of(data, s, &all);
            (s.taken, c.department(data).1)
        })
        .collect()
}

/// One person's parts at every deal snapshot of `source`, oldest first.
pub fn person_trend(data: &Dataset, source: &str, manager: RecordId) -> Vec<(NaiveDate, Parts)> {
    let all = deal_snapshots(data);
    all.iter()
        .filter(|s| s.source == source)
        .map(|s| (s.taken, Context::of(data, s, &all).person(manager).parts))
        .collect()
}
