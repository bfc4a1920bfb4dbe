//! M1 bonus reductions (*депремирование*): Russian labour law forbids fines, so an unmet condition of the bonus
//! regulation reduces the month's bonus by a share, with its reason written down. It never touches the fixed part.
//!
//! A person may have several in one month, each its own record with its own reason, and the payslip lists each
//! (together they take at most the month's variable pay, see `pay::settle`):
//! - the head's own, written on the pay page: any id;
//! - one per discipline violation the head decided to reduce the bonus for (C3): its id comes from the
//!   violation's, so deciding again edits it, and two devices deciding the same violation make one record. The
//!   violation itself carries no pay: the register can go to the meeting room, the reduction cannot.

use super::rate::Bp;
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
    pub percent_bp: Bp,
    /// The rule of the bonus regulation and what happened: required, as the law wants it written.
    pub reason: String,
    /// The discipline violation it was decided for; `None` for the head's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub violation: Option<RecordId>,
}

pub const REASON_MAX: usize = 1_000;

impl BonusReduction {
    /// The one reduction a violation may carry.
    pub fn id_for_violation(violation: RecordId) -> RecordId {
        derived("reduction-for-violation", &[&violation.to_string()])
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        if self.month.day() != 1 {
            out.push(FieldProblem::new("month", Rule::MonthStart));
        }
        if !(Bp(1)..=Bp::WHOLE).contains(&self.percent_bp) {
            out.push(FieldProblem::new(
                "percent_bp",
                Rule::Range {
                    min: 1,
                    max: Bp::WHOLE.0,
                },
            ));
        }
        check_text(&mut out, "reason", &self.reason, REASON_MAX);
        out
    }
}

impl Related for BonusReduction {
    fn derived_id(&self) -> Option<RecordId> {
        self.violation.map(BonusReduction::id_for_violation)
    }

    fn links(&self) -> Vec<Link> {
        let mut out = vec![Link::to("manager", StoreName::Managers, self.manager)];
        if let Some(v) = self.violation {
            out.push(Link::to("violation", StoreName::Violations, v));
        }
        out
    }
}

/// A person's reductions of a month, in the order the payslip lists them: those decided for violations by the
/// violation's date, then the head's own, each group by id (the same order on every device).
pub fn of_month(data: &Dataset, manager: RecordId, month: NaiveDate) -> Vec<&BonusReduction> {
    let month = month_start(month);
    let mut list: Vec<(bool, NaiveDate, RecordId, &BonusReduction)> = data
        .live_records::<BonusReduction>()
        .filter(|r| r.data.manager == manager && r.data.month == month)
        .map(|r| {
            let date = r
                .data
                .violation
                .and_then(|v| data.live::<Violation>(v))
                .map_or(NaiveDate::MAX, |v| v.data.date);
            (r.data.violation.is_none(), date, r.id, &r.data)
        })
        .collect();
    list.sort_by_key(|(own, date, id, _)| (*own, *date, *id));
    list.into_iter().map(|(_, _, _, r)| r).collect()
}

/// C3 saves the head's decision on a violation: the violation, and the reduction it carries, `share_bp` of the
/// month's bonus (`None`: none), worded by `reason`. A dismissed violation carries none. One transaction.
pub fn decide(
    data: &Dataset,
    id: RecordId,
    violation: Violation,
    share_bp: Option<Bp>,
    reason: impl Fn(&Violation, Bp) -> String,
) -> Vec<Edit> {
    let reduction_id = BonusReduction::id_for_violation(id);
    let reduction = share_bp
        .filter(|_| violation.counts())
        .map(|bp| BonusReduction {
            manager: violation.manager,
            month: month_start(violation.date),
            percent_bp: bp,
            reason: reason(&violation, bp),
            violation: Some(id),
        });
    let had = data.live::<BonusReduction>(reduction_id).is_some();
    let mut edits = vec![Edit::put(id, violation)];
    match reduction {
        Some(r) => edits.push(Edit::derived(r)),
        None if had => edits.push(Edit::delete::<BonusReduction>(reduction_id)),
        None => {}
    }
    edits
}

/// The share of the bonus a violation carries, if the head decided one.
pub fn share_of(data: &Dataset, violation: RecordId) -> Option<Bp> {
    data.live::<BonusReduction>(BonusReduction::id_for_violation(violation))
        .map(|r| r.data.percent_bp)
}
