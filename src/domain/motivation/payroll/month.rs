//! A month's payroll: frozen payslips for a closed month, computed pay for an open one with the adjustments the
//! first open month brings.

use super::closing::closed_months;
use super::compute::compute_month;
use super::context::Ctx;
use super::{Payroll, PersonPay};
use crate::domain::core::dataset::Dataset;
use crate::domain::core::date::{add_months, month_start};
use crate::domain::core::record::{Record, RecordId};
use crate::domain::motivation::pay::{Carry, Explain};
use crate::domain::motivation::payslip::Payslip;
use crate::domain::motivation::scheme::PayScheme;
use crate::domain::planning::metric::Builtin;
use crate::domain::planning::month_plan::planned_people;
use chrono::NaiveDate;
use std::collections::BTreeMap;

pub(super) fn frozen(r: &Record<Payslip>) -> PersonPay {
    PersonPay {
        manager: r.data.manager,
        month: r.data.month,
        scheme: r.data.scheme,
        lines: r.data.lines.clone(),
        total: r.data.total,
        carry: r.data.carry,
        closed: Some(r.data.closed),
    }
}

pub(in crate::domain::motivation) fn payslips_of(
    data: &Dataset,
    month: NaiveDate,
) -> BTreeMap<RecordId, &Record<Payslip>> {
    data.live_records::<Payslip>()
        .filter(|r| r.data.month == month)
        .map(|r| (r.data.manager, r))
        .collect()
}

/// The month's payroll: frozen when closed, computed when open.
pub fn payroll(data: &Dataset, month: NaiveDate) -> Payroll {
    let month = month_start(month);
    let ctx = Ctx::new(data);
    let closed = closed_months(data);
    let payments: i64 = planned_people(data, month)
        .iter()
        .map(|p| ctx.sums.get(p.id, month, Builtin::Payments.id()))
        .sum();
    if closed.contains(&month) {
        let people: Vec<PersonPay> = payslips_of(data, month)
            .values()
            .map(|r| frozen(r))
            .collect();
        return Payroll {
            month,
            total: people.iter().map(|p| p.total).sum(),
            people: order_by_name(data, people),
            payments,
            closed: true,
        };
    }
    let people = open_month(&ctx, &closed, month);
    Payroll {
        month,
        total: people.iter().map(|p| p.total).sum(),
        people,
        payments,
        closed: false,
    }
}

pub(super) fn order_by_name(data: &Dataset, mut people: Vec<PersonPay>) -> Vec<PersonPay> {
    let order: Vec<RecordId> = data.managers_by_name().into_iter().map(|m| m.id).collect();
    people.sort_by_key(|p| {
        order
            .iter()
            .position(|id| *id == p.manager)
            .unwrap_or(usize::MAX)
    });
    people
}

/// An open month: computed from the last closed month before it (or the first scheme) on, month by month, so each
/// person's carry comes from the month before.
pub(in crate::domain::motivation) fn open_month(
    ctx: &Ctx,
    closed: &[NaiveDate],
    month: NaiveDate,
) -> Vec<PersonPay> {
    let last_closed = closed.iter().copied().filter(|c| *c < month).max();
    let first_scheme = ctx
        .data
        .live_records::<PayScheme>()
        .map(|r| r.data.from)
        .min();
    let start = match (last_closed, first_scheme) {
        (Some(c), _) => add_months(c, 1),
        (None, Some(f)) => f.min(month),
        (None, None) => month,
    };
    let mut carry: BTreeMap<RecordId, Carry> = last_closed
        .map(|c| {
            payslips_of(ctx.data, c)
                .values()
                .map(|r| (r.data.manager, r.data.carry))
                .collect()
        })
        .unwrap_or_default();
    let mut m = start;
    loop {
        let adjustments = |id: RecordId| {
            if Some(m) == last_closed.map(|c| add_months(c, 1)) {
                adjustments_for(ctx, closed, id)
            } else {
                Vec::new()
            }
        };
        let people = compute_month(
            ctx,
            m,
            &|id| carry.get(&id).copied().unwrap_or_default(),
            &adjustments,
            None,
        );
        if m >= month {
            return people;
        }
        carry = people.iter().map(|p| (p.manager, p.carry)).collect();
        m = add_months(m, 1);
    }
}

/// For the first open month: each closed month of the person whose pay, recomputed now, differs from what was paid
/// and from what earlier adjustments already brought. (month, paid, now), where `paid` counts those adjustments.
pub(super) fn adjustments_for(
    ctx: &Ctx,
    closed: &[NaiveDate],
    id: RecordId,
) -> Vec<(NaiveDate, i64, i64)> {
    let mut out = Vec::new();
    for c in closed {
        let Some(slip) = ctx.data.live::<Payslip>(Payslip::id_for(id, *c)) else {
            continue;
        };
        let recomputed = recompute(ctx, &slip.data);
        // What later closed payslips already adjusted for this month.
        let adjusted: i64 = ctx
            .data
            .live_records::<Payslip>()
            .filter(|r| r.data.manager == id && r.data.month > *c)
            .flat_map(|r| r.data.lines.iter())
            .filter_map(|l| match &l.explain {
                Explain::Adjustment {
                    month, paid, now, ..
                } if month == c => Some(now - paid),
                _ => None,
            })
            .sum();
        let paid = slip.data.total + adjusted;
        if recomputed != paid {
            out.push((*c, paid, recomputed));
        }
    }
    out
}

/// A closed payslip's month computed again with today's data, with the same carry in and the same adjustments it
/// carried: only corrections of its own numbers make a difference.
pub(super) fn recompute(ctx: &Ctx, slip: &Payslip) -> i64 {
    let before = add_months(slip.month, -1);
    let carry_in = ctx
        .data
        .live::<Payslip>(Payslip::id_for(slip.manager, before))
        .map(|r| r.data.carry)
        .unwrap_or_default();
    let own: Vec<(NaiveDate, i64, i64)> = slip
        .lines
        .iter()
        .filter_map(|l| match &l.explain {
            Explain::Adjustment {
                month, paid, now, ..
            } => Some((*month, *paid, *now)),
            _ => None,
        })
        .collect();
    compute_month(ctx, slip.month, &|_| carry_in, &|_| own.clone(), None)
        .into_iter()
        .find(|p| p.manager == slip.manager)
        .map_or(0, |p| p.total)
}
