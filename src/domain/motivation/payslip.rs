//! M1 frozen payslips: closing a month writes every person's payslip as a record, lines and all, so a later
//! correction of a fact never silently changes what was paid; the difference shows as an adjustment in the next
//! open month instead (see `payroll`).

use super::pay::{Carry, Line};
use crate::domain::core::dataset::StoreName;
use crate::domain::core::ids::derived;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{FieldProblem, Rule};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payslip {
    pub manager: RecordId,
    /// The first day of the month paid.
    #[serde(with = "crate::domain::core::date")]
    pub month: NaiveDate,
    /// The scheme version it was computed with.
    pub scheme: Option<RecordId>,
    pub lines: Vec<Line>,
    /// The sum of the lines.
    pub total: i64,
    /// What the person owed after the month (draw, clawbacks).
    pub carry: Carry,
    /// The day the month was closed.
    #[serde(with = "crate::domain::core::date")]
    pub closed: NaiveDate,
}

/// More lines than any scheme makes (components, clawbacks, adjustments); above it a file is broken.
pub const LINES_MAX: usize = 200;

impl Payslip {
    pub fn id_for(manager: RecordId, month: NaiveDate) -> RecordId {
        derived("payslip", &[&manager.to_string(), &month.to_string()])
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        if self.month.day() != 1 {
            out.push(FieldProblem::new("month", Rule::MonthStart));
        }
        if self.lines.len() > LINES_MAX {
            out.push(FieldProblem::new(
                "lines",
                Rule::TooLong {
                    max: LINES_MAX,
                    len: self.lines.len(),
                },
            ));
        }
        // The total is what the lines add up to: a payslip is reproducible from what it shows.
        let sum = self
            .lines
            .iter()
            .try_fold(0i64, |acc, l| acc.checked_add(l.amount));
        if sum != Some(self.total) {
            let s = sum.unwrap_or(i64::MAX);
            out.push(FieldProblem::new("total", Rule::Range { min: s, max: s }));
        }
        out
    }
}

impl Related for Payslip {
    fn derived_id(&self) -> Option<RecordId> {
        Some(Payslip::id_for(self.manager, self.month))
    }

    fn links(&self) -> Vec<Link> {
        let mut out = vec![Link::to("manager", StoreName::Managers, self.manager)];
        if let Some(s) = self.scheme {
            out.push(Link::to("scheme", StoreName::PaySchemes, s));
        }
        out
    }
}
