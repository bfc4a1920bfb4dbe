//! The hypotheses a page lists, and the ones lagging behind their date.

use super::*;
use crate::domain::core::record::RecordId;
use crate::domain::planning::metric::catalog;
use crate::domain::planning::planfact::{board, facts_through, Pace, Period, Status, Who};
use crate::domain::Dataset;
use chrono::NaiveDate;

/// Open hypotheses first (newest start first), then closed ones.
pub fn hypotheses(data: &Dataset) -> Vec<(RecordId, &Hypothesis)> {
    let mut out: Vec<(RecordId, &Hypothesis)> = data
        .live_records::<Hypothesis>()
        .map(|r| (r.id, &r.data))
        .collect();
    out.sort_by(|a, b| {
        (a.1.closed, std::cmp::Reverse(a.1.start), a.0).cmp(&(
            b.1.closed,
            std::cmp::Reverse(b.1.start),
            b.0,
        ))
    });
    out
}

/// A number behind its plan: where a hypothesis starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Lag {
    pub who: Who,
    pub metric: RecordId,
    pub pace: Pace,
    pub status: Status,
}

/// The month's summed metrics behind or at risk on `today`, for the department and each person: the worst pace
/// first.
pub fn lagging(data: &Dataset, today: NaiveDate) -> Vec<Lag> {
    let calendar = data.calendar();
    let metrics = catalog(data);
    let managers: Vec<RecordId> = data
        .managers_by_name()
        .into_iter()
        .filter(|m| m.data.is_employed_on(today))
        .map(|m| m.id)
        .collect();
    let through = facts_through(data, today);
    let b = board(
        data,
        &calendar,
        &metrics,
        &managers,
        Period::month(today),
        through,
    );
    let bands = data.settings().bands();
    let mut out = Vec::new();
    for row in std::iter::once(&b.department).chain(b.managers.iter()) {
        for m in metrics.iter().filter(|m| m.is_summed() && !m.hidden) {
            let Some(pace) = row.pace(m.id) else {
                continue;
            };
            let status = pace.status(bands);
            if matches!(status, Status::Behind | Status::AtRisk) {
                out.push(Lag {
                    who: row.who,
                    metric: m.id,
                    pace,
                    status,
                });
            }
        }
    }
    out.sort_by(|a, b| {
        let key = |l: &Lag| l.pace.pace_index().unwrap_or(0.0);
        key(a).total_cmp(&key(b))
    });
    out
}
