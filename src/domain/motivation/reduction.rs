//! M1 bonus reductions (*депремирование*): Russian labour law forbids fines, so an unmet condition of the bonus
//! regulation reduces the month's bonus by a share, with its reason written down. It never touches the fixed part.

use crate::domain::core::dataset::StoreName;
use crate::domain::core::ids::derived;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_text, FieldProblem, Rule};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BonusReduction {
    pub manager: RecordId,
    /// The first day of the month whose bonus is reduced.
    #[serde(with = "crate::domain::core::date")]
    pub month: NaiveDate,
    /// The share of the month's variable pay taken, basis points (7 500 = 75 %).
    pub percent_bp: i64,
    /// The rule of the bonus regulation and what happened: required, as the law wants it written.
    pub reason: String,
}

pub const REASON_MAX: usize = 1_000;

impl BonusReduction {
    /// One reduction per person and month (a second one edits the first).
    pub fn id_for(manager: RecordId, month: NaiveDate) -> RecordId {
        derived("reduction", &[&manager.to_string(), &month.to_string()])
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        if self.month.day() != 1 {
            out.push(FieldProblem::new("month", Rule::MonthStart));
        }
        if !(1..=super::rate::WHOLE).contains(&self.percent_bp) {
            out.push(FieldProblem::new(
                "percent_bp",
                Rule::Range {
                    min: 1,
                    max: super::rate::WHOLE,
                },
            ));
        }
        check_text(&mut out, "reason", &self.reason, REASON_MAX);
        out
    }
}

impl Related for BonusReduction {
    fn derived_id(&self) -> Option<RecordId> {
        Some(BonusReduction::id_for(self.manager, self.month))
    }

    fn links(&self) -> Vec<Link> {
        vec![Link::to("manager", StoreName::Managers, self.manager)]
    }
}
