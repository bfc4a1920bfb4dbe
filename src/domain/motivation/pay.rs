//! M1 a person's pay for a month: the components of their scheme turned into payslip lines, then what stands
//! between earning and payment: a team pool share, a clawback of refunded payments, bonus reductions, and a
//! recoverable draw. Each line carries the numbers it was computed from ([`Explain`]); the UI only words them.
//!
//! The order is the field's: components earn (salary is the fixed part, the rest variable); a refund claws back
//! the commission it earned; reductions take shares of the month's variable pay and never touch the fixed part;
//! last, a draw tops pay up to its minimum (recoverable draws are repaid from later variable pay).
//!
//! - **Clawback rule**: a refund returns payments, so it takes back what the commission on payments paid for that
//!   money: `refund × rate`, where the rate is the payment month's commission on payments over its payments
//!   ([`payments_rate`]), rounded to 0,01 %. The rate is read from the month's lines, the same way for an open
//!   month and a closed one, so closing a month never changes what a later refund takes back.
//! - **Reductions**: each is `variable × share` of the variable pay left after clawbacks; together they take at
//!   most all of it (the one that would take more takes what is left), so pay never goes below the fixed part.

use super::band::SalaryShareExplain;
use super::commission::CommissionPay;
use super::component::{Component, SickLeave};
use super::kpi::KpiPay;
use super::rate::{mul_div, Bp};
use crate::domain::core::record::RecordId;
use crate::domain::planning::metric::Builtin;
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

/// The lines the scheme's own components earn in `month` (the pool, refunds, reductions and draws come after,
/// from [`settle`]).
pub fn earned(
    scheme: &[Component],
    month: NaiveDate,
    numbers: &impl Numbers,
    days: Days,
) -> Vec<Line> {
    // Sick leave counts as the salary says; without a salary it is not worked.
    let sick_leave = scheme
        .iter()
        .find_map(|c| match c {
            Component::Salary { sick_leave, .. } => Some(*sick_leave),
            _ => None,
        })
        .unwrap_or(SickLeave::NotWorked);
    let salary = |amount: i64, worked_time: bool, sick_leave: SickLeave| {
        let (worked, working) = if worked_time {
            days.coefficient(sick_leave)
        } else {
            (1, 1)
        };
        let pay = if working == 0 {
            0
        } else {
            mul_div(amount, worked as i64, working as i64)
        };
        (pay, worked, working)
    };
    // The month's salary as paid: what a salary-share bonus is a share of.
    let salary_paid: i64 = scheme
        .iter()
        .filter_map(|c| match c {
            Component::Salary {
                amount,
                worked_time,
                sick_leave,
            } => Some(salary(*amount, *worked_time, *sick_leave).0),
            _ => None,
        })
        .sum();
    let mut lines = Vec::new();
    for component in scheme {
        match component {
            Component::Salary {
                amount,
                worked_time,
                sick_leave,
            } => {
                let (pay, worked, working) = salary(*amount, *worked_time, *sick_leave);
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
                let pay = if c.period.is_month() {
                    c.pay(numbers.fact(c.metric), numbers.plan(c.metric))
                } else {
                    let start = c.period.start(month);
                    let before = numbers.fact_since(c.metric, start);
                    c.pay_running(
                        start,
                        before,
                        before.saturating_add(numbers.fact(c.metric)),
                        numbers.plan_since(c.metric, start),
                    )
                };
                lines.push(Line {
                    amount: pay.amount,
                    fixed: false,
                    explain: Explain::Commission(pay),
                });
            }
            Component::Kpi(k) => {
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
            Component::SalaryShare(b) => {
                let (amount, explain) =
                    b.pay(numbers.fact(b.metric), numbers.plan(b.metric), salary_paid);
                lines.push(Line {
                    amount,
                    fixed: false,
                    explain: Explain::SalaryShare(explain),
                });
            }
            Component::PerUnit {
                metric,
                from,
                to,
                above,
                per_unit,
                step,
            } => {
                // Paid once, in the month the period ends.
                if crate::domain::core::date::month_start(*to) != month {
                    continue;
                }
                let units = numbers.fact_between(*metric, *from, *to);
                let steps = (units - above).max(0) / (*step).max(1);
                lines.push(Line {
                    amount: steps.saturating_mul(*per_unit),
                    fixed: false,
                    explain: Explain::PerUnit {
                        metric: Some(*metric),
                        units,
                        above: *above,
                        per_unit: *per_unit,
                        step: *step,
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

/// The effective rate of the commission on payments in a month's lines, basis points: what those lines paid for
/// the month's payments (running totals: the month's difference) over the month's payments, rounded to 0,01 %.
/// `None` when no commission is on payments or the month had none. A refund of the month's payments is clawed
/// back at it, whether the month is open or closed (its frozen lines give the same rate).
pub fn payments_rate(lines: &[Line]) -> Option<Bp> {
    let mut paid = 0i64;
    let mut base = 0i64;
    for l in lines {
        if let Explain::Commission(c) = &l.explain {
            if c.metric == Builtin::Payments.id() {
                paid = paid.saturating_add(c.amount);
                // Every commission on payments has the month's payments as its own part of the base.
                base = base.max(c.month_base());
            }
        }
    }
    Bp::rounded_ratio(paid, base)
}

/// What stands between earning and payment in a month, for one person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settlement {
    /// Refunds recorded this month: (amount, the month of the refunded payment, the effective commission rate of
    /// that month in basis points).
    pub refunds: Vec<(i64, NaiveDate, Bp)>,
    /// The month's bonus reductions, each (percent in basis points, the reason), in the order the payslip lists them.
    pub reductions: Vec<(Bp, String)>,
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
    pub recover_bp: Bp,
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
        let owed = rate_bp.of(*refund);
        take(lines, owed, &|carried| Explain::Clawback {
            refund: *refund,
            payment_month: *payment_month,
            rate_bp: *rate_bp,
            owed,
            carried,
        });
    }
    // Reductions: each a share of the same variable pay, together at most all of it.
    let v = variable(lines);
    let mut left = v.max(0);
    for (percent_bp, reason) in &s.reductions {
        let want = reduction_share(v, *percent_bp);
        let take = want.min(left);
        lines.push(Line {
            amount: -take,
            fixed: false,
            explain: Explain::Reduction {
                variable: v,
                percent_bp: *percent_bp,
                reason: reason.clone(),
                left: (take < want).then_some(left),
            },
        });
        left -= take;
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
            let repaid = d.recover_bp.as_share().of(v.max(0)).min(carry.draw);
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

/// What a reduction of `percent_bp` asks of `variable` pay (none of a negative one): `variable × percent`, rounded
/// once. The payslip line takes this, or what the reductions before it left.
pub fn reduction_share(variable: i64, percent_bp: Bp) -> i64 {
    percent_bp.as_share().of(variable.max(0))
}

/// A payslip's total: the sum of its lines.
pub fn total(lines: &[Line]) -> i64 {
    lines.iter().map(|l| l.amount).sum()
}
