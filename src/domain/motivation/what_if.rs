//! M1 what-ifs: a draft scheme run over the closed months next to what was paid (for the head), and a seller's
//! pay had their month's sums been others (for the seller). The payroll engine computes; this says what changes.

use super::payroll::{closed_months, compute_month, open_month, payslips_of, Ctx, PersonPay};
use super::payslip::Payslip;
use super::rate::Bp;
use super::scheme::PayScheme;
use crate::domain::core::dataset::Dataset;
use crate::domain::core::date::{add_months, month_start};
use crate::domain::core::record::RecordId;
use crate::domain::planning::metric::Builtin;
use crate::domain::planning::month_plan::planned_people;
use crate::domain::team::Manager;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// One closed month of a what-if: what the people the draft applies to were paid, and what the draft would have
/// paid them, next to the department's payments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TriedMonth {
    pub month: NaiveDate,
    /// What those people were paid (their frozen payslips).
    pub paid: i64,
    /// What the draft would have paid them.
    pub draft: i64,
    /// The department's whole payroll as paid, and with the draft in place of their pay.
    pub payroll_paid: i64,
    pub payroll_draft: i64,
    pub payments: i64,
}

impl TriedMonth {
    /// What the draft costs more (positive) or less (negative) than what was paid.
    pub fn difference(&self) -> i64 {
        self.draft - self.paid
    }

    /// The payroll as paid, as a share of the month's payments in basis points; none without payments.
    pub fn share_paid(&self) -> Option<Bp> {
        Bp::rounded_ratio(self.payroll_paid, self.payments)
    }

    /// The payroll with the draft, as a share of the month's payments in basis points; none without payments.
    pub fn share_draft(&self) -> Option<Bp> {
        Bp::rounded_ratio(self.payroll_draft, self.payments)
    }
}

/// One person over the months tried: paid, and under the draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TriedPerson {
    pub manager: RecordId,
    pub paid: i64,
    pub draft: i64,
}

impl TriedPerson {
    /// What the draft pays them more (positive) or less (negative) than they were paid.
    pub fn difference(&self) -> i64 {
        self.draft - self.paid
    }
}

/// A draft scheme run over the last `months` closed months of real facts, next to what was paid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WhatIf {
    pub months: Vec<TriedMonth>,
    /// The people the draft applies to, the largest change first (either way), then in the order first met.
    pub people: Vec<TriedPerson>,
}

impl WhatIf {
    /// Over all the months tried: what was paid and what the draft would have paid.
    pub fn total(&self) -> TriedTotal {
        TriedTotal {
            paid: self.months.iter().map(|m| m.paid).sum(),
            draft: self.months.iter().map(|m| m.draft).sum(),
        }
    }
}

/// The months tried together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TriedTotal {
    pub paid: i64,
    pub draft: i64,
}

impl TriedTotal {
    /// What the draft costs more (positive) or less (negative) over the months tried.
    pub fn difference(&self) -> i64 {
        self.draft - self.paid
    }
}

/// What-if for the head (M1): the draft in place of each affected person's scheme, month by month over the last
/// `months` closed months, each starting from what the person carried into it as paid (a draft's draw or clawback
/// does not run on into the next month: each month is compared with the month as it was).
pub fn try_scheme(data: &Dataset, draft: &PayScheme, months: usize) -> WhatIf {
    let ctx = Ctx::new(data);
    let closed = closed_months(data);
    let tried: Vec<NaiveDate> = closed.iter().rev().take(months).rev().copied().collect();
    let mut out = WhatIf {
        months: Vec::new(),
        people: Vec::new(),
    };
    for m in tried {
        let slips = payslips_of(data, m);
        let before = add_months(m, -1);
        let carry_in = |id: RecordId| {
            data.live::<Payslip>(Payslip::id_for(id, before))
                .map(|r| r.data.carry)
                .unwrap_or_default()
        };
        let computed = compute_month(&ctx, m, &carry_in, &|_| Vec::new(), Some(draft));
        let payroll_paid: i64 = slips.values().map(|r| r.data.total).sum();
        let mut month = TriedMonth {
            month: m,
            paid: 0,
            draft: 0,
            payroll_paid,
            payroll_draft: payroll_paid,
            payments: planned_people(data, m)
                .iter()
                .map(|p| ctx.sum(p.id, m, Builtin::Payments.id()))
                .sum(),
        };
        let affected = |id: RecordId| {
            data.live::<Manager>(id)
                .is_some_and(|m| draft.applies_to(id, &m.data))
        };
        for p in computed.iter().filter(|p| affected(p.manager)) {
            let paid = slips.get(&p.manager).map_or(0, |r| r.data.total);
            month.paid += paid;
            month.draft += p.total;
            month.payroll_draft += p.total - paid;
            match out.people.iter_mut().find(|x| x.manager == p.manager) {
                Some(x) => {
                    x.paid += paid;
                    x.draft += p.total;
                }
                None => out.people.push(TriedPerson {
                    manager: p.manager,
                    paid,
                    draft: p.total,
                }),
            }
        }
        out.months.push(month);
    }
    out.people
        .sort_by_key(|p| std::cmp::Reverse(p.difference().unsigned_abs()));
    out
}

/// What-if for a seller (M1): their pay for `month` had their month sums been `facts` (metric → sum; metrics not
/// named keep their real sums). Everything else (plans, days, refunds, carries, the team's pools) as it is.
pub fn pay_at(
    data: &Dataset,
    manager: RecordId,
    month: NaiveDate,
    facts: &BTreeMap<RecordId, i64>,
) -> Option<PersonPay> {
    let month = month_start(month);
    let mut ctx = Ctx::new(data);
    for (metric, value) in facts {
        ctx.suppose(manager, month, *metric, *value);
    }
    let closed: Vec<NaiveDate> = closed_months(data)
        .into_iter()
        .filter(|c| *c < month)
        .collect();
    open_month(&ctx, &closed, month)
        .into_iter()
        .find(|p| p.manager == manager)
}
