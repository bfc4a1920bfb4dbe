//! A commission's terms: the base's period, tiers by completion or amount, retroactive or marginal, gate, accelerator and cap.

use crate::domain::core::date::{add_months, month_start};
use crate::domain::core::record::RecordId;
use crate::domain::motivation::rate::Bp;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// What a commission's base is the sum of: the month's, or a running total since the start of the quarter or year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    #[default]
    Month,
    Quarter,
    Year,
}

impl Period {
    pub const ALL: [Period; 3] = [Period::Month, Period::Quarter, Period::Year];

    pub fn is_month(&self) -> bool {
        *self == Period::Month
    }

    /// The first month of the period `month` is in (January, April, July, October for quarters).
    pub fn start(self, month: NaiveDate) -> NaiveDate {
        let month = month_start(month);
        let back = match self {
            Period::Month => 0,
            Period::Quarter => month.month0() % 3,
            Period::Year => month.month0(),
        };
        add_months(month, -(back as i32))
    }
}

/// What tier starts (and the gate and the accelerator's threshold) are measured in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TierBasis {
    /// Basis points of plan completion (10 000 = 100 %).
    Completion,
    /// Kopecks of the base.
    Amount,
}

/// How tiers pay: the whole base at the tier reached, or each slice at its own tier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TierMode {
    Retroactive,
    Marginal,
}

/// A tier: from `from` (in the basis' units) on, `rate_bp` of the base (500 = 5 %). The first tier starts at 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    pub from: i64,
    pub rate_bp: Bp,
}

/// Above `from` (in the basis' units) commission is paid × `factor_bp` (12 500 = × 1,25; 8 000 = × 0,8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accelerator {
    pub from: i64,
    pub factor_bp: Bp,
}

/// A commission component of a pay scheme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Commission {
    /// The metric whose month sum is the base (payments received by default).
    #[serde(with = "crate::domain::planning::metric::key")]
    pub metric: RecordId,
    pub basis: TierBasis,
    pub mode: TierMode,
    /// Ascending by `from`, the first from 0.
    pub tiers: Vec<Tier>,
    pub gate: Option<i64>,
    pub accelerator: Option<Accelerator>,
    /// The most the component pays in a month (for a running total: in its period), in kopecks.
    pub cap: Option<i64>,
    /// The month's sum (the default, left out of the file) or a running total since the period's start.
    #[serde(default, skip_serializing_if = "Period::is_month")]
    pub period: Period,
}
