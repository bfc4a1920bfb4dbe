//! M1 commission on a summed metric (payments received by default): tiers cut by plan completion or by amount, in
//! either semantics, with a gate, an accelerator or decelerator above a threshold, and a cap, on the month's sum or
//! on a running total since the start of the quarter or year. Every figure a payslip line shows is computed here,
//! and the line's total is the sum of what it shows.
//!
//! - **Retroactive** tiers ("highest tier reached"): the whole base is paid at the rate of the highest tier whose
//!   start it reaches: `base × rate`.
//! - **Marginal** (graduated) tiers: each slice of the base is paid at its own tier's rate:
//!   `Σ (min(base, next start) − start) × rate`.
//! - Tier starts, the gate and the accelerator's threshold are in the basis' units: basis points of completion
//!   (10 000 = 100 % of plan) or kopecks. Completion starts become amounts first, the smallest whole amount that
//!   reaches them (`rate::threshold_amount`, `⌈plan × start / 100 %⌉`), so every comparison is between amounts the
//!   payslip shows and is still exact.
//! - **Gate**: below it the component pays nothing.
//! - **Accelerator** (factor above 100 %) or **decelerator** (below): the commission earned on the part of the base
//!   above the threshold is paid × factor: `extra = commission above × (factor − 100 %)`.
//! - **Cap**: the component pays at most this (a month's, or for a running total the period's, commission).
//! - **Rounding**: a component is computed exactly (slices and the extra as fractions of a kopeck) and rounded once,
//!   half away from zero; the slices and the extra are shown rounded so that they add up to it (`rate::apportion`).
//! - **Running total** (`period` quarter or year): the base is the total since the period's first month, and the
//!   month pays the difference between the scheme applied to the running total after the month and before it,
//!   `C(after) − C(before)`, so the earlier months' pay stays as it was settled and a retroactive tier reached
//!   later re-rates the earlier months' part in this month. By completion, both are measured against the plan to
//!   date: the sum of the person's monthly plans from the period's first month through this one.

use super::rate::{apportion, completion, threshold_amount, Bp};
use crate::domain::core::date::{add_months, month_start};
use crate::domain::core::record::RecordId;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Exact money in 1/10⁸ of a kopeck: a slice pays `width × rate (bp) × 10 000`, the accelerator's extra
/// `Σ part above × rate (bp) × (factor − 100 %) (bp)`, so every part of a component has this one denominator.
const EXACT: i128 = (Bp::WHOLE.0 as i128) * (Bp::WHOLE.0 as i128);

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

impl Commission {
    /// Adds a tier after the last one, as a head would: 20 points of completion (or 100 000 ₽) higher, paying 2
    /// points more; the first tier is 3 % from 0.
    pub fn add_tier(&mut self) {
        let step = match self.basis {
            TierBasis::Completion => Bp::percent(20).0,
            TierBasis::Amount => 10_000_000,
        };
        let tier = match self.tiers.last() {
            Some(last) => Tier {
                from: last.from.saturating_add(step),
                rate_bp: last.rate_bp + Bp::percent(2),
            },
            None => Tier {
                from: 0,
                rate_bp: Bp::percent(3),
            },
        };
        self.tiers.push(tier);
    }

    /// Turns the gate on (at 80 % of plan, or from the first rouble by amount) or off.
    pub fn set_gate(&mut self, on: bool) {
        self.gate = on.then_some(match self.basis {
            TierBasis::Completion => Bp::percent(80).0,
            TierBasis::Amount => 0,
        });
    }

    /// Turns the accelerator on (× 1,5 above 120 % of plan) or off.
    pub fn set_accelerator(&mut self, on: bool) {
        self.accelerator = on.then_some(Accelerator {
            from: Bp::percent(120).0,
            factor_bp: Bp::percent(150),
        });
    }

    /// A point in the basis' units as an amount of the base; `None` for completion without a plan.
    fn amount_at(&self, point: i64, plan: Option<i64>) -> Option<i64> {
        match self.basis {
            TierBasis::Amount => Some(point),
            TierBasis::Completion => plan
                .filter(|p| *p > 0)
                .map(|p| threshold_amount(p, Bp(point))),
        }
    }

    /// The month's commission on `base` (the metric's month sum) against `plan` (the person's plan of the metric).
    pub fn pay(&self, base: i64, plan: Option<i64>) -> CommissionPay {
        let mut pay = self.pay_without_next(base, plan);
        pay.next = self.next_step(base, plan, &pay, 0);
        pay
    }

    /// A running total's month: `C(after) − C(before)`, both against `plan` (the plan to date); `start` is the
    /// period's first month. The next step is what the running total needs, and what the month would pay there.
    pub fn pay_running(
        &self,
        start: NaiveDate,
        before: i64,
        after: i64,
        plan: Option<i64>,
    ) -> CommissionPay {
        let then = self.pay_without_next(before, plan).amount;
        let mut pay = self.pay_without_next(after, plan);
        pay.running = Some(Running {
            period: self.period,
            start,
            before: before.max(0),
            earned_before: then,
            earned_after: pay.amount,
        });
        pay.amount -= then;
        pay.next = self.next_step(after, plan, &pay, then);
        pay
    }

    fn pay_without_next(&self, base: i64, plan: Option<i64>) -> CommissionPay {
        let base = base.max(0);
        let result = |outcome: Outcome, amount: i64| CommissionPay {
            metric: self.metric,
            basis: self.basis,
            base,
            plan,
            completion: plan.and_then(|p| completion(base, p)),
            outcome,
            amount,
            next: None,
            running: None,
        };
        let Some(starts) = self
            .tiers
            .iter()
            .map(|t| self.amount_at(t.from, plan))
            .collect::<Option<Vec<i64>>>()
        else {
            return result(Outcome::NoPlan, 0);
        };
        if let Some(gate) = self.gate {
            match self.amount_at(gate, plan) {
                None => return result(Outcome::NoPlan, 0),
                Some(g) if base < g => return result(Outcome::BelowGate { gate: g }, 0),
                Some(_) => {}
            }
        }
        let Some(tier) = starts.iter().rposition(|s| base >= *s) else {
            return result(Outcome::BelowGate { gate: starts[0] }, 0);
        };
        // Exact parts (numerators over EXACT): each slice, then the accelerator's extra.
        let slice_parts: Vec<(i64, i64, Bp)> = match self.mode {
            TierMode::Retroactive => vec![(0, base, self.tiers[tier].rate_bp)],
            TierMode::Marginal => (0..=tier)
                .map(|i| {
                    let to = starts.get(i + 1).copied().unwrap_or(base).min(base);
                    (starts[i], to, self.tiers[i].rate_bp)
                })
                .collect(),
        };
        let mut parts: Vec<i128> = slice_parts
            .iter()
            .map(|(from, to, rate)| (to - from) as i128 * rate.0 as i128 * Bp::WHOLE.0 as i128)
            .collect();
        let mut accelerated = None;
        if let Some(acc) = self.accelerator {
            let Some(from) = self.amount_at(acc.from, plan) else {
                return result(Outcome::NoPlan, 0);
            };
            if base > from {
                // The commission the slices earned on the part of the base above the threshold, in 1/10⁴ kopeck.
                let above: i128 = slice_parts
                    .iter()
                    .map(|(s_from, s_to, rate)| {
                        ((*s_to).min(base) - (*s_from).max(from)).max(0) as i128 * rate.0 as i128
                    })
                    .sum();
                parts.push(above * (acc.factor_bp - Bp::WHOLE).0 as i128);
                accelerated = Some(Accelerated {
                    from,
                    factor_bp: acc.factor_bp,
                    earned_above: apportion(&[above], Bp::WHOLE.0 as i128).0,
                    extra: 0,
                });
            }
        }
        // One rounding for the whole component; the parts shown add up to it.
        let (mut amount, shown) = apportion(&parts, EXACT);
        let slices: Vec<Slice> = slice_parts
            .iter()
            .zip(&shown)
            .map(|((from, to, rate_bp), pay)| Slice {
                from: *from,
                to: *to,
                rate_bp: *rate_bp,
                pay: *pay,
            })
            .collect();
        if let Some(a) = accelerated.as_mut() {
            a.extra = shown[slices.len()];
        }
        let mut capped_from = None;
        if let Some(cap) = self.cap {
            if amount > cap {
                capped_from = Some(amount);
                amount = cap;
            }
        }
        result(
            Outcome::Paid {
                tier,
                tier_from: self.tiers[tier].from,
                slices,
                accelerated,
                capped_from,
            },
            amount,
        )
    }

    /// The nearest point above `base` where pay changes its rule (the gate, the next tier, the accelerator's
    /// threshold) and what the month pays there (less `earned_before`, a running total's pay before the month).
    /// None at the cap, without a plan, or above every point.
    fn next_step(
        &self,
        base: i64,
        plan: Option<i64>,
        now: &CommissionPay,
        earned_before: i64,
    ) -> Option<NextStep> {
        if matches!(
            now.outcome,
            Outcome::NoPlan
                | Outcome::Paid {
                    capped_from: Some(_),
                    ..
                }
        ) {
            return None;
        }
        let base = base.max(0);
        let mut points: Vec<(i64, Unlock)> = Vec::new();
        if let Some(g) = self.gate.and_then(|g| self.amount_at(g, plan)) {
            points.push((g, Unlock::Gate));
        }
        for t in &self.tiers {
            if let Some(s) = self.amount_at(t.from, plan) {
                points.push((s, Unlock::Rate(t.rate_bp)));
            }
        }
        // An accelerator is a goal (every rouble past it pays more); a decelerator is not.
        if let Some(acc) = self.accelerator.filter(|a| a.factor_bp > Bp::WHOLE) {
            if let Some(a) = self.amount_at(acc.from, plan) {
                points.push((a, Unlock::Factor(acc.factor_bp)));
            }
        }
        points
            .into_iter()
            .filter(|(p, _)| *p > base)
            .map(|(at, unlocks)| NextStep {
                more: at - base,
                unlocks,
                pay_then: self.pay_without_next(at, plan).amount - earned_before,
            })
            // A tier or gate that pays nothing more (a cap already in reach) is no step; the accelerator's
            // threshold is, as the pay past it grows faster.
            .filter(|s| s.pay_then > now.amount || matches!(s.unlocks, Unlock::Factor(_)))
            .min_by_key(|s| s.more)
    }
}

impl CommissionPay {
    /// The month's own part of the base: the base, or for a running total what the month added to it.
    pub fn month_base(&self) -> i64 {
        self.base - self.running.map_or(0, |r| r.before)
    }
}
