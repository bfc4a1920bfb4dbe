//! M1 a person's pay for a month: the components of their scheme turned into payslip lines, then what stands
//! between earning and payment: a team pool share, a clawback of refunded payments, a bonus reduction, and a
//! recoverable draw. Each line carries the numbers it was computed from ([`Explain`]); the UI only words them.
//!
//! The order is the field's: components earn (salary is the fixed part, the rest variable); a refund claws back
//! the commission it earned; a reduction takes a share of the month's variable pay and never touches the fixed
//! part; last, a draw tops pay up to its minimum (recoverable draws are repaid from later variable pay).

use super::commission::{Commission, CommissionPay};
use super::kpi::{KpiMatrix, KpiPay};
use super::rate::{mul_div, share, WHOLE};
use crate::domain::core::record::RecordId;
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
    /// SPIF: `per_unit` for every unit of the metric in `from..=to` above `above`; paid in the month of `to`.
    PerUnit {
        #[serde(with = "crate::domain::planning::metric::key")]
        metric: RecordId,
        #[serde(with = "crate::domain::core::date")]
        from: NaiveDate,
        #[serde(with = "crate::domain::core::date")]
        to: NaiveDate,
        above: i64,
        per_unit: i64,
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
        recover_bp: i64,
    },
}

/// The numbers a person's month is computed from.
pub trait Numbers {
    /// The person's plan of a metric for the month, if one is set.
    fn plan(&self, metric: RecordId) -> Option<i64>;
    /// The person's month sum of a metric.
    fn fact(&self, metric: RecordId) -> i64;
    /// The person's sum of a metric over `from..=to` (a SPIF's period may cross months).
    fn fact_between(&self, metric: RecordId, from: NaiveDate, to: NaiveDate) -> i64;
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
    /// `(units − above) × per_unit` over the period.
    PerUnit {
        units: i64,
        above: i64,
        per_unit: i64,
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
        rate_bp: i64,
        owed: i64,
        carried: i64,
    },
    /// What earlier clawbacks could not take, taken now (the rest carried again).
    ClawbackCarried {
        owed: i64,
        carried: i64,
    },
    /// `−variable × percent`, limited so pay stays at least the fixed part.
    Reduction {
        variable: i64,
        percent_bp: i64,
        reason: String,
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
        recover_bp: i64,
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

/// The lines the scheme's own components earn in `month` (the pool, refunds, reductions and draws come after,
/// from [`settle`]).
pub fn earned(
    scheme: &[Component],
    month: NaiveDate,
    numbers: &impl Numbers,
    days: Days,
) -> Vec<Line> {
    let mut lines = Vec::new();
    for component in scheme {
        match component {
            Component::Salary {
                amount,
                worked_time,
                sick_leave,
            } => {
                let (worked, working) = if *worked_time {
                    days.coefficient(*sick_leave)
                } else {
                    (1, 1)
                };
                let pay = if working == 0 {
                    0
                } else {
                    mul_div(*amount, worked as i64, working as i64)
                };
                lines.push(Line {
                    amount: pay,
                    fixed: true,
                    explain: Explain::Salary {
                        salary: *amount,
                        worked,
                        working,
                    },
                });
            }
            Component::Commission(c) => {
                let pay = c.pay(numbers.fact(c.metric), numbers.plan(c.metric));
                lines.push(Line {
                    amount: pay.amount,
                    fixed: false,
                    explain: Explain::Commission(pay),
                });
            }
            Component::Kpi(k) => {
                // Sick leave counts as the salary says; without a salary it is not worked.
                let sick_leave = scheme
                    .iter()
                    .find_map(|c| match c {
                        Component::Salary { sick_leave, .. } => Some(*sick_leave),
                        _ => None,
                    })
                    .unwrap_or(SickLeave::NotWorked);
                let pay = k.pay(
                    |m| (numbers.plan(m), numbers.fact(m)),
                    days.coefficient(sick_leave),
                );
                lines.push(Line {
                    amount: pay.amount,
                    fixed: false,
                    explain: Explain::Kpi(pay),
                });
            }
            Component::PerUnit {
                metric,
                from,
                to,
                above,
                per_unit,
            } => {
                // Paid once, in the month the period ends.
                if crate::domain::core::date::month_start(*to) != month {
                    continue;
                }
                let units = numbers.fact_between(*metric, *from, *to);
                lines.push(Line {
                    amount: (units - above).max(0).saturating_mul(*per_unit),
                    fixed: false,
                    explain: Explain::PerUnit {
                        units,
                        above: *above,
                        per_unit: *per_unit,
                        from: *from,
                        to: *to,
                    },
                });
            }
            // Shared with others and paid on conditions across people and months: see `settle` and the payroll.
            Component::TeamPool { .. } | Component::Draw { .. } => {}
        }
    }
    lines
}

/// What stands between earning and payment in a month, for one person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settlement {
    /// Refunds recorded this month: (amount, the month of the refunded payment, the effective commission rate of
    /// that month in basis points).
    pub refunds: Vec<(i64, NaiveDate, i64)>,
    /// A bonus reduction this month: (percent in basis points, the reason).
    pub reduction: Option<(i64, String)>,
    /// The draw in force: (minimum, recoverable, recovery share in basis points, whether this month is within the
    /// guarantee).
    pub draw: Option<DrawTerms>,
    /// What was owed before this month.
    pub carry: Carry,
    /// Closed months whose pay came out different when recomputed: (month, paid, now).
    pub adjustments: Vec<(NaiveDate, i64, i64)>,
}

/// A draw's terms as they apply to one month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DrawTerms {
    pub minimum: i64,
    pub recoverable: bool,
    pub recover_bp: i64,
    /// Within the guarantee months (top up) or after them (recover).
    pub within: bool,
}

/// What a person owes, carried from month to month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Carry {
    /// Recoverable draw paid and not yet repaid.
    pub draw: i64,
    /// Clawbacks the month's variable pay could not cover.
    pub clawback: i64,
}

fn variable(lines: &[Line]) -> i64 {
    lines.iter().filter(|l| !l.fixed).map(|l| l.amount).sum()
}

/// Adds the clawback, reduction and draw lines to `lines` (the components' and any pool share) and returns what is
/// carried to the next month. Pay never goes below the fixed part: clawbacks take at most the month's variable pay
/// (the rest is carried), a reduction takes a share of what is left, a draw is repaid from it.
pub fn settle(lines: &mut Vec<Line>, s: &Settlement) -> Carry {
    let mut carry = Carry {
        draw: s.carry.draw,
        clawback: 0,
    };
    // Clawbacks: what is carried from before first, then this month's refunds, each limited to what is left.
    let mut take = |lines: &mut Vec<Line>, owed: i64, explain: &dyn Fn(i64) -> Explain| {
        let paid = owed.min(variable(lines).max(0));
        carry.clawback += owed - paid;
        lines.push(Line {
            amount: -paid,
            fixed: false,
            explain: explain(owed - paid),
        });
    };
    // Corrections of closed months: those in the person's favour first, so they can cover the others.
    let mut adjustments = s.adjustments.clone();
    adjustments.sort_by_key(|(month, paid, now)| (paid > now, *month));
    for (month, paid, now) in adjustments {
        if now >= paid {
            lines.push(Line {
                amount: now - paid,
                fixed: false,
                explain: Explain::Adjustment {
                    month,
                    paid,
                    now,
                    carried: 0,
                },
            });
        } else {
            take(lines, paid - now, &|carried| Explain::Adjustment {
                month,
                paid,
                now,
                carried,
            });
        }
    }
    if s.carry.clawback > 0 {
        let owed = s.carry.clawback;
        take(lines, owed, &|carried| Explain::ClawbackCarried {
            owed,
            carried,
        });
    }
    for (refund, payment_month, rate_bp) in &s.refunds {
        let owed = share(*refund, *rate_bp);
        take(lines, owed, &|carried| Explain::Clawback {
            refund: *refund,
            payment_month: *payment_month,
            rate_bp: *rate_bp,
            owed,
            carried,
        });
    }
    if let Some((percent_bp, reason)) = &s.reduction {
        let v = variable(lines);
        lines.push(Line {
            amount: -share(v.max(0), (*percent_bp).clamp(0, WHOLE)),
            fixed: false,
            explain: Explain::Reduction {
                variable: v,
                percent_bp: *percent_bp,
                reason: reason.clone(),
            },
        });
    }
    if let Some(d) = s.draw {
        let earned = total(lines);
        if d.within {
            if earned < d.minimum {
                lines.push(Line {
                    amount: d.minimum - earned,
                    fixed: false,
                    explain: Explain::DrawTopUp {
                        minimum: d.minimum,
                        earned,
                    },
                });
                if d.recoverable {
                    carry.draw += d.minimum - earned;
                }
            }
        } else if carry.draw > 0 {
            let v = variable(lines);
            let repaid = share(v.max(0), d.recover_bp.clamp(0, WHOLE)).min(carry.draw);
            if repaid > 0 {
                lines.push(Line {
                    amount: -repaid,
                    fixed: false,
                    explain: Explain::DrawRecovery {
                        balance: carry.draw,
                        variable: v,
                        recover_bp: d.recover_bp,
                    },
                });
                carry.draw -= repaid;
            }
        }
    }
    carry
}

/// A payslip's total: the sum of its lines.
pub fn total(lines: &[Line]) -> i64 {
    lines.iter().map(|l| l.amount).sum()
}
