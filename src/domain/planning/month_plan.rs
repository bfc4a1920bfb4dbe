//! The month's plan as the head works it (P1): who is planned, the department's plan against the sum of the
//! managers', splitting it among them, and approving the month. Pages call these and save what they return.

use crate::domain::core::date::month_end;
use crate::domain::planning::plan::{Plan, PlanStatus};
use crate::domain::planning::split::{split_among_managers, SplitMethod};
use crate::domain::{Dataset, Edit, Manager, Record, RecordId};
use chrono::NaiveDate;

/// The plan of one metric for the department (`who` = `None`) or a manager in `month`, if set.
pub fn plan_of(
    data: &Dataset,
    month: NaiveDate,
    metric: RecordId,
    who: Option<RecordId>,
) -> Option<Plan> {
    data.live::<Plan>(Plan::id_for(month, metric, who))
        .map(|r| r.data.clone())
}

/// The managers a month's plan is split among: employed on some day of the month, by name.
pub fn planned_people(data: &Dataset, month: NaiveDate) -> Vec<&Record<Manager>> {
    let end = month_end(month);
    data.managers_by_name()
        .into_iter()
        .filter(|m| m.data.hired <= end && m.data.is_employed_on(month.max(m.data.hired)))
        .collect()
}

/// The month's status: approved when every plan of the month is, a draft when any is not, `None` with no plans.
pub fn month_status(data: &Dataset, month: NaiveDate) -> Option<PlanStatus> {
    let mut plans = data
        .live_records::<Plan>()
        .filter(|r| r.data.month == month)
        .peekable();
    plans.peek()?;
    Some(if plans.all(|r| r.data.status == PlanStatus::Approved) {
        PlanStatus::Approved
    } else {
        PlanStatus::Draft
    })
}

/// Approving the month: every plan of the month that is still a draft becomes approved (each gets its log entry).
pub fn approve_month(data: &Dataset, month: NaiveDate) -> Vec<Edit> {
    data.live_records::<Plan>()
        .filter(|r| r.data.month == month && r.data.status != PlanStatus::Approved)
        .map(|r| {
            Edit::derived(Plan {
                status: PlanStatus::Approved,
                ..r.data.clone()
            })
        })
        .collect()
}

/// The department's plan of a metric next to the sum of its managers' plans; the gap (department − sum) is shown
/// openly: positive means part of the department plan is on nobody.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SplitSums {
    pub department: Option<i64>,
    pub managers: i64,
}

impl SplitSums {
    pub fn gap(&self) -> i64 {
        self.department.unwrap_or(0).saturating_sub(self.managers)
    }
}

pub fn split_sums(data: &Dataset, month: NaiveDate, metric: RecordId) -> SplitSums {
    SplitSums {
        department: plan_of(data, month, metric, None).map(|p| p.value),
        managers: planned_people(data, month)
            .iter()
            .filter_map(|m| plan_of(data, month, metric, Some(m.id)))
            .fold(0i64, |sum, p| sum.saturating_add(p.value)),
    }
}

/// Splits the department's plan of a metric among the month's people (by working days and ramp, or by the given
/// shares, one per person of [`planned_people`] in order), keeping its status. Nothing without a department plan.
pub fn split_plan(
    data: &Dataset,
    month: NaiveDate,
    metric: RecordId,
    method: &SplitMethod,
) -> Vec<Edit> {
    let Some(dept) = plan_of(data, month, metric, None) else {
        return Vec::new();
    };
    let who: Vec<RecordId> = planned_people(data, month).iter().map(|m| m.id).collect();
    let ramp = data.settings().ramp;
    split_among_managers(
        data,
        &data.calendar(),
        month,
        dept.value,
        &who,
        method,
        &ramp,
    )
    .into_iter()
    .map(|share| {
        Edit::derived(Plan {
            month,
            metric,
            manager: Some(share.manager),
            value: share.value,
            status: dept.status,
        })
    })
    .collect()
}
