//! M1 commission on a summed metric (payments received by default): tiers cut by plan completion or by amount, in
//! either semantics, with a gate, an accelerator or decelerator above a threshold, and a cap. Every figure a
//! payslip line shows is computed here, and the line's total is the sum of what it shows.
//!
//! - **Retroactive** tiers ("highest tier reached"): the whole base is paid at the rate of the highest tier whose
//!   start it reaches: `base × rate`.
//! - **Marginal** (graduated) tiers: each slice of the base is paid at its own tier's rate:
//!   `Σ (min(base, next start) − start) × rate`, each slice rounded to the kopeck.
//! - Tier starts, the gate and the accelerator's threshold are in the basis' units: basis points of completion
//!   (10 000 = 100 % of plan) or kopecks. Completion starts become amounts first, `plan × start / 100 %` rounded to
//!   the kopeck, so every comparison is between amounts the payslip shows.
//! - **Gate**: below it the component pays nothing.
//! - **Accelerator** (factor above 100 %) or **decelerator** (below): the commission earned on the part of the base
//!   above the threshold is paid × factor: `extra = commission above × (factor − 100 %)`.
//! - **Cap**: the component pays at most this.

use super::rate::{completion, mul_div, share, WHOLE};
use crate::domain::core::record::RecordId;
use serde::{Deserialize, Serialize};

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
    pub rate_bp: i64,
}

/// Above `from` (in the basis' units) commission is paid × `factor_bp` (12 500 = × 1,25; 8 000 = × 0,8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accelerator {
    pub from: i64,
    pub factor_bp: i64,
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
    /// The most the component pays in a month, in kopecks.
    pub cap: Option<i64>,
}

/// One slice of the base and what it earned: the whole base for retroactive tiers, one slice per tier reached for
/// marginal ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slice {
    pub from: i64,
    pub to: i64,
    pub rate_bp: i64,
    pub pay: i64,
}

/// The accelerator's (or decelerator's) part: the commission earned above the threshold, and what the factor
/// adds to it (negative for a decelerator).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accelerated {
    /// The threshold as an amount of the base.
    pub from: i64,
    pub factor_bp: i64,
    pub earned_above: i64,
    pub extra: i64,
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
    Rate(i64),
    /// The accelerator (or decelerator) starts, with this factor.
    Factor(i64),
}

/// A commission computed for one month, with everything its payslip line shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommissionPay {
    /// The metric the base is the month sum of.
    #[serde(with = "crate::domain::planning::metric::key")]
    pub metric: RecordId,
    /// What tier starts are measured in.
    pub basis: TierBasis,
    pub base: i64,
    pub plan: Option<i64>,
    /// Plan completion in basis points, when there is a plan.
    pub completion: Option<i64>,
    pub outcome: Outcome,
    pub amount: i64,
    pub next: Option<NextStep>,
}

impl Commission {
    /// A point in the basis' units as an amount of the base; `None` for completion without a plan.
    fn amount_at(&self, point: i64, plan: Option<i64>) -> Option<i64> {
        match self.basis {
            TierBasis::Amount => Some(point),
            TierBasis::Completion => plan.filter(|p| *p > 0).map(|p| mul_div(p, point, WHOLE)),
        }
    }

    /// The month's commission on `base` (the metric's month sum) against `plan` (the person's plan of the metric).
    pub fn pay(&self, base: i64, plan: Option<i64>) -> CommissionPay {
        let mut pay = self.pay_without_next(base, plan);
        pay.next = self.next_step(base, plan, &pay);
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
        let slices: Vec<Slice> = match self.mode {
            TierMode::Retroactive => vec![Slice {
                from: 0,
                to: base,
                rate_bp: self.tiers[tier].rate_bp,
                pay: share(base, self.tiers[tier].rate_bp),
            }],
            TierMode::Marginal => (0..=tier)
                .map(|i| {
                    let to = starts.get(i + 1).copied().unwrap_or(base).min(base);
                    Slice {
                        from: starts[i],
                        to,
                        rate_bp: self.tiers[i].rate_bp,
                        pay: share(to - starts[i], self.tiers[i].rate_bp),
                    }
                })
                .collect(),
        };
        let mut amount: i64 = slices.iter().map(|s| s.pay).sum();
        let mut accelerated = None;
        if let Some(acc) = self.accelerator {
            let Some(from) = self.amount_at(acc.from, plan) else {
                return result(Outcome::NoPlan, 0);
            };
            if base > from {
                // The commission the slices earned on the part of the base above the threshold, rounded once.
                let above: i128 = slices
                    .iter()
                    .map(|s| (s.to.min(base) - s.from.max(from)).max(0) as i128 * s.rate_bp as i128)
                    .sum();
                let earned_above = mul_div128(above, WHOLE as i128);
                let extra = share(earned_above, acc.factor_bp - WHOLE);
                amount += extra;
                accelerated = Some(Accelerated {
                    from,
                    factor_bp: acc.factor_bp,
                    earned_above,
                    extra,
                });
            }
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
    /// threshold) and what the component pays there. None at the cap, without a plan, or above every point.
    fn next_step(&self, base: i64, plan: Option<i64>, now: &CommissionPay) -> Option<NextStep> {
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
        if let Some(acc) = self.accelerator.filter(|a| a.factor_bp > WHOLE) {
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
                pay_then: self.pay_without_next(at, plan).amount,
            })
            // A tier or gate that pays nothing more (a cap already in reach) is no step; the accelerator's
            // threshold is, as the pay past it grows faster.
            .filter(|s| s.pay_then > now.amount || matches!(s.unlocks, Unlock::Factor(_)))
            .min_by_key(|s| s.more)
    }
}

/// `n / d` for a 128-bit numerator, rounded half away from zero (numerators here are non-negative).
fn mul_div128(n: i128, d: i128) -> i64 {
    ((n + d / 2) / d) as i64
}

impl CommissionPay {
    /// What the month's commission came to per unit of base, in basis points (rounded): the rate a refund of this
    /// month's payments is clawed back at.
    pub fn effective_rate_bp(&self) -> i64 {
        if self.base == 0 {
            0
        } else {
            mul_div(self.amount, WHOLE, self.base)
        }
    }
}
