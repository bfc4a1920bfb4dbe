//! What a person's scheme earns in a month, line by line, and the rate a refund of its payments is clawed back at.

use super::*;
use crate::domain::motivation::component::{Component, SickLeave};
use crate::domain::motivation::rate::{mul_div, Bp};
use crate::domain::planning::metric::Builtin;
use chrono::NaiveDate;

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
