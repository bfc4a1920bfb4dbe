//! M1 KPI matrix (*матрица KPI*): per KPI a weight (the weights add up to 100 %), a zero threshold (*Т ноль*) and
//! a ceiling (*Т макс*); the bonus is the target bonus times the weighted score, optionally times the worked-time
//! coefficient.
//!
//! - Completion `c = fact / plan × 100 %` (rounded down to 0,01 %); for a lower-is-better KPI (lost deals, late
//!   reports) it is inverted linearly around the plan, `c = 200 % − fact / plan × 100 %`, at least 0.
//! - Score: 0 below the zero threshold; `c` between the thresholds; the ceiling above it.
//! - Contribution: `weight × score`, rounded to 0,01 %; the total score is their sum.
//! - Bonus: `target bonus × total score × worked days / working days` (the coefficient when the matrix asks for
//!   it), rounded once to the kopeck.

use super::rate::{completion, mul_div, Bp};
use crate::domain::core::record::RecordId;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KpiItem {
    #[serde(with = "crate::domain::planning::metric::key")]
    pub metric: RecordId,
    /// Basis points; the items' weights add up to 10 000.
    pub weight_bp: Bp,
    /// Below this completion (basis points) the KPI scores 0.
    pub zero_bp: Bp,
    /// The score stops growing here (basis points).
    pub max_bp: Bp,
    pub lower_is_better: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KpiMatrix {
    /// Kopecks paid at a total score of 100 %.
    pub target_bonus: i64,
    pub items: Vec<KpiItem>,
    /// Times worked days / working days of the month.
    pub worked_time: bool,
}

/// One KPI's row of the payslip.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KpiRow {
    pub item: KpiItem,
    pub plan: Option<i64>,
    pub fact: i64,
    /// Completion as scored (inverted for lower-is-better); None without a plan.
    pub completion: Option<Bp>,
    pub score: Bp,
    /// `weight × score`.
    pub contribution: Bp,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KpiPay {
    /// Kopecks at a total score of 100 %.
    pub target_bonus: i64,
    pub rows: Vec<KpiRow>,
    /// Σ contributions.
    pub total_score: Bp,
    /// (worked, working) days when the coefficient applies.
    pub coefficient: Option<(u32, u32)>,
    pub amount: i64,
}

/// A KPI's completion as scored: straight, or inverted linearly around the plan for lower-is-better.
pub fn scored_completion(fact: i64, plan: i64, lower_is_better: bool) -> Option<Bp> {
    let c = completion(fact, plan)?;
    Some(if lower_is_better {
        Bp((2 * Bp::WHOLE.0 - c.0).max(0))
    } else {
        c
    })
}

/// The score of one completion: 0 below the zero threshold, the completion up to the ceiling, the ceiling above.
pub fn score(completion: Bp, zero_bp: Bp, max_bp: Bp) -> Bp {
    if completion < zero_bp {
        Bp::ZERO
    } else {
        completion.min(max_bp)
    }
}

impl KpiMatrix {
    /// Adds a KPI on deals with no weight yet (the head moves weight to it), scoring from 80 % up to 120 %.
    pub fn add_item(&mut self) {
        self.items.push(KpiItem {
            metric: crate::domain::planning::metric::Builtin::Deals.id(),
            weight_bp: Bp::ZERO,
            zero_bp: Bp::percent(80),
            max_bp: Bp::percent(120),
            lower_is_better: false,
        });
    }

    /// The month's bonus. `numbers(metric)` gives the person's month (plan, fact) of a metric; `days` is (worked,
    /// working) days.
    pub fn pay(
        &self,
        numbers: impl Fn(RecordId) -> (Option<i64>, i64),
        days: (u32, u32),
    ) -> KpiPay {
        let rows: Vec<KpiRow> = self
            .items
            .iter()
            .map(|item| {
                let (plan, fact) = numbers(item.metric);
                let completion =
                    plan.and_then(|p| scored_completion(fact, p, item.lower_is_better));
                let score = completion.map_or(Bp::ZERO, |c| score(c, item.zero_bp, item.max_bp));
                KpiRow {
                    item: *item,
                    plan,
                    fact,
                    completion,
                    score,
                    contribution: Bp(mul_div(item.weight_bp.0, score.0, Bp::WHOLE.0)),
                }
            })
            .collect();
        let total_score: Bp = rows.iter().map(|r| r.contribution).sum();
        let coefficient = (self.worked_time).then_some(days);
        let (worked, working) = coefficient.unwrap_or((1, 1));
        let amount = if working == 0 {
            0
        } else {
            mul_div(
                self.target_bonus,
                total_score.0 * worked as i64,
                Bp::WHOLE.0 * working as i64,
            )
        };
        KpiPay {
            target_bonus: self.target_bonus,
            rows,
            total_score,
            coefficient,
            amount,
        }
    }
}
