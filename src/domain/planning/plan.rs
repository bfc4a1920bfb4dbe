//! P1 plans: a monthly target per metric for the department and for each manager, approved or still a draft,
//! with a change log. A plan is one record per (month, metric, person) with a derived id, so two devices setting
//! the same plan edit one record.

use crate::domain::core::dataset::StoreName;
use crate::domain::core::ids::derived;
use crate::domain::core::links::check_limit;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{FieldProblem, Rule};
use crate::domain::planning::metric::Unit;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    Draft,
    Approved,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The first day of the month planned.
    #[serde(with = "crate::domain::core::date")]
    pub month: NaiveDate,
    #[serde(with = "crate::domain::planning::metric::key")]
    pub metric: RecordId,
    /// `None`: the department's own plan.
    pub manager: Option<RecordId>,
    /// In the metric's minor unit (kopecks for money).
    pub value: i64,
    pub status: PlanStatus,
}

/// The largest plan value: a trillion roubles in kopecks. Keeps sums far from overflow and typos visible.
pub const PLAN_MAX: i64 = crate::domain::core::unit::MONEY_PLAN_MAX;

impl Plan {
    pub fn id_for(month: NaiveDate, metric: RecordId, manager: Option<RecordId>) -> RecordId {
        let who = manager.map(|m| m.to_string()).unwrap_or_default();
        derived("plan", &[&month.to_string(), &metric.to_string(), &who])
    }

    pub fn id(&self) -> RecordId {
        Plan::id_for(self.month, self.metric, self.manager)
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        if self.month.day() != 1 {
            out.push(FieldProblem::new("month", Rule::MonthStart));
        }
        if !(0..=PLAN_MAX).contains(&self.value) {
            out.push(FieldProblem::new(
                "value",
                Rule::Range {
                    min: 0,
                    max: PLAN_MAX,
                },
            ));
        }
        out
    }
}

/// One entry of a plan's change history: what the value and status became, and from what. Entries are never
/// edited, so both devices' histories survive a merge whole; the record's stamp and device say when and where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanChange {
    pub plan: RecordId,
    #[serde(with = "crate::domain::core::date")]
    pub month: NaiveDate,
    #[serde(with = "crate::domain::planning::metric::key")]
    pub metric: RecordId,
    pub manager: Option<RecordId>,
    /// `None` when the plan was first set.
    pub from: Option<i64>,
    pub to: i64,
    pub status: PlanStatus,
}

impl PlanChange {
    pub fn problems(&self) -> Vec<FieldProblem> {
        Vec::new()
    }
}

/// The references of a plan cell (its metric, unless a built-in, and its manager, unless the department's), shared
/// by a plan and its change-log entries.
fn cell_links(metric: RecordId, manager: Option<RecordId>) -> Vec<Link> {
    let mut out: Vec<Link> = crate::domain::planning::metric::metric_link("metric", metric)
        .into_iter()
        .collect();
    out.extend(manager.map(|m| Link::to("manager", StoreName::Managers, m)));
    out
}

impl Related for Plan {
    fn derived_id(&self) -> Option<RecordId> {
        Some(self.id())
    }

    fn links(&self) -> Vec<Link> {
        cell_links(self.metric, self.manager)
    }

    fn unit_problems(&self, unit: &dyn Fn(RecordId) -> Option<Unit>) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        if let Some(u) = unit(self.metric) {
            check_limit(&mut out, "value", self.value, u.plan_max());
        }
        out
    }
}

impl Related for PlanChange {
    fn links(&self) -> Vec<Link> {
        let mut out = vec![Link::to("plan", StoreName::Plans, self.plan)];
        out.extend(cell_links(self.metric, self.manager));
        out
    }
}
