//! A commission computed for a month, with everything its payslip line shows: slices, the accelerator's part, the running total and the next step.

use super::*;
use crate::domain::core::record::RecordId;
use crate::domain::motivation::rate::Bp;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One slice of the base and what it earned: the whole base for retroactive tiers, one slice per tier reached for
/// marginal ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slice {
    pub from: i64,
    pub to: i64,
    pub rate_bp: Bp,
    pub pay: i64,
}

/// The accelerator's (or decelerator's) part: the commission earned above the threshold, and what the factor
/// adds to it (negative for a decelerator).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accelerated {
    /// The threshold as an amount of the base.
    pub from: i64,
    pub factor_bp: Bp,
    pub earned_above: i64,
    pub extra: i64,
}

/// A running total's month: the base before it, and what the scheme gives the running total before and after it.
/// The month pays `earned_after − earned_before`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Running {
    pub period: Period,
    /// The period's first month.
    #[serde(with = "crate::domain::core::date")]
    pub start: NaiveDate,
    /// The running total before the month (the base is the total after it).
    pub before: i64,
    /// The scheme applied to `before`.
    pub earned_before: i64,
    /// The scheme applied to the base (the slices, extra and cap shown add up to it).
    pub earned_after: i64,
}

/// What happened to the base.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Outcome {
    /// Tiers, the gate or the threshold are by completion and there is no plan: nothing can be computed.
    NoPlan,
    /// Below the gate (an amount of the base): nothing is paid.
    BelowGate { gate: i64 },
    Paid {
        /// The index of the highest tier reached, and where it starts (in the basis' units).
        tier: usize,
        tier_from: i64,
        slices: Vec<Slice>,
        accelerated: Option<Accelerated>,
        /// The sum before the cap, when the cap cut it.
        capped_from: Option<i64>,
    },
}

/// What the next step needs: `more` of the base, and what it unlocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NextStep {
    pub more: i64,
    pub unlocks: Unlock,
    /// The component's pay once the step is reached.
    pub pay_then: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unlock {
    /// The gate: commission starts.
    Gate,
    /// The next tier, at this rate.
    Rate(Bp),
    /// The accelerator (or decelerator) starts, with this factor.
    Factor(Bp),
}

/// A commission computed for one month, with everything its payslip line shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommissionPay {
    /// The metric the base is the sum of.
    #[serde(with = "crate::domain::planning::metric::key")]
    pub metric: RecordId,
    /// What tier starts are measured in.
    pub basis: TierBasis,
    /// The month's sum, or the running total after the month.
    pub base: i64,
    /// The person's plan of the month, or for a running total the plan to date.
    pub plan: Option<i64>,
    /// Plan completion, when there is a plan.
    pub completion: Option<Bp>,
    pub outcome: Outcome,
    /// What the month pays: the scheme applied to the base, or for a running total the difference.
    pub amount: i64,
    pub next: Option<NextStep>,
    /// For a running total: the base before the month and both sides of the difference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running: Option<Running>,
}

impl CommissionPay {
    /// The month's own part of the base: the base, or for a running total what the month added to it.
    pub fn month_base(&self) -> i64 {
        self.base - self.running.map_or(0, |r| r.before)
    }
}
