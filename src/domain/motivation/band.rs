//! M1 a bonus as a share of salary by the band of plan completion reached: "10 % of salary at 80–100 %, 15 %
//! above 100 %", as heads of sales write it in a bonus regulation, often next to a share of sales.
//!
//! - Completion is `fact / plan` of the band's metric, compared with each bound **exactly**
//!   (`fact × 100 % ≥ plan × bound`, `rate::reached`), never a rounded percent.
//! - Each bound says whether it belongs to the band: «от 80 % включительно до 100 % не включая». Below the first
//!   band, in a gap between bands, or without a plan, the bonus is 0.
//! - Bonus = the month's salary as paid (after its worked-time coefficient) × the band's share, rounded once to the
//!   kopeck.

use super::rate::{completion, Bp};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{FieldProblem, Rule};
use serde::{Deserialize, Serialize};

/// One band of completion and the share of salary it pays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// The lower bound, basis points of completion (8 000 = 80 %).
    pub from_bp: Bp,
    /// Whether completion exactly at `from_bp` is in the band («включительно»).
    pub from_included: bool,
    /// The upper bound; `None`: no upper bound (the last band).
    pub to_bp: Option<Bp>,
    /// Whether completion exactly at `to_bp` is in the band.
    pub to_included: bool,
    /// The share of salary paid, basis points (1 000 = 10 %).
    pub share_bp: Bp,
}

/// The salary-share bonus component.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SalaryShare {
    /// The metric whose plan completion picks the band (payments received by default).
    #[serde(with = "crate::domain::planning::metric::key")]
    pub metric: RecordId,
    /// Ascending, not overlapping.
    pub bands: Vec<Band>,
}

/// What a salary-share bonus line was computed from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SalaryShareExplain {
    #[serde(with = "crate::domain::planning::metric::key")]
    pub metric: RecordId,
    pub plan: Option<i64>,
    pub fact: i64,
    /// Completion rounded down to 0,01 %, for the payslip (the band was found exactly).
    pub completion: Option<Bp>,
    /// The band reached, if any.
    pub band: Option<Band>,
    /// The month's salary as paid.
    pub salary: i64,
}

/// More bands than any regulation has.
pub const BANDS_MAX: usize = 10;
/// The highest bound or share: 1 000 % (of plan, or of salary).
pub const BAND_MAX: Bp = Bp(10 * Bp::WHOLE.0);

impl Band {
    /// Whether `fact` of `plan` is in the band, exactly.
    pub fn contains(&self, fact: i64, plan: i64) -> bool {
        // fact / plan against bound / 100 %, as 128-bit products: no rounding anywhere.
        let at =
            |bound: Bp| (fact as i128 * Bp::WHOLE.0 as i128).cmp(&(plan as i128 * bound.0 as i128));
        let above_from = match at(self.from_bp) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Equal => self.from_included,
            std::cmp::Ordering::Less => false,
        };
        let below_to = match self.to_bp.map(at) {
            None | Some(std::cmp::Ordering::Less) => true,
            Some(std::cmp::Ordering::Equal) => self.to_included,
            Some(std::cmp::Ordering::Greater) => false,
        };
        above_from && below_to
    }
}

impl SalaryShare {
    /// Adds a band after the last one, as a head would: the last band, if open-ended, now ends 20 points above its
    /// start (not included), and the new band starts there (included), open-ended, paying 5 points more.
    pub fn add_band(&mut self) {
        let next = match self.bands.last_mut() {
            None => Band {
                from_bp: Bp::percent(80),
                from_included: true,
                to_bp: None,
                to_included: false,
                share_bp: Bp::percent(10),
            },
            Some(last) => {
                let from = last.to_bp.unwrap_or(last.from_bp + Bp::percent(20));
                let from_included = last.to_bp.is_none() || !last.to_included;
                if last.to_bp.is_none() {
                    last.to_bp = Some(from);
                    last.to_included = false;
                }
                Band {
                    from_bp: from,
                    from_included,
                    to_bp: None,
                    to_included: false,
                    share_bp: last.share_bp + Bp::percent(5),
                }
            }
        };
        self.bands.push(next);
    }

    /// The month's bonus: `salary × share` of the band `fact` of `plan` falls in.
    pub fn pay(&self, fact: i64, plan: Option<i64>, salary: i64) -> (i64, SalaryShareExplain) {
        let band = plan
            .filter(|p| *p > 0)
            .and_then(|p| self.bands.iter().find(|b| b.contains(fact, p)).copied());
        let amount = band.map_or(0, |b| b.share_bp.of(salary.max(0)));
        let explain = SalaryShareExplain {
            metric: self.metric,
            plan,
            fact,
            completion: plan.and_then(|p| completion(fact, p)),
            band,
            salary,
        };
        (amount, explain)
    }

    /// The bands' rules, under `at` (the component's path): 1..=10 bands, bounds and shares within 0..=1 000 %, an
    /// upper bound above its lower one, and bands in rising order that share no completion (two bands may meet at
    /// one bound only if at most one of them includes it).
    pub fn problems(&self, at: &dyn Fn(&str) -> String, out: &mut Vec<FieldProblem>) {
        if self.bands.is_empty() {
            out.push(FieldProblem::at(at("bands"), Rule::Required));
        } else if self.bands.len() > BANDS_MAX {
            out.push(FieldProblem::at(
                at("bands"),
                Rule::TooLong {
                    max: BANDS_MAX,
                    len: self.bands.len(),
                },
            ));
        }
        let range = |out: &mut Vec<FieldProblem>, field: String, v: Bp, min: Bp| {
            if !(min..=BAND_MAX).contains(&v) {
                out.push(FieldProblem::at(
                    at(&field),
                    Rule::Range {
                        min: min.0,
                        max: BAND_MAX.0,
                    },
                ));
            }
        };
        for (j, b) in self.bands.iter().enumerate() {
            range(out, format!("bands[{j}].from_bp"), b.from_bp, Bp::ZERO);
            range(out, format!("bands[{j}].share_bp"), b.share_bp, Bp::ZERO);
            if let Some(to) = b.to_bp {
                range(
                    out,
                    format!("bands[{j}].to_bp"),
                    to,
                    Bp(b.from_bp.0.clamp(0, BAND_MAX.0) + 1),
                );
            }
        }
        for (j, w) in self.bands.windows(2).enumerate() {
            let (a, b) = (&w[0], &w[1]);
            let apart = match a.to_bp {
                None => false,
                Some(to) => {
                    to < b.from_bp || (to == b.from_bp && !(a.to_included && b.from_included))
                }
            };
            if !apart {
                out.push(FieldProblem::at(
                    at(&format!("bands[{}]", j + 1)),
                    Rule::Overlap,
                ));
            }
        }
    }
}
