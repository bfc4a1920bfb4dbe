//! One month's pay for everyone from the scheme in force: components, the team's pools, refunds clawed back at
//! the rate that paid them, draws.

use super::context::Ctx;
use super::PersonPay;
use crate::domain::core::date::month_start;
use crate::domain::core::record::{Record, RecordId};
use crate::domain::motivation::component::Component;
use crate::domain::motivation::pay::{
    earned, payments_rate, settle, total, Carry, DrawTerms, Explain, Line, Numbers, Settlement,
};
use crate::domain::motivation::payslip::Payslip;
use crate::domain::motivation::pool::{shares, Member};
use crate::domain::motivation::rate::Bp;
use crate::domain::motivation::reduction;
use crate::domain::motivation::refund::Refund;
use crate::domain::motivation::scheme::PayScheme;
use crate::domain::planning::month_plan::{plan_of, planned_people};
use crate::domain::team::Manager;
use chrono::{Datelike, NaiveDate};

/// Computes one open month for everyone on the payroll. `carry_in` gives each person's carry from the month before;
/// `adjustments` the corrections of closed months that land in this month.
/// The scheme a person is paid by in a month: a stored version, or a draft tried in its place (no id).
#[derive(Clone, Copy)]
pub(super) struct PaidBy<'a> {
    id: Option<RecordId>,
    scheme: &'a PayScheme,
}

pub(in crate::domain::motivation) fn compute_month(
    ctx: &Ctx,
    month: NaiveDate,
    carry_in: &dyn Fn(RecordId) -> Carry,
    adjustments: &dyn Fn(RecordId) -> Vec<(NaiveDate, i64, i64)>,
    draft: Option<&PayScheme>,
) -> Vec<PersonPay> {
    let people = planned_people(ctx.data, month);
    let schemes: Vec<Option<PaidBy>> = people
        .iter()
        .map(|p| match draft.filter(|d| d.applies_to(p.id, &p.data)) {
            Some(d) => Some(PaidBy {
                id: None,
                scheme: d,
            }),
            None => ctx.scheme(p.id, &p.data, month).map(|r| PaidBy {
                id: Some(r.id),
                scheme: &r.data,
            }),
        })
        .collect();
    // Each person's earned lines first; the pools need everyone's numbers.
    let mut lines: Vec<Vec<Line>> = people
        .iter()
        .zip(&schemes)
        .map(|(p, s)| match s {
            Some(s) => earned(
                &s.scheme.components,
                month,
                &ctx.numbers(p.id, month),
                ctx.days(p.id, &p.data, month),
            ),
            None => Vec::new(),
        })
        .collect();
    pool_lines(ctx, month, &people, &schemes, &mut lines);
    people
        .iter()
        .zip(schemes)
        .zip(lines)
        .map(|((p, scheme), mut lines)| {
            let Some(scheme) = scheme else {
                return PersonPay {
                    manager: p.id,
                    month,
                    scheme: None,
                    lines,
                    total: 0,
                    carry: carry_in(p.id),
                    closed: None,
                };
            };
            let settlement = Settlement {
                refunds: refunds(ctx, p.id, month),
                reductions: reduction::of_month(ctx.data, p.id, month)
                    .into_iter()
                    .map(|r| (r.percent_bp, r.reason.clone()))
                    .collect(),
                draw: draw_terms(scheme.scheme, &p.data, month),
                carry: carry_in(p.id),
                adjustments: adjustments(p.id),
            };
            let carry = settle(&mut lines, &settlement);
            PersonPay {
                manager: p.id,
                month,
                scheme: scheme.id,
                total: total(&lines),
                lines,
                carry,
                closed: None,
            }
        })
        .collect()
}

/// Team pools: for each scheme with a pool, those on it share it when the department met its plan.
pub(super) fn pool_lines(
    ctx: &Ctx,
    month: NaiveDate,
    people: &[&Record<Manager>],
    schemes: &[Option<PaidBy>],
    lines: &mut [Vec<Line>],
) {
    let mut done: Vec<(Option<RecordId>, usize)> = Vec::new();
    for s in schemes.iter().flatten() {
        for (i, c) in s.scheme.components.iter().enumerate() {
            let Component::TeamPool { metric, pool } = c else {
                continue;
            };
            if done.contains(&(s.id, i)) {
                continue;
            }
            done.push((s.id, i));
            let on: Vec<usize> = (0..people.len())
                .filter(|k| {
                    schemes[*k].is_some_and(|o| o.id == s.id && std::ptr::eq(o.scheme, s.scheme))
                })
                .collect();
            let department_plan = plan_of(ctx.data, month, *metric, None).map(|p| p.value);
            let department_fact: i64 = planned_people(ctx.data, month)
                .iter()
                .map(|p| ctx.sums.get(p.id, month, *metric))
                .sum();
            let department_met = department_plan.is_some_and(|p| p > 0 && department_fact >= p);
            let members: Vec<Member> = on
                .iter()
                .map(|k| {
                    let n = ctx.numbers(people[*k].id, month);
                    Member {
                        plan: n.plan(*metric),
                        fact: n.fact(*metric),
                    }
                })
                .collect();
            let qualifiers_fact: i64 = members.iter().filter(|m| m.met()).map(|m| m.fact).sum();
            for ((k, member), share) in
                on.iter()
                    .zip(&members)
                    .zip(shares(*pool, department_met, &members))
            {
                lines[*k].push(Line {
                    amount: share,
                    fixed: false,
                    explain: Explain::TeamPool {
                        pool: *pool,
                        metric: *metric,
                        department_plan,
                        department_fact,
                        department_met,
                        own_met: member.met(),
                        own_fact: member.fact,
                        qualifiers_fact,
                    },
                });
            }
        }
    }
}

/// The refunds recorded in `month`, each with the effective commission rate of its payment's month.
pub(super) fn refunds(ctx: &Ctx, id: RecordId, month: NaiveDate) -> Vec<(i64, NaiveDate, Bp)> {
    let mut out: Vec<(i64, NaiveDate, Bp)> = ctx
        .data
        .live_records::<Refund>()
        .filter(|r| r.data.manager == id && month_start(r.data.date) == month)
        .map(|r| {
            (
                r.data.amount,
                r.data.payment_month,
                payment_rate(ctx, id, r.data.payment_month),
            )
        })
        .collect();
    out.sort();
    out
}

/// The rate a refund of `payment_month`'s payments is clawed back at (`pay::payments_rate`): read from the month's
/// frozen payslip when it is closed, computed from the month's lines now when it is open: one rule for both, so
/// closing the month does not change it.
pub(super) fn payment_rate(ctx: &Ctx, id: RecordId, payment_month: NaiveDate) -> Bp {
    if let Some(p) = ctx.data.live::<Payslip>(Payslip::id_for(id, payment_month)) {
        return payments_rate(&p.data.lines).unwrap_or(Bp::ZERO);
    }
    let Some(m) = ctx.data.live::<Manager>(id) else {
        return Bp::ZERO;
    };
    let Some(scheme) = ctx.scheme(id, &m.data, payment_month) else {
        return Bp::ZERO;
    };
    let lines = earned(
        &scheme.data.components,
        payment_month,
        &ctx.numbers(id, payment_month),
        ctx.days(id, &m.data, payment_month),
    );
    payments_rate(&lines).unwrap_or(Bp::ZERO)
}

/// The draw's terms in `month`: within the guarantee for the first `months` months from the month of hiring.
pub(super) fn draw_terms(scheme: &PayScheme, m: &Manager, month: NaiveDate) -> Option<DrawTerms> {
    scheme.components.iter().find_map(|c| match c {
        Component::Draw {
            minimum,
            months,
            recoverable,
            recover_bp,
        } => {
            let since_hire = (month.year() - m.hired.year()) * 12 + month.month0() as i32
                - m.hired.month0() as i32;
            Some(DrawTerms {
                minimum: *minimum,
                recoverable: *recoverable,
                recover_bp: *recover_bp,
                within: since_hire >= 0 && (since_hire as u32) < *months,
            })
        }
        _ => None,
    })
}
