//! The commission computed exactly and rounded once, its running-total difference, the next step, and the editor's defaults for a new tier, gate or accelerator.

use super::*;
use crate::domain::motivation::rate::{apportion, completion, threshold_amount, Bp};
use chrono::NaiveDate;

/// Exact money in 1/10⁸ of a kopeck: a slice pays `width × rate (bp) × 10 000`, the accelerator's extra
/// `Σ part above × rate (bp) × (factor − 100 %) (bp)`, so every part of a component has this one denominator.
const EXACT: i128 = (Bp::WHOLE.0 as i128) * (Bp::WHOLE.0 as i128);

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
