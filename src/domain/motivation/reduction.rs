//! M1 bonus reductions (*депремирование*): Russian labour law forbids fines, so an unmet condition of the bonus
//! regulation reduces the month's bonus by a share, with its reason written down. It never touches the fixed part.

use crate::domain::control::violation::Violation;
use crate::domain::core::dataset::StoreName;
use crate::domain::core::date::month_start;
use crate::domain::core::ids::derived;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_text, FieldProblem, Rule};
use crate::domain::{Dataset, Edit};
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

/// C3 the month's bonus reduction from its violations: the sum of their shares (at most the whole bonus), and the
/// reason the payslip shows, one line per violation (`line` words it). `None` when no counted violation of the
/// month carries a share.
pub fn from_violations<'a>(
    manager: RecordId,
    month: NaiveDate,
    violations: impl IntoIterator<Item = &'a Violation>,
    line: impl Fn(&Violation) -> String,
) -> Option<BonusReduction> {
    let month = month_start(month);
    let mut list: Vec<&Violation> = violations
        .into_iter()
        .filter(|v| {
            v.manager == manager
                && month_start(v.date) == month
                && v.counts()
                && v.reduction_bp.is_some()
        })
        .collect();
    list.sort_by_key(|v| v.date);
    let total: i64 = list.iter().filter_map(|v| v.reduction_bp).sum();
    (total > 0).then(|| BonusReduction {
        manager,
        month,
        percent_bp: total.min(super::rate::WHOLE),
        reason: list.iter().map(|v| line(v)).collect::<Vec<_>>().join("\n"),
    })
}

/// C3 saves the head's decision on a violation: the violation, and the month's reduction recomputed with it — written, or removed when this
/// violation carried the month's last share. One transaction.
pub fn decide(
    data: &Dataset,
    id: RecordId,
    violation: Violation,
    line: impl Fn(&Violation) -> String,
) -> Vec<Edit> {
    let month = month_start(violation.date);
    let manager = violation.manager;
    let had_share = data
        .live::<Violation>(id)
        .is_some_and(|r| r.data.reduction_bp.is_some());
    let reduction = {
        let others = data
            .live_records::<Violation>()
            .filter(|r| r.id != id)
            .map(|r| &r.data);
        from_violations(manager, month, others.chain([&violation]), line)
    };
    let mut edits = vec![Edit::put(id, violation)];
    match reduction {
        Some(r) => edits.push(Edit::derived(r)),
        None if had_share => edits.push(Edit::delete::<BonusReduction>(BonusReduction::id_for(
            manager, month,
        ))),
        None => {}
    }
    edits
}
