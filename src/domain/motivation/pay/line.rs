//! A payslip line and the numbers it was computed from, and the numbers and days a month is computed from.

use crate::domain::core::record::RecordId;
use crate::domain::motivation::band::SalaryShareExplain;
use crate::domain::motivation::commission::CommissionPay;
use crate::domain::motivation::component::SickLeave;
use crate::domain::motivation::kpi::KpiPay;
use crate::domain::motivation::rate::Bp;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The numbers a person's month is computed from.
pub trait Numbers {
    /// The person's plan of a metric for the month, if one is set.
    fn plan(&self, metric: RecordId) -> Option<i64>;
    /// The person's month sum of a metric.
    fn fact(&self, metric: RecordId) -> i64;
    /// The person's sum of a metric over `from..=to` (a SPIF's period may cross months).
    fn fact_between(&self, metric: RecordId, from: NaiveDate, to: NaiveDate) -> i64;
    /// The person's sum of a metric over the months from `start` up to, not including, this month: a running
    /// total before the month.
    fn fact_since(&self, metric: RecordId, start: NaiveDate) -> i64;
    /// The person's plans of a metric summed over the months from `start` through this month (months without a
    /// plan count 0): the plan to date. `None` when this month has no plan.
    fn plan_since(&self, metric: RecordId, start: NaiveDate) -> Option<i64>;
}

/// Working days of a person's month, for the worked-time coefficient.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Days {
    /// The department's working days in the month (production calendar and overrides).
    pub working: u32,
    /// Working days the person was employed and not absent.
    pub worked: u32,
    /// Working days of sick leave.
    pub sick: u32,
}

impl Days {
    /// (worked, working) as the scheme counts sick leave.
    pub fn coefficient(self, sick_leave: SickLeave) -> (u32, u32) {
        let worked = match sick_leave {
            SickLeave::Worked => self.worked + self.sick,
            SickLeave::NotWorked => self.worked,
        };
        (worked.min(self.working), self.working)
    }
}

/// What a payslip line was computed from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Explain {
    /// `salary × worked / working` (no coefficient: worked = working).
    Salary {
        salary: i64,
        worked: u32,
        working: u32,
    },
    Commission(CommissionPay),
    Kpi(KpiPay),
    /// `salary × share` of the completion band reached.
    SalaryShare(SalaryShareExplain),
    /// `⌊(units − above) / step⌋ × per_unit` over the period, `units` and `above` in the metric's units.
    PerUnit {
        /// The metric counted (payslips frozen before schema 10 do not name it).
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "crate::domain::planning::metric::key::option"
        )]
        metric: Option<RecordId>,
        units: i64,
        above: i64,
        per_unit: i64,
        #[serde(default = "one", skip_serializing_if = "is_one")]
        step: i64,
        #[serde(with = "crate::domain::core::date")]
        from: NaiveDate,
        #[serde(with = "crate::domain::core::date")]
        to: NaiveDate,
    },
    /// `pool × own fact / qualifiers' fact`, or nothing with the reason (the department's plan and fact of the
    /// metric say which).
    TeamPool {
        pool: i64,
        #[serde(with = "crate::domain::planning::metric::key")]
        metric: crate::domain::core::record::RecordId,
        department_plan: Option<i64>,
        department_fact: i64,
        department_met: bool,
        own_met: bool,
        own_fact: i64,
        qualifiers_fact: i64,
    },
    /// `−refund × rate`: the commission a refunded payment had earned, at its month's effective rate; at most the
    /// month's variable pay, the rest `carried` to the next month.
    Clawback {
        refund: i64,
        #[serde(with = "crate::domain::core::date")]
        payment_month: NaiveDate,
        rate_bp: Bp,
        owed: i64,
        carried: i64,
    },
    /// What earlier clawbacks could not take, taken now (the rest carried again).
    ClawbackCarried {
        owed: i64,
        carried: i64,
    },
    /// `−variable × percent`: `variable` is the variable pay after clawbacks, which every reduction of the month
    /// is a share of. `left`: what the reductions before it had left of it, when that was less than this share
    /// (the reduction took only that, so pay stays at least the fixed part).
    Reduction {
        variable: i64,
        percent_bp: Bp,
        reason: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        left: Option<i64>,
    },
    /// `minimum − earned` topped up during the guarantee.
    DrawTopUp {
        minimum: i64,
        earned: i64,
    },
    /// `−min(balance, variable × share)` repaid after the guarantee.
    DrawRecovery {
        balance: i64,
        variable: i64,
        recover_bp: Bp,
    },
    /// A closed month recomputed after a correction: `now − paid` (a negative one is taken like a clawback, at most
    /// the month's variable pay, the rest `carried`).
    Adjustment {
        #[serde(with = "crate::domain::core::date")]
        month: NaiveDate,
        paid: i64,
        now: i64,
        carried: i64,
    },
}

/// One line of a payslip.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Line {
    pub amount: i64,
    /// Salary (and an adjustment of it) is the fixed part; everything else is variable.
    pub fixed: bool,
    pub explain: Explain,
}

fn one() -> i64 {
    1
}

fn is_one(v: &i64) -> bool {
    *v == 1
}
