//! What a metric's number means: a count, minutes, money (integer kopecks), a percent or a score (hundredths),
//! with how many stored units make one shown unit and the limits that keep a typo or a hostile file from
//! overflowing a sum.

use serde::{Deserialize, Serialize};

/// `part` of `whole` in whole percent, rounded down (7 of 9 is 77 %); 0 of nothing.
pub fn percent_floor(part: i64, whole: i64) -> i64 {
    if whole > 0 {
        (i128::from(part) * 100 / i128::from(whole)) as i64
    } else {
        0
    }
}

/// How full a bar is: `part` of `whole` in whole percent, rounded, held to `0..=100` (a negative part is an empty
/// bar, one over the whole a full one); 0 of nothing.
pub fn fill_percent(part: i64, whole: i64) -> u32 {
    if whole > 0 {
        let (part, whole) = (i128::from(part.clamp(0, whole)), i128::from(whole));
        ((part * 200 + whole) / (whole * 2)) as u32
    } else {
        0
    }
}

/// Kopecks as whole roubles, the kopecks dropped (150 050 → 1 500).
pub fn whole_roubles(minor: i64) -> i64 {
    minor / 100
}

/// The largest daily money value of one person: ten billion roubles in kopecks.
pub const MONEY_DAY_MAX: i64 = 1_000_000_000_000;
/// The largest monthly money plan: a trillion roubles in kopecks.
pub const MONEY_PLAN_MAX: i64 = 100_000_000_000_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Count,
    Minutes,
    /// Kopecks (minor units of the department's currency).
    Money,
    /// Computed ratios shown as percent; never entered.
    Percent,
    /// A quality score, in hundredths (4.5 is stored as 450).
    Score,
}

impl Unit {
    /// How many stored units make one shown unit.
    pub fn scale(self) -> i64 {
        match self {
            Unit::Money | Unit::Score => 100,
            Unit::Count | Unit::Minutes | Unit::Percent => 1,
        }
    }

    /// Units a custom metric can have (percent is only ever derived).
    pub const ENTERED: [Unit; 4] = [Unit::Count, Unit::Minutes, Unit::Money, Unit::Score];

    /// The largest value one person can have on one day, in stored units: above it a value is a typo or a hostile
    /// file, and sums of such values stay far from overflow. A day has 1 440 minutes; a score is at most 100.00.
    pub fn day_max(self) -> i64 {
        match self {
            Unit::Count => 100_000,
            Unit::Minutes => 1_440,
            Unit::Money => MONEY_DAY_MAX,
            Unit::Percent | Unit::Score => 10_000,
        }
    }

    /// The largest monthly plan (a department's, so many people's days), in stored units.
    pub fn plan_max(self) -> i64 {
        match self {
            Unit::Count | Unit::Minutes => 100_000_000,
            Unit::Money => MONEY_PLAN_MAX,
            Unit::Percent | Unit::Score => 10_000,
        }
    }
}
