//! O7 numbers: the hiring funnel, the time to hire and the sources compared.
//!
//! **Reached** a stage: the candidates whose furthest stage is it or a later one (an erased candidate still counts:
//! the erasure keeps the stages). **Conversion** from a stage to the next = reached(next) / reached(stage).
//! **Time to hire** = days from the response to the first day at work (entering probation), over the hires, as
//! the median and the mean with the days summed. Sources compared by their hires' first months are plan/fact's
//! (`planning::new_hires`).

use crate::domain::core::record::RecordId;
use crate::domain::team::hiring::candidate::Candidate;
use crate::domain::team::hiring::stage::{LeaveReason, Stage};
use crate::domain::Dataset;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// The span hiring's numbers open on: half a year ending today, long enough for a full hiring round of a team.
pub const NUMBERS_DAYS: u32 = 180;

/// The candidates counted: of one vacancy (or all), responded within `from..=to`.
pub fn counted(
    data: &Dataset,
    vacancy: Option<RecordId>,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<(RecordId, &Candidate)> {
    data.candidates
        .values()
        .filter(|r| !r.deleted || r.data.erased.is_some())
        .filter(|r| vacancy.is_none_or(|v| r.data.vacancy == v))
        .filter(|r| r.data.applied().is_some_and(|d| from <= d && d <= to))
        .map(|r| (r.id, &r.data))
        .collect()
}

/// One row of the funnel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StageCount {
    pub stage: Stage,
    pub reached: u32,
    /// Now at this stage and still in the funnel.
    pub here: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Funnel {
    pub stages: Vec<StageCount>,
    /// Left, by reason.
    pub left: BTreeMap<LeaveReason, u32>,
}

impl Funnel {
    /// reached(next) / reached(stage), as (next, stage); `None` past the last stage.
    pub fn conversion(&self, stage: Stage) -> Option<(u32, u32)> {
        let i = stage.index();
        Some((self.stages.get(i + 1)?.reached, self.stages.get(i)?.reached))
    }
}

/// The funnel of `candidates` (see the module).
pub fn funnel(candidates: &[(RecordId, &Candidate)]) -> Funnel {
    let mut out = Funnel {
        stages: Stage::ALL
            .iter()
            .map(|s| StageCount {
                stage: *s,
                reached: 0,
                here: 0,
            })
            .collect(),
        left: BTreeMap::new(),
    };
    for (_, c) in candidates {
        let furthest = c.furthest().index();
        for row in &mut out.stages[..=furthest] {
            row.reached += 1;
        }
        match &c.left {
            Some(l) => *out.left.entry(l.reason).or_default() += 1,
            None => out.stages[c.stage().index()].here += 1,
        }
    }
    out
}

/// Time to hire over the hires among `candidates`.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct TimeToHire {
    /// Days from response to the first day at work, per hire, ascending.
    pub days: Vec<i64>,
}

impl TimeToHire {
    pub fn hires(&self) -> usize {
        self.days.len()
    }

    pub fn total(&self) -> i64 {
        self.days.iter().sum()
    }

    /// The middle value (the mean of the two middle ones for an even count, rounded down).
    pub fn median(&self) -> Option<i64> {
        let n = self.days.len();
        match n {
            0 => None,
            _ if n % 2 == 1 => Some(self.days[n / 2]),
            _ => Some((self.days[n / 2 - 1] + self.days[n / 2]) / 2),
        }
    }

    /// total / hires, in tenths of a day (rounded half up).
    pub fn mean_tenths(&self) -> Option<i64> {
        let n = self.days.len() as i64;
        (n > 0).then(|| (self.total() * 20 + n) / (2 * n))
    }
}

pub fn time_to_hire(candidates: &[(RecordId, &Candidate)]) -> TimeToHire {
    let mut days: Vec<i64> = candidates
        .iter()
        .filter_map(|(_, c)| Some((c.entered(Stage::Probation)? - c.applied()?).num_days()))
        .collect();
    days.sort_unstable();
    TimeToHire { days }
}
