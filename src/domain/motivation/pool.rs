//! M1 team bonus pool: paid when the department meets its plan of the metric, shared among the people on the
//! scheme who met their own plan, in proportion to their fact, to the kopeck (largest remainder, so the shares add
//! up to the pool exactly).

use crate::domain::planning::split::largest_remainder;

/// One person's numbers for the pool's metric.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Member {
    pub plan: Option<i64>,
    pub fact: i64,
}

impl Member {
    /// Met their own plan: a plan was set and the fact reached it.
    pub fn met(&self) -> bool {
        self.plan.is_some_and(|p| p > 0 && self.fact >= p)
    }
}

/// Each member's share, in the order given: `pool × own fact / qualifiers' fact` when the department met its plan
/// and the member met theirs, else 0.
pub fn shares(pool: i64, department_met: bool, members: &[Member]) -> Vec<i64> {
    if !department_met {
        return vec![0; members.len()];
    }
    let weights: Vec<u64> = members
        .iter()
        .map(|m| if m.met() { m.fact.max(0) as u64 } else { 0 })
        .collect();
    largest_remainder(pool.max(0), &weights)
}
