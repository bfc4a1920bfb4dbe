//! M1 the parts a pay scheme is made of ([`Component`]), their kinds as the editor lists them ([`ComponentKind`]),
//! and the values a new part starts from: the usual ones of the field, so that a head adding a commission sees
//! a working two-tier scheme rather than zeros.

use super::band::{Band, SalaryShare};
use super::commission::{Commission, Period, Tier, TierBasis, TierMode};
use super::kpi::{KpiItem, KpiMatrix};
use super::rate::Bp;
use crate::domain::core::date::{month_end, month_start};
use crate::domain::core::record::RecordId;
use crate::domain::planning::metric::Builtin;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How sick leave counts in the worked-time coefficient.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SickLeave {
    /// Sick days count as worked (the company tops up the state's sick pay).
    Worked,
    /// Sick days are not worked days (the state's sick pay replaces salary).
    NotWorked,
}

/// A part of a pay scheme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Component {
    /// The fixed part: `amount` a month, × worked days / working days when `worked_time`.
    Salary {
        amount: i64,
        worked_time: bool,
        sick_leave: SickLeave,
    },
    Commission(Commission),
    Kpi(KpiMatrix),
    /// A share of the month's salary by the band of plan completion reached.
    SalaryShare(SalaryShare),
    /// SPIF: `per_unit` for every full `step` of the metric in `from..=to` above `above`; paid in the month of
    /// `to`. `above` and `step` are in the metric's units (kopecks for money, where the step is whole roubles).
    PerUnit {
        #[serde(with = "crate::domain::planning::metric::key")]
        metric: RecordId,
        #[serde(with = "crate::domain::core::date")]
        from: NaiveDate,
        #[serde(with = "crate::domain::core::date")]
        to: NaiveDate,
        above: i64,
        per_unit: i64,
        /// How much of the metric one payment is for: 1 (every deal), or e.g. 100 000,00 ₽ (per full step of
        /// money). Left out of the file when 1.
        #[serde(default = "one", skip_serializing_if = "is_one")]
        step: i64,
    },
    /// A pool paid when the department meets its plan of the metric, shared among those on the scheme who met
    /// their own plan, in proportion to their fact.
    TeamPool {
        #[serde(with = "crate::domain::planning::metric::key")]
        metric: RecordId,
        pool: i64,
    },
    /// A guarantee for new hires: for the first `months` months (the month of hiring is the first) pay is topped
    /// up to `minimum`. A recoverable draw is repaid later, `recover_bp` of each month's variable pay at most.
    Draw {
        minimum: i64,
        months: u32,
        recoverable: bool,
        recover_bp: Bp,
    },
}

fn one() -> i64 {
    1
}

fn is_one(v: &i64) -> bool {
    *v == 1
}

/// The kinds of component, in the order the editor offers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ComponentKind {
    Salary,
    Commission,
    Kpi,
    SalaryShare,
    PerUnit,
    TeamPool,
    Draw,
}

impl ComponentKind {
    pub const ALL: [ComponentKind; 7] = [
        ComponentKind::Salary,
        ComponentKind::Commission,
        ComponentKind::Kpi,
        ComponentKind::SalaryShare,
        ComponentKind::PerUnit,
        ComponentKind::TeamPool,
        ComponentKind::Draw,
    ];

    /// A new component of this kind with the usual values to start from; `month` is the scheme's first month (a
    /// per-unit bonus starts as that month's).
    pub fn starter(self, month: NaiveDate) -> Component {
        let pay = Builtin::Payments.id();
        match self {
            ComponentKind::Salary => Component::Salary {
                amount: 6_000_000,
                worked_time: true,
                sick_leave: SickLeave::NotWorked,
            },
            // 3 % up to plan, 5 % from 100 % of the payments plan.
            ComponentKind::Commission => Component::Commission(Commission {
                metric: pay,
                basis: TierBasis::Completion,
                mode: TierMode::Retroactive,
                tiers: vec![
                    Tier {
                        from: 0,
                        rate_bp: Bp(300),
                    },
                    Tier {
                        from: Bp::WHOLE.0,
                        rate_bp: Bp(500),
                    },
                ],
                gate: None,
                accelerator: None,
                cap: None,
                period: Period::Month,
            }),
            ComponentKind::Kpi => Component::Kpi(KpiMatrix {
                target_bonus: 2_000_000,
                items: vec![KpiItem {
                    metric: pay,
                    weight_bp: Bp::WHOLE,
                    zero_bp: Bp(8_000),
                    max_bp: Bp(12_000),
                    lower_is_better: false,
                }],
                worked_time: false,
            }),
            // 10 % of salary from 80 % up to 100 % of the payments plan, 15 % from 100 % on.
            ComponentKind::SalaryShare => Component::SalaryShare(SalaryShare {
                metric: pay,
                bands: vec![
                    Band {
                        from_bp: Bp(8_000),
                        from_included: true,
                        to_bp: Some(Bp::WHOLE),
                        to_included: false,
                        share_bp: Bp(1_000),
                    },
                    Band {
                        from_bp: Bp::WHOLE,
                        from_included: true,
                        to_bp: None,
                        to_included: false,
                        share_bp: Bp(1_500),
                    },
                ],
            }),
            // 2 000 ₽ for every deal above 10 in the month.
            ComponentKind::PerUnit => {
                let from = month_start(month);
                Component::PerUnit {
                    metric: Builtin::Deals.id(),
                    from,
                    to: month_end(from),
                    above: 10,
                    per_unit: 200_000,
                    step: 1,
                }
            }
            ComponentKind::TeamPool => Component::TeamPool {
                metric: pay,
                pool: 5_000_000,
            },
            ComponentKind::Draw => Component::Draw {
                minimum: 6_000_000,
                months: 3,
                recoverable: true,
                recover_bp: Bp(5_000),
            },
        }
    }
}

impl Component {
    pub fn kind(&self) -> ComponentKind {
        match self {
            Component::Salary { .. } => ComponentKind::Salary,
            Component::Commission(_) => ComponentKind::Commission,
            Component::Kpi(_) => ComponentKind::Kpi,
            Component::SalaryShare(_) => ComponentKind::SalaryShare,
            Component::PerUnit { .. } => ComponentKind::PerUnit,
            Component::TeamPool { .. } => ComponentKind::TeamPool,
            Component::Draw { .. } => ComponentKind::Draw,
        }
    }

    /// The metrics the component reads.
    pub fn metrics(&self) -> Vec<RecordId> {
        match self {
            Component::Commission(c) => vec![c.metric],
            Component::Kpi(k) => k.items.iter().map(|i| i.metric).collect(),
            Component::SalaryShare(b) => vec![b.metric],
            Component::PerUnit { metric, .. } | Component::TeamPool { metric, .. } => {
                vec![*metric]
            }
            Component::Salary { .. } | Component::Draw { .. } => Vec::new(),
        }
    }
}
